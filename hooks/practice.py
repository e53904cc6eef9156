"""The practice page: every self-check question of the site, collected at build time.

Each topic page ends with ``## 스스로 점검 {#self-check}`` and its ``??? question "…"`` blocks.
This hook gathers them in nav order, with each one's group (the nav section ``1일차``/``2일차`` of the notes' days, or
``시험 대비`` for the exam pages outside them),
area (the page's folder) and exam domains (the domains the page's sections are tagged with,
``hooks/_exam.py``), so nobody keeps a copy by hand and the page never drifts from the pages.

The page must stay light however many questions there are (400 must fit the 120 KiB first-visit
budget), so the questions are not all written into it:

- ``practice/questions.json`` holds every question as the built page renders it (summary and
  answer HTML taken from the topic page's self-check section, links rebased to the practice
  page). ``assets/javascripts/tools/practice.js`` fetches it on the reader's first interaction,
  never on load, and filters, shuffles and steps through it.
- The page itself carries the controls (``<!-- practice -->``) and the first question, exactly as
  the script first shows them, so nothing moves when it takes over; its URL carries a hash of the
  data, so a cached copy is never stale.
- Under each day's marker (``<!-- practice: 1일차 -->``) the page lists that day's pages with
  their question counts and links to their self-check sections: without JavaScript the questions
  are read there.

The questions come from every topic page (a page in an area folder, hooks/_areas.py), filed under
the area's Korean name. Reported: a topic page outside a day section and a missing day marker (an
answer not indented under ``??? question`` renders an empty box, which hooks/admonitions.py reports).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from _areas import area_name, is_topic_page
from _exam import Guide, load_guide, page_domains
from _log import hook_logger
from _markdown import headings, is_external, resolve_source_path, resolve_url_path
from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page

log = hook_logger("practice")

PAGE = "practice.md"
DATA = "questions.json"  # next to the built practice page
MARKER = "<!-- practice -->"
SELF_CHECK = "self-check"
VERSION_SLOT = "practice-data-version"  # replaced by the data's hash once every page is rendered
_DAY = re.compile(r"^(\d+)일차$")
EXTRA_GROUPS = {"시험 대비": "exam-prep"}  # nav groups outside the notes' days: heading id on practice.md
_QUESTION = re.compile(r'^\?\?\?\+?\s+question\s+"(.*)"\s*$')
_LINK_TARGET = re.compile(r"(\]\()([^)\s]+)")
_SECTION = re.compile(r'<h2 id="self-check".*?(?=<h2[\s>]|$)', re.S)
_DETAILS = re.compile(r'<details class="question">\s*<summary>(.*?)</summary>(.*?)</details>', re.S)
_URL_ATTRIBUTE = re.compile(r'\b(href|src)="([^"]*)"')


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


def rebase_html(page_url: str, target_url: str, html: str) -> str:
    """``href``/``src`` values written for the page at ``page_url``, rewritten for ``target_url``."""
    def rebase(match: re.Match[str]) -> str:
        value = match.group(2)
        if is_external(value):
            return match.group(0)
        path, hash_mark, fragment = value.partition("#")
        relative = get_relative_url(resolve_url_path(page_url, path) or ".", target_url)
        return f'{match.group(1)}="{relative}{hash_mark}{fragment}"'

    return _URL_ATTRIBUTE.sub(rebase, html)


def rendered_questions(html: str) -> list[tuple[str, str]]:
    """(summary HTML, answer HTML) of each question box in a built page's self-check section."""
    section = _SECTION.search(html)
    if section is None:
        return []
    return [(summary.strip(), answer.strip()) for summary, answer in _DETAILS.findall(section.group(0))]


@dataclass(frozen=True)
class Place:
    title: str
    day: str
    area: str
    domains: tuple[str, ...] = ()


def days_of(questions: list[Question], places: dict[str, Place]) -> list[str]:
    """The nav's day sections that hold questions, in nav order (a page outside a day is reported)."""
    return [day for day in dict.fromkeys(places[q.src].day for q in questions) if day]


def group_of(section: str) -> str:
    """The practice group of a top-level nav section: a day of the notes or an extra group, else ''."""
    return section if _DAY.match(section) or section in EXTRA_GROUPS else ""


def group_anchor(group: str) -> str:
    """The heading id a group's questions sit under on practice.md."""
    number = _DAY.match(group)
    return f"day-{number.group(1)}" if number else EXTRA_GROUPS[group]


def domain_name(domain: str, guide: Guide | None) -> str:
    found = guide.domain(domain) if guide else None
    return f"도메인 {domain}: {found.title}" if found else f"도메인 {domain}"


def _options(choices: list[tuple[str, str]]) -> str:
    """A filter's options: everything, then each (value, text)."""
    return "".join(f'<option value="{value}">{text}</option>' for value, text in [("", "전체"), *choices])


def _select(name: str, label: str, choices: list[tuple[str, str]]) -> str:
    return (f'<div class="tool__field"><label for="practice-{name}">{label}</label>'
            f'<select id="practice-{name}" name="{name}">{_options(choices)}</select></div>')


def render_item(question: Question, place: Place) -> str:
    """One question as practice.js shows it: where it comes from, the box, the mark button."""
    answer = "\n".join(f"    {line}" if line else "" for line in question.answer.splitlines())
    return "\n".join([
        f'<div class="practice-item" data-id="{question.key}" data-day="{place.day}" data-area="{place.area}" '
        f'data-domains="{" ".join(place.domains)}" markdown>',
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
    ])


def controls(questions: list[Question], places: dict[str, Place], guide: Guide | None) -> str:
    """The practice controls and the first question, as practice.js shows them when it starts (one
    question at a time, in page order), so the page does not move when the script takes over.
    Without JavaScript the style sheet hides them; the lists by day below link every question."""
    count = len(questions)
    days = days_of(questions, places)
    areas = list(dict.fromkeys(places[q.src].area for q in questions))
    domains = sorted({domain for q in questions for domain in places[q.src].domains})
    last = " disabled" if count <= 1 else ""
    first = [render_item(questions[0], places[questions[0].src])] if questions else []
    return "\n".join([
        f'<div class="practice-controls" data-tool="practice" data-count="{count}" '
        f'data-src="{DATA}?v={VERSION_SLOT}">'
        # data-search-exclude: the page's summary is what search should find, not its buttons and the
        # area names of its filters (Material's search plugin drops the attribute from the page)
        '<form autocomplete="off" data-search-exclude><fieldset class="practice-filters"><legend>문제 고르기</legend>'
        + _select("day", "일차", [(day, day) for day in days])
        + _select("area", "영역", [(area, area) for area in areas])
        + _select("domain", "시험 도메인", [(domain, domain_name(domain, guide)) for domain in domains])
        + '<div class="tool__check"><input type="checkbox" id="practice-hide-right" name="hide_right">'
        '<label for="practice-hide-right">맞힌 문제 빼기</label></div>'
        '<div class="tool__check"><input type="checkbox" id="practice-one" name="one_at_a_time" checked>'
        '<label for="practice-one">한 문제씩 보기</label></div>'
        "</fieldset></form>"  # autocomplete off: a reload starts from this view, not a restored one
        '<div class="practice-actions" data-search-exclude>'
        '<button type="button" class="md-button" data-action="shuffle">순서 섞기</button>'
        '<button type="button" class="md-button" data-action="order">페이지 순서로</button>'
        # apart from the others, and off while there is nothing to clear; practice.js asks first
        '<button type="button" class="md-button practice-reset" data-action="reset" disabled>맞힌 기록 지우기</button>'
        "</div>"
        f'<p class="practice-status" role="status" aria-live="polite" data-search-exclude>{count}문제 중 1번째 · '
        f"맞힌 문제 0개(전체 {count}문제)</p>"
        '<div class="practice-nav" data-search-exclude>'
        '<button type="button" class="md-button" data-action="prev" disabled>이전 문제</button>'
        f'<button type="button" class="md-button md-button--primary" data-action="next"{last}>다음 문제</button>'
        "</div></div>",
        "",
        '<div class="practice-list" markdown>',
        "",
        *first,
        "",
        "</div>",
        "",
    ])


def render_day(questions: list[Question], places: dict[str, Place], guide: Guide | None) -> str:
    """One day's pages, each with its question count and a link to its self-check section."""
    counts: dict[str, int] = {}
    for question in questions:
        counts[question.src] = counts.get(question.src, 0) + 1
    lines = []
    for src, count in counts.items():
        place = places[src]
        domains = f" · 시험 도메인 {', '.join(place.domains)}" if place.domains else ""
        lines.append(f"- [{place.title}]({src}#{SELF_CHECK}): {place.area} · {count}문제{domains}")
    return "\n".join(lines) + "\n"


def day_marker(day: str) -> str:
    return f"<!-- practice: {day} -->"


def fill(markdown: str, questions: list[Question], places: dict[str, Place],
         guide: Guide | None = None) -> tuple[str, list[str]]:
    """The page with the controls and every day's marker filled, and a problem for each day the
    page has no place for."""
    problems: list[str] = []
    if MARKER not in markdown:
        problems.append(f"the page lacks the marker {MARKER} — put it where the controls belong")
    markdown = markdown.replace(MARKER, controls(questions, places, guide), 1)
    for day in days_of(questions, places):
        marker = day_marker(day)
        if marker not in markdown:
            problems.append(f"the page lacks the marker {marker} for the nav section '{day}' — add "
                            f"'## {day} {{#{group_anchor(day)}}}' and the marker under it")
            continue
        markdown = markdown.replace(marker, render_day([q for q in questions if places[q.src].day == day],
                                                       places, guide))
    return markdown, problems


def practice_data(questions: list[Question], places: dict[str, Place], urls: dict[str, str],
                  rendered: dict[str, list[tuple[str, str]]], practice_url: str) -> dict[str, object]:
    """What practice.js fetches: every question in nav order, as the pages render it."""
    items: list[dict[str, object]] = []
    position: dict[str, int] = {}
    for question in questions:
        index = position.get(question.src, 0)
        position[question.src] = index + 1
        boxes = rendered.get(question.src, [])
        if index >= len(boxes):
            continue  # reported by on_page_content
        summary, answer = boxes[index]
        place = places[question.src]
        items.append({
            "id": question.key, "day": place.day, "area": place.area, "domains": list(place.domains),
            "title": place.title, "url": get_relative_url(urls[question.src], practice_url) + f"#{SELF_CHECK}",
            "q": summary, "a": answer,
        })
    return {"questions": items}


def data_version(data: dict[str, object]) -> str:
    return hashlib.sha256(json.dumps(data, ensure_ascii=False, sort_keys=True).encode()).hexdigest()[:12]


_questions: list[Question] = []
_places: dict[str, Place] = {}
_urls: dict[str, str] = {}  # page source → built URL
_rendered: dict[str, list[tuple[str, str]]] = {}  # page source → its question boxes as built
_guide: list[Guide] = []
_data: list[tuple[str, str]] = []  # (hash, JSON) of the questions, once every page is rendered
_practice_url: list[str] = []  # where the practice page is built ("practice/")


def on_config(config: MkDocsConfig, **_: object) -> MkDocsConfig:
    for state in (_questions, _places, _urls, _rendered, _guide, _data, _practice_url):
        state.clear()
    guide, _problems = load_guide(Path(config.config_file_path).parent)  # hooks/exam.py reports them
    if guide is not None:
        _guide.append(guide)
    return config


def on_nav(nav: Navigation, **_: object) -> Navigation:
    practice = next((page for page in nav.pages if page.file.src_uri == PAGE), None)
    if practice is None:
        return nav  # a site without a practice page has nothing to collect
    _practice_url.append(practice.url)
    for page in nav.pages:
        source = page.file.content_string
        questions = self_check_questions(page.file.src_uri, source) if is_topic_page(page.file.src_uri) else []
        if not questions:
            continue
        day = group_of(page.ancestors[-1].title if page.ancestors else "")
        if not day:
            log.warning("docs/%s:%d: topic page is not under a day section of the nav (1일차, 2일차, …) or %s — "
                        "move it under one in mkdocs.yml so the practice page can file its questions",
                        page.file.src_uri, questions[0].line, ", ".join(EXTRA_GROUPS))
        title = next((h.text for h in headings(source) if h.level == 1), page.file.src_uri)
        _places[page.file.src_uri] = Place(title, day, area_name(page.file.src_uri), tuple(page_domains(source)))
        _urls[page.file.src_uri] = page.url
        _questions.extend(questions)
    return nav


def on_page_markdown(markdown: str, *, page: Page, **_: object) -> str:
    if page.file.src_uri != PAGE:
        return markdown
    filled, problems = fill(markdown, _questions, _places, _guide[0] if _guide else None)
    for message in problems:
        log.warning("docs/%s:1: %s", PAGE, message)
    return filled


@event_priority(-100)  # after every hook that changes a page's HTML: the data shows what the page shows
def on_page_content(html: str, *, page: Page, **_: object) -> str:
    src = page.file.src_uri
    if src in _places:
        boxes = [(summary, rebase_html(page.url, _practice_url[0], answer))
                 for summary, answer in rendered_questions(html)]
        expected = sum(1 for question in _questions if question.src == src)
        if len(boxes) != expected:
            log.warning("docs/%s:1: the built self-check section has %d question boxes, the source %d — write each "
                        'as ??? question "…" at the start of a line, its answer indented under it',
                        src, len(boxes), expected)
        _rendered[src] = boxes
    return html


def on_env(env: object, **_: object) -> object:
    if _questions:
        data = practice_data(_questions, _places, _urls, _rendered, _practice_url[0])
        _data.append((data_version(data), json.dumps(data, ensure_ascii=False, separators=(",", ":"))))
    return env


def on_post_page(output: str, *, page: Page, **_: object) -> str:
    if page.file.src_uri != PAGE or not _data:
        return output
    return output.replace(VERSION_SLOT, _data[0][0])


def on_post_build(*, config: MkDocsConfig, **_: object) -> None:
    if not _data:
        return
    target = Path(config.site_dir) / _practice_url[0] / DATA
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(_data[0][1], encoding="utf-8")
