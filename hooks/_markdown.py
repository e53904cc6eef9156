"""Shared, MkDocs-free helpers for the hooks: read Markdown source as numbered lines.

The hooks report problems as ``docs/page.md:LINE: problem — fix``. They therefore scan the
page's raw source (front matter included), so that a line number is the line an author sees in
an editor. Code fences are skipped: a link or heading inside a code sample is not a link or a
heading.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator
from dataclasses import dataclass

_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_EXPLICIT_ID = re.compile(r"\s*\{\s*:?\s*#([^\s}]+)[^}]*\}\s*$")
_INLINE_CODE = re.compile(r"(`+)(?:(?!\1).)+?\1")
_MD_LINK = re.compile(r"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+[\"'][^\"']*[\"'])?\s*\)")
_REF_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+[\"'].*[\"'])?\s*$")
_HTML_HREF = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


@dataclass(frozen=True)
class Heading:
    line: int
    level: int
    text: str
    explicit_id: str | None


@dataclass(frozen=True)
class Link:
    line: int
    target: str
    raw_html: bool  # True for <a href> in raw HTML: relative to the built page URL, not to the .md file


def front_matter_end(source: str) -> int:
    """Return the number of lines taken by a leading YAML front matter block (0 if none)."""
    lines = source.splitlines()
    if not lines or lines[0].strip() != "---":
        return 0
    for index, line in enumerate(lines[1:], start=2):
        if line.strip() in ("---", "..."):
            return index
    return 0


def content_lines(source: str) -> Iterator[tuple[int, str]]:
    """Yield (line number, line) for lines outside front matter and code fences."""
    skip = front_matter_end(source)
    fence: str | None = None
    for number, line in enumerate(source.splitlines(), start=1):
        if number <= skip:
            continue
        match = _FENCE.match(line)
        if fence is None and match:
            fence = match.group(1)[0] * len(match.group(1))
            continue
        if fence is not None:
            if line.strip().startswith(fence) and line.strip().strip(fence[0]) == "":
                fence = None
            continue
        yield number, line


def headings(source: str) -> list[Heading]:
    """Return every ATX heading outside code, with its explicit ``{#id}`` if it has one."""
    found: list[Heading] = []
    for number, line in content_lines(source):
        match = _HEADING.match(line)
        if not match:
            continue
        text = match.group(2)
        id_match = _EXPLICIT_ID.search(text)
        explicit = id_match.group(1) if id_match else None
        if id_match:
            text = text[: id_match.start()].rstrip()
        found.append(Heading(number, len(match.group(1)), text, explicit))
    return found


def links(source: str) -> list[Link]:
    """Return every link target in Markdown syntax, reference definitions and raw ``<a href>``."""
    found: list[Link] = []
    for number, line in content_lines(source):
        text = _INLINE_CODE.sub("", line)
        for match in _MD_LINK.finditer(text):
            found.append(Link(number, match.group(1), raw_html=False))
        ref = _REF_DEF.match(text)
        if ref:
            found.append(Link(number, ref.group(1), raw_html=False))
        for match in _HTML_HREF.finditer(text):
            found.append(Link(number, match.group(1), raw_html=True))
    return found


def is_external(target: str) -> bool:
    """True for targets with a scheme (https:, mailto:, …) or protocol-relative ``//host``."""
    return bool(_SCHEME.match(target)) or target.startswith("//")


def split_fragment(target: str) -> tuple[str, str]:
    """Split ``path#frag`` into (path, frag); the fragment is '' when absent."""
    path, _, fragment = target.partition("#")
    return path, fragment


def resolve_source_path(page_src: str, target_path: str) -> str:
    """Resolve a Markdown link path against the linking page's source path (POSIX, docs-relative)."""
    if not target_path:
        return page_src
    base = posixpath.dirname(page_src)
    return posixpath.normpath(posixpath.join(base, target_path))


def resolve_url_path(page_url: str, target_path: str) -> str:
    """Resolve a raw-HTML href against the linking page's URL (docs-relative, no leading slash)."""
    if not target_path:
        return page_url
    base = page_url if page_url.endswith("/") or page_url == "" else posixpath.dirname(page_url) + "/"
    joined = posixpath.normpath(posixpath.join("/" + base, target_path))
    result = joined.lstrip("/")
    if target_path.endswith("/") and result:
        result += "/"
    return "" if result == "." else result


def fill_marker(markdown: str, marker: str, content: str) -> str | None:
    """Put generated ``content`` where ``marker`` stands; None when the page lacks the marker."""
    if marker not in markdown:
        return None
    return markdown.replace(marker, content)
