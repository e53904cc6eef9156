"""The exam map: which sections teach which part of the DVA-C02 exam guide, and what is missing.

A page declares in its front matter what its sections teach (``exam: {section-id: [1.2.s1]}``,
read by ``hooks/_exam.py``). This hook checks every tag: a malformed entry, a section id the page
has no ``##``–``####`` heading for, a recap section (self-check, references) or an id that names no
task or item of ``includes/exam/dva-c02.yml`` is reported at its front-matter line, because a tag
that points nowhere would make the map claim coverage the site does not have. The guide data is
checked too (ids in the guide's order, a docs link per item, weights adding up to 100 %).

It then renders the map on ``dva-c02.md`` in place of ``<!-- exam-map -->``: per domain its weight
and coverage (items taught / items), per task statement its items, and under each item the sections
that teach it, or a plain line that the site does not cover it yet with the AWS page that does.
Coverage counts items only; a section tagged with a whole task is listed under the task.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from _exam import DATA, Domain, Guide, Tag, Task, check_tags, load_guide, page_tags
from _log import hook_logger
from _markdown import fill_marker, headings

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page

log = hook_logger("exam")

PAGE = "dva-c02.md"
MARKER = "<!-- exam-map -->"


@dataclass(frozen=True)
class Teaching:
    """A section that teaches an exam id: where it is and what the map's link says."""

    src: str
    section: str
    label: str  # "page title: section heading"


def teachings(src: str, source: str, tags: list[Tag]) -> dict[str, list[Teaching]]:
    """exam id → the sections of one page that teach it, in page order."""
    titles = {h.explicit_id: h.text for h in headings(source) if h.explicit_id}
    page_title = next((h.text for h in headings(source) if h.level == 1), src)
    found: dict[str, list[Teaching]] = {}
    for tag in tags:
        if tag.section in titles:
            found.setdefault(tag.exam_id, []).append(
                Teaching(src, tag.section, f"{page_title}: {titles[tag.section]}"))
    return found


def covered(ids: list[str], taught: dict[str, list[Teaching]]) -> int:
    return sum(1 for exam_id in ids if taught.get(exam_id))


def _percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "0%"


def _links(entries: list[Teaching]) -> list[str]:
    return [f"[{entry.label}]({entry.src}#{entry.section})" for entry in entries]


def render_task(task: Task, taught: dict[str, list[Teaching]]) -> list[str]:
    ids = [item.id for item in task.items]
    out = [f"### {task.id} {task.title} {{#{task.anchor}}}", "",
           f"항목 {len(ids)}개 중 {covered(ids, taught)}개를 이 사이트에서 다룹니다.", ""]
    if taught.get(task.id):
        out += ["이 작업 전반을 다루는 섹션: " + ", ".join(_links(taught[task.id])), ""]
    for heading, skill in (("알아야 할 지식", False), ("할 수 있어야 할 기술", True)):
        items = [item for item in task.items if item.is_skill == skill]
        if not items:
            continue
        out += [f"**{heading}**", ""]
        for item in items:
            out.append(f"- **{item.id}** {item.text}")
            entries = taught.get(item.id, [])
            if entries:
                out += [f"    - {link}" for link in _links(entries)]
            else:
                out.append(f"    - 아직 다루지 않습니다. AWS 문서: [{item.docs_title}]({item.docs_url})")
        out.append("")
    return out


def render_domain(domain: Domain, taught: dict[str, list[Teaching]]) -> list[str]:
    ids = [item.id for item in domain.items]
    done = covered(ids, taught)
    out = [f"## 도메인 {domain.id}: {domain.title} {{#{domain.anchor}}}", "",
           f"채점되는 문항의 {domain.weight}%가 이 도메인에서 나옵니다(영어 이름 {domain.english}). "
           f"이 사이트는 이 도메인의 항목 {len(ids)}개 중 {done}개({_percent(done, len(ids))})를 다룹니다.", "",
           f"원문: [시험 안내서 도메인 {domain.id}(영어)]({domain.url})", ""]
    for task in domain.tasks:
        out += render_task(task, taught)
    return out


def render(guide: Guide, taught: dict[str, list[Teaching]]) -> str:
    """The Markdown of the map: a coverage summary, then every domain, task and item."""
    all_ids = [item.id for domain in guide.domains for item in domain.items]
    done = covered(all_ids, taught)
    out = [f"이 지도는 [{guide.name}({guide.exam}) 시험 안내서(영어)]({guide.url}) {guide.version}판을 따릅니다"
           f"({guide.read} 확인). 지금 이 사이트는 안내서의 항목 {len(all_ids)}개 중 {done}개"
           f"({_percent(done, len(all_ids))})를 다룹니다. 도메인별로는 다음과 같습니다.", ""]
    for domain in guide.domains:
        ids = [item.id for item in domain.items]
        part = covered(ids, taught)
        out.append(f"- [도메인 {domain.id}: {domain.title}](#{domain.anchor}): 비중 {domain.weight}%, "
                   f"항목 {len(ids)}개 중 {part}개({_percent(part, len(ids))})")
    out.append("")
    for domain in guide.domains:
        out += render_domain(domain, taught)
    return "\n".join(out) + "\n"


_guide: list[Guide] = []
_taught: dict[str, list[Teaching]] = {}
_by_page: dict[str, dict[str, list[Teaching]]] = {}


def on_config(config: MkDocsConfig, **_: object) -> MkDocsConfig:
    _guide.clear()
    _taught.clear()
    _by_page.clear()
    guide, problems = load_guide(Path(config.config_file_path).parent)
    for line, message in problems:
        log.warning("%s:%d: %s", DATA, line, message)
    if guide is not None:
        _guide.append(guide)
    return config


def on_files(files: Files, **_: object) -> Files:
    for file in files.documentation_pages():
        source = file.content_string
        tags, problems = page_tags(source)
        if tags and not _guide:
            problems.append((tags[0].line, f"exam tags need the exam guide data — restore {DATA}"))
        if _guide:
            problems += check_tags(tags, source, _guide[0])
        for line, message in sorted(problems):
            log.warning("docs/%s:%d: %s", file.src_uri, line, message)
        _by_page[file.src_uri] = teachings(file.src_uri, source, tags)
    return files


def on_nav(nav: Navigation, **_: object) -> Navigation:
    for page in nav.pages:  # the map lists the sections of each item in nav order
        for exam_id, entries in _by_page.get(page.file.src_uri, {}).items():
            _taught.setdefault(exam_id, []).extend(entries)
    return nav


def on_page_markdown(markdown: str, *, page: Page, **_: object) -> str:
    if page.file.src_uri != PAGE:
        return markdown
    if not _guide:
        log.warning("docs/%s:1: the exam map needs the exam guide data — restore %s", PAGE, DATA)
        return markdown
    filled = fill_marker(markdown, MARKER, render(_guide[0], _taught))
    if filled is None:
        log.warning("docs/%s:1: the page lacks the marker %s — put it where the map belongs", PAGE, MARKER)
        return markdown
    return filled
