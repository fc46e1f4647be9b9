"""A folder of e-paper article pages saved from a browser opens as one issue."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reader.core.errors import IssueError
from reader.core.formats.epaper import saved_pages
from reader.core.library.importer import Found, find_issues
from reader.core.loading import detect_format, open_issue

from .epaper_feeds import FIXTURES, table_html, weekly_html, write

pytestmark = pytest.mark.core

SAVED = FIXTURES / "saved"


def page(body: str, title: str = "") -> str:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


def test_folder_of_saved_pages_is_one_issue() -> None:
    assert detect_format(SAVED) == "epaper-html"
    issue = open_issue(SAVED)
    assert issue.format == "epaper-html"
    assert (issue.paper, str(issue.date)) == ("江城电讯", "2026-03-05")
    assert [(p.number, [it.title for it in p.items]) for p in issue.pages] == [
        (1, ["江边新添一座图书馆"]), (2, ["读书的乐趣"]), (3, ["老街的早市"])]


def test_page_from_the_file_name_the_article_line_or_the_page_folder() -> None:
    issue = open_issue(SAVED)
    table_page, stamped, in_folder = (p.items[0] for p in issue.pages)
    assert table_page.source is not None and table_page.source.file.endswith("Articel01001NR.htm")  # 01 in the name
    assert stamped.source is not None and stamped.source.file.endswith("content_202.html")  # 第 02 版 in the text
    assert in_folder.source is not None and "第3版" in in_folder.source.file
    assert issue.pages[1].name == "理论"  # from the page's <title> label


def test_saved_pages_read_as_feed_items_do() -> None:
    issue = open_issue(SAVED)
    table_page, stamped, in_folder = (p.items[0] for p in issue.pages)
    assert (table_page.subtitle, table_page.byline) == ("——市民家门口多了一个读书角", ["孙悦"])
    assert [b.text for b in table_page.blocks] == ["江边的旧仓库改成了图书馆。", "周末，这里坐满了读书的人。"]  # no menu, no footer
    assert stamped.byline == ["钟声"] and [b.kind for b in stamped.blocks] == ["paragraph", "heading", "paragraph"]
    assert in_folder.byline == ["周舟"] and "相关新闻" not in in_folder.body_text()


def test_one_saved_page(tmp_path: Path) -> None:
    path = write(tmp_path, page(weekly_html("单篇", "<p>正文。</p>", page=7)), "article.html")
    assert detect_format(path) == "epaper-html"
    issue = open_issue(path)
    assert [(p.number, p.items[0].title) for p in issue.pages] == [(7, "单篇")]


def test_xhtml_page_is_not_taken_for_a_feed(tmp_path: Path) -> None:
    path = write(tmp_path, "<?xml version='1.0' encoding='utf-8'?>\n" + page(weekly_html("XHTML", "<p>正文。</p>")), "a.xhtml")
    assert detect_format(path) == "epaper-html"


def test_page_unknown_is_said(tmp_path: Path) -> None:
    write(tmp_path, page("<h1>无版次</h1><div class='content'><p>正文。</p></div>"), "story.html")
    issue = open_issue(tmp_path)
    assert [w.code for w in issue.warnings] == ["page-unknown"]
    assert issue.pages[0].number == 1


def test_bad_file_is_skipped_with_a_warning(tmp_path: Path) -> None:
    shutil.copy(SAVED / "Articel01001NR.htm", tmp_path / "Articel01001NR.htm")
    (tmp_path / "Articel02001NR.htm").write_bytes(b"")
    issue = open_issue(tmp_path)
    bad = [w for w in issue.warnings if w.code == "bad-file"]
    assert len(bad) == 1 and "Articel02001NR.htm" in bad[0].message and "empty" in bad[0].message
    assert [p.number for p in issue.pages] == [1]


def test_folder_of_unreadable_pages(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_bytes(b"")
    with pytest.raises(IssueError, match="no readable article page"):
        saved_pages.load(tmp_path)


def test_a_folder_of_page_files_is_not_taken_for_saved_pages(tmp_path: Path) -> None:
    for n in (1, 2):
        write(tmp_path, f"## 第{n}版的标题\n\n正文。\n", f"0{n}.md")
    write(tmp_path, page("<p>说明</p>"), "index.html")
    assert detect_format(tmp_path) == "pages-md"


def test_library_import_finds_the_folder_as_one_issue(tmp_path: Path) -> None:
    shutil.copytree(SAVED, tmp_path / "2026-03-05")
    write(tmp_path, table_html("另一期的稿子", ["正文。"]), "loose.html")
    found = [f for f in find_issues([tmp_path]) if isinstance(f, Found)]
    assert sorted((f.path.name, f.format) for f in found) == [("2026-03-05", "epaper-html"), ("loose.html", "epaper-html")]
