"""Korean search: a light index loaded when the reader opens search, and the synonyms it needs.

Material's search plugin writes ``search/search_index.json`` with every Hangul character as a
``\\uXXXX`` escape and the sections' markup kept, and the page fetches it on every first visit.
After the build this hook

- moves the documents to ``search/search_docs.json``, written as UTF-8 and without markup, and
  leaves in ``search_index.json`` only Material's search config (the page still reads its
  separator for highlighting) plus what the worker needs to find the rest;
- points Material's search worker setting (``__config.search`` in every page) at
  ``assets/javascripts/workers/search-ko.js``, a small wrapper that loads Material's own worker
  and the documents when the reader first opens search or types, normalises Korean queries
  (particles, spacing, synonyms) and ranks the section whose heading matches first;
- ships the synonym groups: the glossary table of ``docs/glossary.md`` (the site's term, the
  English name, the spellings to avoid) merged with ``includes/synonyms.txt``.

A malformed synonyms line is reported as ``includes/synonyms.txt:LINE: …``; a page whose search
setting cannot be found (the theme changed) is reported, since search would then still load the
old way and lose the Korean query handling.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

from _log import hook_logger
from mkdocs.plugins import event_priority

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.pages import Page

log = hook_logger("search")

SYNONYMS = "includes/synonyms.txt"
GLOSSARY = "docs/glossary.md"
WRAPPER = "search-ko.js"                     # in assets/javascripts/workers/, next to Material's worker
DOCS_FILE = "search_docs.json"               # in search/, next to search_index.json
_CONFIG_SEARCH = re.compile(r'("search":\s*"[^"]*?/?workers/)(search\.[0-9a-f]+\.min\.js)(")')
_TAG = re.compile(r"<(?!/?p>)[^>]+>")         # every tag but <p>: paragraphs keep result previews readable
_DIAGRAM_SVG = re.compile(r'(<div class="diagram"[^>]*>\s*<svg)\b')  # hooks/diagrams.py's inlined SVG
_SPACE = re.compile(r"\s+")
_PARENTHESISED = re.compile(r"\s*\([^)]*\)")


def parse_synonyms(text: str) -> tuple[list[list[str]], list[tuple[int, str]]]:
    """One group per line, terms split by '|'; '#' starts a comment. Returns groups and problems."""
    groups: list[list[str]] = []
    problems: list[tuple[int, str]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        terms = [term.strip() for term in line.split("|")]
        if any(not term for term in terms):
            problems.append((number, "empty term — write 'term | other term', one '|' between two terms"))
            continue
        if len(terms) < 2:
            problems.append((number, f"'{terms[0]}' has no synonym — add one with ' | ' or delete the line"))
            continue
        groups.append(terms)
    return groups, problems


def glossary_groups(text: str) -> list[list[str]]:
    """The rows of the glossary's terms table as groups: term, English name, spellings to avoid.

    Parenthesised qualifiers are dropped ("layer (Lambda)" → "layer"); an avoided spelling that
    carries a condition ("서버(EC2를 가리킬 때)") is guidance, not a synonym, and is skipped.
    """
    if "{#terms}" not in text:
        return []
    groups = []
    for row in text.split("{#terms}", 1)[1].splitlines():
        cells = [cell.strip() for cell in row.strip().strip("|").split("|")]
        if len(cells) != 3 or cells[0] in ("이 사이트의 용어", "---"):
            continue
        terms = [_PARENTHESISED.sub("", cells[0]), _PARENTHESISED.sub("", cells[1])]
        terms += [v.strip() for v in cells[2].split(",") if v.strip() and "(" not in v]
        groups.append([term for term in terms if term])
    return groups


def search_key(term: str) -> str:
    """How the worker compares terms: lower case, no spaces or hyphens."""
    return re.sub(r"[\s\-_]+", "", term.casefold())


def merge_groups(groups: list[list[str]]) -> list[list[str]]:
    """Join groups that share a term (spacing and case ignored), keeping the first spelling seen."""
    merged: list[dict[str, str]] = []           # each: search key → spelling
    for group in groups:
        keys: dict[str, str] = {}
        for term in group:
            keys.setdefault(search_key(term), term)
        overlapping = [m for m in merged if m.keys() & keys.keys()]
        target: dict[str, str] = {}
        for other in overlapping:
            merged.remove(other)
            target.update(other)
        for key, term in keys.items():
            target.setdefault(key, term)
        merged.append(target)
    return [list(group.values()) for group in merged if len(group) > 1]


def plain(fragment: str) -> str:
    """An HTML fragment for the index: tags but paragraphs dropped, spaces collapsed.

    Material renders a result's title and text as HTML, so text stays escaped (``&lt;``).
    """
    parts = re.split(r"(</?p>)", _TAG.sub(" ", fragment))
    text = "".join(part if part in ("<p>", "</p>") else html.escape(html.unescape(part), quote=False)
                   for part in parts)
    return _SPACE.sub(" ", text).replace("<p> ", "<p>").replace(" </p>", "</p>").strip()


# Sections that mention everything in passing: a topic page's self-check and references, and the
# pages that collect other pages' terms and corrections. They stay findable, below the sections
# that explain the topic.
RECAP_ANCHORS = ("#self-check", "#references")
COLLECTIONS = ("glossary/", "corrections/", "comparisons/", "changes/")
RECAP_BOOST = 0.2
COLLECTION_BOOST = 0.1


def boost(location: str) -> float | None:
    if location.startswith(COLLECTIONS):
        return COLLECTION_BOOST
    if location.endswith(RECAP_ANCHORS):
        return RECAP_BOOST
    return None


def slim(doc: dict) -> dict:
    slimmed = {**doc, "title": plain(doc["title"]), "text": plain(doc.get("text", ""))}
    weight = boost(doc["location"])
    if weight is not None:
        slimmed["boost"] = weight
    return slimmed


def on_page_content(html_text: str, *, config: MkDocsConfig, **_: object) -> str:
    """Keep diagrams out of the index: their labels repeat what the text says.

    Material's search plugin skips an element marked ``data-search-exclude`` and then removes
    the attribute from the page, so the published HTML is unchanged. The mark goes on each
    ``<svg>``, not on the wrapper: the plugin forgets an excluded ``div`` at the first nested
    ``</div>`` (it compares elements by tag), which would index the drawing after all.
    """
    if "material/search" not in config.plugins:
        return html_text
    return _DIAGRAM_SVG.sub(r'\1 data-search-exclude="diagram"', html_text)


# Table rows for the index. Material's search plugin keeps a section's paragraphs and lists but
# drops table markup, so a table reached a result's preview as one run of words ("항목 VPC에
# 연결하지 않음(기본) 내 VPC에 연결 …"). While the plugin reads a page, each row is a paragraph and
# its cells are separated by " · " (a search separator, so no word changes); the markers are taken
# out again before the page is written, and the published HTML is what it was.
ROW_START, ROW_END = "<p data-search-row>", "</p><!--/search-row-->"
CELL_GAP = "<!--search-gap--> · <!--/search-gap-->"
_ROW_OPEN = re.compile(r"(<tr\b[^>]*>)")
_CELL_EDGE = re.compile(r"(</t[dh]>)(\s*<t[dh]\b)")


def rows_for_index(page_html: str) -> str:
    """The page with each table row marked as a paragraph and its cells separated, for indexing."""
    marked = _CELL_EDGE.sub(lambda m: m.group(1) + CELL_GAP + m.group(2), page_html)
    marked = _ROW_OPEN.sub(lambda m: m.group(1) + ROW_START, marked)
    return marked.replace("</tr>", ROW_END + "</tr>")


def without_row_marks(page_html: str) -> str:
    return page_html.replace(ROW_START, "").replace(ROW_END, "").replace(CELL_GAP, "")


@event_priority(50)  # before Material's search plugin indexes the page
def on_page_context(context: dict, *, page: Page, config: MkDocsConfig, **_: object) -> dict:
    if "material/search" in config.plugins and page.content and "<tr" in page.content:
        page.content = rows_for_index(page.content)
    return context


@event_priority(100)  # before any other hook reads the page: the published page keeps its markup
def on_post_page(output: str, **_: object) -> str:
    return without_row_marks(output)


def split_index(index: dict, worker: str, synonyms: list[list[str]]) -> tuple[dict, dict]:
    """(what every page fetches, what the worker fetches when search is first used)."""
    docs = [slim(doc) for doc in index["docs"]]
    stub = {"config": {**index["config"], "worker": worker, "docs": DOCS_FILE}, "docs": []}
    return stub, {"docs": docs, "synonyms": synonyms}


def point_at_wrapper(page: str) -> tuple[str, str | None]:
    """Rewrite the page's ``__config.search`` to the wrapper; return the page and Material's worker."""
    match = _CONFIG_SEARCH.search(page)
    if match is None:
        return page, None
    return page[:match.start(2)] + WRAPPER + page[match.end(2):], match.group(2)


def _write_json(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def synonym_groups(root: Path) -> list[list[str]]:
    """The glossary's groups and includes/synonyms.txt, merged; malformed lines are reported."""
    groups: list[list[str]] = []
    glossary = root / GLOSSARY
    if glossary.is_file():
        groups += glossary_groups(glossary.read_text(encoding="utf-8"))
    synonyms = root / SYNONYMS
    if synonyms.is_file():
        extra, problems = parse_synonyms(synonyms.read_text(encoding="utf-8"))
        for line, message in problems:
            log.warning("%s:%d: %s", SYNONYMS, line, message)
        groups += extra
    return merge_groups(groups)


_groups: list[list[str]] = []


def on_config(config: MkDocsConfig, **_: object) -> MkDocsConfig:
    _groups[:] = synonym_groups(Path(config.config_file_path).parent)
    return config


@event_priority(-100)  # after Material's search plugin has written search_index.json
def on_post_build(config: MkDocsConfig, **_: object) -> None:
    site = Path(config.site_dir)
    index_file = site / "search" / "search_index.json"
    if not index_file.is_file():
        return  # search plugin disabled
    worker = None
    for page_file in sorted(site.rglob("*.html")):
        page = page_file.read_text(encoding="utf-8")
        if 'id="__config"' not in page:
            continue
        rewritten, found = point_at_wrapper(page)
        if found is None:
            log.warning("%s: Material's search worker setting (__config.search) not found — the theme changed; "
                        "update _CONFIG_SEARCH in hooks/search.py", page_file.relative_to(site).as_posix())
            continue
        worker = worker or found
        page_file.write_text(rewritten, encoding="utf-8")
    if worker is None:
        return
    stub, payload = split_index(json.loads(index_file.read_text(encoding="utf-8")), worker, _groups)
    _write_json(index_file, stub)
    _write_json(site / "search" / DOCS_FILE, payload)
