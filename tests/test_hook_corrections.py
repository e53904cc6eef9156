"""hooks/corrections.py: correction admonitions have their three parts and are collected."""

from pathlib import Path

from corrections import Correction, find_corrections, render
from hooksite import FixtureSite


def test_correction_without_source_fails(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    source_line = ("    **출처:** [공식 문서](https://docs.aws.amazon.com/IAM/latest/UserGuide/introduction.html)"
                   " (2026-11 확인)\n")
    site.replace("docs/basics/topic.md", source_line, "")
    assert site.build() == [
        "docs/basics/topic.md:16: correction lacks a paragraph starting **출처:** — "
        "give what the notes said, what is true now and the source",
    ]


def test_correction_title_names_what_is_corrected(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.replace("docs/basics/topic.md", '"노트 정정: 예시 정정"', '"노트 정정"')
    assert site.build() == [
        'docs/basics/topic.md:16: correction title "노트 정정" must read "노트 정정: <무엇을 고쳤는지>" '
        "— name what is corrected",
    ]


def test_corrections_page_is_generated(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    assert site.build_all() == []
    html = (site.root / "site" / "corrections" / "index.html").read_text(encoding="utf-8")
    assert 'href="../basics/topic/#first-section">예시 정정</a>' in html
    assert "<!-- corrections -->" not in html


def test_find_corrections_keeps_the_section_and_the_note() -> None:
    source = ('# 제목\n\n## 섹션 {#the-section}\n\n!!! correction "노트 정정: 무엇"\n'
              '    **노트:** "옛말"\n\n    **현재:** 새 사실.\n\n    **출처:** [문서](https://docs.aws.amazon.com/x.html)\n')
    found, problems = find_corrections("basics/page.md", source)
    assert problems == []
    assert found == [Correction("basics/page.md", 5, "무엇", "the-section", '"옛말"')]


def test_render_lists_corrections_in_nav_order() -> None:
    items = [Correction("b.md", 3, "둘", "x", "노트 b"), Correction("a.md", 9, "하나", None, "노트 a")]
    table = render(items, {"a.md": "A 페이지", "b.md": "B 페이지"}, ["a.md", "b.md"])
    assert table.splitlines()[4] == "| [하나](a.md) | [A 페이지](a.md) | 노트 a |"
    assert table.splitlines()[5] == "| [둘](b.md#x) | [B 페이지](b.md) | 노트 b |"


def test_corrections_page_needs_its_marker(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.replace("docs/corrections.md", "<!-- corrections -->", "")
    assert site.build() == [
        "docs/corrections.md:1: the page lacks the marker <!-- corrections --> — put it where the list belongs",
    ]


def test_correction_source_without_a_link_fails(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.replace("docs/basics/topic.md",
                 "[공식 문서](https://docs.aws.amazon.com/IAM/latest/UserGuide/introduction.html) (2026-11 확인)",
                 "IAM 사용 설명서 (2026-11 확인)")
    assert site.build() == [
        "docs/basics/topic.md:16: the **출처:** of a correction has no https link — link the official page",
    ]
