"""Small text helpers shared by the importers: white space, full-width forms, page labels."""

from __future__ import annotations

import re
import unicodedata

# White space as it appears in extracted Chinese text: ideographic spaces, NBSP, zero-width marks.
_SPACE_RE = re.compile(r"[ \t\u00a0\u3000\u2002-\u200a\u202f\u205f]+")
_ZERO_WIDTH_RE = re.compile(r"[\u200b\u200c\u200d\ufeff]")
_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_BETWEEN_CJK_SPACE_RE = re.compile(rf"(?<=[{_CJK}])[ \u3000]+(?=[{_CJK}])")
# What clean_line changes besides the ends: a space other than ASCII ones, or a zero-width mark (and
# two ASCII spaces in a row).
_UNCLEAN_RE = re.compile(r"[\t\u00a0\u3000\u2002-\u200d\u202f\u205f\ufeff]")
_FULL_WIDTH_RE = re.compile("[\uff01-\uff5e]")

CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
CN_NUMERAL_CHARS = "〇零一二两三四五六七八九十百"
SENTENCE_END = "。！？!?…”」』）)》】—．.；;：:"


def clean_line(text: str) -> str:
    """Strip a line and fold runs of (ideographic) spaces to one ASCII space."""
    if _UNCLEAN_RE.search(text) is None and "  " not in text:
        return text.strip()
    return _SPACE_RE.sub(" ", _ZERO_WIDTH_RE.sub("", text)).strip()


def squeeze_cjk_spaces(text: str) -> str:
    """Remove spaces between two Chinese characters (周 欢 → 周欢)."""
    return _BETWEEN_CJK_SPACE_RE.sub("", text)


def fold_width(text: str) -> str:
    """Full-width ASCII forms to half-width (１２３ → 123, ＡＢＣ → ABC); other text unchanged."""
    return unicodedata.normalize("NFKC", text) if _FULL_WIDTH_RE.search(text) else text


def is_cjk(ch: str) -> bool:
    """True for a Chinese character (CJK unified ideographs and extensions A)."""
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def cn_number(text: str) -> int | None:
    """A Chinese numeral up to 999 as an int (三 → 3, 十二 → 12, 二十 → 20), else None."""
    if not text or any(ch not in CN_NUMERAL_CHARS for ch in text):
        return None
    if all(ch in CN_DIGITS for ch in text):  # 一〇 style
        value = 0
        for ch in text:
            value = value * 10 + CN_DIGITS[ch]
        return value
    total, current = 0, 0
    for ch in text:
        if ch in CN_DIGITS:
            current = CN_DIGITS[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
    return total + current


def page_number(label: str) -> int | None:
    """The page number in a label: 3, ３, 03, 第3版, 三版, 第三版, A2, A02版 → int; else None."""
    s = fold_width(label).strip()
    s = re.sub(r"^第", "", s)
    s = re.sub(r"(版|面|页)$", "", s).strip()
    m = re.fullmatch(r"[A-Za-z]?\s*0*(\d{1,3})", s)
    if m:
        return int(m.group(1)) or None
    return cn_number(s) or None


def ends_sentence(text: str) -> bool:
    """True when a paragraph ends where a sentence may end."""
    t = text.rstrip()
    return bool(t) and t[-1] in SENTENCE_END
