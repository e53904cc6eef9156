"""hooks/datatables.py: tables arrive in Material's scrolling box, and Material's table style
reaches them."""

from __future__ import annotations

from pathlib import Path

import material
from datatables import widen_selector, wrap_tables
from hooksite import FixtureSite

BOX = '<div class="md-typeset__scrollwrap"><div class="md-typeset__table">'


def test_a_table_without_a_class_is_boxed_and_marked() -> None:
    html = "<p>앞</p>\n<table>\n<tr><td>가</td></tr>\n</table>\n<p>뒤</p>"
    assert wrap_tables(html) == (f'<p>앞</p>\n{BOX}<table class="data-table">\n<tr><td>가</td></tr>\n'
                                 "</table></div></div>\n<p>뒤</p>")


def test_a_table_with_its_own_class_is_left_alone_and_closes_its_own_tag() -> None:
    html = '<table class="highlighttable"><tr><td>1</td></tr></table><table id="t"><tr><td>2</td></tr></table>'
    assert wrap_tables(html) == ('<table class="highlighttable"><tr><td>1</td></tr></table>'
                                 f'{BOX}<table class="data-table" id="t"><tr><td>2</td></tr></table></div></div>')


def test_materials_table_selector_is_widened() -> None:
    css, count = widen_selector(".md-typeset table:not([class]){display:inline-block}"
                                ".md-typeset table:not([class]) th{font-weight:700}")
    assert count == 2
    assert css == (".md-typeset table:is(:not([class]),.data-table){display:inline-block}"
                   ".md-typeset table:is(:not([class]),.data-table) th{font-weight:700}")


def _material_fixture(tmp_path: Path) -> FixtureSite:
    site = FixtureSite(tmp_path)
    # the instant-loading progress bar, which hooks/aria.py names, is there as on the real site
    # (the fixture's custom_dir, overrides/, already holds the real site's sitemap template)
    site.replace("mkdocs.yml", "theme:\n  name: mkdocs\n", "theme:\n  name: material\n"
                 "  features: [navigation.instant, navigation.instant.progress]\n")
    return site


def test_a_theme_whose_style_sheet_lost_the_selector_is_reported(tmp_path: Path) -> None:
    site = _material_fixture(tmp_path)
    sheets = Path(material.__file__).parent / "templates" / "assets" / "stylesheets"
    for sheet in sheets.glob("main.*.min.css"):  # the theme's sheet, as a later version might write it
        site.write(f"overrides/assets/stylesheets/{sheet.name}", ".md-typeset table.data{display:table}")
        name = sheet.name
    assert site.build() == [
        f"assets/stylesheets/{name}: Material's style sheet no longer styles 'table:not([class])' — the build's "
        "tables would lose their style; update hooks/datatables.py for the new theme"]


def test_materials_sheet_is_widened_in_the_built_site(tmp_path: Path) -> None:
    site = _material_fixture(tmp_path)
    assert site.build() == []
    built = next(site.path("site/assets/stylesheets").glob("main.*.min.css")).read_text(encoding="utf-8")
    assert "table:not([class])" not in built
    assert "table:is(:not([class]),.data-table)" in built
    assert f'{BOX}<table class="data-table">' in site.read("site/basics/topic/index.html")
