"""hooks/frontmatter.py: front matter that does not parse fails the build with its line."""

from pathlib import Path

import pytest
from _markdown import front_matter
from hooksite import FixtureSite

OTHER = "docs/area/other.md"

BROKEN_FRONT_MATTER = {
    "unclosed bracket": (
        "topic: other\nchecked: 2026-11\n", "topic: [unclosed\n",
        "docs/area/other.md:2: front matter is not valid YAML (expected ',' or ']', but got '<stream end>') — "
        "fix the YAML between the '---' lines, e.g. close brackets and quote values that contain ':'",
        # MkDocs renders the YAML that did not parse as a heading underlined by the closing '---'
        "docs/area/other.md:2: heading 'topic: [unclosed' has no explicit id (a heading inside an admonition or "
        "underlined with dashes still needs one) — write it as '## 제목 {#english-kebab-id}' at the start of a line"),
    "not a mapping": (
        "topic: other\nchecked: 2026-11\n", "- topic\n",
        "docs/area/other.md:2: front matter is not a mapping — write it as 'key: value' lines",
        "docs/area/other.md:2: heading '- topic' has no explicit id (a heading inside an admonition or "
        "underlined with dashes still needs one) — write it as '## 제목 {#english-kebab-id}' at the start of a line"),
    "misspelled key": (
        "topic: other\n", "topic: other\nanchor_alias:\n  old: other-section\n",
        "docs/area/other.md:3: front matter key 'anchor_alias' is unknown — use one of topic, anchor_aliases, "
        "hide, title, description, search, status, subtitle, icon, template, checked, changes, other_dates"),
    "never closed": (
        "checked: 2026-11\n---\n", "checked: 2026-11\n\n",
        "docs/area/other.md:1: front matter opened on line 1 is never closed — end it with a line '---'"),
}


@pytest.mark.parametrize(("old", "new", "expected"), [(old, new, expected) for old, new, *expected in
                                                      BROKEN_FRONT_MATTER.values()], ids=BROKEN_FRONT_MATTER.keys())
def test_broken_front_matter_fails_the_build(tmp_path: Path, old: str, new: str, expected: list[str]) -> None:
    site = FixtureSite(tmp_path)
    site.replace(OTHER, old, new)
    assert site.build() == expected


def test_front_matter_is_read_as_yaml() -> None:
    assert front_matter("---\ntopic: sqs\nanchor_aliases:\n  old: new\n---\n# 제목\n") == (
        {"topic": "sqs", "anchor_aliases": {"old": "new"}}, [])
    assert front_matter("# 제목\n") == ({}, [])
