"""A photo's image read from a local file for the reading pane: never from a network, never too big.

The core gives an item's image as an absolute local path (reader.core.addresses). It is read only
when it is a regular file of an image type and of a sane size, decoded at most as wide as the text
column (QImageReader scales while decoding), and kept for the next typesetting of the same story.
Anything wrong (gone, not an image, damaged) means no image: the frame shows caption and credit.
"""

from __future__ import annotations

import stat
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QImageReader

from ...core.addresses import IMAGE_SUFFIXES

MAX_FILE_BYTES = 40 * 1024 * 1024        # a larger file is not read
MAX_DECODED_MB = 256                     # QImageReader's allocation limit
MAX_HEIGHT_PX = 2400                     # a very tall image is scaled to this height at most
_CACHE_SIZE = 24
_cache: OrderedDict[tuple[str, int, int], QImage | None] = OrderedDict()


def image_file(path: str | None) -> Path | None:
    """The path when it names a regular local file with an image suffix and a sane size, else None."""
    if not path:
        return None
    p = Path(path)
    if p.suffix.lower() not in IMAGE_SUFFIXES:
        return None
    try:
        st = p.stat()
    except (OSError, ValueError):
        return None
    if not stat.S_ISREG(st.st_mode) or not 0 < st.st_size <= MAX_FILE_BYTES:
        return None
    return p


def load_photo(path: str | None, max_width: int) -> QImage | None:
    """The image at a local path, decoded no wider than max_width pixels; None when it cannot be shown."""
    p = image_file(path)
    if p is None or max_width <= 0:
        return None
    try:
        mtime = p.stat().st_mtime_ns
    except OSError:
        return None
    key = (str(p), mtime, max_width)
    if key in _cache:
        _cache.move_to_end(key)
        return _cache[key]
    image = _decode(p, max_width)
    _cache[key] = image
    while len(_cache) > _CACHE_SIZE:
        _cache.popitem(last=False)
    return image


def _decode(path: Path, max_width: int) -> QImage | None:
    reader = QImageReader(str(path))
    reader.setAllocationLimit(MAX_DECODED_MB)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and size.width() > 0 and size.height() > 0:
        scale = min(1.0, max_width / size.width(), MAX_HEIGHT_PX / size.height())
        if scale < 1.0:
            reader.setScaledSize(QSize(max(1, int(size.width() * scale)), max(1, int(size.height() * scale))))
    image = reader.read()
    return None if image.isNull() else image
