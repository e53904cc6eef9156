"""Tables arrive wrapped, so Material's script leaves them where they are.

Once a page has loaded, Material's script wraps every content table without a class
(``table:not([class])``) in a scrolling box: it takes the table out of the page and puts it back
inside ``div.md-typeset__scrollwrap > div.md-typeset__table``. Chromium then lays the table out a
second time and restyles the article around it, inside the task that keeps the page from answering
a first tap. On the glossary (one table of about 100 rows) that is 20-40 ms on a desktop and four
times as much on the phone Lighthouse emulates: mobile performance 91 with it, 98 without.

The build writes the two boxes itself and gives each such table the class ``data-table``, which
Material's script skips. Material's style sheet draws tables through the same selector, so the copy
of it that the site publishes reads ``table:is(:not([class]), .data-table)`` wherever it read
``table:not([class])``: the tables look exactly as Material draws them, in this version and in the
next one. A theme whose style sheet no longer has that selector is reported, because the tables
would silently lose their style. Under another theme (the hook tests' fixture site) nothing changes.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from _log import hook_logger

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.pages import Page

log = hook_logger("datatables")

CLASS = "data-table"
OPEN = '<div class="md-typeset__scrollwrap"><div class="md-typeset__table">'
CLOSE = "</div></div>"
THEME_SELECTOR = "table:not([class])"
WIDENED_SELECTOR = f"table:is(:not([class]),.{CLASS})"

_TABLE_TAG = re.compile(r"<table\b(?P<attributes>[^>]*)>|</table\s*>", re.IGNORECASE)
_CLASS_ATTRIBUTE = re.compile(r"\sclass\s*=", re.IGNORECASE)

_material = {"theme": False}


def wrap_tables(html: str) -> str:
    """The page content with every table that has no class inside Material's two boxes and
    carrying ``class="data-table"``; tables with a class of their own are left as they are."""
    parts: list[str] = []
    wrapped: list[bool] = []  # one entry per open table: did this hook wrap it?
    position = 0
    for tag in _TABLE_TAG.finditer(html):
        parts.append(html[position:tag.start()])
        position = tag.end()
        if tag.group(0).startswith("</"):
            closes_wrapped = wrapped.pop() if wrapped else False
            parts.append(tag.group(0) + (CLOSE if closes_wrapped else ""))
            continue
        attributes = tag.group("attributes")
        if _CLASS_ATTRIBUTE.search(attributes):
            wrapped.append(False)
            parts.append(tag.group(0))
        else:
            wrapped.append(True)
            parts.append(f'{OPEN}<table class="{CLASS}"{attributes}>')
    parts.append(html[position:])
    return "".join(parts)


def widen_selector(css: str) -> tuple[str, int]:
    """Material's style sheet with its table rules also matching ``.data-table``, and how many
    selectors were widened."""
    return css.replace(THEME_SELECTOR, WIDENED_SELECTOR), css.count(THEME_SELECTOR)


def on_config(config: MkDocsConfig, **_: object) -> MkDocsConfig:
    _material["theme"] = config.theme.name == "material"
    return config


def on_page_content(html: str, *, page: Page, **_: object) -> str:
    return wrap_tables(html) if _material["theme"] else html


def on_post_build(*, config: MkDocsConfig, **_: object) -> None:
    if not _material["theme"]:
        return
    sheets = sorted(Path(config.site_dir, "assets", "stylesheets").glob("main.*.min.css"))
    widened = 0
    for sheet in sheets:
        css, count = widen_selector(sheet.read_text(encoding="utf-8"))
        if count:
            sheet.write_text(css, encoding="utf-8")
        widened += css.count(WIDENED_SELECTOR)  # also a sheet a dirty rebuild left widened
    if widened == 0:
        names = [str(sheet.relative_to(config.site_dir)) for sheet in sheets]
        where = ", ".join(names) or "assets/stylesheets/main.*.min.css"
        log.warning("%s: Material's style sheet no longer styles %r — the build's tables would lose their style; "
                    "update hooks/datatables.py for the new theme", where, THEME_SELECTOR)
