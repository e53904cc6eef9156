"""hooks/checked.py: every page in an area folder says the month its facts were last checked."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from checked import checked_problems
from hooksite import FixtureSite

TOPIC = "docs/basics/topic.md"


def test_the_checked_month_shows_under_the_title(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    assert site.build_all() == []
    html = (site.root / "site" / "basics" / "topic" / "index.html").read_text(encoding="utf-8")
    html = html.replace(' data-search-exclude="page-meta"', "")  # Material's search removes it; no search here
    title_end = html.index("</h1>")
    assert html[title_end:].startswith('</h1><div class="page-meta"><span class="page-checked" '
                                       'title="이 페이지의 사실을 AWS 문서와 마지막으로 대조한 달">'
                                       '<time datetime="2026-11">2026년 11월</time> 확인</span>')


def test_a_page_in_an_area_folder_without_a_checked_month_fails(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.replace(TOPIC, "checked: 2026-11\n", "")
    assert site.build() == [
        "docs/basics/topic.md:1: the page does not say when its facts were checked — add 'checked: YYYY-MM' to the "
        "front matter: the month they were last compared with AWS's documentation (not the last edit)",
    ]


def test_a_checked_date_that_is_not_a_month_fails(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.replace(TOPIC, "checked: 2026-11\n", "checked: 2026/11\n")
    assert site.build() == [
        "docs/basics/topic.md:3: checked '2026/11' is not a month — write it as YYYY-MM, e.g. 'checked: 2026-12'",
    ]


def test_a_checked_month_still_to_come_fails(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.replace(TOPIC, "checked: 2026-11\n", "checked: 2999-01\n")
    assert site.build() == [
        f"docs/basics/topic.md:3: checked 2999-01 is in the future (today is {date.today()}) — write the month the "
        "facts were compared with AWS",
    ]


def test_pages_outside_the_area_folders_need_no_checked_month() -> None:
    assert checked_problems("index.md", "# 홈\n\n요약.\n", date(2026, 12, 6)) == []
    assert checked_problems("basics/page.md", "# 주제\n\n요약.\n", date(2026, 12, 6)) != []


def test_the_current_month_is_not_in_the_future() -> None:
    assert checked_problems("basics/page.md", "---\nchecked: 2026-12\n---\n# 주제\n", date(2026, 12, 6)) == []
