"""Whether a path is an e-paper feed or saved e-paper pages, read from a few bytes.

Detection asks every format in turn (formats/__init__.py), so this module imports nothing heavy:
lxml and the article reading are imported only when a feed or saved pages are loaded.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from ..articles.layout import name_key, page_folders

SUFFIXES = (".htm", ".html", ".shtml", ".xhtml")     # saved pages
TEXT_SUFFIXES = (".md", ".markdown", ".txt")
_FEED_SNIFF_BYTES = 2048
_HTML_SNIFF_BYTES = 4096
_HTML_START_RE = re.compile(rb"<(?:!doctype\s+html|html|head|body|div|meta|table)\b", re.I)


def sniff_feed(path: Path) -> bool:
    """True for a file that opens with an XML prolog or <rss (after a BOM and white space)."""
    p = Path(path)
    try:
        if not p.is_file() or p.suffix.lower() in SUFFIXES:
            return False  # a saved page, even one opening with <?xml (saved_pages.py)
        with p.open("rb") as f:
            head = f.read(_FEED_SNIFF_BYTES)
    except OSError:
        return False
    if head.startswith(codecs.BOM_UTF16_LE) or head.startswith(codecs.BOM_UTF16_BE):
        text = head.decode("utf-16", errors="ignore")
    else:
        text = head.removeprefix(codecs.BOM_UTF8).decode("latin-1")
    text = text.lstrip()
    return text.startswith("<?xml") or text.startswith("<rss") or (text.startswith("<!--") and "<rss" in text)


def sniff_saved_pages(path: Path) -> bool:
    """A .htm/.html file holding HTML, or a folder (or its page folders) mostly of such files."""
    p = Path(path)
    if p.is_file():
        return p.suffix.lower() in SUFFIXES and looks_like_html(p)
    if not p.is_dir():
        return False
    files = html_files(p)
    if not files:
        for sub, _number, _label in page_folders(p)[:3]:
            files += html_files(sub)
    if not files or not any(looks_like_html(f) for f in files[:3]):
        return False
    texts = [f for f in children(p) if f.suffix.lower() in TEXT_SUFFIXES]
    return len(files) >= len(texts) and not holds_issue_folders(p)


def holds_issue_folders(folder: Path) -> bool:
    """True when a sub-folder other than a page folder or a browser's `name_files` folder holds pages:
    the folder holds issues, it is not one."""
    pages = {sub for sub, _n, _l in page_folders(folder)}
    try:
        subs = [d for d in folder.iterdir() if d.is_dir() and not d.name.startswith(".")]
    except OSError:
        return False
    return any(d not in pages and not d.name.lower().endswith(("_files", ".files")) and html_files(d) for d in subs)


def children(folder: Path) -> list[Path]:
    """The visible files directly in a folder."""
    try:
        return [p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")]
    except OSError:
        return []


def html_files(folder: Path) -> list[Path]:
    """The saved pages directly in a folder, in name order."""
    return sorted((f for f in children(folder) if f.suffix.lower() in SUFFIXES), key=name_key)


def looks_like_html(path: Path) -> bool:
    """Whether a file's first bytes hold an HTML element (UTF-16 or any 8-bit encoding)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(_HTML_SNIFF_BYTES)
    except OSError:
        return False
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", errors="ignore").encode("utf-8")
    return bool(_HTML_START_RE.search(head))
