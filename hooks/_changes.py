"""Not a hook: the dated changes the site teaches, as records in each page's front matter.

A change ("2025년 8월부터 최대 1 MiB") is declared once, next to the text that teaches it:

    changes:
      - date: 2025-08-04          # YYYY-MM-DD, or YYYY-MM when AWS gives only the month
        service: Amazon SQS
        change: 메시지 최대 크기가 256 KiB에서 1 MiB로 늘었습니다.
        section: message-size     # the section of this page that teaches it
        source: https://aws.amazon.com/about-aws/whats-new/2025/08/amazon-sqs-max-payload-size-1mib/

A date in the text that is not a change (an end of support still to come, an event in AWS's
history, a reference point such as "Regions launched after …", a date inside an example) is
declared as what it is, so the build can tell it from a change that lacks its record:

    other_dates:
      - date: 2027-07-15          # YYYY, YYYY-MM or YYYY-MM-DD, as precise as the text
        kind: end-of-support
        section: cli-versions

hooks/changes.py checks both lists and that every date the prose mentions is one of them;
hooks/timeline.py lists the changes; scripts/stale.py reads them with the pages' checked dates.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from urllib.parse import urlsplit

from _markdown import content_lines, headings, is_external, links, resolve_source_path, split_fragment
from _records import Entry, front_matter_list, section_ids, section_problem

CHANGES = "changes"
REFERENCES = "references"  # the sources list: its dates are publication dates
OTHER_DATES = "other_dates"
CHANGE_FIELDS = ("date", "service", "change", "section", "source")
OTHER_FIELDS = ("date", "kind", "section")
KINDS = {  # kind → why such a date needs no change record
    "end-of-support": "an announced end that has not happened yet, or an end the page reports",
    "event": "an event in AWS's history (a launch, a conference), not a change to what AWS does now",
    "reference": "a point in time a rule refers to ('Regions launched after …'), not a change",
    "example": "a date inside an example or a question's scenario",
}
AWS_HOSTS = ("aws.amazon.com",)  # and its subdomains: docs.aws.amazon.com, …
CHANGE_MAX = 120  # characters: one line in the timeline, on a phone too
_WHEN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_MENTION = re.compile(r"(?<![\d.-])(\d{4})년(?:\s*(\d{1,2})월(?:\s*(\d{1,2})일)?)?")
_AS_OF = re.compile(r"\s*(?:기준|현재)")  # "2026년 11월 기준/현재": when something was checked, not a change
_INLINE_CODE = re.compile(r"(`+)(?:(?!\1).)+?\1")
_HANGUL = re.compile(r"[가-힣]")


@dataclass(frozen=True)
class When:
    """A date as precise as the text gives it: a year, a month or a day."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str) -> When | None:
        """``2025``, ``2025-08`` or ``2025-08-04``; None when it is not a real date in one of those forms."""
        match = _WHEN.match(text.strip())
        if not match:
            return None
        year, month, day = (int(part) if part else None for part in match.groups())
        try:
            date(year, month or 1, day or 1)
        except ValueError:
            return None
        return cls(year, month, day)

    def key(self) -> tuple[int, int, int]:
        """For sorting: a month without a day sorts before that month's days."""
        return self.year, self.month or 0, self.day or 0

    def iso(self) -> str:
        parts = [f"{self.year:04d}"] + [f"{part:02d}" for part in (self.month, self.day) if part is not None]
        return "-".join(parts)

    def korean(self) -> str:
        """'2025년 8월 4일', '2025년 8월' or '2025년'."""
        words = [f"{self.year}년"] + [f"{part}{unit}" for part, unit in ((self.month, "월"), (self.day, "일")) if part]
        return " ".join(words)

    def first_day(self) -> date:
        """The earliest day the date can mean."""
        return date(self.year, self.month or 1, self.day or 1)

    def covers(self, mention: When) -> bool:
        """True when a mention of ``mention`` in the text can mean this date."""
        if mention.year != self.year:
            return False
        if mention.month is None:
            return True
        if mention.month != self.month:
            return False
        return mention.day is None or self.day is None or mention.day == self.day

    def months(self) -> int:
        """Months since year 0, for differences in whole months."""
        return self.year * 12 + (self.month or 1) - 1


@dataclass(frozen=True)
class Change:
    src: str  # docs-relative source path of the page that declares it
    line: int
    when: When
    service: str
    change: str
    section: str
    source: str


@dataclass(frozen=True)
class OtherDate:
    src: str
    line: int
    when: When
    kind: str
    section: str


@dataclass(frozen=True)
class Mention:
    line: int
    when: When
    text: str  # as written: '2025년 8월 4일'


def today() -> date:
    """The date the build compares against: the real one (scripts/stale.py takes --today)."""
    return date.today()


def is_aws_page(url: str) -> bool:
    """True for an https page on aws.amazon.com or one of its subdomains (docs.aws.amazon.com, …)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    return parts.scheme == "https" and any(host == aws or host.endswith("." + aws) for aws in AWS_HOSTS)


def read_changes(src: str, source: str, on: date) -> tuple[list[Change], list[tuple[int, str]]]:
    """The page's change records, and (line, message) for every way one is malformed. Both
    hooks/changes.py (which reports the problems) and hooks/timeline.py read every page's records
    in one build: the page is read once (about 0.2 s a build for 72 pages) and each gets its own lists."""
    found, problems = _read_changes(src, source, on)
    return list(found), list(problems)


@lru_cache(maxsize=1024)
def _read_changes(src: str, source: str, on: date) -> tuple[tuple[Change, ...], tuple[tuple[int, str], ...]]:
    entries, problems = front_matter_list(source, CHANGES)
    ids = section_ids(source)
    found: list[Change] = []
    for entry in entries:
        entry_problems = _fields_problems(entry, CHANGE_FIELDS, "change record")
        when = When.parse(entry.fields.get("date", ""))
        if "date" in entry.fields:
            if when is None or when.month is None:
                entry_problems.append((entry.lines["date"], f"change record date '{entry.fields['date']}' is not a "
                                       "date — write YYYY-MM-DD, or YYYY-MM when AWS gives only the month"))
                when = None
            elif when.first_day() > on:
                entry_problems.append((entry.lines["date"], f"change record date {when.iso()} is in the future "
                                       f"(today is {on.isoformat()}) — record a change once it has happened; "
                                       "an announced date goes under other_dates: as end-of-support"))
                when = None
        text = entry.fields.get("change", "")
        if "change" in entry.fields and (not _HANGUL.search(text) or len(text) > CHANGE_MAX):
            entry_problems.append((entry.lines["change"], f"change record text must be one Korean sentence of at "
                                   f"most {CHANGE_MAX} characters — say what changed, e.g. '최대 크기가 1 MiB로 "
                                   "늘었습니다.'"))
        if "service" in entry.fields and not entry.fields["service"].strip():
            entry_problems.append((entry.lines["service"], "change record service is empty — name the service "
                                   "in English, e.g. 'Amazon SQS'"))
        url = entry.fields.get("source", "")
        if "source" in entry.fields and not is_aws_page(url):
            entry_problems.append((entry.lines["source"], f"change record source '{url}' is not an AWS page — link "
                                   "the What's New post or the AWS documentation page (https://aws.amazon.com/…, "
                                   "https://docs.aws.amazon.com/…)"))
        section = entry.fields.get("section", "")
        entry_problems += _section_problems(
            entry, "change record", ids, source, when,
            lambda day, named: f"change record dated {day.iso()} names section '{named}', which never mentions "
                               f"{When(day.year, day.month).korean()} — say the date in that section or fix the record")
        problems += entry_problems
        if not entry_problems and when is not None:
            found.append(Change(src, entry.line, when, entry.fields["service"].strip(), text.strip(), section,
                                url.strip()))
    return tuple(found), tuple(problems)


def read_other_dates(src: str, source: str) -> tuple[list[OtherDate], list[tuple[int, str]]]:
    """The page's declared non-change dates, and (line, message) for every malformed one."""
    entries, problems = front_matter_list(source, OTHER_DATES)
    ids = section_ids(source)
    found: list[OtherDate] = []
    for entry in entries:
        entry_problems = _fields_problems(entry, OTHER_FIELDS, "other date")
        when = When.parse(entry.fields.get("date", ""))
        if "date" in entry.fields and when is None:
            entry_problems.append((entry.lines["date"], f"other date '{entry.fields['date']}' is not a date — "
                                   "write YYYY, YYYY-MM or YYYY-MM-DD, as precise as the text"))
        kind = entry.fields.get("kind", "")
        if "kind" in entry.fields and kind not in KINDS:
            entry_problems.append((entry.lines["kind"], f"other date kind '{kind}' is unknown — use one of "
                                   f"{', '.join(KINDS)}; a change gets a record under changes:"))
        section = entry.fields.get("section", "")
        entry_problems += _section_problems(
            entry, "other date", ids, source, when,
            lambda day, named: f"other date {day.iso()} names section '{named}', which never mentions {day.korean()} — "
                               "remove the entry or fix its section")
        problems += entry_problems
        if not entry_problems and when is not None:
            found.append(OtherDate(src, entry.line, when, kind, section))
    return found, problems


def declared_dates(source: str) -> list[When]:
    """The date of every entry under ``changes:`` and ``other_dates:`` that parses, whatever else
    is wrong with it: a record with a bad source still accounts for the dates its text mentions,
    so one mistake gives one message."""
    return [when for key in (CHANGES, OTHER_DATES) for entry in front_matter_list(source, key)[0]
            if (when := When.parse(entry.fields.get("date", ""))) is not None]


def _fields_problems(entry: Entry, fields: tuple[str, ...], kind: str) -> list[tuple[int, str]]:
    problems = [(entry.lines[key], f"{kind} key '{key}' is unknown — use {', '.join(fields)}")
                for key in entry.fields if key not in fields]
    missing = [key for key in fields if key not in entry.fields]
    if missing:
        problems.append((entry.line, f"{kind} lacks {', '.join(missing)} — give {', '.join(fields)}"))
    return problems


def mentions(source: str) -> list[Mention]:
    """Every date the page's prose mentions (outside front matter and code), except the as-of
    dates ("2026년 11월 기준"), which say when something was checked, and the dates in the sources
    list (``{#references}``), which say when a cited page was published."""
    found: list[Mention] = []
    sources = _section_lines(source, REFERENCES)
    for number, line in content_lines(source):
        if number in sources:
            continue
        text = _INLINE_CODE.sub(lambda m: " " * len(m.group(0)), line)
        for match in _MENTION.finditer(text):
            if _AS_OF.match(text, match.end()):
                continue
            year, month, day = (int(part) if part else None for part in match.groups())
            if month is not None and not 1 <= month <= 12:
                continue
            found.append(Mention(number, When(year, month, day), match.group(0)))
    return found


def _section_lines(source: str, section: str) -> range:
    """The lines of a section: its heading to the next heading of the same or a higher level."""
    page_headings = [h for h in headings(source) if h.level >= 2]
    start = next((h for h in page_headings if h.explicit_id == section), None)
    if start is None:
        return range(0)
    end = next((h.line for h in page_headings if h.line > start.line and h.level <= start.level),
               len(source.splitlines()) + 1)
    return range(start.line, end)


def _section_problems(entry: Entry, kind: str, ids: list[str], source: str, when: When | None,
                      unsaid: Callable[[When, str], str]) -> list[tuple[int, str]]:
    """(line, message) when the entry names a section that is not on the page, or one that never
    says the entry's date (``unsaid(date, section)`` words that message)."""
    if "section" not in entry.fields:
        return []
    section = entry.fields["section"]
    message = section_problem(kind, section, ids)
    if message is None and when is not None and not _section_mentions(source, section, when):
        message = unsaid(when, section)
    return [(entry.lines["section"], message)] if message else []


def _section_mentions(source: str, section: str, when: When) -> bool:
    """True when the section says the date at least as precisely as ``when`` (a month for a record)."""
    lines = _section_lines(source, section)
    wanted = When(when.year, when.month)
    return any(m.line in lines and wanted.covers(m.when) and (m.when.month is not None or when.month is None)
               for m in mentions(source))


def mention_problems(source: str, own: list[When], linked: list[tuple[When, int]]) -> list[tuple[int, str]]:
    """(line, message) for each date the prose mentions that no record accounts for.

    A mention is accounted for by a change record or an other date of this page, or by a change
    taught on another page that the mention itself points to: a link to that page (or to the
    record's AWS source) in the same paragraph or list item, or on the same table row. A page that
    repeats a change taught elsewhere points the reader there, next to the date; a link elsewhere on
    the page to a page that happens to record a change of the same month accounts for nothing.
    """
    problems: list[tuple[int, str]] = []
    blocks = _blocks(source)
    for mention in mentions(source):
        near = [when for when, line in linked if blocks.get(line) == blocks.get(mention.line)]
        known = own + near
        if any(when.covers(mention.when) for when in known):
            continue
        differs = next((when for when in known if mention.when.day and when.day and when.year == mention.when.year
                        and when.month == mention.when.month), None)
        if differs is not None:
            problems.append((mention.line, f"'{mention.text}' differs from the record dated {differs.iso()} — "
                                           "fix the date in the text or in the record"))
            continue
        problems.append((mention.line, f"'{mention.text}' is a dated statement without a record — record the change "
                                       "under changes: in the front matter, or, if it is not a change, declare it "
                                       f"under other_dates: ({', '.join(KINDS)}), or link the page that teaches it "
                                       "next to the date"))
    return problems


def _blocks(source: str) -> dict[int, int]:
    """Line → the block it belongs to: a paragraph or list item (lines up to a blank line or the next
    list item), a table row (each row on its own)."""
    block, found, previous = 0, {}, ""
    for number, line in content_lines(source):
        text = line.strip()
        starts_item = bool(re.match(r"^(?:[-*+]|\d+\.)\s", text))
        if not text or text.startswith("|") or previous.startswith("|") or starts_item or not previous:
            block += 1
        found[number] = block
        previous = text
    return found


def linked_dates(src: str, source: str, changes: list[Change]) -> list[tuple[When, int]]:
    """The dates of the changes on the other pages this page links to (any section of them), and
    of the changes whose AWS source this page cites, each with the line of the link."""
    by_page: dict[str, list[When]] = {}
    for change in changes:
        by_page.setdefault(change.src, []).append(change.when)
    by_source = {_normal_url(change.source): change.when for change in changes}
    found: list[tuple[When, int]] = []
    for link in links(source):
        if is_external(link.target):
            if _normal_url(link.target) in by_source:
                found.append((by_source[_normal_url(link.target)], link.line))
            continue
        path = split_fragment(link.target)[0]
        target = resolve_source_path(src, path) if path else src
        if target != src:
            found += [(when, link.line) for when in by_page.get(target, [])]
    return found


def _normal_url(url: str) -> str:
    return url.strip().rstrip("/").split("#", 1)[0].lower()


# --- The course ---------------------------------------------------------------------------------
# The notes carry no date. They treat as current Lambda's 10 GB memory ceiling ("최소 128MB -> 10G"),
# which came in December 2020, and they know only MD5 for S3 integrity checks, which gained CRC and
# SHA checksums in February 2022. So the course ran between those two months; changes inside that
# window may or may not have reached it. docs/changes.md explains this to the reader.
COURSE_KNOWN = When(2020, 12)  # the newest change the notes treat as current
COURSE_UNKNOWN = When(2022, 2)  # the oldest change the notes do not know


def course_relation(when: When) -> str:
    """'after' the course, 'around' it (inside the window), or 'before' it."""
    if when.months() >= COURSE_UNKNOWN.months():
        return "after"
    if when.months() >= COURSE_KNOWN.months():
        return "around"
    return "before"


COURSE_LABELS = {"after": "과정 이후", "around": "과정 무렵", "before": ""}
