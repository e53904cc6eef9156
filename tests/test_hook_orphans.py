"""hooks/orphans.py: every page is in the nav and linked from another page."""

from pathlib import Path

from hooksite import FixtureSite


def test_page_missing_from_nav(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.write("docs/extra.md", "# 추가\n\n[홈](index.md)\n")
    site.replace("docs/index.md", "[다른 주제](basics/other.md)", "[다른 주제](basics/other.md), [추가](extra.md)")
    assert site.build() == ["docs/extra.md:1: page is not in the nav — add it under nav in mkdocs.yml"]


def test_with_orphans_py_unplugged_mkdocs_still_fails_the_build(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path, without=frozenset({"orphans.py"}))
    site.write("docs/extra.md", "# 추가\n\n[홈](index.md)\n")
    assert [(w.logger, w.message) for w in site.build_all()] == [
        ("mkdocs.structure.nav", 'The following pages exist in the docs directory, but are not included in the '
                                 '"nav" configuration:\n  - extra.md')]


def test_page_nobody_links_to(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.replace("docs/index.md", "[다른 주제](basics/other.md)를", "다른 주제를")
    site.replace("docs/basics/topic.md", "[다른 주제의 섹션](other.md#other-section)", "다른 주제의 섹션")
    site.replace("docs/basics/topic.md", "[다른 주제](other.md)", "다른 주제")
    assert site.build() == [
        "docs/basics/other.md:1: no other page links to this page — link it from a related page "
        "(the home page or a page on the same subject)",
    ]
