"""hooks/admonitions.py: an admonition type nobody defined, or an admonition without a body, fails
the build."""

from pathlib import Path

import pytest
from admonitions import admonition_problems
from hooksite import FixtureSite

TOPIC = "docs/basics/topic.md"

UNKNOWN_TYPES = {
    "misspelled warning": (
        "본문입니다.", '본문입니다.\n\n!!! warnnig "주의"\n    내용.\n',
        "docs/basics/topic.md:12: admonition type 'warnnig' is not defined — did you mean 'warning'?"),
    "misspelled correction": (
        '!!! correction "노트 정정: 예시 정정"', '!!! corection "노트 정정: 예시 정정"',
        "docs/basics/topic.md:16: admonition type 'corection' is not defined — did you mean 'correction'?"),
    "collapsible, no type": (
        '??? question "질문?"', '??? "질문?"',
        "docs/basics/topic.md:25: admonition has no type — write one after the marker, e.g. '!!! note'"),
}


@pytest.mark.parametrize(("old", "new", "expected"), UNKNOWN_TYPES.values(), ids=UNKNOWN_TYPES.keys())
def test_unknown_admonition_type_fails_the_build(tmp_path: Path, old: str, new: str, expected: str) -> None:
    site = FixtureSite(tmp_path)
    site.replace(TOPIC, old, new)
    assert site.build() == [expected]


LOST_INDENT = {
    "self-check answer": (
        '??? question "질문?"\n    답입니다.', '??? question "질문?"\n답입니다.',
        "docs/basics/topic.md:25: question '질문?' has no answer, here and on the practice page — indent the answer "
        "by 4 spaces under the '??? question' line"),
    "note without a title": (
        "본문입니다.", "본문입니다.\n\n!!! note\n\n내용.\n",
        "docs/basics/topic.md:12: admonition 'Note' is empty — indent its text by 4 spaces under the '!!!' line"),
}


@pytest.mark.parametrize(("old", "new", "expected"), LOST_INDENT.values(), ids=LOST_INDENT.keys())
def test_an_admonition_whose_body_lost_its_indent_fails(tmp_path: Path, old: str, new: str, expected: str) -> None:
    site = FixtureSite(tmp_path)
    site.replace(TOPIC, old, new)
    assert site.build() == [expected]


def test_known_types_and_extra_classes_pass() -> None:
    source = '# t\n\n!!! note inline end "제목"\n    본문\n\n???+ tip\n    본문\n\n```\n!!! nonsense\n```\n'
    assert admonition_problems(source) == []
