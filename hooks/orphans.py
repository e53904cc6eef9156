"""No orphan pages.

Every page is in the ``nav`` of mkdocs.yml, and every page except the home page is linked from
at least one other page's text. A page reachable only through the sidebar is one nobody meets
while reading, and a page outside the nav cannot be found at all.

MkDocs' own ``validation: nav: omitted_files`` says the first half for all pages in one message with
no line. It is held back while this hook reports the same pages, and passed on if it names a page
the hook did not (``_log.HeldBack``); unplugged, MkDocs' message still fails the build.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from _log import HeldBack, hook_logger
from _markdown import is_external, link_destination, links, split_fragment

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page

log = hook_logger("orphans")

HOME = "index.md"
# MkDocs' warning about pages outside the nav (mkdocs/structure/nav.py), one "  - page" line each
_MKDOCS_NOT_IN_NAV = re.compile(r"^The following pages exist in the docs directory, but are not included in the "
                                r"\"nav\" configuration:(?P<pages>(?:\n  - .+)+)")
_mkdocs_warnings = HeldBack("mkdocs.structure.nav", _MKDOCS_NOT_IN_NAV)


@dataclass
class _State:
    urls: dict[str, str] = field(default_factory=dict)  # page URL -> src path
    inbound: dict[str, set[str]] = field(default_factory=dict)  # src path -> pages linking to it


_state = _State()


def linked_pages(page_src: str, page_url: str, source: str, urls: dict[str, str]) -> set[str]:
    """Source paths of the other pages this page's text links to."""
    targets: set[str] = set()
    for link in links(source):
        if is_external(link.target) or not split_fragment(link.target)[0]:
            continue
        destination, _ = link_destination(page_src, page_url, link)
        target = urls.get(destination) if link.raw_html else destination
        if target and target != page_src:
            targets.add(target)
    return targets


def on_config(config: MkDocsConfig, **_: object) -> MkDocsConfig:
    global _state
    _state = _State()
    _mkdocs_warnings.start()
    return config


def _listed(match: re.Match[str]) -> set[str]:
    return {line.removeprefix("  - ") for line in match["pages"].strip("\n").split("\n")}


def on_nav(nav: Navigation, *, files: Files, **_: object) -> Navigation:
    in_nav = {page.file.src_uri for page in nav.pages}
    reported: set[str] = set()
    for file in files.documentation_pages():
        _state.urls[file.url] = file.src_uri
        _state.inbound.setdefault(file.src_uri, set())
        if file.src_uri not in in_nav:
            log.warning("docs/%s:1: page is not in the nav — add it under nav in mkdocs.yml", file.src_uri)
            reported.add(file.src_path)
    _mkdocs_warnings.release(lambda match: _listed(match) <= reported)
    return nav


def on_build_error(**_: object) -> None:
    _mkdocs_warnings.release(lambda match: False)


def on_page_markdown(markdown: str, *, page: Page, **_: object) -> str:
    for target in linked_pages(page.file.src_uri, page.url, page.file.content_string, _state.urls):
        _state.inbound.setdefault(target, set()).add(page.file.src_uri)
    return markdown


def on_post_build(**_: object) -> None:
    for page_src, sources in sorted(_state.inbound.items()):
        if page_src != HOME and page_src in _state.urls.values() and not sources:
            log.warning("docs/%s:1: no other page links to this page — link it from a related page "
                        "(the home page or a page on the same subject)", page_src)
