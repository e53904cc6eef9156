"""Every page has a 오류 제보 link: a reader who finds an outdated fact reports it in two clicks.

The link sits under the title (in the line hooks/checked.py starts, or a line of its own) and
opens the repository's issue form, ``.github/ISSUE_TEMPLATE/fact-report.yml``, with the page
filled in: its published address and its title. ``assets/javascripts/report-link.js`` adds the
section the reader is in; without JavaScript the form still names the page. The repository's
address is ``repo_url`` from mkdocs.yml, which the Pages workflow sets to the repository it runs
in, so a fork's readers report to the fork. Material's edit link stays: it is for contributors.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING
from urllib.parse import urlencode

from _log import hook_logger
from checked import META_LINE
from mkdocs.plugins import event_priority

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.pages import Page

log = hook_logger("report")

TEMPLATE = "fact-report.yml"  # .github/ISSUE_TEMPLATE/<TEMPLATE>; its field ids are the query keys
LINK_TEXT = "오류 제보"
_TITLE_END = re.compile(r"</h1>")


def report_url(repo_url: str, page_url: str, title: str) -> str:
    """The new-issue address of the report form, with the page's address and title filled in."""
    query = urlencode({"template": TEMPLATE, "title": f"[오류 제보] {title}", "page": page_url})
    return f"{repo_url.rstrip('/')}/issues/new?{query}"


def with_report_link(page_html: str, url: str) -> str:
    """The page with the report link under its title, in the meta line if the page has one."""
    link = (f'<a class="page-report" href="{html.escape(url)}" '
            f'title="이 페이지의 틀렸거나 오래된 내용을 GitHub 이슈로 알립니다">{LINK_TEXT}</a>')
    start = page_html.find(META_LINE)
    if start >= 0:
        end = page_html.index("</div>", start)
        return page_html[:end] + link + page_html[end:]
    return _TITLE_END.sub(lambda match: match.group(0) + META_LINE + link + "</div>", page_html, count=1)


_repo_url: list[str] = []


def on_config(config: MkDocsConfig, **_: object) -> MkDocsConfig:
    _repo_url.clear()
    if config.repo_url:
        _repo_url.append(config.repo_url)
    else:
        log.warning("mkdocs.yml: repo_url is not set — the 오류 제보 link opens the repository's issue form, "
                    "so set repo_url: https://github.com/<owner>/<repo>")
    return config


@event_priority(-90)  # after hooks/checked.py has written the line under the title
def on_page_content(page_html: str, *, page: Page, **_: object) -> str:
    if not _repo_url or "</h1>" not in page_html:
        return page_html
    return with_report_link(page_html, report_url(_repo_url[0], page.canonical_url or page.abs_url or "",
                                                  page.title or ""))
