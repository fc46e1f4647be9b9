"""An article file's body cut into the parts printed on different pages, and its lines as blocks.

A jump kept inside one file reads `…（下转第二版）` at the end of a paragraph, then the rest,
usually opened by a `（上接第一版）` line; sometimes only the `（上接第一版）` line is there.
Each stretch of text between jumps is one part; the markers are not text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ...jumps import split_jump_from, split_jump_to
from ...model import Block, SourceRef
from ...textclean import is_cjk
from .body import BodyLine

_CLOSE_BRACKETS = "）)】]"
# A photo credit ending one caption inside a line that goes on with the next numbered caption.
_CAPTION_BREAK_RE = re.compile(r"(?:图\s*/\s*[^\s①-⑳㉑-㉟]{1,12}?|供图|摄)(?=[①-⑳㉑-㉟])")
_BYLINE_LINE_RE = re.compile(r"^(?:本报|新华社|特约|见习|实习)*(?:记者|通讯员)")
_DATELINE_RE = re.compile(r"^(?:本报\s*讯|(?:新华社|中新社)[^，。,\s]{0,16}?电)")
# A line opening like a list item: ◆…, ●…, 1.…, 一、…, ①…, (1)…
_LIST_ITEM_RE = re.compile(r"^(?:[◆◇●○■□▲△▶►★☆•·\-*+]|[①-⑳㉑-㉟]|[0-9０-９]{1,2}[.、．)）]"
                           r"|[一二三四五六七八九十]{1,3}、|[（(][0-9一二三四五六七八九十]{1,3}[）)])")
# A line ending in a photo credit: 图/林利军, 记者 张三 摄, 某某供图
_CREDIT_END_RE = re.compile(r"(?:图\s*/\s*\S{1,12}|摄|摄影|供图|制图|绘)$")
_STOP_INSIDE = "。！？!?；;"
_NO_HEADING_END = "。！？!?…；;：:，,、"


@dataclass
class Part:
    """One stretch of an article printed on one page."""

    lines: list[BodyLine] = field(default_factory=list)
    from_page: int | None = None  # page named by an opening （上接第X版）
    to_page: int | None = None    # page named by a closing （下转第X版）
    jumps: bool = False           # the article goes on after this part (target may be unnamed)


def split_parts(lines: list[BodyLine]) -> list[Part]:
    """The parts of an article: a new part after each （下转…） and before each （上接…） that follows text."""
    parts = [Part()]
    for line in _split_after_jumps(lines):
        source, text = split_jump_from(line.text)
        if source is not None:
            if parts[-1].lines:  # （上接） with no （下转） before it: the article goes on elsewhere
                parts[-1].jumps = True
                parts.append(Part())
            parts[-1].from_page = source
        text, target = split_jump_to(text)
        if text:
            parts[-1].lines.append(line if text == line.text else replace(line, text=text))
        if target is not None:
            parts[-1].jumps = True
            parts[-1].to_page = target
            parts.append(Part())
    if len(parts) > 1 and not parts[-1].lines:
        parts.pop()  # the file ends with （下转…）: the rest is in another file, or missing
    return parts


def _split_after_jumps(lines: list[BodyLine]) -> list[BodyLine]:
    """Lines cut after a bracketed （下转…） marker that is followed by more text on the same line."""
    out: list[BodyLine] = []
    for line in lines:
        text = line.text
        if "转" not in text[:-1]:  # every （下转…） marker holds 转
            out.append(line)
            continue
        cut = True
        while cut:
            cut = False
            for i, ch in enumerate(text[:-1]):
                if ch in _CLOSE_BRACKETS and split_jump_to(text[: i + 1])[1] is not None:
                    out.append(replace(line, text=text[: i + 1]))
                    text = text[i + 1:].lstrip()
                    cut = bool(text)
                    break
        if text:
            out.append(replace(line, text=text))
    return out


def article_blocks(lines: list[BodyLine], path: str) -> list[Block]:
    """Paragraph and heading blocks; a crosshead is a short line that ends no sentence, between paragraphs."""
    blocks = []
    for i, line in enumerate(lines):
        heading = line.heading or (0 < i < len(lines) - 1 and is_crosshead(line.text))
        blocks.append(Block("heading" if heading else "paragraph", line.text, SourceRef(path, line.line)))
    return blocks


def caption_blocks(lines: list[BodyLine], path: str) -> list[Block]:
    """Caption blocks of a photo item: one a line, and a line holding several numbered captions
    (`…图/陈丽红⑤7月9日…`) cut after each credit."""
    blocks = []
    for line in lines:
        start = 0
        for m in _CAPTION_BREAK_RE.finditer(line.text):
            blocks.append(Block("caption", line.text[start:m.end()], SourceRef(path, line.line)))
            start = m.end()
        blocks.append(Block("caption", line.text[start:], SourceRef(path, line.line)))
    return [b for b in blocks if b.text.strip()]


def is_crosshead(text: str) -> bool:
    """A short line that ends no sentence and is not a bracketed note, credit or byline."""
    t = text.strip()
    if not t or len(t) > 24 or any(ch in t for ch in _STOP_INSIDE) or t[-1] in _NO_HEADING_END:
        return False
    if len(t) > 1 and t[-1] in "”」』’）)" and t[-2] in _NO_HEADING_END:
        return False
    if t[0] in "（(【[" and t[-1] in "）)】]":
        return False
    return not (t.endswith(("摄", "供图")) or _BYLINE_LINE_RE.match(t))


def byline_line(text: str) -> str | None:
    """The first line when it is a byline as printed (`本报记者 刘钊`), else None."""
    t = text.strip()
    if _BYLINE_LINE_RE.match(t) and len(t) <= 60 and not any(ch in t for ch in "。！？，,；;"):
        return t
    return None


def dateline(text: str) -> str | None:
    """The dateline an article opens with (`本报讯`, `新华社北京7月12日电`), without spaces; else None."""
    m = _DATELINE_RE.match(text.strip())
    return re.sub(r"\s+", "", m.group(0)) if m else None


def looks_cut(line: BodyLine) -> bool:
    """Whether an article's last line stops mid-sentence: a long paragraph (not a list item)
    ending on a Chinese character."""
    t = line.text.rstrip()
    return (len(t) >= 30 and is_cjk(t[-1]) and not line.listed and not line.heading
            and not _LIST_ITEM_RE.match(t) and not _CREDIT_END_RE.search(t))
