"""The site's areas: the folders of docs/ that hold topic pages, and the Korean name of each.

Where a page lives decides which rules it follows, not a front-matter key an author can forget:

- a page in an area folder (``docs/compute/ec2.md``, ``docs/storage/s3/index.md``) is a topic page:
  it gets every page rule (summary, self-check, references, an official source; hooks/skeleton.py),
  its self-check questions go to the practice page (hooks/practice.py, which shows the area's Korean
  name), and the tests hold it to the house style and trace it back to the notes;
- a page at the top of docs/ (home, glossary, comparisons, corrections, practice) is a hub page;
- a page in any other folder is reported by hooks/skeleton.py, so a new area cannot slip in
  without its rules.

Adding an area is one line here (folder: Korean name); CONTRIBUTING.md says what else a new area needs.
Not a hook: the hooks and the tests import it, so they agree on what a topic page is.
"""

from __future__ import annotations

AREAS: dict[str, str] = {
    "basics": "기초",
    "compute": "컴퓨팅",
    "security": "보안",
    "storage": "스토리지",
    "database": "데이터베이스",
    "serverless": "서버리스",
    "networking": "네트워킹",
    "messaging": "메시징",
    "deployment": "배포",
    "troubleshooting": "문제 해결과 최적화",
}


def top_folder(src_uri: str) -> str:
    """The first folder of a docs-relative page path ('storage/s3/index.md' → 'storage'); '' at the top."""
    folder, separator, _ = src_uri.partition("/")
    return folder if separator else ""


def is_hub_page(src_uri: str) -> bool:
    """A page at the top of docs/ (index.md, glossary.md, …)."""
    return top_folder(src_uri) == ""


def is_topic_page(src_uri: str) -> bool:
    """A page in an area folder: it follows every page rule."""
    return top_folder(src_uri) in AREAS


def area_name(src_uri: str) -> str:
    """The Korean name of the page's area ('' for a page outside the areas)."""
    return AREAS.get(top_folder(src_uri), "")
