"""hooks/tables.py: every table header cell names its column."""

from pathlib import Path

from hooksite import FixtureSite


def test_empty_corner_cell_is_reported(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.replace("docs/basics/topic.md", "| 비교 | 링크 |", "| | 링크 |")
    assert site.build() == ["docs/basics/topic.md:12: table header cell 1 is empty — name the column"]


def test_table_inside_an_admonition_is_checked(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.replace("docs/basics/topic.md", "    **현재:** 맞는 문장입니다.\n",
                 "    **현재:** 맞는 문장입니다.\n\n    | 항목 |  |\n    |---|---|\n    | 가 | 나 |\n")
    assert site.build() == ["docs/basics/topic.md:21: table header cell 2 is empty — name the column"]


def test_pipes_in_code_and_code_fences_are_not_cells(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.replace("docs/basics/topic.md", "| 비교 | 링크 |", "| `a || b` | 링크 |")
    site.replace("docs/basics/topic.md", "## 스스로 점검", "```text\n| | x |\n|---|---|\n```\n\n## 스스로 점검")
    assert site.build() == []
