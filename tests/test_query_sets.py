"""Every answer a search query set expects is a page, and a section of it, on the built site: a
renamed anchor must not turn a query into a miss that no change to the search can fix
(tests/search_queries.yml, which tests/test_search.py types; tests/search_queries_blind.yml,
which make bench measures)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import BuiltSite
from search_eval import BLIND, QUERIES, load_queries


@pytest.mark.parametrize("queries", [QUERIES, BLIND], ids=lambda path: path.name)
def test_every_expected_answer_is_on_the_site(site: BuiltSite, queries: Path) -> None:
    expected = [(query.text, answer) for query in load_queries(queries) for answer in query.expect]
    gone = set(site.unresolved({answer for _, answer in expected}))
    missing = [f"{queries.name}: {text!r} expects {answer}, which the site does not have"
               for text, answer in expected if answer in gone]
    assert missing == []
