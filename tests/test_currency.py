"""The real site stays current: every change the pages teach is on the timeline and links to a
section that exists, every area page says when it was checked, every page can be reported."""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import parse_qs, urlsplit

import pytest
from _changes import Change, read_changes
from checked import checked_month, in_area_folder
from conftest import ROOT, BuiltSite, built_url
from mkdocs.config import load_config
from mkdocs.utils import get_relative_url

DOCS = ROOT / "docs"
SOURCES = {path.relative_to(DOCS).as_posix(): path.read_text(encoding="utf-8") for path in sorted(DOCS.rglob("*.md"))}
CHANGES = [change for src, text in SOURCES.items() for change in read_changes(src, text, date.today())[0]]
AREA_PAGES = [src for src in SOURCES if in_area_folder(src)]


def test_the_pages_teach_the_recent_changes_as_records() -> None:
    recent = [change for change in CHANGES if 2024 <= change.when.year <= 2026]
    assert len(recent) >= 30, "every 2024–2026 change the pages teach is a record"
    assert len({change.src for change in recent}) >= 15


def test_the_timeline_lists_every_change_and_each_lands_on_its_section(site: BuiltSite) -> None:
    timeline = site.page("changes/")
    listed = re.findall(r'<li><time datetime="([^"]+)">', timeline)
    assert sorted(listed) == sorted(change.when.iso() for change in CHANGES)
    for change in CHANGES:
        target = built_url(change.src)
        assert f'href="{get_relative_url(target, "changes/")}#{change.section}"' in timeline, change
        assert f'id="{change.section}"' in site.page(target), change
    assert "<!-- changes" not in timeline


def test_each_page_shows_its_own_changes_under_the_summary(site: BuiltSite) -> None:
    by_page: dict[str, list[Change]] = {}
    for change in CHANGES:
        by_page.setdefault(change.src, []).append(change)
    for src, changes in by_page.items():
        html = site.page_for_source(src)
        box = html.split('<details class="info page-changes"', 1)[1].split("</details>", 1)[0]
        assert box.count("<li>") == len(changes), src
        assert html.index("page-changes") < html.index("<h2"), f"{src}: the box comes before the first section"


@pytest.mark.parametrize("src", AREA_PAGES)
def test_every_area_page_says_when_it_was_checked(site: BuiltSite, src: str) -> None:
    when = checked_month(SOURCES[src])
    assert when is not None
    assert f'<time datetime="{when.iso()}">{when.korean()}</time> 확인' in site.page_for_source(src)


def test_every_page_offers_a_report_link_to_its_own_address(site: BuiltSite) -> None:
    config = load_config(str(ROOT / "mkdocs.yml"))
    for url, html in site.pages().items():
        found = re.findall(r'<a class="page-report" href="([^"]+)"', html)
        assert len(found) == 1, url
        link = urlsplit(found[0].replace("&amp;", "&"))
        assert f"{link.scheme}://{link.netloc}{link.path}" == config.repo_url.rstrip("/") + "/issues/new", url
        assert parse_qs(link.query)["page"] == [config.site_url + url], url


def test_the_timeline_is_in_the_nav_and_on_the_home_page(site: BuiltSite) -> None:
    assert 'href="changes/"' in site.page("")
    assert re.search(r">\s*AWS 변경 연표\s*<", site.page("glossary/")), "listed under 모아 보기 in the navigation"
