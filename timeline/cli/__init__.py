"""The `timeline` command: a thin layer that parses arguments, calls the library, prints.

Each command group lives in its own module and is registered here, in one place.
"""

from timeline.cli.common import main_group as cli
from timeline.cli import articles, edit, export, logs, show  # noqa: F401  (registers commands)


def main() -> None:
    cli(prog_name="timeline")


__all__ = ["cli", "main"]
