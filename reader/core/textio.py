"""Reading text files of any encoding readers meet: UTF-8 (BOM or not), GB18030/GBK, Big5, UTF-16.

The encoding is decided, never guessed into mojibake: a reading is kept only when it gives Chinese
text (its common characters and punctuation); Big5 read as GB18030 does not, so it is read as Big5.
A file no encoding reads as Chinese text is refused with a message naming what it seems to be.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from .errors import IssueError

_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\r]")
MAX_FILE_BYTES = 50 * 1024 * 1024  # a page or feed larger than this is refused, not read


def read_text(path: str | Path, max_bytes: int = MAX_FILE_BYTES) -> str:
    """The text of a file with line ends as LF; raises IssueError naming the file and the problem."""
    p = Path(path)
    if not p.exists():
        raise IssueError(p, "no such file or folder", "missing")
    if not p.is_file():
        raise IssueError(p, "not a file", "not-a-file")
    size = p.stat().st_size
    if size > max_bytes:
        raise IssueError(p, f"file is {size / 1048576:.1f} MB, over the {max_bytes // 1048576} MB limit", "too-big",
                         {"size_mb": round(size / 1048576, 1), "limit_mb": max_bytes // 1048576})
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise IssueError(p, f"cannot be read ({exc.strerror or exc})", "unreadable",
                         {"reason": exc.strerror or str(exc)}) from exc
    return decode_bytes(data, p)


def decode_bytes(data: bytes, path: str | Path = "<bytes>") -> str:
    """Decode file bytes to text with LF line ends; raises IssueError for empty or binary data."""
    if not data.strip():
        raise IssueError(path, "file is empty", "empty")
    text = _decode(data, path)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _looks_binary(text):
        raise IssueError(path, "looks like a binary file, not text", "binary")
    if not text.strip():
        raise IssueError(path, "file is empty", "empty")
    return text


def _decode(data: bytes, path: str | Path) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return data.decode("utf-16", errors="replace")
    if b"\x00" in data[:4096]:
        return _utf16_without_bom(data, path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    gb = _strict(data, "gb18030")
    if gb is not None and _chinese_share(gb, "gb2312") >= GB_SHARE:
        return gb
    if _mostly_utf8(data):
        return data.decode("utf-8", errors="replace")
    for big5 in ("cp950", "big5hkscs"):
        text = _strict(data, big5)
        if text is not None and _chinese_share(text, big5) >= BIG5_SHARE:
            return text
    return _other_encoding(data, path, gb is not None)


# Share of the non-ASCII characters that are common Chinese characters or punctuation in a reading:
# GB18030 text ≈ 1.0 (Traditional text in GBK ≈ 0.6–0.7), Big5 text read as GB18030 ≈ 0.2; Big5 read
# as Big5 ≈ 1.0 (only its common characters, lead bytes A4–C6, count for Big5).
GB_SHARE = 0.45
BIG5_SHARE = 0.8
_PUNCTUATION = frozenset("，。、“”‘’：；！？（）《》【】—…·　「」『』")
_SAMPLE = 20_000


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _chinese_share(text: str, encoding: str) -> float:
    """How much of text's non-ASCII is common Chinese (characters in `encoding`'s common part, punctuation)."""
    wide = [c for c in text[:_SAMPLE] if ord(c) > 127]
    if not wide:
        return 1.0
    good = 0
    for c in wide:
        if c in _PUNCTUATION:
            good += 1
        elif "\u4e00" <= c <= "\u9fff":
            try:
                raw = c.encode("gb2312" if encoding == "gb2312" else "cp950")
            except UnicodeEncodeError:
                continue
            good += encoding == "gb2312" or 0xA4 <= raw[0] <= 0xC6
    return good / len(wide)


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few bad bytes (a damaged file), not another encoding."""
    text = data[:_SAMPLE * 3].decode("utf-8", errors="replace")
    wide = sum(1 for c in text if ord(c) > 127)
    return wide > 0 and text.count("\ufffd") <= max(1, wide // 200)


def _utf16_without_bom(data: bytes, path: str | Path) -> str:
    """UTF-16 text without its byte order mark (ASCII in it shows as every other byte 0), else binary."""
    head = data[:4096]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if len(data) % 2 == 0 and max(even, odd) >= 4 and min(even, odd) * 3 <= max(even, odd):
        text = _strict(data, "utf-16-be" if even > odd else "utf-16-le")
        if text is not None and "\x00" not in text:
            return text
    raise IssueError(path, "looks like a binary file, not text", "binary")


_CJK_ENCODINGS = ("utf_16", "utf_32", "gb", "big5", "cp950", "cp936", "hz", "shift_jis", "cp932", "euc",
                  "iso2022", "cp949", "johab")


def _other_encoding(data: bytes, path: str | Path, gb_decodes: bool) -> str:
    from charset_normalizer import from_bytes  # slow to import; only for the rare unknown encoding

    best = from_bytes(data).best()
    name = best.encoding if best is not None else None
    if best is not None and name and name.lower().startswith(_CJK_ENCODINGS) and not name.lower().startswith("gb"):
        return str(best)
    if gb_decodes or (name and name.lower().startswith("gb")):
        raise IssueError(path, "the text encoding is unclear: read as GB18030 or Big5 it is not Chinese text "
                               "(save it as UTF-8)", "encoding-unclear", {"guess": name})
    if name:
        raise IssueError(path, f"the text looks like {name}, not an encoding of Chinese text this reader reads "
                               "(UTF-8, GB18030, Big5, UTF-16): save it as UTF-8", "encoding-unknown", {"guess": name})
    raise IssueError(path, "unknown text encoding (not UTF-8, GB18030, Big5 or UTF-16)", "encoding-unknown",
                     {"guess": None})


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    control = len(_CONTROL_RE.findall(sample))
    bad = sample.count("\ufffd")
    return (control + bad) / len(sample) > 0.05
