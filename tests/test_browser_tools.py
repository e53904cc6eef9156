"""The study tools and the practice page in Chromium: each tool driven through its labelled inputs
with cases from AWS's documented examples and edge cases, the page's own worked examples, reasons,
keyboard-only use, accessible names, and practice mode with and without JavaScript.

axe-core runs on these pages in tests/test_browser.py's tour; test_tools_have_accessible_names_and_live_outputs
also checks what a screen reader needs from these forms (labels, legends, live outputs) directly.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import pytest
from conftest import ROOT, BuiltSite, skip_module_without_a_browser
from test_browser import DOCUMENT_SETTLED, Visit, record_shifts_on_a_slowed_cpu

pytestmark = pytest.mark.browser

skip_module_without_a_browser()  # one line in the summary, not one per test

DDB = "database/dynamodb/capacity/"
SQS = "messaging/sqs/"
IAM = "security/iam/"
PRACTICE = "practice/"


class Tabs:
    """One browser context for the module, one tab per page, each opened once: a case resets the
    form (form.reset()) instead of reloading the page, which keeps this module fast."""

    def __init__(self, browser: object, base_url: str) -> None:
        self.visit = Visit(browser, base_url)
        self.errors: list[str] = []
        self.tabs: dict[str, object] = {}

    def open(self, path: str) -> object:
        if path not in self.tabs:
            page = self.visit.page if not self.tabs else self.visit.context.new_page()
            page.on("pageerror", lambda error: self.errors.append(f"{path}: {error}"))
            page.goto(self.visit.base_url + path, wait_until="load")
            page.evaluate(DOCUMENT_SETTLED, 5000)  # the tool's script has drawn its form
            self.tabs[path] = page
        return self.tabs[path]


@pytest.fixture(scope="module")
def tabs(browser: object, base_url: str) -> Iterator[Tabs]:
    session = Tabs(browser, base_url)
    yield session
    session.visit.close()
    assert session.errors == []
    assert session.visit.external == []


def tool(tabs: Tabs, path: str, name: str) -> object:
    """The tool's form on its page, back at its default values."""
    form = tabs.open(path).locator(f'form[data-tool="{name}"]')
    form.wait_for(state="visible")
    form.evaluate("f => { f.reset(); f.dispatchEvent(new Event('input', {bubbles: true})) }")
    return form


def set_fields(form: object, **values: str) -> None:
    for name, value in values.items():
        field = form.locator(f'[name="{name}"]')
        if field.evaluate("e => e.tagName") == "SELECT":
            field.select_option(value)
        else:
            field.fill(value)


def output(form: object, name: str) -> str:
    return form.locator(f'output[name="{name}"]').text_content().strip()


def number(text: str) -> float:
    assert re.fullmatch(r"\d{1,3}(,\d{3})*(\.\d+)?|\d+(\.\d+)?", text), f"not a plain number: {text!r}"
    return float(text.replace(",", ""))


# --- DynamoDB capacity -------------------------------------------------------------------------

# (item KB, reads/s, read mode, writes/s, write mode) → (exact RCU, whole RCU needed per second, WCU)
DDB_CASES = [
    # AWS Developer Guide: an 8 KB item needs 2 RCU strongly consistent, 1 eventually, 4 transactional.
    (("8", "1", "strong", "1", "standard"), (2, 2, 8)),
    (("8", "1", "eventual", "1", "transactional"), (1, 1, 16)),
    (("8", "1", "transactional", "1", "standard"), (4, 4, 8)),
    # The edge of a unit: exactly 4 KB is one read unit, 4.1 KB is two; writes count whole KB.
    (("4", "1", "strong", "1", "standard"), (1, 1, 4)),
    (("4.1", "1", "strong", "1", "standard"), (2, 2, 5)),
    (("1", "1", "strong", "1", "standard"), (1, 1, 1)),
    (("1.1", "1", "strong", "1", "transactional"), (1, 1, 4)),
    # An eventually consistent 4 KB read is half a unit: 0.5 exactly, 1 whole unit per second.
    (("4", "1", "eventual", "0", "standard"), (0.5, 1, 0)),
    (("3.5", "3", "eventual", "2", "standard"), (1.5, 2, 8)),
    # 500 bytes (0.48828125 KB) still counts a whole unit.
    (("0.48828125", "1", "strong", "1", "standard"), (1, 1, 1)),
    (("7", "10", "strong", "10", "standard"), (20, 20, 70)),
    (("400", "1,000", "strong", "100", "standard"), (100000, 100000, 40000)),
    # Sizes with the unit people type; 1 KB = 1 KiB = 1,024 bytes, as DynamoDB counts.
    (("6KB", "10", "strong", "5", "standard"), (20, 20, 30)),
    (("6 KiB", "10", "eventual", "5", "standard"), (10, 10, 30)),
    (("6 k", "10회", "strong", "5번", "standard"), (20, 20, 30)),
    (("500바이트", "1", "strong", "1", "standard"), (1, 1, 1)),
    (("1,025 bytes", "1", "strong", "1", "standard"), (1, 1, 2)),
    (("409,600 B", "1", "strong", "1", "standard"), (100, 100, 400)),
]


@pytest.mark.parametrize(("inputs", "expected"), DDB_CASES, ids=[str(case[0]) for case in DDB_CASES])
def test_ddb_capacity_cases(tabs: Tabs, inputs: tuple[str, ...], expected: tuple[float, float, float]) -> None:
    form = tool(tabs, DDB, "ddb-capacity")
    item_kb, reads, read_mode, writes, write_mode = inputs
    set_fields(form, item_kb=item_kb, reads=reads, read_mode=read_mode, writes=writes, write_mode=write_mode)
    exact, whole, wcu = expected
    assert number(output(form, "rcu")) == whole
    assert number(output(form, "rcu_exact")) == exact
    assert number(output(form, "wcu")) == wcu
    assert number(output(form, "rru")) == exact  # on-demand counts the same load in request units
    assert number(output(form, "wru")) == wcu


def test_ddb_capacity_shows_why(tabs: Tabs) -> None:
    form = tool(tabs, DDB, "ddb-capacity")
    set_fields(form, item_kb="4.1", reads="3", read_mode="eventual", writes="1", write_mode="transactional")
    why = form.locator("[data-why]").inner_text()
    assert "8 KB로 셉니다" in why            # 4.1 KB rounds up to the next 4 KB
    assert "절반인 1 RCU" in why             # eventually consistent: half
    assert "1 RCU × 초당 3회 = 3 RCU" in why
    assert "5 KB로 셉니다" in why             # writes round to the next 1 KB
    assert "두 배인 10 WCU" in why            # transactional: double
    assert "3 RRU, 10 WRU" in why
    set_fields(form, item_kb="4", reads="1")
    assert "0.5를 올려 1 RCU로 설정합니다" in form.locator("[data-why]").inner_text()


TOO_BIG = "DynamoDB 항목 하나는 최대 400 KB(409,600바이트)입니다. 더 큰 데이터는 S3에 두고 키만 저장합니다."


@pytest.mark.parametrize(("field", "value", "message"), [
    ("item_kb", "", "항목 크기를 입력하세요."),
    ("item_kb", "0", "항목 크기는 0보다 커야 합니다."),
    ("item_kb", "-4", "항목 크기는 0보다 작을 수 없습니다."),
    ("item_kb", "약 4", "항목 크기는 숫자로 입력하세요."),
    ("item_kb", "4 GB", "항목 크기는 KB, KiB, MB, 바이트 중 하나로 입력하세요(예: 6KB, 500바이트)."),
    ("item_kb", "1,5", "쉼표는 천 단위를 나눌 때만 씁니다. 소수는 1.5처럼 마침표로 입력하세요."),
    ("item_kb", "400.1", TOO_BIG),
    ("item_kb", "500 KB", TOO_BIG),
    ("item_kb", "409,601 바이트", TOO_BIG),
    ("reads", "", "초당 읽기 수를 입력하세요."),
    ("reads", "-1", "초당 읽기 수는 0보다 작을 수 없습니다."),
    ("reads", "2.5", "초당 읽기 수는 정수로 입력하세요."),
    ("writes", "", "초당 쓰기 수를 입력하세요."),
])
def test_ddb_capacity_rejects_bad_input_in_korean(tabs: Tabs, field: str, value: str, message: str) -> None:
    form = tool(tabs, DDB, "ddb-capacity")
    set_fields(form, **{field: value})
    text = form.inner_text()
    assert "NaN" not in text and "undefined" not in text and "Infinity" not in text
    assert form.locator(f'[data-error-for="{field}"]').text_content() == message
    assert form.locator(f'[name="{field}"]').get_attribute("aria-invalid") == "true"
    shown = output(form, "wcu" if field == "writes" else "rcu")
    assert shown == f"계산할 수 없음: {message}"


def test_ddb_zero_requests_need_no_capacity(tabs: Tabs) -> None:
    form = tool(tabs, DDB, "ddb-capacity")
    set_fields(form, item_kb="4", reads="0", writes="0")
    assert (output(form, "rcu"), output(form, "rcu_exact"), output(form, "wcu")) == ("0", "0", "0")
    assert "최소 1" in form.locator("[data-why]").inner_text()


def worked_examples() -> list[tuple[str, str, list[float], str, float]]:
    """(row, read|write, item sizes in KB, mode, units) for every cell of the page's worked-example tables."""
    source = (ROOT / "docs" / "database" / "dynamodb" / "capacity.md").read_text(encoding="utf-8")
    section = source.split("{#worked-examples}", 1)[1].split("\n## ", 1)[0]
    cases = []
    kind, modes = "", []
    for row in re.findall(r"^\|(.+)\|$", section, re.M):
        cells = [cell.strip() for cell in row.split("|")]
        if cells[0] == "요청":  # a header row says which table this is
            kind = "read" if "강력한" in cells else "write"
            modes = ["strong", "eventual", "transactional"] if kind == "read" else ["standard", "transactional"]
            continue
        if set(cells[0]) <= {"-"}:
            continue
        request = cells[0]
        sizes = [float(n) / (1024 if unit == "바이트" else 1)
                 for n, unit in re.findall(r"(\d+(?:\.\d+)?)\s*(KB|바이트)", request)]
        if "Query" in request or "Scan" in request:
            sizes = sizes[-1:]  # Query and Scan add the sizes first and round once: the total is one item
        for mode, cell in zip(modes, cells[2:], strict=True):
            if cell != "해당 없음":
                cases.append((request, kind, sizes, mode, float(cell.split()[0])))
    return cases


def test_every_worked_example_on_the_page_agrees_with_the_tool(tabs: Tabs) -> None:
    cases = worked_examples()
    assert len(cases) == 20  # 5 read rows, 4 write rows: a changed table must be looked at
    form = tool(tabs, DDB, "ddb-capacity")
    for request, kind, sizes, mode, units in cases:
        total = 0.0
        for size in sizes:  # BatchGetItem and BatchWriteItem round each item, then add
            if kind == "read":
                set_fields(form, item_kb=repr(size), reads="1", read_mode=mode)
                total += number(output(form, "rcu_exact"))
            else:
                set_fields(form, item_kb=repr(size), writes="1", write_mode=mode)
                total += number(output(form, "wcu"))
        assert total == units, f"{request} ({mode}): the page says {units}, the tool {total}"


def test_per_second_examples_in_the_text_agree_with_the_tool(tabs: Tabs) -> None:
    source = (ROOT / "docs" / "database" / "dynamodb" / "capacity.md").read_text(encoding="utf-8")
    assert "7 KB 항목을 초당 10번 읽는다면 강력한 일관성은 20 RCU, 최종적 일관성은 10 RCU" in source
    assert "같은 항목을 초당 10번 쓰면 70 WCU" in source
    assert "3.5 KB 항목을 초당 3번 최종적 일관성으로 읽으면 1.5 RCU) 올려서 2 RCU로 설정" in source
    form = tool(tabs, DDB, "ddb-capacity")
    set_fields(form, item_kb="7", reads="10", read_mode="strong", writes="10", write_mode="standard")
    assert (output(form, "rcu"), output(form, "wcu")) == ("20", "70")
    set_fields(form, read_mode="eventual")
    assert output(form, "rcu") == "10"
    set_fields(form, item_kb="3.5", reads="3")
    assert (output(form, "rcu"), output(form, "rcu_exact")) == ("2", "1.5")


# --- SQS visibility timeout vs Lambda timeout --------------------------------------------------

# (visibility s, function s) → (level, recommended s, words the verdict must say)
SQS_CASES = [
    (("30", "30"), ("warn", 180, "권장값보다 짧습니다")),    # the defaults of a new queue and a 30 s function
    (("180", "30"), ("ok", 180, "6배 이상")),                 # Lambda Developer Guide: at least six times
    (("181", "30"), ("ok", 180, "6배 이상")),
    (("179", "30"), ("warn", 180, "권장값보다 짧습니다")),
    (("20", "30"), ("error", 180, "이벤트 소스 매핑을 거부")),  # function timeout above visibility: refused
    (("120", "120"), ("warn", 720, "권장값보다 짧습니다")),  # equal is allowed (≤), page example: 720 s
    (("119", "120"), ("error", 720, "이벤트 소스 매핑을 거부")),
    (("720", "120"), ("ok", 720, "6배 이상")),
    (("0", "1"), ("error", 6, "이벤트 소스 매핑을 거부")),
    (("10800", "1800"), ("ok", 10800, "6배 이상")),          # the longest standard function (API reference, 2026-12)
    (("43,200", "2000"), ("ok", 12000, "최대 1,800초")),      # longer than a standard function allows
    # durations with the unit people type
    (("2분", "30"), ("warn", 180, "권장값보다 짧습니다")),
    (("90초", "15"), ("ok", 90, "6배 이상")),
    (("1분 30초", "15s"), ("ok", 90, "6배 이상")),
    (("12시간", "2 min"), ("ok", 720, "6배 이상")),
    (("3m", "1h"), ("error", 21600, "이벤트 소스 매핑을 거부")),
]


@pytest.mark.parametrize(("inputs", "expected"), SQS_CASES, ids=[str(case[0]) for case in SQS_CASES])
def test_sqs_lambda_timeout_cases(tabs: Tabs, inputs: tuple[str, str], expected: tuple[str, int, str]) -> None:
    form = tool(tabs, SQS, "sqs-lambda-timeouts")
    set_fields(form, visibility_timeout=inputs[0], lambda_timeout=inputs[1])
    level, recommended, words = expected
    verdict = form.locator('output[name="verdict"]')
    assert verdict.get_attribute("data-level") == level
    assert words in verdict.text_content()
    assert number(output(form, "recommended")) == recommended
    assert "#lambda-visibility-rules" in form.locator("[data-why]").inner_html()


@pytest.mark.parametrize(("visibility", "function", "message"), [
    ("", "30", "가시성 제한 시간을 초 단위로 입력하세요."),
    ("-1", "30", "가시성 제한 시간은 0보다 작을 수 없습니다."),
    ("43201", "30", "SQS 가시성 제한 시간은 최대 43,200초(12시간)입니다."),
    ("30", "", "함수 제한 시간을 초 단위로 입력하세요."),
    ("30", "0", "함수 제한 시간은 1초 이상이어야 합니다."),
    ("30", "-5", "함수 제한 시간은 0보다 작을 수 없습니다."),
    ("30", "1.5", "함수 제한 시간은 정수(초)로 입력하세요."),
    ("30", "6000", "Lambda 함수 제한 시간은 최대 1,800초(30분)입니다."),
    ("1,5", "30", "쉼표는 천 단위를 나눌 때만 씁니다(예: 43,200)."),
    ("30", "2주", "함수 제한 시간은 초, 분, 시간으로 입력하세요(예: 90초, 2분, 1분 30초)."),
    ("13시간", "30", "SQS 가시성 제한 시간은 최대 43,200초(12시간)입니다."),
])
def test_sqs_lambda_timeouts_reject_bad_input_in_korean(tabs: Tabs, visibility: str, function: str,
                                                         message: str) -> None:
    form = tool(tabs, SQS, "sqs-lambda-timeouts")
    set_fields(form, visibility_timeout=visibility, lambda_timeout=function)
    verdict = form.locator('output[name="verdict"]')
    assert verdict.get_attribute("data-level") is None
    assert message in verdict.text_content()
    assert "NaN" not in form.inner_text() and "undefined" not in form.inner_text()


# --- IAM policy evaluation ---------------------------------------------------------------------

IAM_DEFAULTS = {"explicit_deny": "no", "scp": "none", "resource_policy": "none", "resource_principal": "direct",
                "identity_policy": "allow", "boundary": "none", "session_policy": "none"}
# changed inputs → (decision, the step that decided, words the reasons must say)
IAM_CASES = [
    ({}, ("allow", "자격 증명 기반 정책", "자격 증명 기반 정책이 허용")),
    ({"identity_policy": "none"}, ("deny", "자격 증명 기반 정책", "암묵적 거부")),
    ({"explicit_deny": "yes", "resource_policy": "allow", "scp": "allow"}, ("deny", "명시적 거부", "명시적 Deny")),
    ({"scp": "no-allow"}, ("deny", "SCP·RCP", "SCP")),
    ({"scp": "no-allow", "resource_policy": "allow"}, ("deny", "SCP·RCP", "상한")),
    ({"scp": "allow"}, ("allow", "자격 증명 기반 정책", "자격 증명 기반 정책이 허용")),
    # Within one account a resource-based Allow is enough without an identity-based Allow.
    ({"resource_policy": "allow", "identity_policy": "none"},
     ("allow", "리소스 기반 정책", "역할 신뢰 정책과 KMS 키 정책")),
    ({"boundary": "no-allow"}, ("deny", "권한 경계", "최대 권한")),
    ({"boundary": "allow"}, ("allow", "자격 증명 기반 정책", "자격 증명 기반 정책이 허용")),
    ({"session_policy": "no-allow"}, ("deny", "세션 정책", "세션 정책이 이 작업을 허용하지 않습니다")),
    ({"session_policy": "allow", "boundary": "allow"}, ("allow", "자격 증명 기반 정책", "자격 증명 기반 정책이 허용")),
    # Principal type decides: a grant to the user or the role session is not limited by the boundary
    # or session policy; a grant to the role's ARN is.
    ({"resource_policy": "allow", "boundary": "no-allow"}, ("allow", "리소스 기반 정책", "주체 유형에 따라")),
    ({"resource_policy": "allow", "boundary": "no-allow", "resource_principal": "role"},
     ("deny", "권한 경계", "주체 유형에 따라")),
    ({"resource_policy": "allow", "session_policy": "no-allow"}, ("allow", "리소스 기반 정책", "주체 유형에 따라")),
    ({"resource_policy": "allow", "session_policy": "no-allow", "resource_principal": "role",
      "identity_policy": "none"},
     ("deny", "세션 정책", "주체 유형에 따라")),
    ({"resource_policy": "allow", "identity_policy": "none", "boundary": "allow", "session_policy": "allow",
      "resource_principal": "role"}, ("allow", "리소스 기반 정책", "리소스 기반 정책이 요청을 허용")),
    # GetFederationToken: a grant to the ARN of the IAM user who federated joins the user's permissions
    # before the session exists, so the session policy and the boundary still limit it, and a session
    # without a session policy has none of it; a grant to the federated user session itself does not.
    ({"resource_policy": "allow", "session_policy": "no-allow", "resource_principal": "federating-user"},
     ("deny", "세션 정책", "GetFederationToken을 부른 IAM 사용자의 ARN")),
    ({"resource_policy": "allow", "session_policy": "allow", "boundary": "no-allow",
      "resource_principal": "federating-user"}, ("deny", "권한 경계", "권한 경계에 묶입니다")),
    ({"resource_policy": "allow", "resource_principal": "federating-user"},
     ("deny", "세션 정책", "세션 정책을 넘기지 않으면")),
    ({"resource_policy": "allow", "session_policy": "allow", "identity_policy": "none",
      "resource_principal": "federating-user"}, ("allow", "리소스 기반 정책", "페더레이션 사용자 세션의 ARN")),
    ({"resource_policy": "allow", "session_policy": "no-allow", "identity_policy": "none"},
     ("allow", "리소스 기반 정책", "페더레이션 사용자 세션의 ARN")),
]


@pytest.mark.parametrize(("changes", "expected"), IAM_CASES, ids=[str(case[0]) for case in IAM_CASES])
def test_iam_evaluation_cases(tabs: Tabs, changes: dict[str, str], expected: tuple[str, str, str]) -> None:
    form = tool(tabs, IAM, "iam-eval")
    set_fields(form, **{**IAM_DEFAULTS, **changes})
    decision, step, words = expected
    result = form.locator('output[name="decision"]')
    assert result.get_attribute("data-decision") == decision
    assert result.text_content().startswith(("허용" if decision == "allow" else "거부") + " — 결정한 단계: ")
    assert result.text_content().endswith(step)
    assert words in form.locator("[data-why]").inner_text()
    assert form.locator("[data-steps] [aria-current=step]").inner_text().startswith(step)


# --- Every tool: keyboard, names, links --------------------------------------------------------

TOOL_PAGES = [(DDB, "ddb-capacity"), (SQS, "sqs-lambda-timeouts"), (IAM, "iam-eval")]


def test_tools_work_from_the_keyboard_alone(tabs: Tabs) -> None:
    page = tabs.open(DDB)
    form = tool(tabs, DDB, "ddb-capacity")
    page.locator("#ddb-capacity-title").evaluate("e => { e.tabIndex = -1; e.focus() }")  # start above the form
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.name") == "item_kb"
    page.keyboard.press("Control+A")
    page.keyboard.type("4.1")
    page.keyboard.press("Tab")
    page.keyboard.press("Control+A")
    page.keyboard.type("2")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.name") == "read_mode"
    page.keyboard.press("ArrowUp")  # strong → eventual
    assert (output(form, "rcu"), output(form, "wcu")) == ("2", "50")

    page = tabs.open(IAM)
    form = tool(tabs, IAM, "iam-eval")
    page.locator("#iam-tool-title").evaluate("e => { e.tabIndex = -1; e.focus() }")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.name") == "explicit_deny"
    page.keyboard.press("ArrowDown")
    assert form.locator('output[name="decision"]').get_attribute("data-decision") == "deny"


@pytest.mark.parametrize(("path", "name"), TOOL_PAGES)
def test_tools_have_accessible_names_and_live_outputs(tabs: Tabs, path: str, name: str) -> None:
    form = tool(tabs, path, name)
    problems = form.evaluate("""f => {
        const found = []
        for (const field of f.querySelectorAll('input, select, output')) {
            const named = field.labels && field.labels.length && field.labels[0].textContent.trim()
            if (!named) found.push('no label: ' + (field.name || field.outerHTML.slice(0, 60)))
            if (field.tagName === 'OUTPUT' && field.getAttribute('aria-live') !== 'polite')
                found.push('not live: ' + field.name)
        }
        for (const set of f.querySelectorAll('fieldset'))
            if (!set.querySelector(':scope > legend')) found.push('fieldset without legend')
        if (!f.getAttribute('aria-labelledby') || !document.getElementById(f.getAttribute('aria-labelledby')))
            found.push('form without a name')
        for (const list of f.querySelectorAll('[data-why], [data-steps]'))
            if (!document.getElementById(list.getAttribute('aria-labelledby'))) found.push('unnamed list')
        return found
    }""")
    assert problems == []


@pytest.mark.parametrize(("path", "name"), TOOL_PAGES)
def test_links_in_tool_explanations_lead_somewhere(tabs: Tabs, base_url: str, path: str, name: str) -> None:
    form = tool(tabs, path, name)
    if name == "sqs-lambda-timeouts":
        set_fields(form, lambda_timeout="1000")  # shows the link to the Lambda page
    hrefs = form.evaluate("f => [...f.querySelectorAll('a')].map(a => a.href)")
    assert hrefs
    for href in hrefs:
        target, _, anchor = href.partition("#")
        html = tabs.visit.context.request.get(target).text()
        assert f'id="{anchor}"' in html, href


def test_tool_starts_after_instant_navigation(tabs: Tabs) -> None:
    page = tabs.open("")
    page.click("article a[href$='database/dynamodb/capacity/#capacity-calculator']")
    page.wait_for_url("**/database/dynamodb/capacity/#capacity-calculator")
    form = page.locator('form[data-tool="ddb-capacity"]')
    form.wait_for(state="visible")
    set_fields(form, item_kb="4", reads="1", read_mode="eventual")
    assert (output(form, "rcu"), output(form, "rcu_exact")) == ("1", "0.5")
    page.go_back()
    page.wait_for_url(re.compile(r".*/$"))


def test_pages_without_a_tool_load_no_tool_script(tabs: Tabs) -> None:
    before = len(tabs.visit.local)
    tabs.open("compute/load-balancing/")
    assert not [url for url in tabs.visit.local[before:] if "/javascripts/tools/" in url]


# --- Inputs kept in the address: a reload, the back button, a link sent to a teammate -----------

PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2, "is_mobile": True, "has_touch": True}


def test_tool_inputs_live_in_the_address_and_survive_a_reload(browser: object, base_url: str) -> None:
    session = Visit(browser, base_url)
    try:
        page = session.open(DDB)
        form = page.locator('form[data-tool="ddb-capacity"]')
        set_fields(form, item_kb="6KB", read_mode="eventual")
        query = parse_qs(urlsplit(page.url).query)
        assert (query["item_kb"], query["read_mode"], query["reads"]) == (["6KB"], ["eventual"], ["10"])
        page.reload(wait_until="load")
        form.wait_for(state="visible")
        assert form.locator('[name="item_kb"]').input_value() == "6KB"
        assert form.locator('[name="read_mode"]').input_value() == "eventual"
        assert (output(form, "rcu"), output(form, "wcu")) == ("10", "60")
        form.evaluate("f => f.reset()")  # the page's own defaults again: the address forgets them
        page.wait_for_function("!location.search")
    finally:
        session.close()


def test_back_after_instant_navigation_shows_what_was_typed(browser: object, base_url: str) -> None:
    # Coming back used to show the default item size beside the read mode the reader had picked.
    session = Visit(browser, base_url)
    try:
        page = session.open(DDB)
        form = page.locator('form[data-tool="ddb-capacity"]')
        set_fields(form, item_kb="6", read_mode="eventual")
        page.locator("article a[href*='/database/dynamodb/#']").first.click()  # instant navigation
        page.wait_for_function("!location.pathname.endsWith('/capacity/')")
        page.go_back()
        form = page.locator('form[data-tool="ddb-capacity"][data-ready]')
        form.wait_for(state="visible")
        assert form.locator('[name="item_kb"]').input_value() == "6"
        assert form.locator('[name="read_mode"]').input_value() == "eventual"
        assert output(form, "rcu") == "10"
    finally:
        session.close()


def test_a_copied_link_opens_the_same_calculation_at_the_tool(browser: object, base_url: str) -> None:
    session = Visit(browser, base_url)
    teammate = Visit(browser, base_url)  # another browser profile: nothing shared but the link
    try:
        session.context.grant_permissions(["clipboard-read", "clipboard-write"])
        page = session.open(SQS)
        form = page.locator('form[data-tool="sqs-lambda-timeouts"]')
        set_fields(form, visibility_timeout="2분", lambda_timeout="30")
        form.get_by_role("button", name="이 판정 링크 복사").click()
        status = form.locator(".tool__share-status[role=status]")
        status.filter(has_text="링크를 복사했습니다").wait_for()
        link = page.evaluate("navigator.clipboard.readText()")
        assert urlsplit(link).fragment == "timeout-checker"

        opened = teammate.page
        opened.goto(link, wait_until="load")
        form = opened.locator('form[data-tool="sqs-lambda-timeouts"]')
        form.wait_for(state="visible")
        assert form.locator('[name="visibility_timeout"]').input_value() == "2분"
        assert form.locator('output[name="verdict"]').get_attribute("data-level") == "warn"
        heading = opened.locator("#timeout-checker").bounding_box()
        assert 0 <= heading["y"] < opened.viewport_size["height"] / 2, "the link lands on the tool"
    finally:
        teammate.close()
        session.close()


# Each output the summary line repeats, as its label and the start of its text.
SUMMARISED = """form => [...form.querySelectorAll("output[data-summary]")]
  .map(o => ((o.dataset.summary ? o.dataset.summary + " " : "") + o.textContent.trim()).slice(0, 14))"""
IN_VIEW = "e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight }"


@pytest.mark.parametrize(("path", "name"), TOOL_PAGES)
def test_on_a_phone_the_result_is_in_view_beside_every_field(browser: object, base_url: str, path: str,
                                                            name: str) -> None:
    # The results start about 700 px below the first field: a change has to show where the reader is.
    session = Visit(browser, base_url, **PHONE)
    try:
        page = session.open(path)
        form = page.locator(f'form[data-tool="{name}"]')
        form.wait_for(state="visible")
        fields = form.locator("input[type=text], select")
        assert fields.count() >= 2
        for index in range(fields.count()):
            field = fields.nth(index)
            field.evaluate("f => f.scrollIntoView({block: 'center'})")
            if field.evaluate("f => f.tagName") == "SELECT":
                field.select_option(index=field.evaluate("f => f.options.length - 1 - f.selectedIndex"))
            else:
                field.fill("7")
            summary = form.locator(".tool__summary")
            assert summary.evaluate(IN_VIEW) and field.evaluate(IN_VIEW), field.get_attribute("name")
            text = summary.text_content()
            assert all(part in text for part in form.evaluate(SUMMARISED)), (text, form.evaluate(SUMMARISED))
        # the summary is for the eyes: screen readers hear the outputs themselves
        assert form.locator(".tool__summary").get_attribute("aria-hidden") == "true"
    finally:
        session.close()


@pytest.mark.parametrize(("path", "name"), TOOL_PAGES)
def test_on_a_phone_every_field_stays_inside_its_tool(browser: object, base_url: str, path: str, name: str) -> None:
    # A long option ("요청한 IAM 사용자 또는 역할 세션의 ARN") once pushed its fieldset past the tool's box.
    session = Visit(browser, base_url, **PHONE)
    try:
        form = session.open(path).locator(f'form[data-tool="{name}"]')
        form.wait_for(state="visible")
        outside = form.evaluate("""form => {
            const box = form.getBoundingClientRect()
            return [...form.querySelectorAll("fieldset, input, select, output, button")]
              .filter(e => { const r = e.getBoundingClientRect()
                             return r.left < box.left || r.right > box.right + 0.5 })
              .map(e => e.name || e.tagName)
        }""")
        assert outside == []
    finally:
        session.close()


# --- Practice mode -----------------------------------------------------------------------------

def practice_page(tabs: Tabs) -> object:
    page = tabs.open(PRACTICE)
    page.evaluate("localStorage.clear()")
    page.reload(wait_until="load")
    page.locator(".practice-controls[data-started]").wait_for(state="visible")
    return page


def visible_items(page: object) -> list[str]:
    return page.eval_on_selector_all(".practice-item:not([hidden])", "els => els.map(e => e.dataset.id)")


def question_count(page: object) -> int:
    return int(page.locator(".practice-controls").get_attribute("data-count"))


def all_items(page: object) -> list[str]:
    """Every question's id in list order, once the questions are fetched (the list view fetches them)."""
    page.locator("#practice-one").uncheck()
    page.wait_for_function("n => document.querySelectorAll('.practice-item').length === n", arg=question_count(page))
    ids = page.eval_on_selector_all(".practice-item", "els => els.map(e => e.dataset.id)")
    page.locator("#practice-one").check()
    return ids


def test_practice_fetches_the_questions_only_when_asked(tabs: Tabs) -> None:
    before = len(tabs.visit.local)
    page = practice_page(tabs)
    page.wait_for_timeout(300)
    assert not [url for url in tabs.visit.local[before:] if "questions.json" in url]
    assert page.locator(".practice-item").count() == 1  # the first question, written into the page
    page.get_by_role("button", name="다음 문제").click()
    page.wait_for_function("n => document.querySelectorAll('.practice-item').length === n", arg=question_count(page))
    assert [url for url in tabs.visit.local[before:] if "/practice/questions.json?v=" in url]


def test_practice_one_question_at_a_time(tabs: Tabs) -> None:
    page = practice_page(tabs)
    total = question_count(page)
    first = visible_items(page)
    assert len(first) == 1
    assert page.locator(".practice-status").text_content().startswith(f"{total}문제 중 1번째")
    item = page.locator(".practice-item:not([hidden])")
    assert not item.locator("details").evaluate("d => d.open")  # the answer waits to be revealed
    item.locator("summary").press("Enter")
    assert item.locator("details").evaluate("d => d.open")
    page.get_by_role("button", name="다음 문제").click()
    page.wait_for_function("id => { const v = document.querySelector('.practice-item:not([hidden])');"
                           " return v && v.dataset.id !== id }", arg=first[0])
    second = page.locator(".practice-item:not([hidden])")
    assert second.locator("details p").first.text_content().strip()  # fetched questions carry their answers
    assert page.evaluate("document.activeElement.tagName") == "SUMMARY"  # focus follows the question
    assert page.locator(".practice-status").text_content().startswith(f"{total}문제 중 2번째")


def test_practice_filters_by_day_area_and_domain(tabs: Tabs) -> None:
    page = practice_page(tabs)
    everything = len(all_items(page))
    page.locator("#practice-one").uncheck()
    page.get_by_label("일차", exact=True).select_option("2일차")
    day_two = visible_items(page)
    assert 0 < len(day_two) < everything
    days = page.eval_on_selector_all(".practice-item:not([hidden])", "els => els.map(e => e.dataset.day)")
    assert set(days) == {"2일차"}
    page.get_by_label("영역", exact=True).select_option("메시징")
    messaging = page.eval_on_selector_all(".practice-item:not([hidden]) .practice-meta a",
                                          "els => els.map(e => e.href)")
    assert messaging and all("/messaging/" in href for href in messaging)
    page.get_by_label("일차", exact=True).select_option("1일차")
    assert visible_items(page) == []
    assert "맞는 문제가 없습니다" in page.locator(".practice-status").text_content()
    page.get_by_label("일차", exact=True).select_option("")
    page.get_by_label("영역", exact=True).select_option("")
    page.get_by_label("시험 도메인").select_option("3")  # deployment: the pages whose sections teach it
    deployment = page.eval_on_selector_all(".practice-item:not([hidden])", "els => els.map(e => e.dataset.domains)")
    assert 0 < len(deployment) < everything
    assert all("3" in domains.split() for domains in deployment)
    pages = page.eval_on_selector_all(".practice-item:not([hidden]) .practice-meta a", "els => els.map(e => e.href)")
    assert any("/serverless/lambda/" in href for href in pages)
    assert not any("/basics/cloud-computing/" in href for href in pages)


def test_practice_shuffle_keeps_the_same_questions(tabs: Tabs) -> None:
    page = practice_page(tabs)
    in_order = all_items(page)
    page.get_by_role("button", name="순서 섞기").click()
    shuffled = page.eval_on_selector_all(".practice-item", "els => els.map(e => e.dataset.id)")
    assert sorted(shuffled) == sorted(in_order) and shuffled != in_order
    page.get_by_role("button", name="페이지 순서로").click()
    assert page.eval_on_selector_all(".practice-item", "els => els.map(e => e.dataset.id)") == in_order


def test_practice_remembers_right_answers_until_reset(tabs: Tabs) -> None:
    page = practice_page(tabs)
    assert page.get_by_role("button", name="맞힌 기록 지우기").is_disabled()
    current = visible_items(page)[0]
    mark = page.locator(".practice-item:not([hidden]) .practice-mark")
    mark.click()
    assert mark.get_attribute("aria-pressed") == "true"
    page.reload(wait_until="load")
    page.locator(".practice-controls[data-started]").wait_for(state="visible")
    assert page.locator(f'.practice-item[data-id="{current}"] .practice-mark').get_attribute("aria-pressed") == "true"
    assert "맞힌 문제 1개" in page.locator(".practice-status").text_content()
    page.get_by_label("맞힌 문제 빼기").check()
    page.wait_for_function("id => !document.querySelector('.practice-item:not([hidden])') ||"
                           " document.querySelector('.practice-item:not([hidden])').dataset.id !== id", arg=current)
    assert current not in visible_items(page)
    reset = page.get_by_role("button", name="맞힌 기록 지우기")
    asked: list[str] = []
    page.once("dialog", lambda dialog: (asked.append(dialog.message), dialog.dismiss()))
    reset.click()  # the reader changes their mind: nothing is lost
    assert asked == ["맞힌 문제 1개의 기록을 지울까요? 지운 기록은 되돌릴 수 없습니다."]
    assert "맞힌 문제 1개" in page.locator(".practice-status").text_content()
    page.once("dialog", lambda dialog: dialog.accept())
    reset.click()
    assert "맞힌 문제 0개" in page.locator(".practice-status").text_content()
    assert reset.is_disabled()  # nothing left to clear
    page.reload(wait_until="load")
    assert page.evaluate("localStorage.getItem('aws-note:practice:right')") == "[]"


def test_practice_table_of_contents_leads_to_visible_sections(browser: object, base_url: str) -> None:
    # The day sections list the pages with questions; with the script running they stay in view,
    # so the table of contents never points at a hidden heading.
    session = Visit(browser, base_url)
    try:
        page = session.open(PRACTICE, wait_until="load")
        page.locator(".practice-controls[data-started]").wait_for()
        targets = page.eval_on_selector_all(".md-sidebar--secondary a[href*='#']",
                                            "links => links.map(a => a.hash.slice(1))")
        assert {"day-1", "day-2", "exam-prep"} <= set(targets)
        hidden = page.evaluate("ids => ids.filter(id => { const h = document.getElementById(decodeURIComponent(id));"
                               " return !h || !h.getClientRects().length })", targets)
        assert hidden == []
        page.locator(".md-sidebar--secondary a[href$='#day-2']").click()
        page.wait_for_function("location.hash === '#day-2'")
        assert page.locator("#day-2").is_visible()
    finally:
        session.close()


def test_practice_page_does_not_move_when_the_script_takes_over(browser: object, base_url: str) -> None:
    # On a phone-sized screen and a CPU slowed as Lighthouse slows it, the page is drawn before
    # practice.js runs; what it draws must already be the script's first view.
    session = Visit(browser, base_url, viewport={"width": 412, "height": 823}, is_mobile=True)
    try:
        record_shifts_on_a_slowed_cpu(session)
        page = session.open(PRACTICE, wait_until="load")
        page.locator(".practice-controls[data-started]").wait_for(state="visible")
        page.wait_for_timeout(500)
        assert page.evaluate("window.__shifts") == []
        assert len(visible_items(page)) == 1
    finally:
        session.close()


def test_practice_page_shows_the_first_view_before_the_script_runs(browser: object, base_url: str) -> None:
    # What a reader sees while practice.js is still on its way: the controls and the first question.
    session = Visit(browser, base_url)
    try:
        session.context.route("**/tools/practice.js", lambda route: route.abort())
        page = session.open(PRACTICE, wait_until="load")
        assert page.locator(".practice-controls").is_visible()
        assert page.locator(".practice-item:visible").count() == 1
        assert page.locator(".practice-item").first.is_visible()
    finally:
        session.close()


def test_practice_page_leads_to_every_question_without_javascript(browser: object, base_url: str,
                                                                  site: BuiltSite) -> None:
    session = Visit(browser, base_url, java_script_enabled=False)
    try:
        page = session.page
        page.goto(base_url + PRACTICE, wait_until="load")
        assert not page.locator(".practice-controls").is_visible()
        assert not page.locator(".practice-item").first.is_visible()
        links = page.locator("article li a[href$='#self-check']")
        count = int(re.search(r'data-count="(\d+)"', site.page(PRACTICE)).group(1))
        listed = sum(int(n) for n in re.findall(r"(\d+)문제", " ".join(links.locator("..").all_inner_texts())))
        assert listed == count  # the lists by day account for every question
        links.first.click()
        page.wait_for_url(re.compile(r".*#self-check$"))
        questions = page.locator("details.question")
        questions.first.locator("summary").click()
        assert questions.first.locator("p").first.is_visible()
        for path, name in TOOL_PAGES:  # tools stay out of the way; the page's text teaches the rule
            page.goto(base_url + path, wait_until="load")
            assert not page.locator(f'form[data-tool="{name}"]').is_visible()
    finally:
        session.close()
