"""hooks/practice.py: the practice page is generated from the self-check questions of the pages."""

from pathlib import Path

from hooksite import FixtureSite
from practice import Question, rebase_links, self_check_questions

PRACTICE = "# 연습\n\n<!-- practice -->\n\n## 1일차 {#day-1}\n\n<!-- practice: 1일차 -->\n"
AREA_WARNING = ("docs/area/{page}.md:{line}: folder 'area' has no Korean area name for the practice page "
                "— add it to AREAS in hooks/practice.py")


BOTH_ON_DAY_ONE = "  - 1일차:\n      - area/topic.md\n      - area/other.md\n"


def with_practice(site: FixtureSite, nav_days: str = BOTH_ON_DAY_ONE) -> None:
    site.write("docs/practice.md", PRACTICE)
    site.write("docs/assets/javascripts/tools/practice.js", "/* practice */\n")
    site.write("docs/assets/javascripts/tools/_runner.js", "/* runner */\n")
    site.replace("mkdocs.yml", "  - 주제: area/topic.md\n  - 다른 주제: area/other.md\n",
                 nav_days + "  - 연습: practice.md\n")
    site.replace("docs/index.md", "[용어집](glossary.md)도 있습니다.",
                 "[용어집](glossary.md)과 [연습](practice.md)도 있습니다.")


def test_practice_page_lists_the_questions_with_links_back(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    with_practice(site)
    assert site.build() == [AREA_WARNING.format(page="topic", line=25), AREA_WARNING.format(page="other", line=14)]
    html = (site.root / "site" / "practice" / "index.html").read_text(encoding="utf-8")
    assert html.count('<details class="question">') == 2
    assert 'href="../area/topic/#self-check"' in html and 'href="../area/other/#self-check"' in html
    assert 'data-tool="practice" data-count="2"' in html
    # the controls as the script first shows them: filters from the questions, one mark per question
    assert '<option value="">전체</option><option value="1일차">1일차</option></select>' in html
    assert '<option value="">전체</option><option value="area">area</option></select>' in html
    assert '2문제 중 1번째 · 맞힌 문제 0개(전체 2문제)' in html
    mark = '<button type="button" class="md-button practice-mark" data-action="mark" aria-pressed="false">'
    assert html.count(mark + "맞혔습니다</button>") == 2
    assert '<script src="../assets/javascripts/tools/practice.js" defer></script>' in html


def test_topic_page_outside_a_day_is_reported(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    with_practice(site, "  - 1일차:\n      - area/topic.md\n  - 다른 주제: area/other.md\n")
    assert site.build() == [
        AREA_WARNING.format(page="topic", line=25),
        "docs/area/other.md:14: topic page is not under a day section of the nav (1일차, 2일차, …) or 시험 대비 "
        "— move it under one in mkdocs.yml so the practice page can file its questions",
        AREA_WARNING.format(page="other", line=14),
    ]


def test_practice_page_needs_a_marker_for_each_day(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    with_practice(site, "  - 1일차:\n      - area/topic.md\n  - 2일차:\n      - area/other.md\n")
    assert site.build() == [
        AREA_WARNING.format(page="topic", line=25),
        AREA_WARNING.format(page="other", line=14),
        "docs/practice.md:1: the page lacks the marker <!-- practice: 2일차 --> for the nav section '2일차' "
        "— add '## 2일차 {#day-2}' and the marker under it",
    ]


EXAM_PREP_NAV = "  - 1일차:\n      - area/topic.md\n  - 시험 대비:\n      - 영역:\n          - area/other.md\n"


def test_pages_under_exam_prep_are_filed_after_the_days(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    with_practice(site, EXAM_PREP_NAV)
    site.replace("docs/practice.md", "<!-- practice: 1일차 -->\n",
                 "<!-- practice: 1일차 -->\n\n## 시험 대비 {#exam-prep}\n\n<!-- practice: 시험 대비 -->\n")
    assert site.build() == [AREA_WARNING.format(page="topic", line=25), AREA_WARNING.format(page="other", line=14)]
    html = (site.root / "site" / "practice" / "index.html").read_text(encoding="utf-8")
    days = '<option value="1일차">1일차</option><option value="시험 대비">시험 대비</option></select>'
    assert '<option value="">전체</option>' + days in html
    exam_prep = html.split('id="exam-prep"', 1)[1]
    assert 'data-day="시험 대비"' in exam_prep and 'href="../area/other/#self-check"' in exam_prep
    assert 'data-day="1일차"' not in exam_prep


def test_practice_page_needs_a_marker_for_exam_prep(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    with_practice(site, EXAM_PREP_NAV)
    assert site.build() == [
        AREA_WARNING.format(page="topic", line=25),
        AREA_WARNING.format(page="other", line=14),
        "docs/practice.md:1: the page lacks the marker <!-- practice: 시험 대비 --> for the nav section '시험 대비' "
        "— add '## 시험 대비 {#exam-prep}' and the marker under it",
    ]


def test_a_section_can_have_a_practice_page_of_its_own(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    with_practice(site, EXAM_PREP_NAV)
    site.write("docs/practice-exam.md", "# 시험 대비 연습\n\n<!-- practice -->\n\n## 시험 대비 {#exam-prep}\n\n"
               "<!-- practice: 시험 대비 -->\n")
    site.replace("mkdocs.yml", "  - 연습: practice.md\n",
                 "  - 연습: practice.md\n  - 시험 대비 연습: practice-exam.md\n")
    site.replace("docs/practice.md", "<!-- practice: 1일차 -->\n",
                 "<!-- practice: 1일차 -->\n\n[시험 대비](practice-exam.md)\n")
    assert site.build() == [AREA_WARNING.format(page="topic", line=25), AREA_WARNING.format(page="other", line=14)]
    days = (site.root / "site" / "practice" / "index.html").read_text(encoding="utf-8")
    exam = (site.root / "site" / "practice-exam" / "index.html").read_text(encoding="utf-8")
    assert 'data-tool="practice" data-count="1"' in days and 'data-day="시험 대비"' not in days
    assert 'data-tool="practice" data-count="1"' in exam and 'data-day="1일차"' not in exam
    assert 'href="../area/other/#self-check"' in exam
    assert '<option value="">전체</option><option value="시험 대비">시험 대비</option></select>' in exam


def test_questions_and_answers_are_read_from_the_self_check_section_only() -> None:
    source = ('# 제목\n\n요약.\n\n## 본문 {#body}\n\n??? question "본문의 질문"\n    아님.\n\n'
              '## 스스로 점검 {#self-check}\n\n??? question "첫 `질문`?"\n    답 [링크](../b/c.md#x)와\n\n'
              '    둘째 문단.\n\n??? question "둘째?"\n    답.\n\n## 참고 자료 {#references}\n')
    found = self_check_questions("area/page.md", source)
    assert [(q.line, q.text) for q in found] == [(12, "첫 `질문`?"), (17, "둘째?")]
    assert found[0].answer == "답 [링크](b/c.md#x)와\n\n둘째 문단."
    assert found[0].key != Question("area/other.md", 12, "첫 `질문`?", "").key


def test_links_are_rebased_to_the_docs_root() -> None:
    assert rebase_links("db/dynamo/cap.md", "[a](index.md#k) [b](#self) [c](https://docs.aws.amazon.com/x)") == (
        "[a](db/dynamo/index.md#k) [b](db/dynamo/cap.md#self) [c](https://docs.aws.amazon.com/x)")
