"""An e-paper issue put together from its articles: pages, copies, printed parts, warnings.

Shared by the feed importer and the saved-pages importer. Each article becomes an item of its page
(or the page's editors, for a `本版责编` entry); finishing the issue marks an article repeated in
full on a later page as a copy of the first (`duplicate_of`), splits an item holding a jump inside
it into its printed parts, numbers the items and says what could not be read: `layout-unknown`
(no headline found), `no-text` (an empty body or the scraper's placeholder) and, once for the issue,
`mostly-no-text` when most items have no text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import Iterable

from ...jumps import cross_refs
from ...model import Block, Issue, Item, Page, SourceRef, number_items
from ...textclean import page_number
from .article import EpaperArticle
from .dedupe import find_copies
from .lines import dateline_of, editors_line, is_placeholder
from .parts import may_jump, split_item, strip_markers

_NOTICE_TITLE_RE = re.compile(
    r"^(?:(?:本版|本期|今日|今日本报)?导读|欢迎(?:赐稿|投稿|来稿)|(?:本版)?征稿(?:启事)?|稿约|投稿须知|更正(?:启事)?)$")
_PHOTO_TITLE_RE = re.compile(r"^(?:图片报道|图片新闻|新闻图片|摄影报道|图说[^\s]{0,10}|组图|图片|看图)$")
# The scraper's own additions to a title: `标题 (7476字)`, and `标题 —— 副题` for the subtitle.
_WORD_COUNT_TAIL_RE = re.compile(r"\s*[（(]\s*\d+\s*字\s*[)）]\s*$")
_TITLE_SUBTITLE_RE = re.compile(r"^(?P<title>.+?)\s+[—–]{2}\s*(?P<subtitle>.+)$")
_CROSS_REF_CHARS = "见"
_PAGE_NO = r"[A-Za-zＡ-Ｚａ-ｚ]?\s*[0-9０-９]{1,3}|[〇零一二两三四五六七八九十百]{1,4}"
# （全文见第十至十二版） （详见第三、四版）: several pages named at once
_CROSS_REF_SPAN_RE = re.compile(
    rf"[（(][^（）()]{{0,60}}见\s*第?\s*(?P<a>{_PAGE_NO})\s*(?:版\s*)?(?P<sep>至|到|—|－|-|~|～|、|和|及)"
    rf"\s*第?\s*(?P<b>{_PAGE_NO})\s*版\s*[）)]")


def feed_title(text: str) -> tuple[str, str | None]:
    """A title as a scraper wrote it, without its word count, and the subtitle it appended (—— 副题)."""
    text = _WORD_COUNT_TAIL_RE.sub("", text).strip()
    m = _TITLE_SUBTITLE_RE.match(text)
    if m:
        return m.group("title").strip(), m.group("subtitle").strip()
    return text, None


class IssueAssembler:
    """Collects an e-paper issue's articles page by page and finishes the issue."""

    def __init__(self, fmt: str, source: str) -> None:
        self.issue = Issue(format=fmt, source=source)
        self.pages: dict[int, Page] = {}
        self.dates: Counter[dt.date] = Counter()   # dates the articles print
        self.papers: Counter[str] = Counter()      # papers the articles' stamps name
        self._notes: list[tuple[str, str, Item, str | None, dict[str, str | int | None]]] = []
        self._no_text: list[Item] = []

    def page(self, number: int, name: str | None) -> Page:
        """The page with this number, made when first named."""
        page = self.pages.get(number)
        if page is None:
            page = self.pages[number] = Page(number=number, name=name, source=self.issue.source)
        elif page.name is None and name:
            page.name = name
        return page

    def add_editors(self, page: Page, names: Iterable[str]) -> None:
        """Names of a `本版责编` line: the page's editors."""
        for name in names:
            if name not in page.editors:
                page.editors.append(name)

    def add(self, page: Page, art: EpaperArticle, listed_title: str, source: SourceRef, where: str) -> Item | None:
        """One article as an item of its page; None when it is an editors entry (the page's editors)."""
        fallback, fallback_subtitle = feed_title(listed_title)
        editors = editors_line(art.title or fallback) if (art.title or fallback) else None
        if editors is not None:
            self.add_editors(page, editors)
            return None
        blocks = [Block(kind, text, source) for kind, text in art.blocks]  # type: ignore[arg-type]
        for block in list(blocks):  # an editors line printed inside an article is the page's
            names = editors_line(block.text) if "编" in block.text and len(block.text) <= 60 else None
            if names:
                self.add_editors(page, names)
                blocks.remove(block)
        item = Item(id="", page=page.number, kicker=art.kicker, title=art.title or fallback or None,
                    subtitle=art.subtitle if art.title else art.subtitle or fallback_subtitle,
                    byline=list(art.byline), byline_text=art.byline_text, blocks=blocks, source=source)
        body = "".join(b.text for b in blocks)
        if is_placeholder(body):
            self.note("no-text", f"「{item.display_title()}」 ({where}): the body is the scraper's placeholder "
                                  f"「{body.strip()}」, not the article", item, body,
                      {"title": item.display_title(), "why": "placeholder"})
            item.blocks = []
        elif not blocks and not art.images:
            self.note("no-text", f"「{item.display_title()}」 ({where}): the body is empty", item,
                      params={"title": item.display_title(), "why": "empty"})
        elif not art.headline_found:
            self.note("layout-unknown", f"「{item.display_title()}」 ({where}): no headline found in its "
                                         "HTML; the listed title is used", item,
                      params={"title": item.display_title()})
        if not item.blocks and not art.images:
            self._no_text.append(item)
        _read_dateline(item)
        item.kind = _kind(item, art.images)  # type: ignore[assignment]
        page.items.append(item)
        if art.date:
            self.dates[art.date] += 1
        if art.paper:
            self.papers[art.paper] += 1
        elif art.source:
            self.papers[art.source] += 1
        return item

    def note(self, code: str, message: str, item: Item, text: str | None = None,
             params: dict[str, str | int | None] | None = None) -> None:
        """A warning about an item, given when the issue is finished (so that it names the item's id);
        params: the values of its message, for a user interface to word it."""
        self._notes.append((code, message, item, text, dict(params or {})))

    def finish(self, fallback_dates: Iterable[dt.date | None] = (), paper: str | None = None) -> Issue:
        """The issue: copies marked, jumps inside items split, items numbered, warnings given.

        The date is the one most articles print, else the first of `fallback_dates` known.
        """
        issue = self.issue
        listed = [(n, list(self.pages[n].items)) for n in sorted(self.pages)]
        copies = find_copies([it for _, items in listed for it in items])
        copied = {id(copy) for copy, _ in copies}
        for page in self.pages.values():
            page.items = []
        continued: list[tuple[int, int, Item]] = []  # (page, order, part) of parts put on other pages
        inferred: list[Item] = []
        for number, items in listed:
            for order, item in enumerate(items):
                if id(item) in copied:
                    if may_jump(item):
                        strip_markers(item)
                    self.pages[number].items.append(item)
                    continue
                parts = split_item(item, number) if may_jump(item) else None
                if parts is None:
                    self.pages[number].items.append(item)
                    continue
                for part in parts:
                    if part.listed:
                        self.pages[number].items.append(part.item)
                    else:
                        continued.append((part.page, order, part.item))
                    if part.inferred:
                        inferred.append(part.item)
        for number, _order, piece in sorted(continued, key=lambda c: (c[0], c[1])):
            page = self.page(number, None)
            if piece.continued_from is not None:
                page.items.insert(sum(1 for it in page.items if it.continued_from is not None), piece)
            else:
                page.items.append(piece)
        issue.pages = [self.pages[n] for n in sorted(self.pages)]
        for page in issue.pages:
            number_items(page)
            for item in page.items:
                if any(_CROSS_REF_CHARS in b.text for b in item.blocks):
                    item.cross_refs = cross_refs_of(item)
        for copy, original in copies:
            copy.duplicate_of = original.id
        for code, message, item, text, params in self._notes:
            issue.warn(code, message, item.page, item.id, text, params)
        for item in inferred:
            issue.warn("jump-target-inferred", f"「{item.display_title()}」 goes on after （上接…） with no "
                                               f"（下转…） marker; that part was put on page {item.page}",
                       item.page, item.id, params={"title": item.display_title(), "page": item.page})
        total = sum(1 for it in issue.items() if it.kind != "notice")
        empty = sum(1 for it in self._no_text if it.kind != "notice")
        if total and empty * 2 > total:
            issue.warn("mostly-no-text", f"{empty} of {total} items have no text: the source holds titles only "
                                         "for most of this issue", params={"empty": empty, "total": total})
        issue.paper = self.papers.most_common(1)[0][0] if self.papers else paper
        if self.dates:
            issue.date = self.dates.most_common(1)[0][0]
        else:
            issue.date = next((d for d in fallback_dates if d is not None), None)
        return issue


def cross_refs_of(item: Item) -> list[int]:
    """Pages named by （相关报道见第二版） and （全文见第十至十二版） in the item's text, in order."""
    pages: list[int] = []
    for block in item.blocks:
        if _CROSS_REF_CHARS not in block.text:
            continue
        pages.extend(cross_refs(block.text))
        for m in _CROSS_REF_SPAN_RE.finditer(block.text):
            a, b = page_number(m.group("a")), page_number(m.group("b"))
            if a is None or b is None:
                continue
            if m.group("sep") in "、和及" or b < a or b - a > 50:
                pages.extend((a, b))
            else:
                pages.extend(range(a, b + 1))
    return list(dict.fromkeys(pages))


def _read_dateline(item: Item) -> None:
    first = next((b for b in item.blocks if b.kind == "paragraph"), None)
    if first is None:
        return
    dateline, names = dateline_of(first.text)
    item.dateline = dateline
    if not item.byline and names:
        item.byline = names


def _kind(item: Item, images: int) -> str:
    """notice for 导读 and calls for submissions; photo for picture items; else article."""
    title = re.sub(r"\s+", "", item.title or "")
    if _NOTICE_TITLE_RE.match(title):
        return "notice"
    only_captions = bool(item.blocks) and all(b.kind == "caption" for b in item.blocks)
    if images and (only_captions or not item.blocks or _PHOTO_TITLE_RE.match(title)):
        if not any(b.kind == "caption" for b in item.blocks):
            for block in item.blocks:  # a photo printed with its caption as plain paragraphs
                block.kind = "caption"
        return "photo"
    return "article"
