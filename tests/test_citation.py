"""Citations of newspaper articles: GB/T 7714-2015, RIS, BibLaTeX and CSL-JSON, field by field."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.citation import biblatex, csl_json, gbt7714, ris
from reader.core.citation.keys import citation_key, unique_keys
from reader.core.citation.library_items import records_of_articles, records_of_bookmarks
from reader.core.citation.record import CitationRecord, citation_record, citation_records
from reader.core.citation.styles import STYLES, format_citations
from reader.core.library.sqlite.importing import import_paths
from reader.core.library.sqlite.library import Library
from reader.core.library.sqlite.search import LibrarySearch
from reader.core.model import Issue, Story

from .fixtures.library.helpers import ARCHIVE, SAMPLE, make_issue

pytestmark = pytest.mark.core

DAY = dt.date(2026, 6, 12)


def record(**changes: object) -> CitationRecord:
    """A full record, with some fields changed."""
    base = dict(authors=("李佩阳", "周欢"), title="乡村振兴的新路子", subtitle="来自三个村的调查", paper="人民日报",
                date=DAY, pages=(1,), section="要闻", item="p1-2")
    base.update(changes)
    return CitationRecord(**base)  # type: ignore[arg-type]


@pytest.fixture
def issue() -> Issue:
    """An issue with a story jumping from page 1 to 3, a repeated copy, a commentary and a photo."""
    made = make_issue(" 人民日报 ", DAY, {
        1: [("乡村振兴的新路子", ["开头"]), ("评论标题", ["评论正文"])],
        3: [("乡村振兴的新路子", ["接上"]), (None, ["图片说明"])],
        5: [("乡村振兴的新路子", ["开头"])]})
    head, comment = made.pages[0].items
    head.subtitle, head.byline, head.byline_text = "——来自三个村的调查", ["李佩阳", "周 欢", "李佩阳"], "本报记者 李佩阳 周 欢"
    comment.byline_text = "本报评论员"
    made.pages[1].items[1].kind = "photo"
    made.pages[1].items[1].byline = ["韩冬"]
    made.pages[0].name = "要闻"
    made.pages[2].items[0].duplicate_of = "p1-1"
    made.stories.append(Story("s1", ["p1-1", "p3-1"]))
    return made


# -- the record -------------------------------------------------------------------------------

def test_a_record_covers_the_whole_story_from_any_part_and_a_copy(issue: Issue) -> None:
    rec = citation_record(issue, "p3-1")
    assert rec == citation_record(issue, "p1-1") == citation_record(issue, "p5-1")
    assert rec.authors == ("李佩阳", "周 欢")  # names as the byline gives them, each once
    assert (rec.title, rec.subtitle, rec.paper, rec.date) == ("乡村振兴的新路子", "来自三个村的调查", "人民日报", DAY)
    assert (rec.pages, rec.section, rec.item) == ((1, 3), "要闻", "p1-1")
    with pytest.raises(KeyError):
        citation_record(issue, "p9-9")


def test_a_commentator_byline_is_the_author_and_nothing_is_invented(issue: Issue) -> None:
    assert citation_record(issue, "p1-2").authors == ("本报评论员",)
    photo = citation_record(issue, "p3-2")
    assert (photo.authors, photo.title, photo.subtitle, photo.section) == (("韩冬",), None, None, None)
    bare = citation_record(make_issue(None, None, {2: [("题", [])]}), "p2-1")
    assert (bare.authors, bare.paper, bare.date, bare.pages) == ((), None, None, (2,))


def test_a_list_cites_each_story_once_in_the_order_given(issue: Issue) -> None:
    records = citation_records(issue, ["p1-2", "p3-1", "p1-1", "p5-1", "nope"])
    assert [r.item for r in records] == ["p1-2", "p1-1"]


# -- GB/T 7714-2015 ---------------------------------------------------------------------------

def test_gbt7714_newspaper_form() -> None:
    assert gbt7714.reference(record()) == "李佩阳, 周欢. 乡村振兴的新路子: 来自三个村的调查[N]. 人民日报, 2026-06-12(1)."


@pytest.mark.parametrize("authors, shown", [
    (("甲",), "甲. "), (("甲", "乙", "丙"), "甲, 乙, 丙. "), (("甲", "乙", "丙", "丁"), "甲, 乙, 丙, 等. "),
    (("甲", "乙", "丙", "丁", "戊"), "甲, 乙, 丙, 等. "), ((), ""),
])
def test_gbt7714_gives_three_authors_then_deng(authors: tuple[str, ...], shown: str) -> None:
    assert gbt7714.reference(record(authors=authors)) == shown + "乡村振兴的新路子: 来自三个村的调查[N]. 人民日报, 2026-06-12(1)."


def test_gbt7714_leaves_out_what_is_unknown() -> None:
    assert gbt7714.reference(record(subtitle=None)) == "李佩阳, 周欢. 乡村振兴的新路子[N]. 人民日报, 2026-06-12(1)."
    assert gbt7714.reference(record(date=None)) == "李佩阳, 周欢. 乡村振兴的新路子: 来自三个村的调查[N]. 人民日报(1)."
    assert gbt7714.reference(record(paper=None, pages=())) == \
        "李佩阳, 周欢. 乡村振兴的新路子: 来自三个村的调查[N]. 2026-06-12."
    assert gbt7714.reference(record(pages=(1, 3))).endswith("人民日报, 2026-06-12(1, 3).")
    assert gbt7714.reference(record(title=None, subtitle=None, authors=("韩冬",))) == "韩冬. [N]. 人民日报, 2026-06-12(1)."


def test_gbt7714_numbers_a_list_and_not_a_single_reference() -> None:
    one = gbt7714.references([record()])
    assert one == gbt7714.reference(record()) + "\n"
    two = gbt7714.references([record(), record(item="p2-1", title="另一篇", subtitle=None)]).splitlines()
    assert two[0] == "[1] " + gbt7714.reference(record()) and two[1].startswith("[2] 李佩阳, 周欢. 另一篇[N].")


# -- RIS --------------------------------------------------------------------------------------

def ris_fields(text: str) -> list[list[tuple[str, str]]]:
    """The records of a RIS text as (tag, value) lists, checking every line's shape."""
    records: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    for line in text.split("\r\n")[:-1]:
        if not line:
            continue
        m = re.fullmatch(r"([A-Z][A-Z0-9])  - (.*)", line)
        assert m, repr(line)
        current.append((m.group(1), m.group(2)))
        if m.group(1) == "ER":
            records.append(current)
            current = []
    assert not current
    return records


def test_ris_record_field_by_field() -> None:
    [fields] = ris_fields(ris.records_text([record(pages=(1, 3))]))
    assert fields == [("TY", "NEWS"), ("AU", "李佩阳"), ("AU", "周欢"), ("TI", "乡村振兴的新路子: 来自三个村的调查"),
                      ("T2", "人民日报"), ("DA", "2026/06/12"), ("PY", "2026"), ("SP", "1, 3"), ("SE", "要闻"),
                      ("ER", "")]


def test_ris_lists_every_author_and_leaves_out_unknown_fields() -> None:
    many = ("甲", "乙", "丙", "丁", "戊")
    [fields] = ris_fields(ris.records_text([record(authors=many, date=None, section=None, subtitle=None)]))
    assert [v for t, v in fields if t == "AU"] == list(many)
    assert {t for t, _ in fields} == {"TY", "AU", "TI", "T2", "SP", "ER"}
    [bare] = ris_fields(ris.records_text([CitationRecord((), None, None, None, None, (), None, "p1-1")]))
    assert bare == [("TY", "NEWS"), ("ER", "")]
    assert len(ris_fields(ris.records_text([record(), record(item="p2-1")]))) == 2
    [odd] = ris_fields(ris.records_text([record(title="两行\n标题")]))
    assert ("TI", "两行 标题: 来自三个村的调查") in odd


# -- BibLaTeX ---------------------------------------------------------------------------------

def bib_entries(text: str) -> list[tuple[str, str, dict[str, str]]]:
    """(type, key, fields) of each entry, every field on its own line as `name = {value},`."""
    out = []
    for m in re.finditer(r"@(\w+)\{([^,\s]+),\n((?:  \S+ *= \{.*\},\n)*)\}\n", text):
        fields = dict(re.findall(r"  (\S+) *= \{(.*)\},\n", m.group(3)))
        out.append((m.group(1), m.group(2), fields))
    assert "".join(f"{m.group(0)}" for m in re.finditer(r"@\w+\{[^,\s]+,\n(?:  .*\n)*\}\n", text)) == \
        text.replace("}\n\n@", "}\n@")
    return out


def test_biblatex_article_field_by_field() -> None:
    [(kind, key, fields)] = bib_entries(biblatex.entries([record(pages=(1, 3))]))
    assert (kind, key) == ("article", "renminribao-2026-06-12-p1-2")
    assert fields == {"entrysubtype": "newspaper", "author": "李佩阳 and 周欢", "title": "乡村振兴的新路子",
                      "subtitle": "来自三个村的调查", "journaltitle": "人民日报", "date": "2026-06-12", "pages": "1, 3"}


def test_biblatex_escapes_text_and_leaves_out_unknown_fields() -> None:
    rec = record(title="R&D投入占比达2.5% {新高}", subtitle=None, authors=("Smith, John", "Anderson"),
                 paper="A_B #1 $ ~ ^ \\", date=None, pages=())
    [(_kind, _key, fields)] = bib_entries(biblatex.entries([rec]))
    assert fields["title"] == r"R\&D投入占比达2.5\% \{新高\}"
    assert fields["author"] == "{Smith, John} and Anderson"  # a comma would make biber read "last, first"
    assert fields["journaltitle"] == r"A\_B \#1 \$ \textasciitilde{} \textasciicircum{} \textbackslash{}"
    assert set(fields) == {"entrysubtype", "author", "title", "journaltitle"}


def test_keys_are_ascii_and_distinct_in_a_list() -> None:
    assert citation_key(record()) == "renminribao-2026-06-12-p1-2"
    assert citation_key(record(paper=None, date=None)) == "article-p1-2"
    assert citation_key(record(paper="China Daily")) == "chinadaily-2026-06-12-p1-2"
    keys = unique_keys([record(), record(), record(), record(item="p1-2-2")])
    assert len(set(keys)) == 4 and all(re.fullmatch(r"[a-z0-9-]+", k) for k in keys)


# -- CSL-JSON ---------------------------------------------------------------------------------

def test_csl_json_item_field_by_field() -> None:
    [item] = json.loads(csl_json.items_text([record(pages=(1, 3))]))
    assert item == {"id": "renminribao-2026-06-12-p1-2", "type": "article-newspaper",
                    "title": "乡村振兴的新路子: 来自三个村的调查", "container-title": "人民日报",
                    "author": [{"literal": "李佩阳"}, {"literal": "周欢"}],
                    "issued": {"date-parts": [[2026, 6, 12]]}, "page": "1, 3", "section": "要闻"}


def test_csl_json_is_always_an_array_and_leaves_out_unknown_fields() -> None:
    bare = CitationRecord((), None, None, None, None, (), None, "p1-1")
    assert json.loads(csl_json.items_text([bare])) == [{"id": "article-p1-1", "type": "article-newspaper"}]
    assert json.loads(csl_json.items_text([])) == []
    ids = [i["id"] for i in json.loads(csl_json.items_text([record(), record()]))]
    assert len(set(ids)) == 2


def test_every_style_is_reachable_by_name() -> None:
    assert set(STYLES) == {"gbt7714", "ris", "bibtex", "csl-json"}
    for style in STYLES:
        assert "人民日报" in format_citations([record()], style)


# -- from the library ---------------------------------------------------------------------------

@pytest.fixture
def library(tmp_path: Path) -> Library:
    lib = Library(tmp_path / "lib.sqlite3")
    import_paths(lib, [ARCHIVE, SAMPLE])
    lib.index_pending()
    return lib


def test_search_results_and_bookmarks_are_cited_each_story_once(library: Library) -> None:
    search = LibrarySearch(library)
    refs = library.articles(search.matching_ids("科创客厅"))
    records = records_of_articles(library, refs)
    assert len(refs) >= 2 and [r.item for r in records] == ["p1-2"]  # p1-2 and its part p4-1
    assert records[0].pages == (1, 4) and records[0].authors == ("苏明远", "吴佳宁")
    library.add_bookmark("江川日报:2026-03-02", "p4-1")
    library.add_bookmark("江川日报:2026-03-02", "p2-2")
    assert [r.item for r in records_of_bookmarks(library)] == ["p2-2", "p1-2"]
    assert records_of_bookmarks(library, paper="清河日报") == []
    library.close()


# -- reader cite ------------------------------------------------------------------------------

def test_cite_a_path_in_each_style(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cite", str(SAMPLE), "--item", "p3-1"]) == 0
    assert capsys.readouterr().out == \
        "林晓舟. 江川市出台二十条措施支持民营经济发展: 今年将新增专项信贷额度120亿元[N]. 江川日报, 2026-03-02(1, 3).\n"
    assert main(["cite", str(SAMPLE), "--item", "p1-2", "--item", "p2-2", "--style", "csl-json"]) == 0
    items = json.loads(capsys.readouterr().out)
    assert [i["title"] for i in items] == ["望湖新区：老厂房变身“科创客厅”", "小茶叶做成大产业: 青石县茶产业发展调查"]
    assert main(["cite", str(SAMPLE), "--item", "p1-2", "--style", "ris"]) == 0
    assert ris_fields(capsys.readouterr().out)[0][:3] == [("TY", "NEWS"), ("AU", "苏明远"), ("AU", "吴佳宁")]


def test_cite_from_the_library_by_date_and_its_bookmarks(library: Library, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("READER_LIBRARY", raising=False)
    lib = str(library.path)
    library.add_bookmark("清河日报:2024-01-02", "p1-1")
    library.close()
    assert main(["cite", "2026-03-02", "--library", lib, "--item", "p1-2", "--style", "bibtex"]) == 0
    [(_k, key, fields)] = bib_entries(capsys.readouterr().out)
    assert key == "jiangchuanribao-2026-03-02-p1-2" and fields["pages"] == "1, 4"
    out = tmp_path / "marks.ris"
    assert main(["cite", "--library", lib, "--bookmarks", "--style", "ris", "-o", str(out)]) == 0
    assert "wrote" in capsys.readouterr().out
    [fields] = ris_fields(out.read_bytes().decode("utf-8"))
    assert ("T2", "清河日报") in fields and ("DA", "2024/01/02") in fields
    monkeypatch.setenv("READER_LIBRARY", lib)
    assert main(["cite", "江川日报:2026-03-02", "--item", "p2-2"]) == 0
    assert capsys.readouterr().out.startswith("唐若溪. 小茶叶做成大产业")


@pytest.mark.parametrize("argv, message", [
    (["cite", str(SAMPLE)], "say which articles"),
    (["cite", "--item", "p1-1"], "give an issue PATH"),
    (["cite", str(SAMPLE), "--item", "p9-9"], "no article 'p9-9'"),
    (["cite", "/nowhere/at/all", "--item", "p1-1"], "no such file"),
    (["cite", str(SAMPLE), "--bookmarks"], "give no issue"),
    (["cite", "--bookmarks"], "needs a library"),
])
def test_cite_bad_input_says_why(argv: list[str], message: str, capsys: pytest.CaptureFixture[str],
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("READER_LIBRARY", raising=False)
    assert main(argv) == 2
    assert message in capsys.readouterr().err


def test_cite_a_missing_issue_in_the_library(library: Library, capsys: pytest.CaptureFixture[str]) -> None:
    library.close()
    assert main(["cite", "2030-01-01", "--library", str(library.path), "--item", "p1-1"]) == 2
    assert "no issue of 2030-01-01" in capsys.readouterr().err
    assert main(["cite", "--library", str(library.path), "--bookmarks"]) == 2
    assert "no bookmarks" in capsys.readouterr().err
