"""Export with citation (bookmarks and reading positions: tests/contract/test_marks.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Iterator

import pytest
from markdown_it import MarkdownIt

from reader.cli import main
from reader.core.library import citation, export_article, export_issue
from reader.core.library.export import escape_markdown
from reader.core.library.sqlite.importing import import_paths
from reader.core.library.sqlite.library import Library

from .fixtures.library.helpers import ARCHIVE, make_issue

pytestmark = pytest.mark.core

DAY1 = "清河日报:2024-01-01"
DAY2 = "清河日报:2024-01-02"


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = Library(tmp_path / "lib.sqlite3")
    import_paths(lib, [ARCHIVE])
    yield lib
    lib.close()


def test_citation_names_paper_date_and_pages() -> None:
    issue = make_issue("人民日报", dt.date(2026, 6, 12), {1: [("甲", ["一"])], 3: [("乙", ["二"])]})
    assert citation(issue, issue.pages[0].items + issue.pages[1].items) == "《人民日报》2026年6月12日 第1、3版"
    assert citation(issue) == "《人民日报》2026年6月12日"
    assert citation(make_issue(None, None, {2: [("甲", ["一"])]}), [make_issue(None, None, {2: [("甲", [])]})
                                                                      .pages[0].items[0]]) == "第2版"


def test_an_article_exports_with_its_whole_story_and_citation(library: Library) -> None:
    issue = library.load_issue(DAY1)
    text = export_article(issue, "p1-1", "text")
    assert text.startswith("清河新区今年将建成十座口袋公园\n")
    assert "出门五分钟" in text and "交由街道管理养护" in text and "（上接第1版）" in text
    assert text.rstrip().endswith("——《清河日报》2024年1月1日 第1、2版")
    md = export_article(issue, "p1-1", "markdown")
    assert md.startswith("# 清河新区今年将建成十座口袋公园\n") and "**市民家门口的“绿色客厅”越来越多**" in md


def test_markdown_export_keeps_markup_in_titles_as_text(library: Library) -> None:
    md = export_article(library.load_issue(DAY2), "p1-1", "markdown")
    html = MarkdownIt().render(md)
    assert "<b>" not in html and "&lt;b&gt;粗体&lt;/b&gt;" in html
    assert "DROP TABLE issue; --" in html
    assert MarkdownIt().render(escape_markdown("# 1. *不是* [链接](x) & <i>")).count("<") == 2  # <p></p>


def test_issue_export_goes_page_by_page(library: Library) -> None:
    text = export_issue(library.load_issue(DAY1), "text")
    assert text.startswith("《清河日报》2024年1月1日\n")
    assert text.index("【第1版 要闻】") < text.index("（转第2版）") < text.index("【第2版 城市】")
    assert "旧小区改造惠及三千户" in text


def test_export_from_the_command_line(library: Library, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    lib = str(library.path)
    assert main(["export", "--library", lib, "2024-01-01", "--item", "p2-2", "--text"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("旧小区改造惠及三千户") and out.rstrip().endswith("《清河日报》2024年1月1日 第2版")
    target = tmp_path / "issue.md"
    assert main(["export", "--library", lib, DAY1, "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8").startswith("# 《清河日报》2024年1月1日")
    assert main(["export", "--library", lib, "2024-01-01", "--item", "p9-9"]) == 2
    assert "no article 'p9-9'" in capsys.readouterr().err


def test_articles_read_are_kept_per_issue_and_survive_reimport(library: Library) -> None:
    assert library.read_items(DAY1) == set()
    library.mark_read(DAY1, ["p1-1", "p2-1"])
    library.mark_read(DAY1, ["p1-1"])                    # again: still once
    library.mark_read(DAY2, ["p1-2"])
    assert library.read_items(DAY1) == {"p1-1", "p2-1"} and library.read_items(DAY2) == {"p1-2"}
    import_paths(library, [ARCHIVE / "2024-01-01"])
    assert library.read_items(DAY1) == {"p1-1", "p2-1"}
    library.mark_read(DAY1, ["p2-1"], read=False)
    assert library.read_items(DAY1) == {"p1-1"}


def test_the_issues_before_and_after_are_the_same_papers(library: Library) -> None:
    from reader.core.library_access import LibraryAccess
    with LibraryAccess(str(library.path)) as access:
        after = access.adjacent_issue(DAY1, 1)
        assert after is not None and after.key == DAY2
        before = access.adjacent_issue(DAY2, -1)
        assert before is not None and before.key == DAY1
        last = access.adjacent_issue(DAY2, 1)
        assert last is not None and last.date == dt.date(2024, 1, 3)
        assert access.adjacent_issue(DAY1, -1) is None and access.adjacent_issue(last.key, 1) is None
        assert access.adjacent_issue("no-such:2024-01-01", 1) is None
