"""make stale: the pages whose facts were last checked against AWS more than six months ago.

A page in an area folder says in its front matter the month its facts were last compared with
AWS (``checked:``, hooks/checked.py). Six months is long enough for AWS to change a limit twice,
so such a page is due for a re-check, and its dated change records (hooks/_changes.py) are listed
under it: they are the facts known to move. Also listed: announced end dates (``other_dates:`` of
kind end-of-support) that have passed since, where the page still speaks of them in the future.

Usage: .venv/bin/python scripts/stale.py [--today YYYY-MM-DD] [--months 6] [--docs docs]
It reports and exits 0; the monthly workflow (scripts/monthly_check.py) puts the same list into
its issue. Age counts calendar months: a page checked in 2026-06 is six months old in 2026-12.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))

from _changes import Change, OtherDate, When, read_changes, read_other_dates  # noqa: E402  (hooks/ is not a package)
from _markdown import headings  # noqa: E402
from checked import checked_month, in_area_folder  # noqa: E402

MONTHS = 6


@dataclass(frozen=True)
class StalePage:
    src: str  # docs-relative source path
    title: str
    checked: When | None  # None: the page does not say (the build fails on that too)
    age: int  # whole calendar months since the check
    changes: list[Change]


@dataclass(frozen=True)
class Passed:
    src: str
    title: str
    other: OtherDate


def age_in_months(checked: When, today: date) -> int:
    return (today.year * 12 + today.month) - (checked.year * 12 + (checked.month or 1))


def _pages(docs: Path) -> list[tuple[str, str, str]]:
    """(source path, title, text) of every page in an area folder."""
    found = []
    for path in sorted(docs.rglob("*.md")):
        src = path.relative_to(docs).as_posix()
        if in_area_folder(src):
            text = path.read_text(encoding="utf-8")
            title = next((h.text for h in headings(text) if h.level == 1), src)
            found.append((src, title, text))
    return found


def stale_pages(docs: Path, today: date, months: int = MONTHS) -> list[StalePage]:
    """Pages checked more than ``months`` months ago (or never), oldest first, with their changes."""
    found = []
    for src, title, text in _pages(docs):
        checked = checked_month(text)
        age = age_in_months(checked, today) if checked else sys.maxsize
        if age > months:
            changes = sorted(read_changes(src, text, today)[0], key=lambda change: change.when.key())
            found.append(StalePage(src, title, checked, age, changes))
    return sorted(found, key=lambda page: (-page.age, page.src))


def passed_end_dates(docs: Path, today: date) -> list[Passed]:
    """Announced end dates the pages declare that are now in the past."""
    return [Passed(src, title, other) for src, title, text in _pages(docs)
            for other in read_other_dates(src, text)[0]
            if other.kind == "end-of-support" and other.when.first_day() <= today]


def text_report(stale: list[StalePage], passed: list[Passed], today: date, months: int = MONTHS) -> str:
    """The report for a terminal."""
    out = [f"Pages last checked against AWS more than {months} months before {today.isoformat()}: {len(stale)}"]
    for page in stale:
        when = page.checked.iso() if page.checked else "never"
        out.append(f"  docs/{page.src} ({page.title}): checked {when}" +
                   (f", {page.age} months ago" if page.checked else ""))
        out += [f"      {change.when.iso()}  {change.service}: {change.change}  <{change.source}>"
                for change in page.changes]
    out.append(f"Announced end dates now passed: {len(passed)}")
    out += [f"  docs/{item.src}#{item.other.section}: {item.other.when.iso()} ({item.other.kind})" for item in passed]
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--today", type=date.fromisoformat, default=date.today(), help="YYYY-MM-DD (default: today)")
    parser.add_argument("--months", type=int, default=MONTHS)
    parser.add_argument("--docs", type=Path, default=ROOT / "docs")
    args = parser.parse_args(argv)
    stale = stale_pages(args.docs, args.today, args.months)
    sys.stdout.write(text_report(stale, passed_end_dates(args.docs, args.today), args.today, args.months))
    return 0


if __name__ == "__main__":
    sys.exit(main())
