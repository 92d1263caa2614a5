"""The one cattrs converter: records to JSON-ready dicts and back.

Records know nothing of storage; this module owns their JSON shape, the pendulum date
hooks, and the upcasters that lift old payload schemas to the current one when read.
"""

from __future__ import annotations

import json
from typing import Any, Callable

import cattrs
import pendulum

from timeline.entries import ENTRY_TYPES

converter = cattrs.Converter(omit_if_default=False)

converter.register_unstructure_hook(pendulum.Date, lambda d: d.to_date_string())
converter.register_structure_hook(pendulum.Date, lambda s, _: parse_date(s))


def parse_date(value: Any) -> pendulum.Date:
    """A calendar date from `YYYY-MM-DD` (or a pendulum/stdlib date); impossible dates raise."""
    if isinstance(value, pendulum.Date):
        return value
    if hasattr(value, "year") and hasattr(value, "month") and hasattr(value, "day"):
        return pendulum.date(value.year, value.month, value.day)
    text = str(value).strip()
    parts = text[:10].split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
        raise ValueError(f"bad date {text!r}: expected YYYY-MM-DD")
    try:
        return pendulum.date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError as err:
        raise ValueError(f"impossible date {text!r}: {err}") from None


def unstructure(record) -> Any:
    return converter.unstructure(record)


def structure(data: Any, cls: type):
    return converter.structure(data, cls)


def dumps(data: Any) -> str:
    """Canonical JSON: sorted keys, no spaces, so identical facts have identical bytes."""
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


#: (entry type, schema it was written with) -> function lifting the payload one version.
UPCASTERS: dict[tuple[str, int], Callable[[dict], dict]] = {}


def upcast(entry_type: str, schema: int, data: dict) -> dict:
    """Lift a stored payload to the current schema of its type, one step at a time."""
    current = ENTRY_TYPES[entry_type].SCHEMA
    while schema < current:
        step = UPCASTERS.get((entry_type, schema))
        if step is None:
            raise ValueError(f"no upcaster for {entry_type} schema {schema}")
        data = step(data)
        schema += 1
    if schema > current:
        raise ValueError(
            f"{entry_type} payload has schema {schema}; this version of timeline reads up to {current}"
        )
    return data


def load_payload(entry_type: str, schema: int, data: dict):
    """The attrs payload of a stored entry, upcast to the current schema."""
    if entry_type not in ENTRY_TYPES:
        raise ValueError(f"unknown log entry type {entry_type!r}")
    return converter.structure(upcast(entry_type, schema, data), ENTRY_TYPES[entry_type])
