"""Addresses in a source: the local file a photo's image is, and the web address of an original article.

An image is only ever a file on this machine: an address with a scheme (http:, data:, …) is left out,
so nothing is fetched from a network. Whether the file exists and is an image is for the reader of
the path to find out (a library issue keeps the path after its files are gone). An article's web
address is kept as text, to be opened by the reader on request.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp"})   # a photo's picture
_SCHEME_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:(?![\\/])|^[A-Za-z][A-Za-z0-9+.-]*://")
_WINDOWS_DRIVE_RE = re.compile(r"^[A-Za-z]:[\\/]")


def local_image(address: str, named_in: str | Path) -> str | None:
    """The absolute path of the image an address names, relative to the folder of the file naming it.

    `images/图1.jpg` (also percent-encoded, as Markdown parsers give it) next to 03.md is
    …/images/图1.jpg; a network or data address, or an empty one, is None.
    """
    text = unquote(address.strip().strip("<>").strip())
    if not text or "\x00" in text:
        return None
    if _SCHEME_RE.match(text) and not _WINDOWS_DRIVE_RE.match(text):
        return None
    path = Path(text)
    if not path.is_absolute():
        path = Path(named_in).parent / path
    return str(path.resolve(strict=False))


def web_link(text: str | None) -> str | None:
    """An http(s) address with a host, as written; None for anything else (javascript:, file:, …)."""
    value = (text or "").strip()
    if not value or len(value) > 2000 or any(ch.isspace() or ord(ch) < 32 for ch in value):
        return None
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    return value if parts.scheme.lower() in ("http", "https") and parts.hostname else None
