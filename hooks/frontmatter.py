"""Front matter parses, or the build says where it breaks.

MkDocs drops front matter whose YAML does not parse and renders it as page text: the page loses
its keys (its ``anchor_aliases``, its ``hide`` or ``search`` settings) and gains a heading made of
YAML, whose id `make anchors` would then lock in for good. This hook reports the YAML error with
its line, an unclosed block, and keys this site does not know (a typo such as ``anchor_alias:``
would otherwise be ignored without a word) or no longer reads (``topic:``: the page's folder
decides now, hooks/_areas.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from _log import hook_logger
from _markdown import front_matter

if TYPE_CHECKING:
    from mkdocs.structure.files import Files

log = hook_logger("frontmatter")


def on_files(files: Files, **_: object) -> Files:
    for file in files.documentation_pages():
        for line, message in front_matter(file.content_string)[1]:
            log.warning("docs/%s:%d: %s", file.src_uri, line, message)
    return files
