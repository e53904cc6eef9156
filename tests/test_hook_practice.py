"""hooks/practice.py: the practice page is generated from the self-check questions of the pages."""

import gzip
import json
from pathlib import Path

from hooksite import FixtureSite
from practice import Question, data_version, rebase_html, rebase_links, rendered_questions, self_check_questions

PRACTICE = "# 연습\n\n<!-- practice -->\n\n## 1일차 {#day-1}\n\n<!-- practice: 1일차 -->\n"


BOTH_ON_DAY_ONE = "  - 1일차:\n      - basics/topic.md\n      - basics/other.md\n"


def with_practice(site: FixtureSite, nav_days: str = BOTH_ON_DAY_ONE) -> None:
    site.write("docs/practice.md", PRACTICE)
    site.write("docs/assets/javascripts/tools/practice.js", "/* practice */\n")
    site.write("docs/assets/javascripts/tools/_runner.js", "/* runner */\n")
    site.replace("mkdocs.yml", "  - 주제: basics/topic.md\n  - 다른 주제: basics/other.md\n",
                 nav_days + "  - 연습: practice.md\n")
    site.replace("docs/index.md", "[용어집](glossary.md)도 있습니다.",
                 "[용어집](glossary.md)과 [연습](practice.md)도 있습니다.")


def test_practice_page_lists_the_questions_with_links_back(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    with_practice(site)
    assert site.build() == []
    html = (site.root / "site" / "practice" / "index.html").read_text(encoding="utf-8")
    # the page carries the controls and the first question only, as the script first shows them
    assert html.count('<details class="question">') == 1
    assert 'data-tool="practice" data-count="2" data-src="questions.json?v=' in html
    assert '<option value="">전체</option><option value="1일차">1일차</option></select>' in html
    assert '<option value="">전체</option><option value="기초">기초</option></select>' in html
    assert '2문제 중 1번째 · 맞힌 문제 0개(전체 2문제)' in html
    mark = '<button type="button" class="md-button practice-mark" data-action="mark" aria-pressed="false">'
    assert html.count(mark + "맞혔습니다</button>") == 1
    assert '<script src="../assets/javascripts/tools/practice.js" defer></script>' in html
    # the lists by day link every page's self-check section, where the questions are read without JavaScript
    assert '<a href="../basics/topic/#self-check">주제</a>: 기초 · 1문제</li>' in html
    assert '<a href="../basics/other/#self-check">다른 주제</a>: 기초 · 1문제</li>' in html
    # every question, as its page renders it, is in the data the script fetches; the URL names its hash
    raw = (site.root / "site" / "practice" / "questions.json").read_text(encoding="utf-8")
    assert f'questions.json?v={data_version(json.loads(raw))}"' in html
    questions = json.loads(raw)["questions"]
    assert [(q["title"], q["url"], q["q"], q["a"]) for q in questions] == [
        ("주제", "../basics/topic/#self-check", "질문?", "<p>답입니다.</p>"),
        ("다른 주제", "../basics/other/#self-check", "질문?", "<p>답입니다.</p>"),
    ]


def many_questions(count: int) -> str:
    return "".join(f'??? question "질문 {n}번?"\n    답 {n}번입니다.\n\n' for n in range(count))


def test_the_page_does_not_grow_with_the_questions(tmp_path: Path) -> None:
    # 400 questions, the size the site is expected to reach: the page a reader first downloads stays
    # as small as with 2, and the questions go to the data fetched on the first interaction.
    weights: dict[int, int] = {}
    for per_page in (1, 200):
        site = FixtureSite(tmp_path / str(per_page))
        with_practice(site)
        for page in ("topic", "other"):
            site.replace(f"docs/basics/{page}.md", '??? question "질문?"\n    답입니다.\n', many_questions(per_page))
        site.build()
        built = site.root / "site" / "practice"
        weights[per_page] = len(gzip.compress((built / "index.html").read_bytes()))
        assert len(json.loads((built / "questions.json").read_text(encoding="utf-8"))["questions"]) == 2 * per_page
    assert abs(weights[200] - weights[1]) < 100, weights


def test_a_question_that_lost_its_answer_is_reported_once_at_its_page(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    with_practice(site)
    site.replace("docs/basics/other.md", '??? question "질문?"\n    답입니다.', '??? question "질문?"\n답입니다.')
    assert site.build() == [  # hooks/admonitions.py; the practice page's copy is not reported again
        "docs/basics/other.md:14: question '질문?' has no answer, here and on the practice page — indent the answer "
        "by 4 spaces under the '??? question' line"]
    questions = json.loads((site.root / "site" / "practice" / "questions.json").read_text(encoding="utf-8"))
    assert [q["a"] for q in questions["questions"] if q["url"] == "../basics/other/#self-check"] == [""]


def test_topic_page_outside_a_day_is_reported(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    with_practice(site, "  - 1일차:\n      - basics/topic.md\n  - 다른 주제: basics/other.md\n")
    assert site.build() == [
        "docs/basics/other.md:14: topic page is not under a day section of the nav (1일차, 2일차, …) or 시험 대비 — "
        "move it under one in mkdocs.yml so the practice page can file its questions",
    ]


def test_practice_page_needs_a_marker_for_each_day(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    with_practice(site, "  - 1일차:\n      - basics/topic.md\n  - 2일차:\n      - basics/other.md\n")
    assert site.build() == [
        "docs/practice.md:1: the page lacks the marker <!-- practice: 2일차 --> for the nav section '2일차' "
        "— add '## 2일차 {#day-2}' and the marker under it",
    ]


def test_exam_group_is_filed_as_a_third_group(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    with_practice(site, "  - 1일차:\n      - basics/topic.md\n"
                        "  - 시험 대비:\n      - 보안:\n          - basics/other.md\n")
    site.write("docs/practice.md", PRACTICE + "\n## 시험 대비 {#exam-prep}\n\n<!-- practice: 시험 대비 -->\n")
    assert site.build() == []
    html = (site.root / "site" / "practice" / "index.html").read_text(encoding="utf-8")
    assert '<option value="1일차">1일차</option><option value="시험 대비">시험 대비</option></select>' in html
    exam = html.split('id="exam-prep"', 1)[1]
    assert 'href="../basics/other/#self-check"' in exam and 'href="../basics/topic/#self-check"' not in exam
    raw = json.loads((site.root / "site" / "practice" / "questions.json").read_text(encoding="utf-8"))
    assert [(q["title"], q["day"]) for q in raw["questions"]] == [("주제", "1일차"), ("다른 주제", "시험 대비")]


def test_practice_page_needs_a_marker_for_the_exam_group(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    with_practice(site, "  - 1일차:\n      - basics/topic.md\n  - 시험 대비:\n      - basics/other.md\n")
    assert site.build() == [
        "docs/practice.md:1: the page lacks the marker <!-- practice: 시험 대비 --> for the nav section '시험 대비' "
        "— add '## 시험 대비 {#exam-prep}' and the marker under it",
    ]


def test_questions_and_answers_are_read_from_the_self_check_section_only() -> None:
    source = ('# 제목\n\n요약.\n\n## 본문 {#body}\n\n??? question "본문의 질문"\n    아님.\n\n'
              '## 스스로 점검 {#self-check}\n\n??? question "첫 `질문`?"\n    답 [링크](../b/c.md#x)와\n\n'
              '    둘째 문단.\n\n??? question "둘째?"\n    답.\n\n## 참고 자료 {#references}\n')
    found = self_check_questions("basics/page.md", source)
    assert [(q.line, q.text) for q in found] == [(12, "첫 `질문`?"), (17, "둘째?")]
    assert found[0].answer == "답 [링크](b/c.md#x)와\n\n둘째 문단."
    assert found[0].key != Question("basics/other.md", 12, "첫 `질문`?", "").key


def test_links_are_rebased_to_the_docs_root() -> None:
    assert rebase_links("db/dynamo/cap.md", "[a](index.md#k) [b](#self) [c](https://docs.aws.amazon.com/x)") == (
        "[a](db/dynamo/index.md#k) [b](db/dynamo/cap.md#self) [c](https://docs.aws.amazon.com/x)")


def test_answer_links_are_rebased_to_the_practice_page() -> None:
    answer = ('<p><a href="../sns/#fan-out">SNS</a> <a href="#visibility-timeout">위</a> '
              '<a href="https://docs.aws.amazon.com/x">문서</a></p>')
    assert rebase_html("messaging/sqs/", "practice/", answer) == (
        '<p><a href="../messaging/sns/#fan-out">SNS</a> <a href="../messaging/sqs/#visibility-timeout">위</a> '
        '<a href="https://docs.aws.amazon.com/x">문서</a></p>')


def test_the_rendered_boxes_come_from_the_self_check_section_only() -> None:
    html = ('<h2 id="body">본문</h2><details class="question">\n<summary>아님</summary>\n<p>x</p>\n</details>'
            '<h2 id="self-check">점검</h2><details class="question">\n<summary>첫 <code>질문</code>?</summary>\n'
            '<p>답.</p>\n</details>\n<h2 id="references">참고</h2>')
    assert rendered_questions(html) == [("첫 <code>질문</code>?", "<p>답.</p>")]
