"""E-paper feeds: RSS 2.0 whose items carry e-paper article HTML.

Each <item> is one article: `[01版：要闻] 标题` names its page, the description (or
content:encoded) holds the article's HTML, read by its layout (article.py). `本版责编` items become
the page's editors. The issue's date is the one the articles print, else the channel's (its title
or link), else the items' <pubDate>, else the file name's (which may be the day it was archived).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import functools
import re
from collections import Counter
from pathlib import Path

from lxml import etree

from ...addresses import web_link
from ...errors import IssueError
from ...model import Issue, SourceRef
from ...textclean import clean_line, page_number
from ...textio import read_text
from .article import parse_article
from .assemble import IssueAssembler
from .dates import date_in_name, parse_date
from .lines import editors_line
from .markup import xml_safe
from .sniffing import sniff_feed

NAME = "epaper-rss"
sniff = sniff_feed          # in sniffing.py: detection imports nothing heavy

_CONTENT_NS = "{http://purl.org/rss/1.0/modules/content/}encoded"
_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>")
_PAGE_NO = r"[A-Za-zＡ-Ｚａ-ｚ]?\s*[0-9０-９]{1,3}|[〇零一二两三四五六七八九十百]{1,4}"
# [01版：要闻] 标题, [第01版:要闻] 标题, 【A2版 要闻】标题, [01版] 标题
LABEL_RE = re.compile(
    rf"^\s*[\[【［]\s*(?:第\s*)?(?P<page>{_PAGE_NO})\s*版\s*(?:[:：\s]\s*(?P<name>[^\]】］]*?))?\s*[\]】］]\s*(?P<title>.*)$")


def load(path: Path, page: int | None = None) -> Issue:
    """The issue in an e-paper RSS feed (`page` is not used: the feed names each item's page)."""
    p = Path(path)
    root = parse_feed_xml(read_text(p), p)
    local = etree.QName(root).localname if isinstance(root.tag, str) else str(root.tag)
    if local != "rss":
        raise IssueError(p, f"not an RSS feed (the root element is <{local}>, not <rss>)", "not-rss", {"root": local})
    channel = root.find("channel")
    if channel is None:
        raise IssueError(p, "RSS feed has no <channel>", "no-channel")
    entries = channel.findall("item")
    if not entries:
        raise IssueError(p, "feed has no items", "no-items")
    builder = _FeedReader(p)
    for entry in entries:
        builder.add(entry)
    if not builder.assembler.pages:
        raise IssueError(p, f"feed has no readable items ({len(entries)} skipped, e.g. {builder.first_problem})",
                         "no-readable-items", {"skipped": len(entries), "first": builder.first_problem})
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
        raise IssueError(path, f"malformed XML at line {exc.lineno or '?'}: {message}", "malformed-xml",
                         {"line": exc.lineno, "problem": message}) from exc
    if root is None:
        raise IssueError(path, "malformed XML: no root element", "malformed-xml", {"problem": "no root element"})
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


class _FeedReader:
    """Reads the feed's items into an IssueAssembler."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.assembler = IssueAssembler(NAME, str(path))
        self.pub_dates: Counter[dt.date] = Counter()  # <pubDate> of the items
        self.last_page: int | None = None
        self.first_problem = ""

    def add(self, entry: etree._Element) -> None:
        """Read one <item>: an article, photo or notice, or the page's editors; skip it when unreadable."""
        raw_title = clean_line(xml_safe(entry.findtext("title") or ""))
        label = LABEL_RE.match(raw_title)
        page_no = page_number(label.group("page")) if label else None
        page_name = ((label.group("name") or "").strip() or None) if label else None
        headline = label.group("title").strip() if label else raw_title
        markup = entry.findtext("description") or entry.findtext(_CONTENT_NS) or ""
        editors = editors_line(headline) if headline else None
        if editors is not None and page_no is not None:
            self.assembler.add_editors(self.assembler.page(page_no, page_name), editors)
            return
        try:
            art = parse_article(markup)
        except (ValueError, etree.LxmlError) as exc:
            self._skip(entry, raw_title, page_no, f"has unreadable article HTML ({exc})", "bad-html", str(exc))
            return
        if not headline and not art.title and not art.blocks:
            self._skip(entry, raw_title, page_no or art.page, "has neither a title nor article text", "no-text")
            return
        page_no = page_no or art.page
        guessed = page_no is None
        if page_no is None:  # the feed lists the paper in printed order: the page of the item before
            page_no = self.last_page or 1
        if (pub := _pub_date(entry)) is not None:
            self.pub_dates[pub] += 1
        page = self.assembler.page(page_no, page_name or art.section)
        line = entry.sourceline if isinstance(entry.sourceline, int) else None
        where = f"line {line}" if line else "the feed"
        item = self.assembler.add(page, art, headline, SourceRef(str(self.path), line), where)
        if item is not None:
            item.link = web_link(entry.findtext("link"))      # the original article, opened on request
        if item is not None and guessed:
            self.assembler.note("page-unknown", f"「{item.display_title()}」 ({where}) names no page (no [01版：…] "
                                                f"label or 第 N 版 stamp); put on page {page_no}, after the item "
                                                "before it", item, params={"title": item.display_title(),
                                                                           "page": page_no, "why": "after"})
        self.last_page = page_no

    def finish(self, channel: etree._Element) -> Issue:
        """The issue, dated by its articles, else its channel, else the items' pubDate, else the file name."""
        title = clean_line(xml_safe(channel.findtext("title") or ""))
        link = channel.findtext("link") or ""
        pub = self.pub_dates.most_common(1)[0][0] if self.pub_dates else None
        return self.assembler.finish([date_in_name(title), date_in_name(link), pub, date_in_name(self.path.name)],
                                     _paper_of_channel(title))

    def _skip(self, entry: etree._Element, title: str, page: int | None, problem: str, why: str,
              error: str | None = None) -> None:
        """A `bad-item` warning; params: title, line, why (no-text, bad-html) and error."""
        where = f"line {entry.sourceline}" if entry.sourceline else "the feed"
        message = f"item 「{title or '(untitled)'}」 at {where} {problem}; skipped"
        self.first_problem = self.first_problem or message
        self.assembler.issue.warn("bad-item", message, page, params={
            "title": title or None, "line": entry.sourceline if isinstance(entry.sourceline, int) else None,
            "why": why, "error": error})


def _paper_of_channel(title: str) -> str | None:
    """The paper's name from the channel title: `人民日报 - 每日全文订阅` → 人民日报."""
    name = re.split(r"\s+[-–—|｜]\s+|[|｜]", title, maxsplit=1)[0].strip(" 《》")
    return name or None


def _pub_date(entry: etree._Element) -> dt.date | None:
    return _date_of_pub(entry.findtext("pubDate") or "")


@functools.lru_cache(maxsize=64)
def _date_of_pub(text: str) -> dt.date | None:
    """The date of an RFC 822 <pubDate> (a feed's items mostly share one)."""
    try:
        return email.utils.parsedate_to_datetime(text).date() if text.strip() else None
    except (TypeError, ValueError):
        return parse_date(text)
