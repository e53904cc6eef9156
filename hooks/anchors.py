"""Anchors never break.

Rules:
1. Every ``##``–``####`` heading carries an explicit English kebab-case id (``{#sticky-sessions}``),
   unique on its page. Korean headings would otherwise get positional ids (``_1``) that change
   whenever a section is inserted, and a link pasted into chat would silently stop working.
2. ``anchors.lock`` (next to mkdocs.yml) lists every published ``page/#anchor``. When one
   disappears the build fails, unless the page declares ``anchor_aliases: {old-id: new-id}`` in
   its front matter; the old id is then rendered as an invisible target at the new section.
New anchors are recorded with ``make anchors``; the test suite fails while the lockfile is stale.
"""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from _log import hook_logger
from _markdown import Heading, content_lines, front_matter_end, headings
from mkdocs.plugins import event_priority

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.pages import Page

log = hook_logger("anchors")

LOCKFILE = "anchors.lock"
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_HEADING_ID = re.compile(r"<h([2-4])\b[^>]*\bid=\"([^\"]+)\"")
_RENDERED_HEADING = re.compile(r"<h([2-4])\b[^>]*\bid=\"([^\"]+)\"[^>]*>(.*?)</h\1>", re.S)
_DECLARED_ID = re.compile(r"\{\s*:?[^}]*?#([^\s}]+)[^}]*\}")
_TAG = re.compile(r"<[^>]+>")
_DUPLICATE_SUFFIX = re.compile(r"^(.+)_\d+$")  # how the toc extension makes a repeated id unique


@dataclass
class _State:
    lockfile: Path | None = None
    anchors: dict[str, set[str]] = field(default_factory=dict)  # page URL -> ids (headings + aliases)
    sources: dict[str, str] = field(default_factory=dict)  # page URL -> docs-relative source path


_state = _State()


def heading_id_problems(page_headings: list[Heading]) -> list[tuple[int, str]]:
    """Return (line, message) for h2–h4 headings without a unique explicit kebab-case id."""
    problems: list[tuple[int, str]] = []
    seen: dict[str, int] = {}
    for heading in page_headings:
        if not 2 <= heading.level <= 4:
            continue
        if heading.explicit_id is None:
            suggestion = "{#english-kebab-id}"
            problems.append((heading.line, f"heading '{heading.text}' has no explicit id — "
                                           f"end it with {suggestion}"))
            continue
        if not KEBAB.match(heading.explicit_id):
            problems.append((heading.line, f"heading id '#{heading.explicit_id}' is not English "
                                           "kebab-case — use lowercase a-z, 0-9 and single hyphens"))
        if heading.explicit_id in seen:
            problems.append((heading.line, f"heading id '#{heading.explicit_id}' is already used on "
                                           f"line {seen[heading.explicit_id]} — pick a unique id"))
        seen.setdefault(heading.explicit_id, heading.line)
    return problems


def _plain(text: str) -> str:
    """Heading text without markup, permalink sign or spaces, for matching HTML to source lines."""
    return re.sub(r"[\s`*_¶]", "", html_lib.unescape(_TAG.sub("", text)))


def rendered_heading_problems(html: str, source: str, generated: str = "") -> list[tuple[int, str]]:
    """Check the ids of the headings as published, which the source scan cannot all see.

    A heading inside an admonition or underlined with dashes (setext) is rendered with an id the
    toc extension makes up from its Korean text. Headings the source scan already checks (ATX
    headings at the start of a line) are left to it, so each problem is reported once. A hook that
    generates headings (the exam map) writes their ids as ``{#id}`` too: ``generated`` is the
    Markdown as the hooks left it, and the ids it declares count as declared.
    """
    content = dict(content_lines(source))
    declared = {match.group(1) for line in content.values() for match in _DECLARED_ID.finditer(line)}
    declared |= {match.group(1) for _, line in content_lines(generated) for match in _DECLARED_ID.finditer(line)}
    atx = [h for h in headings(source) if 2 <= h.level <= 4]
    atx_ids = {h.explicit_id for h in atx if h.explicit_id}
    atx_ids |= {h.explicit_id for h in headings(generated) if 2 <= h.level <= 4 and h.explicit_id}
    atx_unnamed = {_plain(h.text) for h in atx if h.explicit_id is None}
    problems: list[tuple[int, str]] = []
    for match in _RENDERED_HEADING.finditer(html):
        heading_id, text = match.group(2), _plain(match.group(3))
        if heading_id in atx_ids:
            continue
        duplicate = _DUPLICATE_SUFFIX.match(heading_id)
        if duplicate and duplicate.group(1) in declared:
            continue  # a repeated explicit id: reported where it is declared
        everywhere = enumerate(source.splitlines(), start=1)  # front matter that did not parse renders too
        line = next((n for n, raw in [*sorted(content.items()), *everywhere] if text and text in _plain(raw)), 1)
        if heading_id in declared:
            if not KEBAB.match(heading_id):
                problems.append((line, f"heading id '#{heading_id}' is not English kebab-case — "
                                       "use lowercase a-z, 0-9 and single hyphens"))
        elif text not in atx_unnamed:
            shown = html_lib.unescape(_TAG.sub("", match.group(3))).replace("¶", "").strip()
            problems.append((line, f"heading '{shown}' has no explicit id (a heading inside an admonition or "
                                   "underlined with dashes still needs one) — write it as "
                                   "'## 제목 {#english-kebab-id}' at the start of a line"))
    return problems


def heading_ids(html: str) -> list[str]:
    """Ids of the h2–h4 headings in rendered page HTML, in order."""
    return [match.group(2) for match in _HEADING_ID.finditer(html)]


def parse_lockfile(text: str) -> list[tuple[int, str, str]]:
    """Return (line, page URL as MkDocs writes it, anchor); a page entry has anchor ''.

    Entries start with '/' so that the home page ('/') and its anchors ('/#x') stay distinct from
    blank lines and comments.
    """
    entries: list[tuple[int, str, str]] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        url, _, anchor = line.partition("#")
        entries.append((number, url.removeprefix("/"), anchor))
    return entries


def format_lockfile(entries: set[str]) -> str:
    header = ("# Every published page and section anchor of AWS 노트, one per line: /page-url/#anchor.\n"
              "# Append-only: `make anchors` adds new ones. A removed anchor fails the build unless the\n"
              "# page maps it to a new id under `anchor_aliases` in its front matter.\n")
    return header + "".join(f"/{entry}\n" for entry in sorted(entries))


def insert_alias_targets(html: str, aliases: dict[str, str]) -> str:
    """Put an invisible ``<span id=old>`` right before the heading whose id is ``new``."""
    for old, new in aliases.items():
        pattern = re.compile(rf"(<h[2-4]\b[^>]*\bid=\"{re.escape(new)}\")")
        html = pattern.sub(rf'<span class="anchor-alias" id="{old}" aria-hidden="true"></span>\1', html, count=1)
    return html


def front_matter_line(source: str, key: str) -> int:
    """Line of ``key:`` in the front matter (1 when it is not there)."""
    for number, line in enumerate(source.splitlines()[: front_matter_end(source)], start=1):
        if line.strip().startswith(f"{key}:"):
            return number
    return 1


def _aliases(page: Page) -> dict[str, str]:
    raw = page.meta.get("anchor_aliases") or {}
    if not isinstance(raw, dict):
        log.warning("docs/%s:1: anchor_aliases must be a mapping of old-id: new-id — "
                    "write it as YAML key/value pairs", page.file.src_uri)
        return {}
    return {str(old): str(new) for old, new in raw.items()}


def on_config(config: MkDocsConfig, **_: object) -> MkDocsConfig:
    global _state
    lockfile = Path(config.config_file_path).parent / LOCKFILE
    _state = _State(lockfile=lockfile if lockfile.is_file() else None)
    return config


def on_page_markdown(markdown: str, *, page: Page, **_: object) -> str:
    source = page.file.content_string
    for line, message in heading_id_problems(headings(source)):
        log.warning("docs/%s:%d: %s", page.file.src_uri, line, message)
    return markdown


@event_priority(50)  # before hooks/links.py collects the ids of every page
def on_page_content(html: str, *, page: Page, **_: object) -> str:
    ids = heading_ids(html)
    aliases = _aliases(page)
    source = page.file.content_string
    for line, message in rendered_heading_problems(html, source, page.markdown or ""):
        log.warning("docs/%s:%d: %s", page.file.src_uri, line, message)
    for old, new in aliases.items():
        line = front_matter_line(source, old)
        if new not in ids:
            log.warning("docs/%s:%d: anchor alias '%s' points to '#%s', which no heading on this page has — "
                        "use the new heading's id", page.file.src_uri, line, old, new)
        if old in ids:
            log.warning("docs/%s:%d: anchor alias '%s' is still a heading id on this page — "
                        "remove the alias or rename the heading", page.file.src_uri, line, old)
    live = {o: n for o, n in aliases.items() if n in ids and o not in ids}
    html = insert_alias_targets(html, live)
    if page.present_anchor_ids is not None:  # so MkDocs' own anchor validation accepts old links too
        page.present_anchor_ids.update(live)
    _state.anchors[page.url] = set(ids) | set(aliases)
    _state.sources[page.url] = page.file.src_uri
    return html


def on_post_build(**_: object) -> None:
    if _state.lockfile is None:
        return
    text = _state.lockfile.read_text(encoding="utf-8")
    for line, url, anchor in parse_lockfile(text):
        if url not in _state.anchors:
            log.warning("%s:%d: published page '%s' no longer exists — restore the page at that path "
                        "(a URL is a promise)", LOCKFILE, line, url or "/")
            continue
        if anchor and anchor not in _state.anchors[url]:
            log.warning("docs/%s:1: published anchor '#%s' disappeared — restore the heading id or add "
                        "'%s: <new-id>' under anchor_aliases in the front matter",
                        _state.sources[url], anchor, anchor)
