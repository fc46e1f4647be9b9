"""Saved e-paper article pages: `.htm`/`.html` files saved from a browser, one article a file.

A folder of them (directly, or in page folders such as 01 or 第3版) is one issue; one file is an
issue of one article. Each page's article part is found (the element holding the headline and the
body) and read as a feed's article HTML is (article.py). The page number is the one the article's
own line prints (第 01 版), else the page's <title> label, else the page folder's or the file name's
(01.html, 第3版.html, Articel04003NR.htm), else `page-unknown` and page 1.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from ...errors import IssueError
from ...model import Issue, SourceRef
from ...textclean import page_number
from ...textio import read_text
from ..articles.layout import page_folders
from ..pages.header import name_clues
from .article import parse_article
from .assemble import IssueAssembler
from .dates import date_in_name
from .feed import LABEL_RE
from .headings import HEADING_TAGS, read_header_table
from .markup import classes, clean_text, drop, parse_document
from .sniffing import html_files as _html_files
from .sniffing import sniff_saved_pages

NAME = "epaper-html"
sniff = sniff_saved_pages   # in sniffing.py: detection imports nothing heavy
# Elements that hold a whole article on a saved page: div.article, #news_content, #contenttext …
_ARTICLE_NAME_RE = re.compile(r"^(?:article|main-content|news[-_]?content|contenttext|article[-_]?(?:box|main|wrap|con"
                              r"|detail|body)|detail|text_c|newsdetail)$")
# Page numbers in file names: Articel04003NR.htm (page 04, article 003)
# Page furniture around the article: navigation, header, footer, lists of other articles
_CHROME_NAME_RE = re.compile(r"^(?:nav|navi|navbar|menu|header|head|top|footer|foot|bottom|copyright|banner"
                             r"|breadcrumb|crumbs?|sidebar|side|related|share|toolbar|list|pagelist)$")
_ARTICLE_FILE_RE = re.compile(r"^[A-Za-z]+(?P<page>\d{2})\d{3}[A-Za-z]*$")
_TITLE_LABEL_RE = re.compile(r"第\s*(?P<page>[A-Za-z]?\d{1,3})\s*版\s*[:：]?\s*(?P<name>[^\s\-_|｜—]{1,12})?")
_TITLE_SEP_RE = re.compile(r"\s*(?:[-_|｜]|——|—)\s*")


def load(path: Path, page: int | None = None) -> Issue:
    """The issue in a saved article page or a folder of them; `page` sets the page of files naming none."""
    p = Path(path)
    files: list[tuple[Path, int | None, str | None]]
    if p.is_file():
        files = [(p, None, None)]
    elif p.is_dir():
        files = [(f, number, label) for sub, number, label in page_folders(p) for f in _html_files(sub)]
        files += [(f, None, None) for f in _html_files(p)]
        if not files:
            raise IssueError(p, "folder holds no saved article pages (.htm/.html files)", "no-issue")
    else:
        raise IssueError(p, "no such file or folder", "missing")
    assembler = IssueAssembler(NAME, str(p))
    problems: list[IssueError] = []
    for file, folder_number, folder_label in files:
        try:
            _add_file(assembler, file, folder_number, folder_label, page)
        except IssueError as exc:
            problems.append(exc)
            assembler.issue.warn("bad-file", f"{exc.path}: {exc.problem}; the file was skipped", folder_number,
                                 params={**exc.params, "name": Path(exc.path).name, "problem": exc.problem,
                                         "code": exc.code})
    if not assembler.pages:
        first = problems[0] if problems else None
        raise IssueError(p, f"no readable article page (first problem: {first if first else 'none'})",
                         "no-readable-articles", {**first.params, "name": Path(first.path).name,
                                                  "problem": first.problem, "code": first.code} if first else {})
    names = [p.name] + [f.name for f, _n, _l in files]
    return assembler.finish([date_in_name(n) for n in names])


def _add_file(assembler: IssueAssembler, file: Path, folder_number: int | None, folder_label: str | None,
              page: int | None) -> None:
    doc = parse_document(read_text(file))
    root = article_root(doc)
    art = parse_article(etree.tostring(root, encoding="unicode", method="html"))
    title_el = doc.find(".//title")
    title_text = clean_text("".join(str(t) for t in title_el.itertext())) if title_el is not None else ""
    label = _TITLE_LABEL_RE.search(title_text) or LABEL_RE.match(title_text)
    label_page = page_number(label.group("page")) if label else None
    number = art.page or label_page or folder_number or _file_page(file) or page
    if number is None:
        number = 1
        assembler.issue.warn("page-unknown", f"{file}: no page line in the article and no page number in "
                                             "the file name; put on page 1", 1, params={"name": file.name, "page": 1})
    name = (label.group("name") if label else None) or folder_label or art.section
    if not art.blocks and not art.images and not art.title and not title_text:
        raise IssueError(file, "holds no article (no headline and no text)", "no-article")
    assembler.add(assembler.page(number, name), art, _listed_title(title_text), SourceRef(str(file), None),
                  file.name)


def article_root(doc: etree._Element) -> etree._Element:
    """The element of a saved page that holds its article: named as one and holding the headline;
    else the page's body from the headline on, without navigation, header and footer blocks."""
    found = doc.find("body")
    body = found if found is not None else doc
    for el in body.iter():
        if isinstance(el.tag, str) and any(_ARTICLE_NAME_RE.match(n) for n in _names(el)) \
                and _holds_headline(el):
            return el
    headline = _headline(body)
    for el in list(body.iter()):
        if isinstance(el.tag, str) and el is not body and any(_CHROME_NAME_RE.match(n) for n in _names(el)) \
                and (headline is None or not _contains(el, headline)):
            drop(el)
    if headline is not None:
        top, parent = headline, headline.getparent()
        while parent is not None and parent is not body:
            top, parent = parent, parent.getparent()
        for el in list(body):
            if el is top:
                break
            drop(el)
    return body


def _headline(body: etree._Element) -> etree._Element | None:
    """The page's h1, else its header table (rows sized by font)."""
    h1 = next(iter(body.iter("h1")), None)
    if h1 is not None:
        return h1
    return next((tb for tb in body.iter("table") if read_header_table(tb) is not None), None)


def _contains(el: etree._Element, inner: etree._Element) -> bool:
    return any(node is el for node in inner.iterancestors()) or el is inner


def _holds_headline(el: etree._Element) -> bool:
    return next(iter(el.iter(*HEADING_TAGS[:3], "table")), None) is not None


def _names(el: etree._Element) -> list[str]:
    found = classes(el)
    if el.get("id"):
        found.append(el.get("id", "").lower())
    return found


def _listed_title(title: str) -> str:
    """The headline in a page's <title> (`人民日报 - 标题`, `标题_学习时报`): its longest part."""
    parts = [t for t in _TITLE_SEP_RE.split(title) if t.strip()]
    return max(parts, key=len) if parts else ""


def _file_page(file: Path) -> int | None:
    clues = name_clues(file.stem)
    if clues.page is not None:
        return clues.page or None
    m = _ARTICLE_FILE_RE.match(file.stem)
    return int(m.group("page")) or None if m else None


