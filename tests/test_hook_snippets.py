"""hooks/snippets.py: a missing --8<-- file fails the build at its line, without a traceback."""

from pathlib import Path

import pytest
from hooksite import FixtureSite

TOPIC = "docs/basics/topic.md"


def missing(line: int, path: str = "includes/missing.md") -> str:
    return (f"docs/basics/topic.md:{line}: snippet '{path}' does not exist — create it or fix the path (it is "
            "relative to the folder of mkdocs.yml, e.g. 'includes/name.md')")


MISSING = {
    "on a line of its own": ('본문입니다.\n\n--8<-- "includes/missing.md"\n', [missing(12)]),
    "in a block, among files that exist": (
        "본문입니다.\n\n--8<--\nincludes/abbreviations.md\nincludes/missing.md\n;includes/commented.md\n--8<--\n",
        [missing(14)]),
    "two at once, one with a line range": (
        "본문입니다.\n\n--8<-- 'includes/missing.md'\n\n    --8<-- \"includes/other.md:2:4\"\n",
        [missing(12), missing(14, "includes/other.md:2:4")]),
}


@pytest.mark.parametrize(("new", "expected"), MISSING.values(), ids=MISSING.keys())
def test_a_missing_snippet_is_reported_at_its_line(tmp_path: Path, new: str, expected: list[str]) -> None:
    site = FixtureSite(tmp_path)
    site.replace(TOPIC, "본문입니다.", new)
    assert site.build() == expected


def test_snippets_that_exist_or_are_escaped_pass(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.write("includes/note.md", "첫 줄\n\n포함된 문단입니다.\n")
    escaped = ';--8<-- "includes/missing.md"'  # shown as text, not included
    site.replace(TOPIC, "본문입니다.", f'본문입니다.\n\n--8<-- "includes/note.md:3:3"\n\n{escaped}\n')
    assert site.build() == []
    html = site.read("site/basics/topic/index.html")
    assert "<p>포함된 문단입니다.</p>" in html and "첫 줄" not in html
    assert '--8&lt;-- "includes/missing.md"' in html


def test_a_missing_auto_append_file_is_reported_once(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.path("includes/abbreviations.md").unlink()
    assert site.build() == [
        "mkdocs.yml: snippet 'includes/abbreviations.md' under auto_append does not exist — restore the file or "
        "remove it from auto_append"]
