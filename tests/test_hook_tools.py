"""hooks/tools.py: a tool's script (after the runner) is added to its own page only, and a tool without a
script, or a tool page without the runner, is reported."""

from pathlib import Path

from hooksite import FixtureSite
from tools import source_line, tool_names

FORM = '<form data-tool="demo" class="tool" hidden>\n<label for="x">값</label>\n<input id="x" name="x">\n</form>\n'
RUNNER = "docs/assets/javascripts/tools/_runner.js"
FORMS = "docs/assets/javascripts/tools/_form.js"


def tool_site(tmp_path: Path, *, runner: bool = True, forms: bool = True) -> FixtureSite:
    site = FixtureSite(tmp_path)
    site.replace("docs/basics/other.md", "## 다른 섹션 {#other-section}\n", "## 다른 섹션 {#other-section}\n\n" + FORM)
    if runner:
        site.write(RUNNER, "/* runner */\n")
    if forms:
        site.write(FORMS, "/* forms */\n")
    return site


def test_tool_without_a_script_is_reported_at_its_line(tmp_path: Path) -> None:
    site = tool_site(tmp_path)
    assert site.build() == [
        'docs/basics/other.md:10: data-tool "demo" has no script docs/assets/javascripts/tools/demo.js '
        "— add the module or fix the tool name",
    ]


def test_tool_page_without_the_runner_is_reported_at_its_line(tmp_path: Path) -> None:
    site = tool_site(tmp_path, runner=False)
    site.write("docs/assets/javascripts/tools/demo.js", "/* demo */\n")
    assert site.build() == [
        'docs/basics/other.md:10: data-tool "demo" needs docs/assets/javascripts/tools/_runner.js, which starts '
        "the tools — restore the runner",
    ]


def test_form_tool_page_without_the_form_script_is_reported_at_its_line(tmp_path: Path) -> None:
    site = tool_site(tmp_path, forms=False)
    site.write("docs/assets/javascripts/tools/demo.js", "/* demo */\n")
    assert site.build() == [
        'docs/basics/other.md:10: form tool "demo" needs docs/assets/javascripts/tools/_form.js, which starts '
        "form tools — restore it",
    ]


def test_script_is_added_to_the_tool_page_only(tmp_path: Path) -> None:
    site = tool_site(tmp_path)
    site.write("docs/assets/javascripts/tools/demo.js", "/* demo */\n")
    assert site.build() == []
    tool_page = (site.root / "site" / "basics" / "other" / "index.html").read_text(encoding="utf-8")
    other_page = (site.root / "site" / "basics" / "topic" / "index.html").read_text(encoding="utf-8")
    assert tool_page.count('<script src="../../assets/javascripts/tools/demo.js" defer></script>') == 1
    runner_tag = '<script src="../../assets/javascripts/tools/_runner.js" defer></script>'
    assert tool_page.count(runner_tag) == 1
    assert tool_page.index(runner_tag) < tool_page.index("tools/demo.js")
    assert tool_page.count('<script src="../../assets/javascripts/tools/_form.js" defer></script>') == 1
    assert "javascripts/tools/" not in other_page


def test_a_tool_that_is_not_a_form_does_without_the_form_script(tmp_path: Path) -> None:
    site = tool_site(tmp_path, forms=False)
    site.replace("docs/basics/other.md", '<form data-tool="demo" class="tool" hidden>', '<div data-tool="demo">')
    site.replace("docs/basics/other.md", "</form>", "</div>")
    site.write("docs/assets/javascripts/tools/demo.js", "/* demo */\n")
    assert site.build() == []
    assert "tools/_form.js" not in (site.root / "site" / "basics" / "other" / "index.html").read_text(encoding="utf-8")


def test_tool_names_once_each_in_page_order() -> None:
    html = '<form data-tool="b"></form><form data-tool=\'a\'></form><div data-tool="b"></div>'
    assert tool_names(html) == ["b", "a"]
    assert source_line("# t\n\n<form data-tool=\"a\">\n", "a") == 3
    assert source_line("# t\n", "generated") == 1
