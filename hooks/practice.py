"""The practice page lists every self-check question of the site, collected at build time.

Each topic page ends with ``## 스스로 점검 {#self-check}`` and its ``??? question "…"`` blocks.
This hook gathers them in nav order and renders them on ``practice.md`` in place of
``<!-- practice: 1일차 -->`` (one marker under each day's heading, ``<!-- practice -->`` for the
controls): the same question admonition, its answer, and a line naming the day (the
nav section ``1일차``/``2일차``, or ``시험 대비`` for the pages outside the notes' two days), the area
(the page's folder) and a link back to the page's self-check section. Nobody keeps a copy by hand,
so the page can never drift from the pages.
A section's questions can live on a page of their own: any page with the controls marker is a
practice page, and a section's marker on it moves that section there (the 시험 대비 questions have
their page, ``practice-exam.md``, so the first visit to either page stays within the weight budget).
Without JavaScript it is a plain list; ``assets/javascripts/tools/practice.js`` (loaded by
hooks/tools.py because of ``data-tool="practice"``) brings the controls written here to life:
filters, shuffling, one question at a time and progress.
A folder without a Korean area name would show up as a bare slug, so it is reported.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from _log import hook_logger
from _markdown import front_matter, headings, is_external, is_topic_page, resolve_source_path

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page

log = hook_logger("practice")

PAGE = "practice.md"
MARKER = "<!-- practice -->"
SELF_CHECK = "self-check"
AREAS = {
    "basics": "기초",
    "compute": "컴퓨팅",
    "security": "보안",
    "storage": "스토리지",
    "database": "데이터베이스",
    "serverless": "서버리스",
    "networking": "네트워킹",
    "messaging": "메시징",
    "deployment": "배포",
}
EXAM_PREP = "시험 대비"  # the nav group of the pages outside the notes, filed after the days
_DAY = re.compile(r"^(\d+)일차$")
_QUESTION = re.compile(r'^\?\?\?\+?\s+question\s+"(.*)"\s*$')
_LINK_TARGET = re.compile(r"(\]\()([^)\s]+)")


@dataclass(frozen=True)
class Question:
    src: str
    line: int
    text: str
    answer: str  # Markdown, unindented, links relative to the docs root

    @property
    def key(self) -> str:
        """Stable while the question's wording and page stay: the reader's progress is kept by it."""
        return hashlib.sha256(f"{self.src}\n{self.text}".encode()).hexdigest()[:12]


def self_check_questions(src: str, source: str) -> list[Question]:
    """The ``??? question`` blocks of the page's self-check section, with their answers."""
    sections = [h for h in headings(source) if h.level == 2]
    start = next((h.line for h in sections if h.explicit_id == SELF_CHECK), None)
    if start is None:
        return []
    end = next((h.line for h in sections if h.line > start), len(source.splitlines()) + 1)
    lines = source.splitlines()
    found: list[Question] = []
    for number in range(start + 1, end):
        match = _QUESTION.match(lines[number - 1])
        if not match:
            continue
        body: list[str] = []
        for line in lines[number:end - 1]:
            if line.strip() and not line.startswith("    "):
                break
            body.append(line[4:])
        found.append(Question(src, number, match.group(1), rebase_links(src, "\n".join(body).strip())))
    return found


def rebase_links(src: str, markdown: str) -> str:
    """Links written relative to the page, rewritten relative to the docs root (where practice.md is)."""
    def rebase(match: re.Match[str]) -> str:
        target = match.group(2)
        if is_external(target):
            return match.group(0)
        path, _, fragment = target.partition("#")
        resolved = resolve_source_path(src, path)
        return f"{match.group(1)}{resolved}{'#' + fragment if fragment else ''}"

    return _LINK_TARGET.sub(rebase, markdown)


@dataclass(frozen=True)
class Place:
    title: str
    day: str
    area: str


def render_day(questions: list[Question], places: dict[str, Place]) -> str:
    """The Markdown of one day's questions: one block each, in nav order."""
    out = ['<div class="practice-list" markdown>', ""]
    for question in questions:
        place = places[question.src]
        answer = "\n".join(f"    {line}" if line else "" for line in question.answer.splitlines())
        out += [
            f'<div class="practice-item" data-id="{question.key}" data-day="{place.day}" '
            f'data-area="{place.area}" markdown>',
            "",
            f"{place.day} · {place.area} · [{place.title}]({question.src}#{SELF_CHECK})",
            "{ .practice-meta }",
            "",
            f'??? question "{question.text}"',
            answer,
            "",
            '<button type="button" class="md-button practice-mark" data-action="mark" aria-pressed="false">'
            "맞혔습니다</button>",
            "",
            "</div>",
            "",
        ]
    out += ["</div>", ""]
    return "\n".join(out)


def days_of(questions: list[Question], places: dict[str, Place]) -> list[str]:
    """The nav's day sections that hold questions, in nav order (a page outside a day is reported)."""
    return [day for day in dict.fromkeys(places[q.src].day for q in questions) if day]


def _options(values: list[str]) -> str:
    """A filter's options: everything, then each value."""
    choices = [("", "전체"), *((value, value) for value in values)]
    return "".join(f'<option value="{value}">{text}</option>' for value, text in choices)


def controls(questions: list[Question], places: dict[str, Place]) -> str:
    """The practice controls, as practice.js shows them when it starts (one question at a time, in
    page order), so the page does not move when the script takes over. Without JavaScript the
    style sheet hides them and the page stays a plain list."""
    count = len(questions)
    days = days_of(questions, places)
    areas = list(dict.fromkeys(places[q.src].area for q in questions))
    last = " disabled" if count <= 1 else ""
    return (
        f'<div class="practice-controls" data-tool="practice" data-count="{count}">'
        '<form autocomplete="off"><fieldset class="practice-filters"><legend>문제 고르기</legend>'
        f'<div class="tool__field"><label for="practice-day">일차</label>'
        f'<select id="practice-day" name="day">{_options(days)}</select></div>'
        f'<div class="tool__field"><label for="practice-area">영역</label>'
        f'<select id="practice-area" name="area">{_options(areas)}</select></div>'
        '<div class="tool__check"><input type="checkbox" id="practice-hide-right" name="hide_right">'
        '<label for="practice-hide-right">맞힌 문제 빼기</label></div>'
        '<div class="tool__check"><input type="checkbox" id="practice-one" name="one_at_a_time" checked>'
        '<label for="practice-one">한 문제씩 보기</label></div>'
        "</fieldset></form>"  # autocomplete off: a reload starts from this view, not a restored one
        '<div class="practice-actions">'
        '<button type="button" class="md-button" data-action="shuffle">순서 섞기</button>'
        '<button type="button" class="md-button" data-action="order">페이지 순서로</button>'
        '<button type="button" class="md-button" data-action="reset">맞힌 기록 지우기</button>'
        "</div>"
        f'<p class="practice-status" role="status" aria-live="polite">{count}문제 중 1번째 · 맞힌 문제 0개'
        f"(전체 {count}문제)</p>"
        '<div class="practice-nav">'
        '<button type="button" class="md-button" data-action="prev" disabled>이전 문제</button>'
        f'<button type="button" class="md-button md-button--primary" data-action="next"{last}>다음 문제</button>'
        "</div></div>\n"
    )


def day_marker(day: str) -> str:
    return f"<!-- practice: {day} -->"


def section_id(day: str) -> str:
    """The practice page's heading id for a nav section: ``day-1`` for 1일차, ``exam-prep`` for 시험 대비."""
    number = _DAY.match(day)
    return f"day-{number.group(1)}" if number else "exam-prep"


def is_practice_section(title: str) -> bool:
    """A top nav section whose pages file their questions on the practice page."""
    return bool(_DAY.match(title)) or title == EXAM_PREP


def fill(markdown: str, questions: list[Question], places: dict[str, Place]) -> tuple[str, list[str]]:
    """The page with every day's marker filled, and a problem for each day the page has no place for."""
    problems: list[str] = []
    if MARKER not in markdown:
        problems.append(f"the page lacks the marker {MARKER} — put it where the controls belong")
    markdown = markdown.replace(MARKER, controls(questions, places), 1)
    for day in days_of(questions, places):
        marker = day_marker(day)
        if marker not in markdown:
            problems.append(f"the page lacks the marker {marker} for the nav section '{day}' — add "
                            f"'## {day} {{#{section_id(day)}}}' and the marker under it")
            continue
        markdown = markdown.replace(marker, render_day([q for q in questions if places[q.src].day == day], places))
    return markdown, problems


_MARKER_OF = re.compile(r"<!-- practice: (.+?) -->")


def questions_for(src: str, questions: list[Question], places: dict[str, Place],
                  homes: dict[str, str]) -> list[Question]:
    """The questions a practice page shows: the sections whose marker it holds, and on the main page
    also the sections no page has a marker for (so that page reports them)."""
    return [q for q in questions
            if homes.get(places[q.src].day) == src or (src == PAGE and places[q.src].day not in homes)]


_questions: list[Question] = []
_places: dict[str, Place] = {}
_homes: dict[str, str] = {}  # nav section -> the practice page that holds its marker


def on_config(config: MkDocsConfig, **_: object) -> MkDocsConfig:
    _questions.clear()
    _places.clear()
    _homes.clear()
    return config


def on_nav(nav: Navigation, **_: object) -> Navigation:
    if not any(page.file.src_uri == PAGE for page in nav.pages):
        return nav  # a site without a practice page has nothing to collect
    for page in nav.pages:
        source = page.file.content_string
        if MARKER in source:  # a practice page: the sections it holds are filed there, not on practice.md
            _homes.update((day, page.file.src_uri) for day in _MARKER_OF.findall(source))
        meta, _problems = front_matter(source)
        questions = self_check_questions(page.file.src_uri, source) if is_topic_page(meta) else []
        if not questions:
            continue
        top = page.ancestors[-1].title if page.ancestors else ""
        day = top if is_practice_section(top) else ""
        if not day:
            log.warning("docs/%s:%d: topic page is not under a day section of the nav (1일차, 2일차, …) or 시험 대비 "
                        "— move it under one in mkdocs.yml so the practice page can file its questions",
                        page.file.src_uri, questions[0].line)
        folder = page.file.src_uri.split("/", 1)[0] if "/" in page.file.src_uri else ""
        if folder not in AREAS:
            log.warning("docs/%s:%d: folder '%s' has no Korean area name for the practice page — add it to AREAS "
                        "in hooks/practice.py", page.file.src_uri, questions[0].line, folder)
        title = next((h.text for h in headings(source) if h.level == 1), page.file.src_uri)
        _places[page.file.src_uri] = Place(title, day, AREAS.get(folder, folder))
        _questions.extend(questions)
    return nav


def on_page_markdown(markdown: str, *, page: Page, **_: object) -> str:
    src = page.file.src_uri
    if src != PAGE and MARKER not in markdown:
        return markdown
    filled, problems = fill(markdown, questions_for(src, _questions, _places, _homes), _places)
    for message in problems:
        log.warning("docs/%s:1: %s", src, message)
    return filled
