"""Every topic page gives a reader what the house style promises: tables, self-check, sources."""

from __future__ import annotations

import re

import pytest
from _areas import is_topic_page
from conftest import ROOT, BuiltSite

TOPIC_PAGES = sorted(source for source in (path.relative_to(ROOT / "docs").as_posix()
                                           for path in (ROOT / "docs").rglob("*.md")) if is_topic_page(source))


def test_there_are_topic_pages() -> None:
    assert len(TOPIC_PAGES) >= 15


@pytest.mark.parametrize("source", TOPIC_PAGES)
def test_topic_page_has_a_table_questions_and_official_sources(site: BuiltSite, source: str) -> None:
    html = site.page_for_source(source)
    assert re.search(r"<table[ >]", html), "compare things in a table"
    assert html.count('<details class="question">') >= 3, "at least three self-check questions"
    references = html.split('id="references"', 1)[1]
    assert len(re.findall(r'href="https://docs\.aws\.amazon\.com/', references)) >= 2, "cite official docs"
