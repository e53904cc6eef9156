"""A screen reader gets the few navigation landmarks a reader needs, not one per list.

Material 9.8 writes every list of links as a ``<nav>``: the header's row of buttons, the search
box's two buttons, each section of the site navigation and each sub-list of the table of contents.
A screen reader listed 8 to 14 navigation landmarks per page ("1일차", "메시징", "가시성 제한 시간",
…), most of them named after a heading or nothing useful ("상단/헤더"). After this hook a page
has four at most: the site navigation (내비게이션), the breadcrumb (현재 위치, hooks/aria.py),
the table of contents (목차) and the previous and next page (이전·다음 페이지), beside the banner,
the search, the main content and the footer.

The built HTML is rewritten, each such ``<nav>`` and its own closing tag becoming a ``<div>`` with
the same class, so Material's style sheet and script treat it as before (neither selects ``nav``
by its tag name):

- the header's row (``md-header__inner``) and the search buttons (``md-search__options``): plain
  boxes, inside the banner and the search landmark they belong to;
- a section of the site navigation (``data-md-level``): a group named by its section label, as
  before; Material's script finds it by ``aria-labelledby`` to set ``aria-expanded``, so both stay;
- a sub-list of the table of contents: a plain box; the heading link above it names it already.

A theme whose header or search markup no longer matches is reported, naming the page, instead
of shipping the extra landmarks silently. tests/test_browser.py counts the landmarks Chromium
exposes on every page.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from _log import hook_logger

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.pages import Page

log = hook_logger("landmarks")

_NAV_TAG = re.compile(r"<nav\b(?P<attributes>[^>]*)>|</nav\s*>")
_CLASS = re.compile(r'\bclass="(?P<classes>[^"]*)"')
_NAME = re.compile(r'\s+aria-label="[^"]*"')

# Boxes every Material page has: a page without them means the markup changed.
REQUIRED = ("md-header__inner", "md-search__options")


def _div(attributes: str, *, keep_name: bool = False, role: str = "") -> str:
    kept = attributes if keep_name else _NAME.sub("", attributes)
    if role:
        kept = re.sub(r'(\bclass="[^"]*")', rf'\1 role="{role}"', kept, count=1)
    return f"<div{kept}>"


def replacement(attributes: str) -> str | None:
    """The ``<div>`` that replaces a ``<nav>`` with these attributes, or None to keep it a landmark."""
    found = _CLASS.search(attributes)
    classes = found.group("classes").split() if found else []
    if "md-header__inner" in classes or "md-search__options" in classes:
        return _div(attributes)
    if classes == ["md-nav"] and "data-md-level=" in attributes and "aria-labelledby=" in attributes:
        return _div(attributes, keep_name=True, role="group")
    if classes == ["md-nav"] and "data-md-level=" not in attributes:
        return _div(attributes)  # a sub-list of the table of contents
    return None


def demote(html: str) -> tuple[str, list[str]]:
    """The page with the extra ``<nav>`` landmarks turned into boxes, and the required boxes
    (``REQUIRED``) that were not found."""
    parts: list[str] = []
    demoted: list[bool] = []  # one entry per open nav: was it turned into a div?
    found: set[str] = set()
    position = 0
    for tag in _NAV_TAG.finditer(html):
        parts.append(html[position:tag.start()])
        position = tag.end()
        if tag.group(0).startswith("</"):
            parts.append("</div>" if demoted and demoted.pop() else tag.group(0))
            continue
        attributes = tag.group("attributes")
        div = replacement(attributes)
        demoted.append(div is not None)
        parts.append(div if div is not None else tag.group(0))
        found.update(name for name in REQUIRED if name in attributes)
    parts.append(html[position:])
    return "".join(parts), [name for name in REQUIRED if name not in found]


_material = {"theme": False}


def on_config(config: MkDocsConfig, **_: object) -> MkDocsConfig:
    _material["theme"] = config.theme.name == "material"
    return config


def _demoted(html: str, where: str) -> str:
    if not _material["theme"]:
        return html
    html, missing = demote(html)
    for name in missing:
        log.warning("%s: Material's markup has no <nav class=\"%s\"> any more — update hooks/landmarks.py for "
                    "the new theme", where, name)
    return html


def on_post_page(output: str, *, page: Page, **_: object) -> str:
    return _demoted(output, f"docs/{page.file.src_uri}")


def on_post_template(output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
    if template_name == "404.html":
        return _demoted(output_content, "404.html")
    return output_content
