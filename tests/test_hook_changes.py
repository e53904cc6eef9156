"""hooks/changes.py and hooks/timeline.py: dated changes are records, each dated statement has one,
the page shows its own, and the timeline lists them all."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from _changes import (
    COURSE_KNOWN,
    COURSE_UNKNOWN,
    Change,
    When,
    course_relation,
    is_aws_page,
    mentions,
    read_changes,
)
from changes import page_box
from hooksite import FixtureSite
from timeline import render, service_id

TOPIC = "docs/basics/topic.md"
SOURCE = "https://aws.amazon.com/about-aws/whats-new/2025/08/amazon-sqs-max-payload-size-1mib/"
# Inserted after 'checked: 2026-11' (line 3): the entry starts on line 5, its keys on lines 5-9, and
# the page body moves down by six lines (the first section's text is then on line 16).
RECORD = ("changes:\n"
          "  - date: 2025-08-04\n"
          "    service: Amazon SQS\n"
          "    change: 메시지 최대 크기가 256 KiB에서 1 MiB로 늘었습니다.\n"
          "    section: first-section\n"
          f"    source: {SOURCE}\n")
STATEMENT = "SQS 메시지는 2025년 8월부터 최대 1 MiB입니다. 본문입니다."


def with_record(tmp_path: Path, record: str = RECORD, statement: str | None = STATEMENT) -> FixtureSite:
    site = FixtureSite(tmp_path)
    site.replace(TOPIC, "checked: 2026-11\n", "checked: 2026-11\n" + record)
    if statement:
        site.replace(TOPIC, "본문입니다.", statement)
    return site


def test_a_recorded_change_builds_and_shows_under_the_summary(tmp_path: Path) -> None:
    site = with_record(tmp_path)
    assert site.build_all() == []
    html = (site.root / "site" / "basics" / "topic" / "index.html").read_text(encoding="utf-8")
    summary_end = html.index("IAM</abbr>은 권한을 다룹니다.</p>") if "<abbr" in html else html.index("다룹니다.</p>")
    box = html.index('<details class="info page-changes"')
    assert summary_end < box < html.index('id="first-section"'), "the box sits between the summary and the sections"
    assert ('<time datetime="2025-08-04">2025년 8월 4일</time> · Amazon SQS: <a href="#first-section">메시지 최대 '
            "크기가 256 KiB에서 1 MiB로 늘었습니다.</a> <span class=\"change-badge\">과정 이후</span>") in html


def test_a_dated_statement_without_a_record_fails(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.replace(TOPIC, "본문입니다.", STATEMENT)
    assert site.build() == [
        "docs/basics/topic.md:10: '2025년 8월' is a dated statement without a record — record the change under "
        "changes: in the front matter, or, if it is not a change, declare it under other_dates: (end-of-support, "
        "event, reference, example), or link the page that teaches it next to the date",
    ]


def test_a_statement_whose_day_differs_from_the_record_fails(tmp_path: Path) -> None:
    site = with_record(tmp_path, statement="SQS 메시지는 2025년 8월 5일부터 최대 1 MiB입니다. 본문입니다.")
    assert site.build() == [
        "docs/basics/topic.md:16: '2025년 8월 5일' differs from the record dated 2025-08-04 — fix the date in the "
        "text or in the record",
    ]


def test_a_record_naming_a_missing_section_fails(tmp_path: Path) -> None:
    site = with_record(tmp_path, RECORD.replace("section: first-section", "section: frist-section"))
    assert site.build() == [
        "docs/basics/topic.md:8: change record names section 'frist-section', which is not on this page — "
        "did you mean 'first-section'?",
    ]


def test_a_malformed_date_fails(tmp_path: Path) -> None:
    site = with_record(tmp_path, RECORD.replace("date: 2025-08-04", "date: 2025/08/04"), statement=None)
    assert site.build() == [
        "docs/basics/topic.md:5: change record date '2025/08/04' is not a date — write YYYY-MM-DD, or YYYY-MM when "
        "AWS gives only the month",
    ]


def test_an_impossible_date_is_reported_not_crashed_on(tmp_path: Path) -> None:
    # YAML itself reads 2025-02-30 as a date and fails to build it; the build must say where.
    site = with_record(tmp_path, RECORD.replace("date: 2025-08-04", "date: 2025-02-30"), statement=None)
    assert site.build() == [
        "docs/basics/topic.md:5: front matter has an impossible date (day is out of range for month) — write a real "
        "date as YYYY-MM-DD",
        "docs/basics/topic.md:5: change record date '2025-02-30' is not a date — write YYYY-MM-DD, or YYYY-MM when "
        "AWS gives only the month",
    ]


def test_a_date_in_the_future_fails(tmp_path: Path) -> None:
    site = with_record(tmp_path, RECORD.replace("date: 2025-08-04", "date: 2999-01-01"),
                       statement="2999년 1월부터 최대 1 MiB입니다. 본문입니다.")
    assert site.build() == [
        f"docs/basics/topic.md:5: change record date 2999-01-01 is in the future (today is {date.today()}) — record a "
        "change once it has happened; an announced date goes under other_dates: as end-of-support",
    ]


def test_a_source_that_is_not_an_aws_page_fails(tmp_path: Path) -> None:
    site = with_record(tmp_path, RECORD.replace(SOURCE, "https://example.com/sqs-1mib"))
    assert site.build() == [
        "docs/basics/topic.md:9: change record source 'https://example.com/sqs-1mib' is not an AWS page — link the "
        "What's New post or the AWS documentation page (https://aws.amazon.com/…, https://docs.aws.amazon.com/…)",
    ]


def test_a_misspelled_or_missing_field_fails(tmp_path: Path) -> None:
    site = with_record(tmp_path, RECORD.replace("service:", "sevrice:"))
    assert site.build() == [
        "docs/basics/topic.md:5: change record lacks service — give date, service, change, section, source",
        "docs/basics/topic.md:6: change record key 'sevrice' is unknown — use date, service, change, section, source",
    ]


def test_change_text_is_one_korean_line(tmp_path: Path) -> None:
    site = with_record(tmp_path, RECORD.replace("메시지 최대 크기가 256 KiB에서 1 MiB로 늘었습니다.",
                                                "Max message size is now 1 MiB."))
    assert site.build() == [
        "docs/basics/topic.md:7: change record text must be one Korean sentence of at most 120 characters — say "
        "what changed, e.g. '최대 크기가 1 MiB로 늘었습니다.'",
    ]


def test_a_record_whose_section_never_says_its_date_fails(tmp_path: Path) -> None:
    site = with_record(tmp_path, statement=None)
    assert site.build() == [
        "docs/basics/topic.md:8: change record dated 2025-08-04 names section 'first-section', which never mentions "
        "2025년 8월 — say the date in that section or fix the record",
    ]


def test_dates_that_are_not_changes_are_declared_as_what_they_are(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.replace(TOPIC, "checked: 2026-11\n", "checked: 2026-11\nother_dates:\n  - date: 2027-07-15\n"
                 "    kind: end-of-support\n    section: first-section\n")
    site.replace(TOPIC, "본문입니다.", "지원은 2027년 7월 15일에 끝납니다. 2026년 11월 기준으로 맞는 설명입니다.")
    assert site.build() == []


def test_an_unknown_kind_of_other_date_fails(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.replace(TOPIC, "checked: 2026-11\n", "checked: 2026-11\nother_dates:\n  - date: 2027-07-15\n"
                 "    kind: deadline\n    section: first-section\n")
    site.replace(TOPIC, "본문입니다.", "지원은 2027년 7월 15일에 끝납니다.")
    assert site.build() == [
        "docs/basics/topic.md:6: other date kind 'deadline' is unknown — use one of end-of-support, event, reference, "
        "example; a change gets a record under changes:",
    ]


def test_a_page_that_links_to_the_teaching_page_needs_no_record_of_its_own(tmp_path: Path) -> None:
    site = with_record(tmp_path)
    site.replace("docs/basics/other.md", "다른 주제의 요약입니다.",
                 "다른 주제의 요약입니다. 2025년 8월에 SQS 한도가 바뀌었습니다.")
    assert site.build() == []  # other.md links to topic.md, whose record is dated 2025-08-04


def test_a_link_elsewhere_on_the_page_does_not_account_for_a_date(tmp_path: Path) -> None:
    # other.md links to topic.md in its summary; a date two paragraphs further down is not near it
    site = with_record(tmp_path)
    site.replace("docs/basics/other.md", "## 다른 섹션 {#other-section}\n",
                 "## 다른 섹션 {#other-section}\n\n2025년 8월에 SQS 한도가 바뀌었습니다.\n")
    assert site.build() == [
        "docs/basics/other.md:10: '2025년 8월' is a dated statement without a record — record the change under "
        "changes: in the front matter, or, if it is not a change, declare it under other_dates: (end-of-support, "
        "event, reference, example), or link the page that teaches it next to the date",
    ]


def test_a_date_in_the_sources_list_is_a_publication_date(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.replace("docs/basics/other.md", "## 참고 자료 {#references}\n",
                 "## 참고 자료 {#references}\n\n- 2024년 3월에 나온 AWS 블로그 글\n")
    assert site.build() == []


def test_the_timeline_lists_every_change_by_year_and_service(tmp_path: Path) -> None:
    site = with_record(tmp_path)
    site.write("docs/changes.md", "# AWS 변경 연표\n\n연표입니다. [홈](index.md)\n\n<!-- changes -->\n\n"
               "## 과정 시점 {#course-date}\n\n<!-- changes: course -->\n")
    site.replace("mkdocs.yml", "  - 용어집: glossary.md\n", "  - 용어집: glossary.md\n  - 연표: changes.md\n")
    site.replace("docs/index.md", "[용어집](glossary.md)도", "[용어집](glossary.md), [연표](changes.md)도")
    assert site.build_all() == []
    html = (site.root / "site" / "changes" / "index.html").read_text(encoding="utf-8")
    assert '<h2 id="year-2025">2025년' in html
    assert '<h3 id="2025-amazon-sqs">Amazon SQS' in html
    assert '<a href="../basics/topic/#first-section">주제: 첫 섹션</a>' in html
    assert f'<a href="{SOURCE}">AWS 새 소식</a>' in html
    assert "모두 1건이고, 그중 1건이 <strong>과정 이후</strong>의 변경입니다." in html
    assert f"가장 새로운 변경은 {COURSE_KNOWN.korean()}의 것이고" in html
    topic = (site.root / "site" / "basics" / "topic" / "index.html").read_text(encoding="utf-8")
    assert '<a href="../../changes/">AWS 변경 연표</a>' in topic


def test_the_timeline_page_needs_its_marker(tmp_path: Path) -> None:
    site = FixtureSite(tmp_path)
    site.write("docs/changes.md", "# AWS 변경 연표\n\n연표입니다. [홈](index.md)\n")
    site.replace("mkdocs.yml", "  - 용어집: glossary.md\n", "  - 용어집: glossary.md\n  - 연표: changes.md\n")
    site.replace("docs/index.md", "[용어집](glossary.md)도", "[용어집](glossary.md), [연표](changes.md)도")
    assert site.build() == [
        "docs/changes.md:1: the page lacks the marker <!-- changes --> — put it where the timeline belongs",
    ]


# --- The functions behind them ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("2025-08-04", When(2025, 8, 4)), ("2025-08", When(2025, 8)), ("2004", When(2004)),
    ("2025-02-30", None), ("2025-13", None), ("2025/08", None), ("August 2025", None),
])
def test_dates_are_read_at_the_precision_written(text: str, expected: When | None) -> None:
    assert When.parse(text) == expected


def test_a_record_covers_mentions_as_precise_as_itself_or_less() -> None:
    record = When(2025, 8, 4)
    assert record.covers(When(2025)) and record.covers(When(2025, 8)) and record.covers(When(2025, 8, 4))
    assert not record.covers(When(2025, 8, 5)) and not record.covers(When(2025, 9)) and not record.covers(When(2024))
    assert not When(2004).covers(When(2004, 3)), "a year says nothing about a month"


def test_mentions_skip_code_and_as_of_dates() -> None:
    source = ("---\nchecked: 2026-11\n---\n# 제목\n\n2025년 8월부터 달라졌고, 2026년 11월 기준으로 맞습니다.\n\n"
              "2026년 12월 현재 이름이 바뀌었습니다.\n\n"
              "`2024년 1월`은 코드입니다. 2004년 말에 나왔고 2026년 4월 1일부터 막습니다.\n")
    assert [(m.line, m.when, m.text) for m in mentions(source)] == [
        (6, When(2025, 8), "2025년 8월"), (10, When(2004), "2004년"), (10, When(2026, 4, 1), "2026년 4월 1일"),
    ]


def test_changes_are_marked_against_the_course_window() -> None:
    assert course_relation(COURSE_UNKNOWN) == "after"
    assert course_relation(When(COURSE_UNKNOWN.year + 1, 1)) == "after"
    assert course_relation(COURSE_KNOWN) == "around"
    assert course_relation(When(COURSE_KNOWN.year - 1, 12)) == "before"


@pytest.mark.parametrize(("url", "aws"), [
    ("https://aws.amazon.com/about-aws/whats-new/2025/08/x/", True),
    ("https://docs.aws.amazon.com/lambda/latest/dg/welcome.html", True),
    ("http://docs.aws.amazon.com/lambda/", False),
    ("https://docs.amazonaws.cn/en_us/lambda/", False),
    ("https://aws.amazon.com.example.org/x", False),
    ("https://repost.aws/questions/x", False),
])
def test_only_https_pages_on_aws_amazon_com_are_sources(url: str, aws: bool) -> None:
    assert is_aws_page(url) is aws


def test_read_changes_keeps_what_a_record_says() -> None:
    source = "---\n" + RECORD + "---\n# 제목\n\n요약.\n\n## 섹션 {#first-section}\n\n2025년 8월부터 바뀌었습니다.\n"
    found, problems = read_changes("basics/page.md", source, date(2026, 12, 6))
    assert problems == []
    assert found == [Change("basics/page.md", 3, When(2025, 8, 4), "Amazon SQS",
                            "메시지 최대 크기가 256 KiB에서 1 MiB로 늘었습니다.", "first-section", SOURCE)]


def _change(when: When, service: str, text: str = "바뀌었습니다.") -> Change:
    return Change("basics/p.md", 1, when, service, text, "s", "https://docs.aws.amazon.com/x")


def test_the_timeline_reads_newest_first() -> None:
    changes = [_change(When(2025, 3), "Amazon S3", "오래된 S3."), _change(When(2025, 11, 2), "Amazon SQS"),
               _change(When(2025, 12), "Amazon S3", "새 S3."), _change(When(2026, 1), "AWS Lambda")]
    lines = render(changes, {}).splitlines()
    headings = [line for line in lines if line.startswith("#")]
    assert headings == ["## 2026년 {#year-2026}", "### AWS Lambda {#2026-aws-lambda}", "## 2025년 {#year-2025}",
                        "### Amazon S3 {#2025-amazon-s3}", "### Amazon SQS {#2025-amazon-sqs}"]
    position = {text: next(n for n, line in enumerate(lines) if text in line) for text in ("새 S3.", "오래된 S3.")}
    assert position["새 S3."] < position["오래된 S3."]
    assert service_id(2025, "AWS Global Infrastructure") == "2025-aws-global-infrastructure"


def test_the_page_box_keeps_code_and_counts_the_changes_since_the_course() -> None:
    box = page_box([_change(When(2026, 1), "Amazon S3", "`UpdateObjectEncryption`이 나왔습니다."),
                    _change(When(2019, 12, 2), "Amazon S3")], "../../changes/")
    assert "<summary>이 페이지가 다루는 AWS 변경 2건 · 과정 이후 1건 · 가장 최근 2026년 1월</summary>" in box
    assert "<code>UpdateObjectEncryption</code>이 나왔습니다." in box
    assert box.count('class="change-badge"') == 1
