"""hooks/skeleton.py: summary first, self-check and references last, official docs cited."""

from pathlib import Path

from hooksite import FixtureSite


def test_references_must_cite_official_docs(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.replace("docs/area/other.md", "https://docs.aws.amazon.com/AmazonS3/latest/userguide/Welcome.html",
                 "https://aws.amazon.com/s3/")
    assert site.build() == [
        "docs/area/other.md:17: references list no page on docs.aws.amazon.com — "
        "cite the official documentation the page relies on",
    ]


def test_self_check_and_references_must_close_the_page(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.write("docs/area/other.md", site.read("docs/area/other.md") + "\n## 부록 {#appendix}\n\n덧붙임.\n")
    assert site.build() == [
        "docs/area/other.md:21: the last two sections must be '## 스스로 점검 {#self-check}' and "
        "'## 참고 자료 {#references}' — add or move them to the end",
    ]


def test_summary_paragraph_comes_first(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.replace("docs/area/other.md", "다른 주제의 요약입니다.", "- 목록으로 시작하는 요약.")
    assert site.build() == [
        "docs/area/other.md:6: the title must be followed by a one-paragraph summary — "
        "write what this is, when to use it and what to watch for",
    ]


def test_pages_without_topic_are_not_held_to_the_skeleton(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.replace("docs/index.md", "이 사이트는", "- 이 사이트는")
    assert site.build() == []


def test_topic_page_without_a_title_fails(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.replace("docs/area/other.md", "# 다른 주제\n", "")
    assert site.build() == ["docs/area/other.md:1: topic page has no '# 제목' — start the page with a level-1 title"]


def test_topic_page_with_nothing_after_its_title_fails(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.write("docs/area/other.md", "---\ntopic: other\nchecked: 2026-11\n---\n# 다른 주제\n")
    site.replace("docs/area/topic.md", "other.md#other-section", "other.md")
    locked = ("/area/other/#other-section\n", "/area/other/#references\n", "/area/other/#self-check\n")
    site.write("anchors.lock", "".join(line for line in site.read("anchors.lock").splitlines(keepends=True)
                                       if line not in locked))
    assert site.build() == [
        "docs/area/other.md:5: the page has nothing after its title — add a summary paragraph",
        "docs/area/other.md:5: the last two sections must be '## 스스로 점검 {#self-check}' and "
        "'## 참고 자료 {#references}' — add or move them to the end",
    ]
