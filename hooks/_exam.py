"""Not a hook: the exam guide as data, and the exam tags a page declares.

The guide (``includes/exam/dva-c02.yml``) holds the DVA-C02 exam guide's domains, task statements
and their knowledge and skill items, in our Korean words, each with a stable id: ``1.2`` is a task,
``1.2.k3`` and ``1.2.s1`` are its third knowledge item and first skill item. A page says which of
them its sections teach in its front matter, one way only::

    exam:
      lambda-consumer: [1.2.k1, 1.2.s2]   # section id: exam ids it teaches
      concurrency: [1.2.k5, 4.3.k2]

``hooks/exam.py`` checks the tags and draws the exam map from them; ``hooks/practice.py`` files a
page's self-check questions under the domains its sections teach. Both read them here, so a tag
means the same to each.
"""

from __future__ import annotations

import datetime
import difflib
import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from _markdown import front_matter, front_matter_end, headings

DATA = "includes/exam/dva-c02.yml"
KEY = "exam"
RECAPS = ("self-check", "references")  # sections that recap or cite; they teach nothing new
_EXAM_ID = re.compile(r"^([1-9])\.([1-9])(?:\.([ks])([1-9][0-9]*))?$")
_KINDS = {"knowledge": "k", "skills": "s"}


@dataclass(frozen=True)
class Item:
    id: str
    text: str
    docs_title: str  # the AWS page the map links while no section here teaches the item
    docs_url: str

    @property
    def is_skill(self) -> bool:
        return ".s" in self.id


@dataclass(frozen=True)
class Task:
    id: str
    title: str
    items: tuple[Item, ...]

    @property
    def anchor(self) -> str:
        return "task-" + self.id.replace(".", "-")


@dataclass(frozen=True)
class Domain:
    id: str
    title: str
    english: str
    weight: int
    url: str
    tasks: tuple[Task, ...]

    @property
    def anchor(self) -> str:
        return f"domain-{self.id}"

    @property
    def items(self) -> tuple[Item, ...]:
        return tuple(item for task in self.tasks for item in task.items)


@dataclass(frozen=True)
class Guide:
    exam: str
    name: str
    version: str
    read: str
    url: str
    domains: tuple[Domain, ...]

    def tasks(self) -> dict[str, Task]:
        return {task.id: task for domain in self.domains for task in domain.tasks}

    def items(self) -> dict[str, Item]:
        return {item.id: item for domain in self.domains for item in domain.items}

    def domain(self, domain_id: str) -> Domain | None:
        return next((domain for domain in self.domains if domain.id == domain_id), None)


def domain_of(exam_id: str) -> str:
    """'1.2.s3' → '1'."""
    return exam_id.split(".", 1)[0]


# --- The guide ---------------------------------------------------------------------------------

def _line_of(text: str, needle: str) -> int:
    """The first line of the data file that holds ``needle`` (1 when none does)."""
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    return 1


def _item(raw: object, task_id: str, kind: str, position: int, docs: dict[str, tuple[str, str]],
          text: str) -> tuple[Item | None, list[tuple[int, str]]]:
    if not isinstance(raw, dict) or not all(isinstance(raw.get(key), str) for key in ("id", "text", "docs")):
        line = _line_of(text, f"id: {task_id}.{kind}{position}")
        return None, [(line, f"item {position} of the {kind!r} list of task {task_id} needs an id, a text and a "
                             "docs key — write it as {id: …, docs: …, text: \"…\"}")]
    item_id, line = raw["id"], _line_of(text, f"id: {raw['id']},")
    problems: list[tuple[int, str]] = []
    expected = f"{task_id}.{kind}{position}"
    if item_id != expected:
        problems.append((line, f"item id '{item_id}' is out of place — the item at this position of task "
                               f"{task_id} is '{expected}' (ids follow the guide's order and are never reused)"))
    if raw["docs"] not in docs:
        problems.append((line, f"item {item_id} links docs entry '{raw['docs']}', which is not under docs: — "
                               "add it there with a title and an https://docs.aws.amazon.com/ url"))
        return None, problems
    title, url = docs[raw["docs"]]
    return Item(item_id, raw["text"].strip(), title, url), problems


def _docs(raw: object, text: str) -> tuple[dict[str, tuple[str, str]], list[tuple[int, str]]]:
    found: dict[str, tuple[str, str]] = {}
    problems: list[tuple[int, str]] = []
    for key, entry in (raw or {}).items() if isinstance(raw, dict) else []:
        title = entry.get("title") if isinstance(entry, dict) else None
        url = entry.get("url") if isinstance(entry, dict) else None
        if not isinstance(title, str) or not isinstance(url, str) or not url.startswith("https://docs.aws.amazon.com/"):
            problems.append((_line_of(text, f"{key}:"), f"docs entry '{key}' needs a title and an url on "
                                                        "https://docs.aws.amazon.com/ — the map links it by title"))
            continue
        found[str(key)] = (title, url)
    return found, problems


def parse_guide(text: str) -> tuple[Guide | None, list[tuple[int, str]]]:
    """The guide in ``text`` (the data file), and (line, problem) for each way it is malformed."""
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        reason = getattr(error, "problem", None) or "invalid YAML"
        return None, [((mark.line + 1) if mark else 1, f"not valid YAML ({reason}) — fix the file")]
    if not isinstance(raw, dict) or not isinstance(raw.get("guide"), dict) or not isinstance(raw.get("domains"), list):
        return None, [(1, "the file needs exam, name, guide (version, read, url), docs and domains — see its header")]
    docs, problems = _docs(raw.get("docs"), text)
    domains: list[Domain] = []
    for number, domain in enumerate(raw["domains"], start=1):
        if not isinstance(domain, dict) or str(domain.get("id")) != str(number) or not isinstance(
                domain.get("tasks"), list):
            problems.append((_line_of(text, f'id: "{number}"'), f"domain {number} needs id \"{number}\", title, en, "
                                                                 "weight, url and tasks"))
            continue
        tasks: list[Task] = []
        for task_number, task in enumerate(domain["tasks"], start=1):
            task_id = f"{number}.{task_number}"
            if not isinstance(task, dict) or str(task.get("id")) != task_id:
                problems.append((_line_of(text, f'id: "{task_id}"'), f"task {task_number} of domain {number} needs "
                                                                      f"id \"{task_id}\", title, knowledge and skills"))
                continue
            items: list[Item] = []
            for key, kind in _KINDS.items():
                for position, raw_item in enumerate(task.get(key) or [], start=1):
                    item, item_problems = _item(raw_item, task_id, kind, position, docs, text)
                    problems += item_problems
                    if item is not None:
                        items.append(item)
            tasks.append(Task(task_id, str(task.get("title", "")).strip(), tuple(items)))
        domains.append(Domain(str(number), str(domain.get("title", "")), str(domain.get("en", "")),
                              int(domain.get("weight", 0)), str(domain.get("url", "")), tuple(tasks)))
    weights = sum(domain.weight for domain in domains)
    if domains and weights != 100:
        problems.append((_line_of(text, "weight:"), f"the domain weights add up to {weights} %, not 100 % — "
                                                    "copy each domain's share from the guide"))
    guide = raw["guide"]
    read = guide.get("read")
    return Guide(str(raw.get("exam", "")), str(raw.get("name", "")), str(guide.get("version", "")),
                 read.isoformat() if isinstance(read, datetime.date) else str(read or ""),
                 str(guide.get("url", "")), tuple(domains)), problems


def load_guide(root: Path) -> tuple[Guide | None, list[tuple[int, str]]]:
    """The guide next to mkdocs.yml (None, without a problem, when the site has none)."""
    path = root / DATA
    if not path.is_file():
        return None, []
    return parse_guide(path.read_text(encoding="utf-8"))


# --- A page's tags -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Tag:
    section: str
    exam_id: str
    line: int  # where the id is written
    section_line: int  # where the section's entry starts


def _block(source: str) -> list[tuple[int, str]]:
    """(line, text) of the front matter's ``exam:`` entry, its own line first."""
    lines = source.splitlines()[: front_matter_end(source)]
    start = next((n for n, line in enumerate(lines, start=1) if re.match(rf"^{KEY}\s*:", line)), None)
    if start is None:
        return []
    block = [(start, lines[start - 1])]
    for number in range(start + 1, len(lines)):
        line = lines[number - 1]
        if line.strip() and not line[0].isspace():
            break
        block.append((number, line))
    return block


def _find(block: list[tuple[int, str]], pattern: str, after: int = 0, nth: int = 1) -> int | None:
    """The line of the ``nth`` match of ``pattern`` at or after line ``after`` (a line may match twice)."""
    seen = 0
    for number, line in block:
        if number >= after:
            seen += len(re.findall(pattern, line))
            if seen >= nth:
                return number
    return None


def _exam_id(value: object) -> str | None:
    """The id a YAML value stands for: ``1.2.s3`` is a string, an unquoted ``2.1`` a float."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    return str(value).strip()


def page_tags(source: str) -> tuple[list[Tag], list[tuple[int, str]]]:
    """The well-formed tags of a page, and (line, problem) for each malformed entry.

    Ids are not looked up here (see ``check_tags``): a page can be read without the guide.
    """
    meta, _ = front_matter(source)
    if KEY not in meta:
        return [], []
    block = _block(source)
    top = block[0][0] if block else 1
    raw = meta[KEY]
    if not isinstance(raw, dict):
        return [], [(top, f"{KEY} must map section ids to lists of exam ids — write it as "
                          f"'{KEY}: {{section-id: [1.2.s1, 2.1]}}'")]
    tags: list[Tag] = []
    problems: list[tuple[int, str]] = []
    for section, ids in raw.items():
        name = str(section)
        line = _find(block, rf"(^|[\s{{,]){re.escape(name)}\s*:") or top
        if not isinstance(ids, list) or not ids:
            problems.append((line, f"{KEY} entry '{name}' must be a list of exam ids — write it as "
                                   f"'{name}: [1.2.s1]'"))
            continue
        seen: set[str] = set()
        written: dict[str, int] = {}
        for value in ids:
            exam_id = _exam_id(value)
            shown = exam_id if exam_id is not None else repr(value)
            written[shown] = written.get(shown, 0) + 1
            tag_line = _find(block, rf"(?<![\w.]){re.escape(shown)}(?![\w.])", line, written[shown]) or line
            if exam_id is None or not _EXAM_ID.match(exam_id):
                problems.append((tag_line, f"{KEY} tag '{shown}' is not an exam id — write a task such as 1.2 "
                                           "or an item such as 1.2.k3 (knowledge) or 1.2.s1 (skill)"))
            elif exam_id in seen:
                problems.append((tag_line, f"{KEY} tag '{exam_id}' is listed twice for section '{name}' — "
                                           "list it once"))
            else:
                seen.add(exam_id)
                tags.append(Tag(name, exam_id, tag_line, line))
    return tags, problems


def check_tags(tags: list[Tag], source: str, guide: Guide) -> list[tuple[int, str]]:
    """(line, problem) for tags on a section the page lacks, on a recap, or naming nothing in the guide."""
    section_ids = [h.explicit_id for h in headings(source) if 2 <= h.level <= 4 and h.explicit_id]
    tasks, items = guide.tasks(), guide.items()
    problems: list[tuple[int, str]] = []
    reported: set[str] = set()
    for tag in tags:
        if tag.section in RECAPS and tag.section not in reported:
            reported.add(tag.section)
            problems.append((tag.section_line, f"{KEY} tags the section '{tag.section}', which recaps or cites "
                                               "rather than teaches — tag the section that explains the topic"))
        elif tag.section not in section_ids and tag.section not in reported:
            reported.add(tag.section)
            close = difflib.get_close_matches(tag.section, section_ids, n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            problems.append((tag.section_line, f"{KEY} tags section '{tag.section}', but no ## to #### heading of "
                                               f"this page has the id {{#{tag.section}}} — use the id of the section "
                                               f"that teaches it{hint}"))
        if tag.exam_id not in tasks and tag.exam_id not in items:
            problems.append((tag.line, f"{KEY} tag '{tag.exam_id}' names no task or item of {guide.exam} "
                                       f"(guide {guide.version}) — {_known_ids(tag.exam_id, guide)}"))
    return problems


def _known_ids(exam_id: str, guide: Guide) -> str:
    """Which ids exist near an unknown one, for the message."""
    task = guide.tasks().get(".".join(exam_id.split(".")[:2]))
    if task is None:
        return f"its tasks are {', '.join(guide.tasks())}; see {DATA}"
    knowledge = [item.id for item in task.items if not item.is_skill]
    skills = [item.id for item in task.items if item.is_skill]
    spans = [ids[0] if len(ids) == 1 else f"{ids[0]}–{ids[-1]}" for ids in (knowledge, skills) if ids]
    return f"task {task.id} has {' and '.join(spans)}; see {DATA}"


def page_domains(source: str) -> list[str]:
    """The domains a page's sections teach, in order ('1' … '4'), from its well-formed tags."""
    tags, _ = page_tags(source)
    return sorted({domain_of(tag.exam_id) for tag in tags})
