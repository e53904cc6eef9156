"""hooks/frontmatter.py: front matter that does not parse fails the build with its line."""

from pathlib import Path

import pytest
from _markdown import front_matter
from hooksite import FixtureSite

OTHER = "docs/basics/other.md"

BROKEN_FRONT_MATTER = {
    "unclosed bracket": (
        "description: 요약\nchecked: 2026-11\n", "description: [unclosed\n",
        "docs/basics/other.md:2: front matter is not valid YAML (expected ',' or ']', but got '<stream end>') — "
        "fix the YAML between the '---' lines, e.g. close brackets and quote values that contain ':'",
        # MkDocs renders the YAML that did not parse as a heading underlined by the closing '---'
        "docs/basics/other.md:2: heading 'description: [unclosed' has no explicit id (a heading inside an "
        "admonition or underlined with dashes still needs one) — write it as '## 제목 {#english-kebab-id}' at the "
        "start of a line"),
    "not a mapping": (
        "description: 요약\nchecked: 2026-11\n", "- topic\n",
        "docs/basics/other.md:2: front matter is not a mapping — write it as 'key: value' lines",
        "docs/basics/other.md:2: heading '- topic' has no explicit id (a heading inside an admonition or "
        "underlined with dashes still needs one) — write it as '## 제목 {#english-kebab-id}' at the start of a line"),
    "misspelled key": (
        "description: 요약\n", "description: 요약\nanchor_alias:\n  old: other-section\n",
        "docs/basics/other.md:3: front matter key 'anchor_alias' is unknown — use one of anchor_aliases, "
        "exam, checked, changes, other_dates, hide, title, description, search, status, subtitle, icon, template"),
    "retired topic key": (
        "description: 요약\n", "topic: other\n",
        "docs/basics/other.md:2: front matter key 'topic' is no longer used: a page's folder makes it a topic page "
        "now (hooks/_areas.py) — delete the line"),
    "never closed": (
        "checked: 2026-11\n---\n", "checked: 2026-11\n\n",
        "docs/basics/other.md:1: front matter opened on line 1 is never closed — end it with a line '---'"),
}


@pytest.mark.parametrize(("old", "new", "expected"), [(old, new, expected) for old, new, *expected in
                                                      BROKEN_FRONT_MATTER.values()], ids=BROKEN_FRONT_MATTER.keys())
def test_broken_front_matter_fails_the_build(tmp_path: Path, old: str, new: str, expected: list[str]) -> None:
    site = FixtureSite(tmp_path)
    site.replace(OTHER, old, new)
    assert site.build() == expected


def test_front_matter_is_read_as_yaml() -> None:
    assert front_matter("---\ndescription: 설명\nanchor_aliases:\n  old: new\n---\n# 제목\n") == (
        {"description": "설명", "anchor_aliases": {"old": "new"}}, [])
    assert front_matter("# 제목\n") == ({}, [])
