"""Every link goes somewhere real.

Rules, checked on the page source so each problem comes with its line:
1. An internal link in Markdown (also inside tables and admonitions) names a ``.md`` file that
   exists; with a ``#fragment``, that id exists on the target page (headings, anchor aliases and
   any other element id).
2. A raw-HTML ``<a href>`` (which MkDocs does not rewrite) resolves to a built page URL or a file,
   and to its fragment.
3. Links never use absolute site paths (``/x/``) and Markdown links never point at built URLs
   (``../x/``): both break when the site moves or a page is renamed.
4. External links use https.
5. An image (Markdown, raw ``<img>``) is a file of the site, and nothing in a page's content
   (images, frames, media, scripts) loads from another host: the site makes no request elsewhere.
   This rule reads the rendered page, so a reference-style image is caught too; the line is where
   the page's source names the address.
MkDocs' own ``validation:`` checks overlap with rules 1 and 3 and name no line. This hook holds
MkDocs' link warnings back and passes on only those it did not report itself (``_log.HeldBack``), so
a broken link is reported once, with its line; unplugged, MkDocs' warnings still fail the build.
"""

from __future__ import annotations

import html as html_lib
import posixpath
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from _log import HeldBack, hook_logger
from _markdown import Link, is_external, link_destination, links, resolve_url_path, split_fragment
from mkdocs.plugins import event_priority

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

log = hook_logger("links")

_ANY_ID = re.compile(r"\bid=\"([^\"]+)\"")
# MkDocs' warnings about a page's links (mkdocs/structure/pages.py), with the link as written
_MKDOCS_LINK_WARNING = re.compile(r"^Doc file '(?P<page>[^']+)' contains "
                                  r"(?:a link|an absolute link|an unrecognized relative link) '(?P<target>[^']*)'")
_mkdocs_warnings = HeldBack("mkdocs.structure.pages", _MKDOCS_LINK_WARNING)
_ALLOWED_SCHEMES = ("https:", "mailto:")
_LOADED_FROM_ELSEWHERE = re.compile(
    r"""<(?P<tag>img|iframe|video|audio|source|track|embed|object|script)\b[^>]*?\b(?:src|data|poster)\s*=\s*"""
    r"""["'](?P<url>(?:https?:)?//[^"']+)["']""", re.IGNORECASE)


@dataclass
class _State:
    pages_by_src: dict[str, str] = field(default_factory=dict)  # src path -> page URL
    pages_by_url: dict[str, str] = field(default_factory=dict)  # page URL -> src path
    other_files: set[str] = field(default_factory=set)  # src paths of non-page files (images, …)
    ids: dict[str, set[str]] = field(default_factory=dict)  # src path -> every id on the page
    found: dict[str, list[Link]] = field(default_factory=dict)  # src path -> links
    loads: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # src path -> (line, problem), rule 5


_state = _State()


def element_ids(html: str) -> set[str]:
    return set(_ANY_ID.findall(html))


def check_external(link: Link) -> str | None:
    if link.target.startswith(_ALLOWED_SCHEMES):
        return None
    if link.target.startswith("http:"):
        return f"link '{link.target}' uses http — use https"
    return f"link '{link.target}' uses an unsupported scheme — use an https URL"


def resolve(page_src: str, page_url: str, link: Link) -> tuple[str | None, str, str | None]:
    """Return (target source path or None, fragment, problem)."""
    if split_fragment(link.target)[0].startswith("/"):
        return None, "", (f"link '{link.target}' is an absolute path — write it relative to this "
                          "file, e.g. '../area/page.md'")
    destination, fragment = link_destination(page_src, page_url, link)
    if link.raw_html:
        if destination in _state.pages_by_url:
            return _state.pages_by_url[destination], fragment, None
        if destination in _state.other_files:
            return destination, "", None
        return None, fragment, (f"HTML link '{link.target}' resolves to '/{destination}', which is no page or "
                                "file of the site")
    if link.image:
        if destination in _state.other_files:
            return destination, "", None
        return None, fragment, (f"image '{link.target}' points to 'docs/{destination}', which does not exist — "
                                "add the file there or fix the path")
    if not destination.endswith(".md"):
        if destination in _state.other_files:
            return destination, "", None
        if posixpath.splitext(destination)[1]:  # a file name (.png, .pdf, …), not a URL
            return None, fragment, f"link '{link.target}' points to 'docs/{destination}', which does not exist"
        return None, fragment, built_url_problem(page_src, page_url, link)
    if destination not in _state.pages_by_src:
        return None, fragment, f"link '{link.target}' points to 'docs/{destination}', which does not exist"
    return destination, fragment, None


def link_problem(page_src: str, page_url: str, link: Link) -> str | None:
    """What is wrong with one link (None when nothing is); needs the ids of all pages collected first."""
    if is_external(link.target):
        return None if link.image else check_external(link)  # an external image: rule 5, from the rendered page
    target, fragment, message = resolve(page_src, page_url, link)
    if message:
        return message
    if fragment and target in _state.ids and fragment not in _state.ids[target]:
        where = "this page" if target == page_src else f"'docs/{target}'"
        return f"link '{link.target}': {where} has no anchor '#{fragment}' — use one of its heading ids"
    return None


def built_url_problem(page_src: str, page_url: str, link: Link) -> str:
    """A Markdown link to a built URL, with the Markdown source it means when it names a page."""
    path, fragment = split_fragment(link.target)
    meant = _state.pages_by_url.get(resolve_url_path(page_url, path))
    if meant is None:
        return (f"link '{link.target}' points at a built URL or a missing file — "
                "link the Markdown source, e.g. 'page.md#anchor'")
    source = posixpath.relpath(meant, posixpath.dirname(page_src) or ".") + (f"#{fragment}" if fragment else "")
    return f"link '{link.target}' points at a built URL — link the Markdown source instead: '{source}'"


def problems_for(page_src: str, page_links: list[Link]) -> list[tuple[Link, str]]:
    """Every broken link of one page, with what is wrong with it."""
    page_url = _state.pages_by_src[page_src]
    return [(link, message) for link in page_links
            if (message := link_problem(page_src, page_url, link)) is not None]


def on_config(config: MkDocsConfig, **_: object) -> MkDocsConfig:
    global _state
    _state = _State()
    _mkdocs_warnings.start()
    return config


def on_files(files: Files, **_: object) -> Files:
    for file in files:
        if file.is_documentation_page():
            _state.pages_by_src[file.src_uri] = file.url
            _state.pages_by_url[file.url] = file.src_uri
        else:
            _state.other_files.add(file.src_uri)
    return files


def on_page_markdown(markdown: str, *, page: Page, **_: object) -> str:
    _state.found[page.file.src_uri] = links(page.file.content_string)
    return markdown


def loads_from_elsewhere(html: str, source: str) -> list[tuple[int, str]]:
    """(line, message) for everything the rendered page would fetch from another host (rule 5); the
    line is the first of the source that names the address (1 when none does)."""
    problems: list[tuple[int, str]] = []
    lines = source.splitlines()
    for match in _LOADED_FROM_ELSEWHERE.finditer(html):
        url = html_lib.unescape(match.group("url"))
        line = next((number for number, text in enumerate(lines, start=1) if url in text), 1)
        what = "image" if match.group("tag").lower() == "img" else f"<{match.group('tag').lower()}> source"
        problems.append((line, f"{what} '{url}' loads from another host, and the site fetches nothing from "
                               "elsewhere — save the file under docs/assets/ and link it relatively"))
    return problems


@event_priority(-50)  # after hooks/anchors.py has inserted alias targets
def on_page_content(html: str, *, page: Page, **_: object) -> str:
    _state.ids[page.file.src_uri] = element_ids(html)
    _state.loads[page.file.src_uri] = loads_from_elsewhere(html, page.file.content_string)
    return html


def on_post_build(**_: object) -> None:
    reported: set[tuple[str, str]] = set()  # (page, link as written)
    for page_src, page_links in sorted(_state.found.items()):
        broken = problems_for(page_src, page_links)
        reported.update((page_src, link.target) for link, _message in broken)
        problems = [(link.line, message) for link, message in broken] + _state.loads.get(page_src, [])
        for line, message in sorted(problems, key=lambda problem: problem[0]):
            log.warning("docs/%s:%d: %s", page_src, line, message)
    _mkdocs_warnings.release(lambda match: (match["page"], match["target"]) in reported)


def on_build_error(**_: object) -> None:
    _mkdocs_warnings.release(lambda match: False)
