"""E-paper feeds: RSS 2.0 whose items carry e-paper article HTML (人民日报 style).

Each <item> is one article: `[01版：要闻] 标题` names its page, the description holds the article
HTML (h3 kicker, h1 title, h2 subtitle, p.sec byline and date, body between <!--enpcontent-->
markers, photo captions in data-original-title). `本版责编` items become the page's editors,
导读 and calls for submissions are notices, and an article the feed repeats in full on a later
page is kept there with `duplicate_of` pointing at the first copy.
"""

from __future__ import annotations

import codecs
import datetime as dt
import email.utils
import hashlib
import re
from collections import Counter
from pathlib import Path

from lxml import etree

from ..errors import IssueError
from ..jumps import cross_refs, split_jump_from, split_jump_to
from ..model import Block, Issue, Item, Page, SourceRef, number_items
from ..textclean import clean_line, page_number
from ..textio import read_text
from .epaper_html import EpaperArticle, parse_article, parse_date, xml_safe
from .epaper_names import dateline_of, editors_line, split_names

NAME = "epaper-rss"

_SNIFF_BYTES = 2048
_CONTENT_NS = "{http://purl.org/rss/1.0/modules/content/}encoded"
_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>")
_PAGE_NO = r"[A-Za-zＡ-Ｚａ-ｚ]?\s*[0-9０-９]{1,3}|[〇零一二两三四五六七八九十百]{1,4}"
# [01版：要闻] 标题, [第01版:要闻] 标题, 【A2版 要闻】标题, [01版] 标题
_LABEL_RE = re.compile(
    rf"^\s*[\[【［]\s*(?:第\s*)?(?P<page>{_PAGE_NO})\s*版\s*(?:[:：\s]\s*(?P<name>[^\]】］]*?))?\s*[\]】］]\s*(?P<title>.*)$")
_NOTICE_TITLE_RE = re.compile(
    r"^(?:(?:本版|本期|今日|今日本报)?导读|欢迎(?:赐稿|投稿|来稿)|(?:本版)?征稿(?:启事)?|稿约|投稿须知|更正(?:启事)?)$")
_PHOTO_TITLE_RE = re.compile(r"^(?:图片报道|图片新闻|新闻图片|摄影报道|图说[^\s]{0,10}|组图|图片|看图)$")
_PAGE_LIST = rf"(?:{_PAGE_NO})"
# （全文见第十至十二版） （详见第三、四版）: several pages named at once
_CROSS_REF_SPAN_RE = re.compile(
    rf"[（(][^（）()]{{0,60}}见\s*第?\s*(?P<a>{_PAGE_LIST})\s*(?:版\s*)?(?P<sep>至|到|—|－|-|~|～|、|和|及)"
    rf"\s*第?\s*(?P<b>{_PAGE_LIST})\s*版\s*[）)]")


def sniff(path: Path) -> bool:
    """True for a file that opens with an XML prolog or <rss (after a BOM and white space)."""
    p = Path(path)
    try:
        if not p.is_file():
            return False
        with p.open("rb") as f:
            head = f.read(_SNIFF_BYTES)
    except OSError:
        return False
    if head.startswith(codecs.BOM_UTF16_LE) or head.startswith(codecs.BOM_UTF16_BE):
        text = head.decode("utf-16", errors="ignore")
    else:
        text = head.removeprefix(codecs.BOM_UTF8).decode("latin-1")
    text = text.lstrip()
    return text.startswith("<?xml") or text.startswith("<rss") or (text.startswith("<!--") and "<rss" in text)


def load(path: Path, page: int | None = None) -> Issue:
    """The issue in an e-paper RSS feed (`page` is not used: the feed names each item's page)."""
    p = Path(path)
    root = parse_feed_xml(read_text(p), p)
    local = etree.QName(root).localname if isinstance(root.tag, str) else str(root.tag)
    if local != "rss":
        raise IssueError(p, f"not an RSS feed (the root element is <{local}>, not <rss>)")
    channel = root.find("channel")
    if channel is None:
        raise IssueError(p, "RSS feed has no <channel>")
    entries = channel.findall("item")
    if not entries:
        raise IssueError(p, "feed has no items")
    builder = _IssueBuilder(p)
    for entry in entries:
        builder.add(entry)
    if not builder.pages:
        raise IssueError(p, f"feed has no readable items ({len(entries)} skipped, e.g. {builder.first_problem})")
    return builder.finish(channel)


def parse_feed_xml(text: str, path: Path) -> etree._Element:
    """The feed's XML root; IssueError for malformed XML (no entities resolved, no network)."""
    text = _XML_DECL_RE.sub("", text.lstrip("\ufeff"), count=1)  # the text is decoded already
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                             load_dtd=False, remove_comments=True)
    try:
        root = etree.fromstring(text.encode("utf-8", errors="replace"), parser)
    except etree.XMLSyntaxError as exc:
        message = re.sub(r",?\s*line \d+, column \d+\s*$", "", exc.msg or "syntax error")
        raise IssueError(path, f"malformed XML at line {exc.lineno or '?'}: {message}") from exc
    if root is None:
        raise IssueError(path, "malformed XML: no root element")
    for entity in list(root.iter(etree.Entity)):  # never expanded: kept as the text `&name;`
        _keep_as_text(entity)
    return root


def _keep_as_text(node: etree._Element) -> None:
    """Replace an entity reference node by its own text (`&name;`) and the text after it (its tail)."""
    text = f"{node.text or ''}{node.tail or ''}"  # an entity node's text is `&name;`
    parent, previous = node.getparent(), node.getprevious()
    if parent is None:
        return
    if previous is not None:
        previous.tail = (previous.tail or "") + text
    else:
        parent.text = (parent.text or "") + text
    parent.remove(node)


class _IssueBuilder:
    """Collects the feed's items into pages, then numbers them and marks repeated articles."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.issue = Issue(format=NAME, source=str(path))
        self.pages: dict[int, Page] = {}
        self.dates: Counter[dt.date] = Counter()      # printed dates (span.newstime, p.sec, enpproperty)
        self.pub_dates: Counter[dt.date] = Counter()  # <pubDate> of items that print no date
        self.papers: Counter[str] = Counter()
        self.first_problem = ""

    def add(self, entry: etree._Element) -> None:
        """Read one <item>: an article, photo or notice, or the page's editors; skip it when unreadable."""
        raw_title = clean_line(xml_safe(entry.findtext("title") or ""))
        label = _LABEL_RE.match(raw_title)
        page_no = page_number(label.group("page")) if label else None
        page_name = (label.group("name") or "").strip() or None if label else None
        headline = label.group("title").strip() if label else raw_title
        markup = entry.findtext("description") or entry.findtext(_CONTENT_NS) or ""
        editors = editors_line(headline) if headline else None
        if editors is not None and page_no is not None:
            _add_editors(self._page(page_no, page_name), editors)
            return
        if not markup.strip():
            self._skip(entry, raw_title, page_no, "has no article text")
            return
        try:
            art = parse_article(markup)
        except (ValueError, etree.LxmlError) as exc:
            self._skip(entry, raw_title, page_no, f"has unreadable article HTML ({exc})")
            return
        page_no = page_no or art.page
        if page_no is None:
            self._skip(entry, raw_title, None, "names no page (no [01版：…] label or 第 N 版 stamp)")
            return
        page = self._page(page_no, page_name)
        editors = editors if editors is not None else editors_line(art.title or "")
        if editors is not None:
            _add_editors(page, editors)
            return
        item = self._item(entry, art, headline, page)
        if item is None:
            self._skip(entry, raw_title, page_no, "has no article text")
            return
        page.items.append(item)
        if art.date:
            self.dates[art.date] += 1
        elif (pub := _pub_date(entry)) is not None:
            self.pub_dates[pub] += 1
        if art.paper:
            self.papers[art.paper] += 1

    def finish(self, channel: etree._Element) -> Issue:
        """The issue: pages in number order, items numbered, repeats marked."""
        issue = self.issue
        issue.pages = [self.pages[n] for n in sorted(self.pages)]
        for page in issue.pages:
            number_items(page)
        _mark_duplicates(issue)
        issue.paper = self.papers.most_common(1)[0][0] if self.papers else _paper_of_channel(channel)
        dates = self.dates or self.pub_dates
        issue.date = dates.most_common(1)[0][0] if dates else None
        return issue

    def _page(self, number: int, name: str | None) -> Page:
        page = self.pages.get(number)
        if page is None:
            page = self.pages[number] = Page(number=number, name=name, source=str(self.path))
        elif page.name is None and name:
            page.name = name
        return page

    def _skip(self, entry: etree._Element, title: str, page: int | None, problem: str) -> None:
        where = f"line {entry.sourceline}" if entry.sourceline else "the feed"
        message = f"item 「{title or '(untitled)'}」 at {where} {problem}; skipped"
        self.first_problem = self.first_problem or message
        self.issue.warn("bad-item", message, page)

    def _item(self, entry: etree._Element, art: EpaperArticle, headline: str, page: Page) -> Item | None:
        source = SourceRef(str(self.path), entry.sourceline)
        blocks = [Block(kind, text, source) for kind, text in art.blocks]  # type: ignore[arg-type]
        for block in list(blocks):  # an editors line printed inside an article is the page's
            names = editors_line(block.text) if "编" in block.text and len(block.text) <= 60 else None
            if names:
                _add_editors(page, names)
                blocks.remove(block)
        if not blocks and not art.images:
            return None
        item = Item(id="", page=page.number, kicker=art.kicker, title=art.title or headline or None,
                    subtitle=art.subtitle, byline_text=art.byline_text, blocks=blocks, source=source)
        item.byline = split_names(art.byline_text) if art.byline_text else []
        _read_dateline(item)
        _read_jumps(item)
        item.cross_refs = _cross_refs(item)
        item.kind = _kind(item, art.images)
        return item


def _add_editors(page: Page, names: list[str]) -> None:
    for name in names:
        if name not in page.editors:
            page.editors.append(name)


def _read_dateline(item: Item) -> None:
    first = next((b for b in item.blocks if b.kind == "paragraph"), None)
    if first is None:
        return
    dateline, names = dateline_of(first.text)
    item.dateline = dateline
    if not item.byline and names:
        item.byline = names


def _read_jumps(item: Item) -> None:
    """（上接第一版） opening the text and （转第三版） closing it: marks off the text, pages on the item."""
    paragraphs = [b for b in item.blocks if b.kind == "paragraph"]
    if not paragraphs:
        return
    first, last = paragraphs[0], paragraphs[-1]
    came_from, first.text = split_jump_from(first.text)
    if came_from is not None:
        item.continued_from = came_from
    last.text, goes_to = split_jump_to(last.text)
    if goes_to is not None:
        item.continues_to = goes_to
    item.blocks = [b for b in item.blocks if b.text]


def _cross_refs(item: Item) -> list[int]:
    """Pages named by （相关报道见第二版） and （全文见第十至十二版） in the item's text."""
    pages: list[int] = []
    for block in item.blocks:
        if "见" not in block.text:
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


def _mark_duplicates(issue: Issue) -> None:
    """An item whose title and text repeat an earlier item's is kept with duplicate_of set."""
    titles = Counter("".join((item.title or "").split()) for item in issue.items())
    first: dict[tuple[str, str], str] = {}
    for item in issue.items():
        title = "".join((item.title or "").split())
        if titles[title] < 2:
            continue
        text = "".join(item.body_text().split())
        if not text:
            continue
        key = (title, hashlib.sha1(text.encode("utf-8")).hexdigest())
        if key in first:
            item.duplicate_of = first[key]
        else:
            first[key] = item.id


def _paper_of_channel(channel: etree._Element) -> str | None:
    """The paper's name from the channel title: `人民日报 - 每日全文订阅` → 人民日报."""
    title = clean_line(xml_safe(channel.findtext("title") or ""))
    name = re.split(r"\s+[-–—|｜]\s+|[|｜]", title, maxsplit=1)[0].strip(" 《》")
    return name or None


def _pub_date(entry: etree._Element) -> dt.date | None:
    text = entry.findtext("pubDate") or ""
    try:
        return email.utils.parsedate_to_datetime(text).date() if text.strip() else None
    except (TypeError, ValueError):
        return parse_date(text)
