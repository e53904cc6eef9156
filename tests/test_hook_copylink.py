"""hooks/copylink.py: every heading permalink carries its copy-link button from the build."""

from __future__ import annotations

import re
from pathlib import Path

from copylink import BUTTON, add_buttons
from hooksite import FixtureSite


def test_each_permalink_gets_one_button_in_the_built_page(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    assert site.build() == []
    html = site.read("site/basics/topic/index.html")
    permalinks = re.findall(r'<h[2-6][^>]*>.*?(<a class="headerlink" href="#[^"]*"[^>]*>[^<]*</a>)', html)
    assert len(permalinks) >= 3
    title = re.search(r"<h1[^>]*>.*?</h1>", html, re.DOTALL)
    assert title and "headerlink" in title.group(0) and "copy-link" not in title.group(0)
    assert html.count(BUTTON) == len(permalinks)
    assert all(f"{link}{BUTTON}" in html for link in permalinks)


def test_a_second_pass_adds_nothing() -> None:
    html = '<h2 id="a">가<a class="headerlink" href="#a" title="링크">&para;</a></h2>'
    once = add_buttons(html)
    assert once == html.replace("</a>", f"</a>{BUTTON}")
    assert add_buttons(once) == once


def test_the_page_title_and_other_links_get_no_button() -> None:
    html = ('<h1 id="t">제목<a class="headerlink" href="#t" title="링크">&para;</a></h1>'
            '<p><a href="#a">가</a> <a class="md-button" href="#b">나</a></p>')
    assert add_buttons(html) == html
