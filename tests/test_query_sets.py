"""Every answer a search query set expects is a page, and a section of it, on the built site: a
renamed anchor must not turn a query into a miss that no change to the search can fix
(tests/search_queries.yml, which tests/test_search.py types; tests/search_queries_blind.yml,
which make bench measures)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import BuiltSite
from search_eval import BLIND, QUERIES, load_queries

ID = re.compile(r'\bid="([^"]+)"')


@pytest.mark.parametrize("queries", [QUERIES, BLIND], ids=lambda path: path.name)
def test_every_expected_answer_is_on_the_site(site: BuiltSite, queries: Path) -> None:
    ids: dict[str, set[str] | None] = {}
    missing = []
    for query in load_queries(queries):
        for answer in query.expect:
            page, _, anchor = answer.partition("#")
            if page not in ids:
                html = site.root / page / "index.html"
                ids[page] = set(ID.findall(html.read_text(encoding="utf-8"))) if html.exists() else None
            if ids[page] is None or (anchor and anchor not in ids[page]):
                missing.append(f"{queries.name}: {query.text!r} expects {answer}, which the site does not have")
    assert missing == []
