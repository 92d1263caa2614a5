"""Datasette reads the projections with datasette/metadata.json: titles, facets, search, canned queries."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from project_support import keyword_extractor
from timeline.app import Timeline
from timeline.ingest import read_inputs

datasette_app = pytest.importorskip("datasette.app")
METADATA = Path(__file__).resolve().parent.parent / "datasette" / "metadata.json"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    path = tmp_path_factory.mktemp("ds") / "events.db"
    with Timeline.open(path) as tl:
        tl.add(read_inputs([Path(__file__).resolve().parent.parent / "seeds"]), extractor=keyword_extractor, extractor_version="k")
    ds = datasette_app.Datasette([str(path)], metadata=json.loads(METADATA.read_text()))
    return ds.client


def get(client, path):
    response = asyncio.run(client.get(path))
    assert response.status_code == 200, (path, response.text[:300])
    return response.json()


def test_timeline_table_with_facets_and_search(client):
    data = get(client, "/events/timeline.json?_facet=kind&_extra=facet_results&_shape=objects")
    assert data["rows"]
    facets = data["facet_results"]
    facets = facets.get("results", facets)
    assert "kind" in facets
    found = get(client, "/events/timeline.json?_search=letter&_shape=objects")
    assert found["rows"] and all("letter" in json.dumps(r).lower() for r in found["rows"])


@pytest.mark.parametrize("query, params", [
    ("raids_in_year", "year=2018"), ("statements_by", "speaker=Homan"), ("search", "q=detainer"),
    ("multi_source", ""), ("conflicts", ""), ("low_confidence", ""),
])
def test_canned_queries_run(client, query, params):
    data = get(client, f"/events/{query}.json?_shape=objects&{params}")
    assert "rows" in data


def test_metadata_describes_every_timeline_column():
    from timeline.project.rows import TIMELINE_COLUMNS

    columns = json.loads(METADATA.read_text())["databases"]["events"]["tables"]["timeline"]["columns"]
    assert set(columns) == set(TIMELINE_COLUMNS) | {"sort_order"}
