"""Shared, MkDocs-free helpers for the hooks and tests: the one way this project reads Markdown.

The hooks report problems as ``docs/page.md:LINE: problem — fix``. They therefore scan the
page's raw source (front matter included), so that a line number is the line an author sees in
an editor. Code fences are skipped: a link or heading inside a code sample is not a link or a
heading. Fences are read by pymdownx.superfences' own rules, so a fence it never closes is no code
here either, and the lines after it are read as the page renders them. The tests import the same
functions (front matter, fences, links), so a page means the same thing to a hook and to a test.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import yaml

_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_EXPLICIT_ID = re.compile(r"\s*\{\s*:?\s*#([^\s}]+)[^}]*\}\s*$")
_INLINE_CODE = re.compile(r"(`+)(?:(?!\1).)+?\1")
# A link text may wrap onto the next line of its paragraph, never across a blank line.
_LINK_TEXT = r"\[(?:[^\[\]\n]|\n(?![ \t]*\n)|\[[^\]\n]*\])*\]"
_MD_LINK = re.compile(r"(!?)" + _LINK_TEXT + r"\(\s*<?([^)\s>]+)>?(?:\s+[\"'][^\"']*[\"'])?\s*\)")
_REF_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+[\"'].*[\"'])?\s*$")
_HTML_HREF = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
_HTML_IMG = re.compile(r"""<img\b[^>]*?\bsrc\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
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
    image: bool = False  # ![alt](src) or <img src>: a file to show, not a page to go to


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
FRONT_MATTER_KEYS = ("anchor_aliases", "exam", "checked", "changes", "other_dates",  # ours: anchors, exam, checked,
                     "hide", "title", "description", "search", "status", "subtitle",  # changes (hooks/*.py)
                     "icon", "template")
# Keys the site no longer reads, with what replaced them.
RETIRED_KEYS = {"topic": "a page's folder makes it a topic page now (hooks/_areas.py) — delete the line"}


def front_matter(source: str) -> tuple[dict[str, object], list[tuple[int, str]]]:
    """The page's front matter as a mapping, and (line, message) for each way it is malformed.

    MkDocs swallows a YAML error and renders the block as text, so the page silently loses its
    keys and gains a heading made of YAML; here the error is a problem with a line.
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
    problems = [(number, unknown_key_problem(key))
                for number, line in enumerate(lines[1 : end - 1], start=2)
                for key in [line.split(":", 1)[0].strip()]
                if line[:1].strip() and ":" in line and key not in FRONT_MATTER_KEYS]
    return data, problems


def unknown_key_problem(key: str) -> str:
    if key in RETIRED_KEYS:
        return f"front matter key '{key}' is no longer used: {RETIRED_KEYS[key]}"
    return f"front matter key '{key}' is unknown — use one of {', '.join(FRONT_MATTER_KEYS)}"


def _impossible_date(line: str) -> bool:
    """True when the line holds a YYYY-MM-DD date that no calendar has."""
    for match in _DATE.finditer(line):
        try:
            date(*map(int, match.groups()))
        except ValueError:
            return True
    return False


@dataclass(frozen=True)
class Fence:
    line: int  # the line of the opening fence
    info: str  # what follows the opening backticks ('mermaid', 'bash', …)
    body: str  # the code, with the fence's own indentation removed ('' for a fence never closed)
    closed: bool = True  # False: Python-Markdown renders the fence line and what follows as Markdown
    last: int = 0  # the closing line, or the line that made the fence be given up
    opening: str = ""  # the opening line as written, without its indentation ('```bash')


_TAB = 4  # Python-Markdown's tab length


def _indent(line: str) -> int:
    expanded = line.expandtabs(_TAB)
    return len(expanded) - len(expanded.lstrip())


def _opening(line: str) -> tuple[int, str, str] | None:
    """(indent, fence, info) when ``line`` opens a fenced block; a backtick fence's info has no backtick."""
    match = _FENCE.match(line)
    if not match:
        return None
    marker = match.group(1)
    info = line.strip()[len(marker):].strip()
    if marker[0] == "`" and "`" in info:
        return None  # ```inline``` code, not a fence
    return _indent(line), marker, info


def _fenced_blocks(source: str) -> list[Fence]:
    """Every fence outside front matter, closed or not, as pymdownx.superfences reads them.

    The block closes at a line holding exactly the opening fence (same length, nothing but spaces
    after it) at the opening fence's indentation. A non-blank line indented less than the opening
    fence (the end of its list item or admonition), or the end of the page, abandons it: Python-
    Markdown then shows the fence line as text and reads every line after it as Markdown. Such a
    fence comes back with ``closed=False``; its lines up to ``last`` are not searched for another
    opening fence, as pymdownx.superfences does not search them.
    """
    found: list[Fence] = []
    skip = front_matter_end(source)
    opened: tuple[int, int, str, str, str] | None = None  # line, indent, fence, info, opening text
    body: list[str] = []
    for number, line in enumerate(source.splitlines(), start=1):
        if number <= skip:
            continue
        if opened is None:
            opening = _opening(line)
            if opening:
                opened, body = (number, *opening, line.strip()), []
            continue
        start, indent, marker, info, text = opened
        if not line.strip():
            body.append("")
        elif _indent(line) < indent:
            found.append(Fence(start, info, "", closed=False, last=number, opening=text))
            opened = None
        elif line.expandtabs(_TAB)[indent:].rstrip() == marker:
            found.append(Fence(start, info, "\n".join(body), closed=True, last=number, opening=text))
            opened = None
        else:
            body.append(line.expandtabs(_TAB)[indent:])
    if opened is not None:
        found.append(Fence(opened[0], opened[3], "", closed=False, last=len(source.splitlines()), opening=opened[4]))
    return found


def fences(source: str) -> list[Fence]:
    """Every fenced code block outside front matter, in page order (fences never closed left out)."""
    return [fence for fence in _fenced_blocks(source) if fence.closed]


def unclosed_fences(source: str) -> list[Fence]:
    """Every fence that is never closed, which Python-Markdown renders as text."""
    return [fence for fence in _fenced_blocks(source) if not fence.closed]


def content_lines(source: str) -> Iterator[tuple[int, str]]:
    """Yield (line number, line) for lines outside front matter and closed code fences.

    The lines of a fence that is never closed are content, as they are to Python-Markdown.
    """
    skip = front_matter_end(source)
    code = {number for fence in fences(source) for number in range(fence.line, fence.last + 1)}
    for number, line in enumerate(source.splitlines(), start=1):
        if number > skip and number not in code:
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
    """Return every link target in Markdown syntax, reference definitions, raw ``<a href>`` and ``<img src>``.

    A link text may wrap onto the next lines of its paragraph; the line reported is the one that
    holds the target, which is where an author fixes it.
    """
    text = _blanked(source)
    found: list[Link] = []
    for match in _MD_LINK.finditer(text):
        found.append(Link(text.count("\n", 0, match.start(2)) + 1, match.group(2), raw_html=False,
                          image=match.group(1) == "!"))
    for pattern, image in ((_HTML_HREF, False), (_HTML_IMG, True)):
        for match in pattern.finditer(text):
            found.append(Link(text.count("\n", 0, match.start(1)) + 1, match.group(1), raw_html=True, image=image))
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
