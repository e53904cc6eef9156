"""Shared, MkDocs-free helpers for the hooks and tests: the one way this project reads Markdown.

The hooks report problems as ``docs/page.md:LINE: problem — fix``. They therefore scan the
page's raw source (front matter included), so that a line number is the line an author sees in
an editor. Code fences are skipped: a link or heading inside a code sample is not a link or a
heading. The tests import the same functions (front matter, fences, links), so a page means the
same thing to a hook and to a test.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date

import yaml

_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_EXPLICIT_ID = re.compile(r"\s*\{\s*:?\s*#([^\s}]+)[^}]*\}\s*$")
_INLINE_CODE = re.compile(r"(`+)(?:(?!\1).)+?\1")
# A link text may wrap onto the next line of its paragraph, never across a blank line.
_LINK_TEXT = r"\[(?:[^\[\]\n]|\n(?![ \t]*\n)|\[[^\]\n]*\])*\]"
_MD_LINK = re.compile(r"!?" + _LINK_TEXT + r"\(\s*<?([^)\s>]+)>?(?:\s+[\"'][^\"']*[\"'])?\s*\)")
_REF_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+[\"'].*[\"'])?\s*$")
_HTML_HREF = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
_DATE = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")


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


# Front-matter keys this site uses (ours, and Material's that a page may set).
FRONT_MATTER_KEYS = ("topic", "anchor_aliases", "hide", "title", "description", "search", "status", "subtitle",
                     "icon", "template",
                     "checked", "changes", "other_dates")  # hooks/checked.py, hooks/changes.py


def front_matter(source: str) -> tuple[dict[str, object], list[tuple[int, str]]]:
    """The page's front matter as a mapping, and (line, message) for each way it is malformed.

    MkDocs swallows a YAML error and renders the block as text, so the page silently loses its
    ``topic`` and gains a heading made of YAML; here the error is a problem with a line.
    """
    lines = source.splitlines()
    if not lines or lines[0].strip() != "---":
        return {}, []
    end = front_matter_end(source)
    if end == 0:
        return {}, [(1, "front matter opened on line 1 is never closed — end it with a line '---'")]
    try:
        data = yaml.safe_load("\n".join(lines[1 : end - 1]))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        reason = getattr(error, "problem", None) or "invalid YAML"
        return {}, [(line, f"front matter is not valid YAML ({reason}) — fix the YAML between the '---' lines, "
                           "e.g. close brackets and quote values that contain ':'")]
    except ValueError as error:  # YAML reads 2025-02-30 as a date and cannot build it
        line = next((number for number, text in enumerate(lines[1 : end - 1], start=2)
                     if _impossible_date(text)), 1)
        return {}, [(line, f"front matter has an impossible date ({error}) — write a real date as YYYY-MM-DD")]
    if data is None:
        return {}, []
    if not isinstance(data, dict):
        return {}, [(2, "front matter is not a mapping — write it as 'key: value' lines")]
    problems = [(number, f"front matter key '{key}' is unknown — use one of {', '.join(FRONT_MATTER_KEYS)}")
                for number, line in enumerate(lines[1 : end - 1], start=2)
                for key in [line.split(":", 1)[0].strip()]
                if line[:1].strip() and ":" in line and key not in FRONT_MATTER_KEYS]
    return data, problems


def _impossible_date(line: str) -> bool:
    """True when the line holds a YYYY-MM-DD date that no calendar has."""
    for match in _DATE.finditer(line):
        try:
            date(*map(int, match.groups()))
        except ValueError:
            return True
    return False


def is_topic_page(meta: Mapping[str, object]) -> bool:
    """A topic page declares ``topic: <id>`` in its front matter; only those follow the page skeleton."""
    return bool(meta.get("topic"))


@dataclass(frozen=True)
class Fence:
    line: int  # the line of the opening fence
    info: str  # what follows the opening backticks ('mermaid', 'bash', …)
    body: str  # the code, with the fence's own indentation removed


def fences(source: str) -> list[Fence]:
    """Every fenced code block outside front matter, in page order."""
    found: list[Fence] = []
    skip = front_matter_end(source)
    opened: tuple[int, str, int, str] | None = None  # line, fence, indent, info
    body: list[str] = []
    for number, line in enumerate(source.splitlines(), start=1):
        if number <= skip:
            continue
        if opened is None:
            match = _FENCE.match(line)
            if match:
                indent = len(line) - len(line.lstrip())
                marker = match.group(1)[0] * len(match.group(1))
                opened, body = (number, marker, indent, line.strip()[len(match.group(1)):].strip()), []
            continue
        if line.strip().startswith(opened[1]) and line.strip().strip(opened[1][0]) == "":
            found.append(Fence(opened[0], opened[3], "\n".join(body)))
            opened = None
            continue
        body.append(line[opened[2]:] if line[: opened[2]].strip() == "" else line.lstrip())
    return found


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


def _blanked(source: str) -> str:
    """The page with front matter, fenced code and inline code blanked out, line numbers kept."""
    kept = dict(content_lines(source))
    return "\n".join(_INLINE_CODE.sub(lambda m: " " * len(m.group(0)), kept[number]) if number in kept else ""
                     for number in range(1, len(source.splitlines()) + 1))


def links(source: str) -> list[Link]:
    """Return every link target in Markdown syntax, reference definitions and raw ``<a href>``.

    A link text may wrap onto the next lines of its paragraph; the line reported is the one that
    holds the target, which is where an author fixes it.
    """
    text = _blanked(source)
    found: list[Link] = []
    for match in _MD_LINK.finditer(text):
        found.append(Link(text.count("\n", 0, match.start(1)) + 1, match.group(1), raw_html=False))
    for match in _HTML_HREF.finditer(text):
        found.append(Link(text.count("\n", 0, match.start(1)) + 1, match.group(1), raw_html=True))
    for number, line in enumerate(text.splitlines(), start=1):
        ref = _REF_DEF.match(line)
        if ref:
            found.append(Link(number, ref.group(1), raw_html=False))
    return sorted(found, key=lambda link: link.line)


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


def link_destination(page_src: str, page_url: str, link: Link) -> tuple[str, str]:
    """Where an internal link points, and its fragment.

    A Markdown link is relative to the page's source file and yields a docs-relative source path
    (``area/page.md``); a raw-HTML ``href`` is relative to the built page's URL and yields a site
    URL (``area/page/``), because MkDocs does not rewrite raw HTML.
    """
    path, fragment = split_fragment(link.target)
    path = path.split("?", 1)[0]
    if link.raw_html:
        return resolve_url_path(page_url, path), fragment
    return resolve_source_path(page_src, path), fragment


def fill_marker(markdown: str, marker: str, content: str) -> str | None:
    """Put generated ``content`` where ``marker`` stands; None when the page lacks the marker."""
    if marker not in markdown:
        return None
    return markdown.replace(marker, content)
