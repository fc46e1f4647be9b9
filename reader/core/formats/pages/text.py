"""Small text rules of page extractions: where a sentence ends, joining a paragraph's pieces, repeats."""

from __future__ import annotations

from ...jumps import split_jump_from

_FULL_STOPS = "。！？!?…；;：:．."
_CLOSERS = "”」』’\"'"
_OPENING_OF = {"）": "（(", ")": "（(", "】": "【[", "]": "【["}
_CLOSING_OF = {"）": "）)", ")": "）)", "】": "】]", "]": "】]"}
REPEAT_MIN_CHARS = 10  # a repeated tail shorter than this is left alone …
REPEAT_AFTER_JUMP_MIN_CHARS = 6  # … unless it repeats a jump-out marker too


def opening_bracket(text: str) -> int:
    """Where the bracket that text ends with opens, nested pairs counted (（作者为中央党校（国家行政学院）
    副校长） opens at its first （); full- and half-width forms pair alike; -1 when none does."""
    openers, closers = _OPENING_OF[text[-1]], _CLOSING_OF[text[-1]]
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        ch = text[i]
        if ch in closers:
            depth += 1
        elif ch in openers:
            depth -= 1
            if depth == 0:
                return i
    return max(text.rfind(o) for o in openers)  # unbalanced: the last opening one


def ends_sentence(text: str) -> bool:
    """True when a paragraph ends a sentence: 。！？…；： or a quote/bracket closing after one.

    “十四五” or （以下简称《通知》） at the end of a paragraph is mid-sentence (a column break);
    。” and 。（记者 王明） end one, and so does a closing aside with brackets inside it. A dash (——) does not.
    """
    t = text.rstrip()
    while t and t[-1] in _CLOSERS:
        t = t[:-1].rstrip()
        if not t or t[-1] in _FULL_STOPS:
            return bool(t)
        if t[-1] not in _CLOSERS and t[-1] not in _OPENING_OF:
            return False
    if not t:
        return False
    if t[-1] in _OPENING_OF:
        opening = opening_bracket(t)
        if opening <= 0:
            return opening == 0
        return ends_sentence(t[:opening])
    return t[-1] in _FULL_STOPS


def join_text(a: str, b: str) -> str:
    """Two pieces of one paragraph joined: no space in Chinese text, one between two Latin words."""
    if a and b and a[-1].isascii() and a[-1].isalnum() and b[0].isascii() and b[0].isalnum():
        return f"{a} {b}"
    return a + b


def text_key(text: str) -> str:
    """text without white space (str.split() splits where regex \\s matches, faster than re.sub)."""
    return "".join(text.split())


_SENTENCE_START_AFTER = "。！？!?…；;：:”」』“「『"


def repeats_tail(key: str, before: str, with_jump: bool) -> bool:
    """True when key (a paragraph without white space) is the tail of the paragraph printed just
    before it (before, the same way) that the extraction printed again: a proper suffix of it, long
    enough not to be a chance echo, starting mid-sentence, or repeating that paragraph's jump
    marker too (with_jump). A sentence said again (a repeated question, a pull quote), a paragraph
    repeated whole, or text from further back is real text."""
    least = REPEAT_AFTER_JUMP_MIN_CHARS if with_jump else REPEAT_MIN_CHARS
    if not least <= len(key) < len(before) or not before.endswith(key):
        return False
    return with_jump or before[-len(key) - 1] not in _SENTENCE_START_AFTER


def title_without_jump(title: str) -> tuple[str | None, int | None]:
    """A headline without a jump-in marker printed in it (（上接1版）标题 / 标题（上接1版）), and its page."""
    source_page, rest = split_jump_from(title)
    if source_page is not None:
        return rest or None, source_page
    opening = max(title.rfind("（"), title.rfind("("))
    if opening > 0:
        source_page, rest = split_jump_from(title[opening:])
        if source_page is not None and not rest:
            return title[:opening].rstrip() or None, source_page
    return title, None
