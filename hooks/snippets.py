"""Every ``--8<--`` snippet a page includes exists.

pymdownx.snippets (``check_paths: true`` in mkdocs.yml) stops the build at the first missing file
with a Python traceback that names no page and no line. This hook reads the page's snippet lines
before Python-Markdown does, by the extension's own syntax (``--8<-- "path"`` on a line of its own,
or one path a line between two ``--8<--`` lines; a ``;`` in front escapes or comments one out), and
reports each missing file at its line. It then escapes that line in the Markdown handed on, so the
build goes on and reports everything else at once; the strict build fails on the warnings. A
missing file under ``auto_append`` would break every page the same way and is reported once.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from _log import hook_logger
from _markdown import front_matter_end

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.pages import Page

log = hook_logger("snippets")

EXTENSION = "pymdownx.snippets"
_INLINE = re.compile(r"""^[ \t]*(?P<escape>;*)-+8<-+[ \t]+(?P<quote>["'])(?P<path>.+?)(?P=quote)\r?$""")
_BLOCK = re.compile(r"^[ \t]*(?P<escape>;*)-+8<-+\r?$")
# A path may end in line ranges (':3:5', ':3,7:') or a section name (':name'); the file is before them.
_SELECTION = re.compile(r"(?:(?::-?\d*){1,2}(?:,-?\d*(?::-?\d*)?)*|:[a-z][-_0-9a-z]*)$", re.IGNORECASE)


@dataclass(frozen=True)
class Snippets:
    bases: tuple[Path, ...]  # the extension's base_path, absolute
    restricted: bool  # restrict_base_path: a file must lie under a base

    def exists(self, path: str) -> bool:
        file = _SELECTION.sub("", path.strip()) or path.strip()
        for base in self.bases:
            candidate = (base / file).resolve()
            if self.restricted and not candidate.is_relative_to(base.resolve()):
                continue
            if candidate.is_file():
                return True
        return False


def settings(config: MkDocsConfig) -> Snippets | None:
    """The extension's settings from mkdocs.yml; None when the site does not use it."""
    if EXTENSION not in config.markdown_extensions:
        return None
    options = config.mdx_configs.get(EXTENSION, {})
    bases = options.get("base_path", ["."])
    if isinstance(bases, (str, os.PathLike)):
        bases = [bases]
    return Snippets(tuple(Path(os.path.abspath(os.fspath(base))) for base in bases),
                    bool(options.get("restrict_base_path", True)))


def missing(lines: list[str], snippets: Snippets) -> list[tuple[int, str]]:
    """(index into ``lines``, path) of each included file that does not exist."""
    found: list[tuple[int, str]] = []
    in_block = False
    for index, line in enumerate(lines):
        block = _BLOCK.match(line)
        if block and not block.group("escape"):
            in_block = not in_block
            continue
        if in_block:
            path = line.strip()
            if path and not path.startswith(";") and not snippets.exists(path):
                found.append((index, path))
            continue
        inline = _INLINE.match(line)
        if inline and not inline.group("escape") and not snippets.exists(inline.group("path")):
            found.append((index, inline.group("path").strip()))
    return found


def escaped(markdown: str, snippets: Snippets) -> str:
    """The Markdown with each missing include escaped: shown as text, or left out inside a block."""
    lines = markdown.split("\n")
    for index, _path in missing(lines, snippets):
        line = lines[index]
        indent = len(line) - len(line.lstrip())
        lines[index] = f"{line[:indent]};{line[indent:]}"
    return "\n".join(lines)


def problems(source: str, snippets: Snippets) -> list[tuple[int, str]]:
    """(line, message) for each missing include of a page's source."""
    skip = front_matter_end(source)
    lines = source.splitlines()[skip:]
    return [(skip + index + 1, f"snippet '{path}' does not exist — create it or fix the path (it is relative to "
                               "the folder of mkdocs.yml, e.g. 'includes/name.md')")
            for index, path in missing(lines, snippets)]


_site: dict[str, Snippets | None] = {"snippets": None}


def on_config(config: MkDocsConfig, **_: object) -> MkDocsConfig:
    snippets = _site["snippets"] = settings(config)
    if snippets is None:
        return config
    options = config.mdx_configs.setdefault(EXTENSION, {})
    appended = list(options.get("auto_append") or [])
    for path in appended:
        if not snippets.exists(path):
            log.warning("mkdocs.yml: snippet '%s' under auto_append does not exist — restore the file or remove "
                        "it from auto_append", path)
    options["auto_append"] = [path for path in appended if snippets.exists(path)]
    return config


def on_page_markdown(markdown: str, *, page: Page, **_: object) -> str:
    snippets = _site["snippets"]
    if snippets is None:
        return markdown
    for line, message in problems(page.file.content_string, snippets):
        log.warning("docs/%s:%d: %s", page.file.src_uri, line, message)
    return escaped(markdown, snippets)
