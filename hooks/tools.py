"""Study tools load their script on their own page only.

A page carries a tool as ``<form data-tool="NAME">`` (or, for the practice page, a generated
``<div data-tool="practice">``). This hook appends ``<script src="…/assets/javascripts/tools/NAME.js">``
to that page's content, so a page without a tool downloads nothing, and a tool's page downloads
its one small module. Material's ``extra_javascript`` would put every tool on every page.

Before the modules comes ``tools/_runner.js``, which starts them: a module only registers with it
(``window.awsNoteTools.push``), in whichever order the files run. A page with a form tool also gets
``tools/_form.js``, what form tools share (inputs kept in the address, the copy-link button, the
result summary, reading quantities); the practice page, which has no form tool, does without it.

The tags sit inside the page content on purpose: Material's instant navigation re-creates the
scripts of the new page's content, so a tool also starts when a reader arrives by a click (the
runner starts each tool element once). They are deferred, as every script of the site is
(overrides/main.html): the page is drawn before they run, and the runner starts the tools on
DOMContentLoaded, which comes after them. A ``data-tool`` name without its module, a tool page
without the runner or a form tool page without ``_form.js`` is a tool that silently never works, so
it is reported at the line that names it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from _log import hook_logger
from mkdocs.utils import get_relative_url

if TYPE_CHECKING:
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

log = hook_logger("tools")

FOLDER = "assets/javascripts/tools"
RUNNER = f"{FOLDER}/_runner.js"  # starts the modules
FORMS = f"{FOLDER}/_form.js"  # what form tools share; the runner starts them once it is there
_TOOL = re.compile(r"""\bdata-tool\s*=\s*["']([^"']*)["']""")
_FORM_TOOL = re.compile(r"""<form\b[^>]*\bdata-tool\s*=\s*["']([^"']*)["']""")


def tool_names(html_text: str) -> list[str]:
    """The tools a page's HTML carries, each once, in page order."""
    return list(dict.fromkeys(_TOOL.findall(html_text)))


def script_path(name: str) -> str:
    return f"{FOLDER}/{name}.js"


def source_line(source: str, name: str) -> int:
    """The line of the page source that names the tool (1 when the markup is generated)."""
    for number, line in enumerate(source.splitlines(), start=1):
        if any(found == name for found in _TOOL.findall(line)):
            return number
    return 1


def on_page_content(html_text: str, *, page: Page, files: Files, **_: object) -> str:
    names = tool_names(html_text)
    if not names:
        return html_text
    if files.get_file_from_path(RUNNER) is None:
        log.warning("docs/%s:%d: data-tool \"%s\" needs docs/%s, which starts the tools — restore the runner",
                    page.file.src_uri, source_line(page.file.content_string, names[0]), names[0], RUNNER)
    tags = [f'<script src="{get_relative_url(RUNNER, page.url)}" defer></script>']
    form_tools = _FORM_TOOL.findall(html_text)
    if form_tools:
        if files.get_file_from_path(FORMS) is None:
            log.warning("docs/%s:%d: form tool \"%s\" needs docs/%s, which starts form tools — restore it",
                        page.file.src_uri, source_line(page.file.content_string, form_tools[0]), form_tools[0], FORMS)
        tags.append(f'<script src="{get_relative_url(FORMS, page.url)}" defer></script>')
    for name in names:
        path = script_path(name)
        if files.get_file_from_path(path) is None:
            log.warning("docs/%s:%d: data-tool \"%s\" has no script docs/%s — add the module or fix the tool name",
                        page.file.src_uri, source_line(page.file.content_string, name), name, path)
            continue
        tags.append(f'<script src="{get_relative_url(path, page.url)}" defer></script>')
    return html_text + "".join(tags)
