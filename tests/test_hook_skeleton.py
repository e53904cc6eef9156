"""hooks/skeleton.py: summary first, self-check and references last, official docs cited, on every page
of an area folder; a page in a folder that is no area is reported."""

from pathlib import Path

from hooksite import FixtureSite


def add_page(site: FixtureSite, path: str, text: str) -> None:
    """A new page in the nav, linked from the home page."""
    site.write(f"docs/{path}", text)
    site.replace("mkdocs.yml", "  - 정정: corrections.md\n", f"  - {path}\n  - 정정: corrections.md\n")
    site.replace("docs/index.md", "[정정 목록](corrections.md)", f"[새 페이지]({path}), [정정 목록](corrections.md)")


def test_references_must_cite_official_docs(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.replace("docs/basics/other.md", "https://docs.aws.amazon.com/AmazonS3/latest/userguide/Welcome.html",
                 "https://aws.amazon.com/s3/")
    assert site.build() == [
        "docs/basics/other.md:17: references list no page on docs.aws.amazon.com — "
        "cite the official documentation the page relies on",
    ]


def test_self_check_and_references_must_close_the_page(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.write("docs/basics/other.md", site.read("docs/basics/other.md") + "\n## 부록 {#appendix}\n\n덧붙임.\n")
    assert site.build() == [
        "docs/basics/other.md:21: the last two sections must be '## 스스로 점검 {#self-check}' and "
        "'## 참고 자료 {#references}' — add or move them to the end",
    ]


def test_summary_paragraph_comes_first(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.replace("docs/basics/other.md", "다른 주제의 요약입니다.", "- 목록으로 시작하는 요약.")
    assert site.build() == [
        "docs/basics/other.md:6: the title must be followed by a one-paragraph summary — "
        "write what this is, when to use it and what to watch for",
    ]


def test_hub_pages_at_the_top_are_not_held_to_the_skeleton(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.replace("docs/index.md", "이 사이트는", "- 이 사이트는")
    assert site.build() == []


def test_a_new_area_page_gets_every_rule_without_any_front_matter(tmp_path: Path) -> None:
    # The folder decides: nothing to opt into, nothing to forget.
    site = FixtureSite(tmp_path)
    add_page(site, "basics/new.md", "# 새 주제\n\n- 목록으로 시작합니다.\n\n## 본문 {#body}\n\n[홈](../index.md)\n")
    assert site.build() == [
        "docs/basics/new.md:1: the page does not say when its facts were checked — add 'checked: YYYY-MM' to the "
        "front matter: the month they were last compared with AWS's documentation (not the last edit)",
        "docs/basics/new.md:3: the title must be followed by a one-paragraph summary — "
        "write what this is, when to use it and what to watch for",
        "docs/basics/new.md:5: the last two sections must be '## 스스로 점검 {#self-check}' and "
        "'## 참고 자료 {#references}' — add or move them to the end",
    ]


def test_a_page_in_a_folder_that_is_no_area_is_reported(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    add_page(site, "extras/pipelines.md", "# 부록\n\n- 규칙을 피한 페이지.\n\n[홈](../index.md)\n")
    assert site.build() == [
        "docs/extras/pipelines.md:1: folder 'extras' is not an area, so its pages would skip the page rules "
        "— add it with its Korean name to AREAS in hooks/_areas.py (a new area) or move the page into an area folder",
    ]


def test_topic_page_without_a_title_fails(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.replace("docs/basics/other.md", "# 다른 주제\n", "")
    assert site.build() == ["docs/basics/other.md:1: topic page has no '# 제목' — start the page with a level-1 title"]


def test_topic_page_with_nothing_after_its_title_fails(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.write("docs/basics/other.md", "---\nchecked: 2026-11\n---\n# 다른 주제\n")
    site.replace("docs/basics/topic.md", "other.md#other-section", "other.md")
    locked = ("/basics/other/#other-section\n", "/basics/other/#references\n", "/basics/other/#self-check\n")
    site.write("anchors.lock", "".join(line for line in site.read("anchors.lock").splitlines(keepends=True)
                                       if line not in locked))
    assert site.build() == [
        "docs/basics/other.md:4: the page has nothing after its title — add a summary paragraph",
        "docs/basics/other.md:4: the last two sections must be '## 스스로 점검 {#self-check}' and "
        "'## 참고 자료 {#references}' — add or move them to the end",
    ]
