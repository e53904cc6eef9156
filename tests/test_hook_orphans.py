"""hooks/orphans.py: every page is in the nav and linked from another page."""

from pathlib import Path

from hooksite import FixtureSite


def test_page_missing_from_nav(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.write("docs/area/extra.md", "---\nchecked: 2026-11\n---\n# 추가\n\n[홈](../index.md)\n")
    site.replace("docs/index.md", "[다른 주제](area/other.md)", "[다른 주제](area/other.md), [추가](area/extra.md)")
    assert site.build() == ["docs/area/extra.md:1: page is not in the nav — add it under nav in mkdocs.yml"]


def test_page_nobody_links_to(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.replace("docs/index.md", "[다른 주제](area/other.md)를", "다른 주제를")
    site.replace("docs/area/topic.md", "[다른 주제의 섹션](other.md#other-section)", "다른 주제의 섹션")
    site.replace("docs/area/topic.md", "[다른 주제](other.md)", "다른 주제")
    assert site.build() == [
        "docs/area/other.md:1: no other page links to this page — link it from a related page "
        "(the home page or a page on the same subject)",
    ]
