"""Every line of the notes maps to a section of the site that exists."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import yaml
from _markdown import front_matter, is_topic_page
from anchors import heading_ids
from conftest import ROOT, BuiltSite, built_url

NOTES = ROOT / "source" / "notes.ko.txt"
TOPICS = ROOT / "source" / "topics.yml"
NOTES_SHA256 = "c746743339c5319719d12fe23f94bdfd0d558c577041b55d2e971649d82c30ec"


def load_topics() -> dict:
    return yaml.safe_load(TOPICS.read_text(encoding="utf-8"))


def all_entries() -> list[dict]:
    data = load_topics()
    return list(data.get("topics") or []) + list(data.get("pending") or [])


def test_notes_are_unchanged() -> None:
    assert hashlib.sha256(NOTES.read_bytes()).hexdigest() == NOTES_SHA256


def test_topic_ids_are_unique_and_ranges_valid() -> None:
    lines = NOTES.read_text(encoding="utf-8").splitlines()
    ids = [entry["id"] for entry in all_entries()]
    assert len(ids) == len(set(ids)), "duplicate topic ids"
    for entry in all_entries():
        first, last = entry["lines"]
        assert 1 <= first <= last <= len(lines), entry["id"]


def test_every_non_blank_line_belongs_to_exactly_one_topic() -> None:
    lines = NOTES.read_text(encoding="utf-8").splitlines()
    owners: dict[int, list[str]] = {}
    for entry in all_entries():
        first, last = entry["lines"]
        for number in range(first, last + 1):
            owners.setdefault(number, []).append(entry["id"])
    problems = []
    for number, text in enumerate(lines, start=1):
        if not text.strip():
            continue
        owner = owners.get(number, [])
        if len(owner) != 1:
            problems.append(f"line {number} ({text.strip()[:30]!r}) belongs to {owner or 'no topic'}")
    assert not problems, "\n".join(problems)


def test_every_covered_topic_points_to_an_existing_section(site: BuiltSite) -> None:
    problems = []
    for entry in load_topics().get("topics") or []:
        target = entry["covered_by"]
        path, _, anchor = target.partition("#")
        html_file = site.root / built_url(path) / "index.html"
        if not html_file.is_file():
            problems.append(f"{entry['id']}: no page for {path}")
            continue
        if anchor and anchor not in heading_ids(html_file.read_text(encoding="utf-8")):
            problems.append(f"{entry['id']}: {path} has no section #{anchor}")
    assert not problems, "\n".join(problems)


def test_every_topic_of_the_notes_has_its_page() -> None:
    # Day 1 and Day 2 are written: a topic without a page may never come back as "pending".
    pending = load_topics().get("pending")
    assert pending == [], f"topics without a page: {[entry['id'] for entry in pending or []]}"


EXAM_PREP = "시험 대비"  # the nav group of the pages written beyond the notes (issue 24)


def nav_pages_under(title: str) -> set[str]:
    """The pages filed under a top-level nav section of mkdocs.yml, at any depth."""
    from mkdocs.config import load_config

    def pages(entry: object) -> set[str]:
        if isinstance(entry, str):
            return {entry}
        if isinstance(entry, list):
            return set().union(*(pages(item) for item in entry))
        if isinstance(entry, dict):
            return set().union(*(pages(value) for value in entry.values()))
        return set()

    nav = load_config(str(ROOT / "mkdocs.yml"))["nav"]
    return set().union(*(pages(item[title]) for item in nav if isinstance(item, dict) and title in item))


def test_every_topic_page_traces_back_to_the_notes() -> None:
    covered = {entry["covered_by"].partition("#")[0] for entry in load_topics().get("topics") or []}
    beyond_the_notes = nav_pages_under(EXAM_PREP)
    docs = ROOT / "docs"
    for page in sorted(docs.rglob("*.md")):
        source = page.relative_to(docs).as_posix()
        if is_topic_page(front_matter(page.read_text(encoding="utf-8"))[0]) and source not in beyond_the_notes:
            assert source in covered, f"{page} covers no topic of the notes (or file it under {EXAM_PREP} in the nav)"


def test_pages_beyond_the_notes_are_not_in_the_notes_map() -> None:
    # topics.yml stays the notes' map: an exam-prep page that claims a line of the notes is misfiled.
    covered = {entry["covered_by"].partition("#")[0] for entry in load_topics().get("topics") or []}
    assert nav_pages_under(EXAM_PREP), f"no page under {EXAM_PREP} in the nav"
    assert nav_pages_under(EXAM_PREP) & covered == set()


@pytest.mark.parametrize("path", ["source/notes.ko.txt", "source/topics.yml"])
def test_source_files_exist(path: str) -> None:
    assert (ROOT / Path(path)).is_file()
