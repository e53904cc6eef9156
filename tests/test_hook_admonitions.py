"""hooks/admonitions.py: an admonition type nobody defined fails the build."""

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


def test_known_types_and_extra_classes_pass() -> None:
    source = '# t\n\n!!! note inline end "제목"\n    본문\n\n???+ tip\n    본문\n\n```\n!!! nonsense\n```\n'
    assert admonition_problems(source) == []
