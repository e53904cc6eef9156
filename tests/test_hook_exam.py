"""hooks/exam.py: exam tags are checked, and the exam map is drawn from them."""

from pathlib import Path

import pytest
from _exam import page_tags, parse_guide
from hooksite import FixtureSite

GUIDE = """exam: DVA-C02
name: 시험
guide: {version: "2.1", read: 2026-12-06, url: "https://docs.aws.amazon.com/aws-certification/guide.html"}
docs:
  one: {title: "문서 하나", url: "https://docs.aws.amazon.com/one.html"}
  two: {title: "문서 둘", url: "https://docs.aws.amazon.com/two.html"}
domains:
  - id: "1"
    title: 개발
    en: Development
    weight: 100
    url: https://docs.aws.amazon.com/aws-certification/domain1.html
    tasks:
      - id: "1.1"
        title: 코드 작성
        knowledge:
          - {id: 1.1.k1, docs: one, text: "첫 지식"}
          - {id: 1.1.k2, docs: two, text: "둘째 지식"}
        skills:
          - {id: 1.1.s1, docs: one, text: "첫 기술"}
"""
MAP = "# 시험 지도\n\n지도입니다.\n\n## 적용 범위 {#coverage}\n\n<!-- exam-map -->\n"
TOPIC_HEAD = "---\ndescription: 요약\nchecked: 2026-11\n---\n"


def with_map(site: FixtureSite, guide: str = GUIDE) -> None:
    site.write("includes/exam/dva-c02.yml", guide)
    site.write("docs/dva-c02.md", MAP)
    site.replace("mkdocs.yml", "  - 용어집: glossary.md\n", "  - 용어집: glossary.md\n  - 시험 지도: dva-c02.md\n")
    site.replace("docs/index.md", "[용어집](glossary.md)도 있습니다.",
                 "[용어집](glossary.md)과 [시험 지도](dva-c02.md)도 있습니다.")


def tag_topic(site: FixtureSite, front_matter: str) -> None:
    """Give docs/basics/topic.md these extra front-matter lines (they start on line 3)."""
    site.replace("docs/basics/topic.md", TOPIC_HEAD, f"---\nchecked: 2026-11\n{front_matter}---\n")


def test_map_lists_each_item_with_the_sections_that_teach_it(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    with_map(site)
    tag_topic(site, "exam:\n  first-section: [1.1.k1, 1.1]\n")
    site.replace("docs/basics/other.md", "checked: 2026-11\n", "checked: 2026-11\nexam: {other-section: [1.1.k1]}\n")
    assert site.build_all() == []
    html = (site.root / "site" / "dva-c02" / "index.html").read_text(encoding="utf-8")
    assert '<h2 id="domain-1">도메인 1: 개발' in html and '<h3 id="task-1-1">1.1 코드 작성' in html
    # an item lists every section that teaches it, in nav order; a task tag is listed under the task
    first = html.split("<strong>1.1.k1</strong>", 1)[1].split("<strong>1.1.k2</strong>", 1)[0]
    assert first.index('href="../basics/topic/#first-section">주제: 첫 섹션</a>') < first.index(
        'href="../basics/other/#other-section">다른 주제: 다른 섹션</a>')
    assert '이 작업 전반을 다루는 섹션: <a href="../basics/topic/#first-section">주제: 첫 섹션</a>' in html
    # an item nobody teaches says so, and links the AWS page instead
    second = html.split("<strong>1.1.k2</strong>", 1)[1].split("<strong>1.1.s1</strong>", 1)[0]
    assert '아직 다루지 않습니다. AWS 문서: <a href="https://docs.aws.amazon.com/two.html">문서 둘</a>' in second
    # coverage counts items, not the task tag: 1 of 3
    assert "항목 3개 중 1개(33%)" in html
    assert "시험 안내서(영어)</a> 2.1판을 따릅니다(2026-12-06 확인)" in html


def test_a_tag_that_names_no_task_or_item_fails(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    with_map(site)
    tag_topic(site, "exam:\n  first-section: [1.1.k1, 1.1.s9]\n  self-check: [1.1.k2]\n")
    assert site.build() == [
        "docs/basics/topic.md:4: exam tag '1.1.s9' names no task or item of DVA-C02 (guide 2.1) — "
        "task 1.1 has 1.1.k1–1.1.k2 and 1.1.s1; see includes/exam/dva-c02.yml",
        "docs/basics/topic.md:5: exam tags the section 'self-check', which recaps or cites rather than teaches — "
        "tag the section that explains the topic",
    ]


def test_a_task_of_another_domain_is_unknown_too(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    with_map(site)
    tag_topic(site, "exam: {first-section: [2.1]}\n")
    assert site.build() == [
        "docs/basics/topic.md:3: exam tag '2.1' names no task or item of DVA-C02 (guide 2.1) — "
        "its tasks are 1.1; see includes/exam/dva-c02.yml",
    ]


def test_a_section_the_page_does_not_have_fails(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    with_map(site)
    tag_topic(site, "exam:\n  first-sektion: [1.1.k1]\n")
    assert site.build() == [
        "docs/basics/topic.md:4: exam tags section 'first-sektion', but no ## to #### heading of this page has "
        "the id {#first-sektion} — use the id of the section that teaches it; did you mean 'first-section'?",
    ]


def test_malformed_entries_fail_at_their_line(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    with_map(site)
    tag_topic(site, "exam:\n  first-section: 1.1.k1\n  self-check:\n    - 1.1.x1\n    - 1.1.k2\n    - 1.1.k2\n")
    assert site.build() == [
        "docs/basics/topic.md:4: exam entry 'first-section' must be a list of exam ids — write it as "
        "'first-section: [1.2.s1]'",
        "docs/basics/topic.md:5: exam tags the section 'self-check', which recaps or cites rather than teaches — "
        "tag the section that explains the topic",
        "docs/basics/topic.md:6: exam tag '1.1.x1' is not an exam id — write a task such as 1.2 or an item such "
        "as 1.2.k3 (knowledge) or 1.2.s1 (skill)",
        "docs/basics/topic.md:8: exam tag '1.1.k2' is listed twice for section 'self-check' — list it once",
    ]


def test_exam_must_be_a_mapping(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    with_map(site)
    tag_topic(site, "exam: [1.1.k1]\n")
    assert site.build() == [
        "docs/basics/topic.md:3: exam must map section ids to lists of exam ids — write it as "
        "'exam: {section-id: [1.2.s1, 2.1]}'",
    ]


def test_tags_without_the_guide_data_fail(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    tag_topic(site, "exam: {first-section: [1.1.k1]}\n")
    assert site.build() == [
        "docs/basics/topic.md:3: exam tags need the exam guide data — restore includes/exam/dva-c02.yml",
    ]


def test_broken_guide_data_is_reported_at_its_line(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    broken = GUIDE.replace("{id: 1.1.k2, docs: two,", "{id: 1.1.k3, docs: three,").replace("weight: 100", "weight: 90")
    with_map(site, broken)
    assert site.build() == [
        "includes/exam/dva-c02.yml:18: item id '1.1.k3' is out of place — the item at this position of task 1.1 "
        "is '1.1.k2' (ids follow the guide's order and are never reused)",
        "includes/exam/dva-c02.yml:18: item 1.1.k3 links docs entry 'three', which is not under docs: — add it "
        "there with a title and an https://docs.aws.amazon.com/ url",
        "includes/exam/dva-c02.yml:11: the domain weights add up to 90 %, not 100 % — copy each domain's share "
        "from the guide",
    ]


def test_the_map_page_needs_its_marker(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    with_map(site)
    site.replace("docs/dva-c02.md", "<!-- exam-map -->", "")
    assert site.build() == [
        "docs/dva-c02.md:1: the page lacks the marker <!-- exam-map --> — put it where the map belongs",
    ]


@pytest.mark.parametrize(("written", "read"), [("2.1", "2.1"), ('"2.1"', "2.1"), ("1.2.s10", "1.2.s10")])
def test_an_unquoted_task_id_reads_as_the_task(written: str, read: str) -> None:
    source = f"---\nexam:\n  a: [{written}]\n---\n# 제목\n"
    tags, problems = page_tags(source)
    assert problems == []
    assert [(tag.section, tag.exam_id, tag.line, tag.section_line) for tag in tags] == [("a", read, 3, 3)]


def test_guide_ids_follow_the_guide_order() -> None:
    guide, problems = parse_guide(GUIDE)
    assert problems == []
    assert list(guide.items()) == ["1.1.k1", "1.1.k2", "1.1.s1"]
    assert guide.items()["1.1.k2"].docs_url == "https://docs.aws.amazon.com/two.html"
