"""The AWS change timeline (docs/changes.md), generated from every page's change records.

A teammate who took the course a while ago wants one page that says what AWS changed since.
This hook reads the ``changes:`` records of every page (hooks/_changes.py) and writes them in
place of ``<!-- changes -->``: newest first, one ``##`` per year and one ``###`` per service
inside it, each change linking to the section that teaches it and to its AWS source, and marked
when it came after the course (or around it: the course date is a window, see
``COURSE_KNOWN``/``COURSE_UNKNOWN``). ``<!-- changes: course -->`` becomes the sentence that says
that window. The year and service headings get stable ids (``year-2025``, ``2025-amazon-sqs``),
so a link to "what changed in SQS in 2025" keeps working. Nobody edits the list by hand.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

from _changes import COURSE_KNOWN, COURSE_LABELS, COURSE_UNKNOWN, Change, course_relation, read_changes, today
from _log import hook_logger
from _markdown import fill_marker, headings

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

log = hook_logger("timeline")

PAGE = "changes.md"
MARKER = "<!-- changes -->"
COURSE_MARKER = "<!-- changes: course -->"
_NOT_ID = re.compile(r"[^a-z0-9]+")


def service_id(year: int, service: str) -> str:
    """'2025-amazon-sqs' for the SQS changes of 2025."""
    return f"{year}-{_NOT_ID.sub('-', service.lower()).strip('-')}"


def source_label(url: str) -> str:
    """Link text that says what kind of AWS page the source is."""
    if "/about-aws/whats-new/" in url:
        return "AWS 새 소식"
    if "/blogs/" in url:
        return "AWS 블로그"
    return "AWS 문서"


def course_sentence() -> str:
    known, unknown = COURSE_KNOWN.korean(), COURSE_UNKNOWN.korean()
    return (f"노트에는 날짜가 없습니다. 노트가 현재 사실로 다루는 가장 새로운 변경은 {known}의 것이고, "
            f"노트가 모르는 가장 오래된 변경은 {unknown}의 것입니다. 그래서 이 사이트는 과정이 그 사이에 "
            f"열렸다고 보고, {unknown}부터의 변경에 **과정 이후**, 그 사이의 변경에 **과정 무렵**이라고 "
            "표시합니다.")


def render(changes: list[Change], titles: dict[tuple[str, str], str]) -> str:
    """The Markdown of the timeline: years, then services, newest first. Links are docs-relative."""
    if not changes:
        return "아직 기록된 변경이 없습니다.\n"
    since = sum(1 for change in changes if course_relation(change.when) == "after")
    by_year: dict[int, list[Change]] = defaultdict(list)
    for change in changes:
        by_year[change.when.year].append(change)
    years = " · ".join(f"[{year}년](#year-{year})" for year in sorted(by_year, reverse=True))
    out = [f"모두 {len(changes)}건이고, 그중 {since}건이 **과정 이후**의 변경입니다. 과정 시점을 정한 방법은 "
           "[맨 아래](#course-date)에 있습니다.", "", f"연도별로 보기: {years}", ""]
    for year in sorted(by_year, reverse=True):
        out += [f"## {year}년 {{#year-{year}}}", ""]
        by_service: dict[str, list[Change]] = defaultdict(list)
        for change in by_year[year]:
            by_service[change.service].append(change)
        # the service with the newest change first, so the year still reads newest first
        for service in sorted(by_service, key=lambda name: (max(c.when.key() for c in by_service[name]), name),
                              reverse=True):
            out += [f"### {service} {{#{service_id(year, service)}}}", ""]
            for change in sorted(by_service[service], key=lambda c: (c.when.key(), c.src, c.line), reverse=True):
                out.append(_item(change, titles))
            out.append("")
    return "\n".join(out)


def _item(change: Change, titles: dict[tuple[str, str], str]) -> str:
    when = change.when
    day = f"{when.month}월" + (f" {when.day}일" if when.day else "")
    label = COURSE_LABELS[course_relation(when)]
    badge = f' <span class="change-badge">{label}</span>' if label else ""
    where = titles.get((change.src, change.section), change.src)
    return (f'- <time datetime="{when.iso()}">{day}</time> {change.change}{badge}<br>\n'
            f"  [{where}]({change.src}#{change.section}) · [{source_label(change.source)}]({change.source})")


_changes: list[Change] = []
_titles: dict[tuple[str, str], str] = {}


def on_config(config: MkDocsConfig, **_: object) -> MkDocsConfig:
    _changes.clear()
    _titles.clear()
    return config


def on_files(files: Files, **_: object) -> Files:
    on = today()
    for file in files.documentation_pages():
        source = file.content_string
        changes, _problems = read_changes(file.src_uri, source, on)  # hooks/changes.py reports them
        if not changes:
            continue
        _changes.extend(changes)
        page_headings = headings(source)
        title = next((h.text for h in page_headings if h.level == 1), file.src_uri)
        for heading in page_headings:
            if heading.explicit_id:
                _titles[(file.src_uri, heading.explicit_id)] = f"{title}: {heading.text}"
    return files


def on_page_markdown(markdown: str, *, page: Page, **_: object) -> str:
    if page.file.src_uri != PAGE:
        return markdown
    with_course = markdown.replace(COURSE_MARKER, course_sentence())
    filled = fill_marker(with_course, MARKER, render(_changes, _titles))
    if filled is None:
        log.warning("docs/%s:1: the page lacks the marker %s — put it where the timeline belongs", PAGE, MARKER)
        return markdown
    return filled
