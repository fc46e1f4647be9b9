"""Article files: one Markdown file per article with YAML front matter, in page folders.

An issue folder holds page folders (一版…十二版, 01, 1, A1, 第3版, 01-要闻), each holding
article files in name order (01-…, 02-…); loose files directly in the folder are placed by
their `page:` field; a single article file is an issue of one article. Front matter gives
the title, subtitle, authors (byline), date, page, page theme (the page's name), `image`
(a photo item whose text is captions) and column. A jump kept inside one file is split into
one item per page; `open_issue` then links the parts into a story.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Literal

from ...addresses import local_image, web_link
from ...errors import IssueError, display_path, importer_failed
from ...jumps import cross_refs
from ...model import Issue, Item, Page, SourceRef, number_items
from ...printed_bylines import printed_byline
from ...textclean import page_number
from ...textio import read_text
from .body import body_lines
from .frontmatter import FrontMatter, parse_date, split_front_matter
from .layout import ArticleFile, FolderNote, folder_page, issue_article_files, looks_like_articles
from .parts import Part, article_blocks, byline_line, caption_blocks, dateline, looks_cut, split_parts

NAME = "articles-md"


@dataclass
class _Article:
    """One parsed article file before its parts are placed on pages."""

    file: ArticleFile
    meta: FrontMatter
    page: int | None  # None: neither a page folder nor a `page:` field says
    parts: list[Part]


@dataclass
class _Placed:
    """Items bound for one page: the page's own articles, and parts continued from other pages."""

    own: list[Item] = field(default_factory=list)
    continued: list[tuple[int, int, Item]] = field(default_factory=list)  # (from page, file order, item)
    themes: list[str] = field(default_factory=list)
    label: str | None = None
    source: str | None = None


def sniff(path: Path) -> bool:
    """A Markdown file opening with YAML front matter, or a folder (or its page folders) holding such files."""
    return looks_like_articles(Path(path))


def load(path: Path, page: int | None = None) -> Issue:
    """The issue in an article file or an issue folder.

    `page` sets a single file's page, or the page of loose files that name none.
    """
    p = Path(path)
    issue = Issue(format=NAME, source=str(p))
    if p.is_file():
        article = _read_article(ArticleFile(p, page))
        article.page = article.page or 1
        articles = [article]
    elif p.is_dir():
        articles = _read_folder(p, issue, page)
    else:
        raise IssueError(p, "no such file or folder", "missing")
    _fill_issue(issue, articles, p)
    return issue


def _read_folder(folder: Path, issue: Issue, page: int | None) -> list[_Article]:
    notes: list[FolderNote] = []
    files = issue_article_files(folder, notes)
    for note in notes:
        issue.warn(note.code, note.message, params=note.params)
    if not files:
        raise IssueError(folder, "folder holds no article files (Markdown files with YAML front matter, "
                                 "directly or in page folders such as 一版, 01, A1)", "no-issue")
    fallback = page if page is not None else folder_page(folder.name)[0]  # pointed at a page folder
    articles: list[_Article] = []
    problems: list[IssueError] = []
    for f in files:
        try:
            article = _read_article(f)
        except Exception as exc:  # any failure is this file's: the others are read
            err = exc if isinstance(exc, IssueError) else importer_failed(f.path, exc)
            problems.append(err)
            issue.warn("bad-file", f"{display_path(err.path)}: {err.problem}; the file was skipped", f.page,
                       params={**err.params, "name": display_path(f.path.name), "problem": err.problem,
                               "code": err.code})
            continue
        if article.page is None:
            article.page = fallback or 1
            if fallback is None:
                issue.warn("page-unknown", f"{display_path(f.path)}: no page folder and no `page:` field; "
                           f"put on page {article.page}", article.page,
                           params={"name": display_path(f.path.name), "page": article.page})
        articles.append(article)
    if not articles:
        first = problems[0]
        raise IssueError(folder, f"no readable article file in the folder (first problem: {first})",
                         "no-readable-articles", {**first.params, "name": display_path(Path(first.path).name),
                                                  "problem": first.problem, "code": first.code})
    return articles


def _read_article(f: ArticleFile) -> _Article:
    """Parse one file (its page: the folder's, else the `page:` field's); IssueError names the file."""
    meta = split_front_matter(read_text(f.path), f.path)
    page = f.page if f.page is not None else page_number(meta.text("page") or "")
    return _Article(f, meta, page, split_parts(body_lines(meta.body, meta.body_line)))


def _fill_issue(issue: Issue, articles: list[_Article], path: Path) -> None:
    placed: dict[int, _Placed] = {}
    for a in articles:
        slot = placed.setdefault(a.page or 1, _Placed())
        if a.file.page is not None:  # a page folder: its name and path describe the page
            slot.label = slot.label or a.file.page_label
            slot.source = slot.source or str(a.file.path.parent)
        if theme := a.meta.text("theme"):
            slot.themes.append(theme)
    known_pages = sorted(placed)
    notes: list[tuple[str, str, Item, dict[str, str | int | None]]] = []
    for order, a in enumerate(articles):
        notes += _place_article(a, order, placed, known_pages)
    for number in sorted(placed):
        slot = placed[number]
        continued = [it for _src, _order, it in sorted(slot.continued, key=lambda c: (c[0], c[1]))]
        name = Counter(slot.themes).most_common(1)[0][0] if slot.themes else slot.label
        pg = Page(number, name, items=continued + slot.own, source=slot.source)
        number_items(pg)
        issue.pages.append(pg)
    for code, message, item, params in notes:  # after numbering, so that warnings name the item
        issue.warn(code, message, item.page, item.id, params=params)
    issue.paper = _most_common(a.meta.text("source") for a in articles)
    dates = [d for d in (a.meta.date("date") for a in articles) if d is not None]
    issue.date = Counter(dates).most_common(1)[0][0] if dates else _date_from_path(path)


def _place_article(a: _Article, order: int, placed: dict[int, _Placed],
                   known_pages: list[int]) -> list[tuple[str, str, Item, dict[str, str | int | None]]]:
    """Make one item of each part of an article, put it on its page; return warnings to give."""
    meta, path = a.meta, str(a.file.path)
    image = meta.image_path("image")
    kind: Literal["article", "photo"] = "photo" if meta.flag("image") or image else "article"
    title = meta.text("title")
    page = a.page or 1
    notes: list[tuple[str, str, Item, dict[str, str | int | None]]] = []
    prev: Item | None = None
    for part in a.parts:
        if prev is not None:
            page = prev.continues_to or page + 1
        blocks = (caption_blocks if kind == "photo" else article_blocks)(part.lines, path)
        first_line = part.lines[0].line if part.lines else meta.body_line
        item = Item(id="", kind=kind, page=page, title=title, blocks=blocks,
                    source=SourceRef(path, first_line))
        if prev is None:
            item.kicker = meta.text("kicker")
            item.subtitle = meta.text("subtitle")
            item.column = "；".join(meta.values("column")) or None
            item.byline = meta.names("author")       # the front matter's list is the byline
            item.image = local_image(image, path) if image else None
            item.link = web_link(meta.text("link") or meta.text("url"))
            if blocks and kind == "article":
                item.byline_text = printed_byline(blocks[0].text, item.byline) if item.byline \
                    else byline_line(blocks[0].text)
                item.dateline = dateline(blocks[0].text)
            item.continued_from = part.from_page
        else:
            item.continued_from = prev.page
        if part.jumps:
            item.continues_to = part.to_page or _next_page(page, known_pages)
            if part.to_page is None:
                notes.append(("jump-target-inferred",
                              f"「{title or path}」 goes on after （上接…） with no （下转…） marker; "
                              f"the rest was put on page {item.continues_to}, the next page", item,
                              {"title": title or path, "page": item.continues_to}))
        item.cross_refs = sorted({n for b in blocks for n in cross_refs(b.text)})
        if kind == "article" and not part.jumps and blocks and blocks[-1].kind == "paragraph" \
                and looks_cut(part.lines[-1]):
            item.complete = False
            notes.append(("truncated", f"「{title or path}」 stops mid-sentence: …{blocks[-1].text[-20:]}",
                          item, {"title": title or path, "tail": blocks[-1].text[-20:]}))
        slot = placed.setdefault(page, _Placed())
        if prev is None:
            slot.own.append(item)
        else:
            slot.continued.append((a.page or 1, order, item))
        prev = item
    return notes


def _next_page(page: int, known_pages: list[int]) -> int:
    """The next page of the issue after `page` (the page after it when the issue has none)."""
    return next((n for n in known_pages if n > page), page + 1)


def _most_common(values: Iterable[str | None]) -> str | None:
    found = [v for v in values if v]
    return Counter(found).most_common(1)[0][0] if found else None


def _date_from_path(path: Path) -> dt.date | None:
    """A date written in the issue folder's name or its parents' (20260713, 2026-07-13)."""
    for part in (path, path.parent):
        m = re.search(r"(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)", part.name)
        text = f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else part.name
        found = parse_date(text)
        if found is not None:
            return found
    return None
