"""hooks/landmarks.py: Material's extra ``<nav>`` landmarks become boxes, and a theme whose markup
no longer has them is reported, naming the page."""

from __future__ import annotations

from pathlib import Path

import material
from hooksite import FixtureSite
from landmarks import demote

HEADER = '<nav class="md-header__inner md-grid" aria-label="상단/헤더"><a href="/">로고</a></nav>'
SEARCH = '<nav class="md-search__options" aria-label="검색"><button>지우기</button></nav>'
SECTION = ('<nav class="md-nav" data-md-level="1" aria-labelledby="__nav_2_label" aria-expanded="false">'
           '<ul><li><a href="a/">가</a></li></ul></nav>')
# the instant-loading progress bar, which hooks/aria.py names, is there as on the real site
FEATURES = "  features: [navigation.instant, navigation.instant.progress]\n"
TOC_LIST = '<nav class="md-nav"><ul><li><a href="#b">나</a></li></ul></nav>'


def test_header_and_search_rows_become_plain_boxes() -> None:
    html, missing = demote(HEADER + SEARCH)
    assert html == ('<div class="md-header__inner md-grid"><a href="/">로고</a></div>'
                    '<div class="md-search__options"><button>지우기</button></div>')
    assert missing == []


def test_a_nav_section_becomes_a_named_group_that_materials_script_still_finds() -> None:
    html, _ = demote(SECTION)
    assert html == ('<div class="md-nav" role="group" data-md-level="1" aria-labelledby="__nav_2_label" '
                    'aria-expanded="false"><ul><li><a href="a/">가</a></li></ul></div>')


def test_the_site_navigation_toc_and_breadcrumb_stay_landmarks_and_close_their_own_tags() -> None:
    page = ('<nav class="md-nav md-nav--primary" aria-label="내비게이션" data-md-level="0">' + SECTION + "</nav>"
            '<nav class="md-nav md-nav--secondary" aria-label="목차"><ul><li>' + TOC_LIST + "</li></ul></nav>"
            '<nav class="md-path" aria-label="현재 위치"></nav>')
    html, _ = demote(page)
    assert html.count("<nav ") == 3 and html.count("</nav>") == 3
    assert html.count('<div class="md-nav"') == 2 and html.count("</div>") == 2
    assert html.startswith('<nav class="md-nav md-nav--primary" aria-label="내비게이션" data-md-level="0">'
                           '<div class="md-nav" role="group"')
    assert '<div class="md-nav"><ul><li><a href="#b">나</a></li></ul></div></li></ul></nav>' in html


def test_the_missing_rows_are_named() -> None:
    assert demote(HEADER)[1] == ["md-search__options"]
    assert demote("<p>no theme</p>")[1] == ["md-header__inner", "md-search__options"]


def test_a_theme_whose_header_has_no_nav_row_is_reported_on_every_page(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.replace("mkdocs.yml", "theme:\n  name: mkdocs\n",
                 f"theme:\n  name: material\n  custom_dir: overrides\n{FEATURES}")
    header = (Path(material.__file__).parent / "templates" / "partials" / "header.html").read_text(
        encoding="utf-8")
    assert '<nav class="md-header__inner md-grid"' in header, "Material's header row is no longer a <nav>"
    site.write("overrides/partials/header.html",  # the header row as a later Material might write it
               header.replace('<nav class="md-header__inner md-grid"', '<div class="md-header__inner md-grid"')
               .replace("  </nav>\n  {% if", "  </div>\n  {% if"))
    message = ("Material's markup has no <nav class=\"md-header__inner\"> any more — update hooks/landmarks.py "
               "for the new theme")
    assert sorted(site.build()) == sorted(f"{where}: {message}" for where in (
        "docs/basics/other.md", "docs/basics/topic.md", "docs/corrections.md", "docs/glossary.md", "docs/index.md",
        "404.html"))


def test_materials_own_theme_builds_without_a_report(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.replace("mkdocs.yml", "theme:\n  name: mkdocs\n", f"theme:\n  name: material\n{FEATURES}")
    assert site.build() == []
    built = site.read("site/basics/topic/index.html")
    assert '<div class="md-header__inner md-grid">' in built and "<nav class=\"md-header__inner" not in built
