"""Reading text files of any encoding readers meet: UTF-8 (BOM or not), GB18030/GBK, UTF-16 with BOM."""

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
        raise IssueError(path, "looks like a binary file, not text", "binary")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # slow to import; only for the rare unknown encoding

    best = from_bytes(data).best()
    if best is None:
        raise IssueError(path, "unknown text encoding (not UTF-8, GB18030 or UTF-16)", "unknown-encoding")
    return str(best)


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    control = len(_CONTROL_RE.findall(sample))
    bad = sample.count("\ufffd")
    return (control + bad) / len(sample) > 0.05
