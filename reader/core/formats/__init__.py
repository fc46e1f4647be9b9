"""Importers, one package a format (pages/, epaper/, articles/); each turns a path into an Issue.

Every importer module (pages, epaper.feed, epaper.saved_pages, articles.loader) defines:
- NAME: the format's name as `dump` prints it;
- sniff(path) -> bool: whether the path looks like this format (cheap; reads little);
- load(path, page=None) -> Issue: the parsed issue (raises IssueError for unreadable input).

Modules are imported on first use, so that code which only reads stored issues (the app reopening
a cached issue, the library) does not pay for lxml, markdown-it and YAML at start-up. Detection asks
each format's sniffer in a light module (SNIFFERS): finding that a folder holds page files imports
neither the e-paper reading nor YAML.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from types import ModuleType

# Order matters for detection: the most specific sniffers first.
_MODULES: dict[str, str] = {
    "epaper-rss": "epaper.feed",
    "articles-md": "articles.loader",
    "epaper-html": "epaper.saved_pages",
    "pages-md": "pages",
}


# Where each format's sniff(path) is, without its importer: (module, function). Same order as _MODULES.
_SNIFFERS: dict[str, tuple[str, str]] = {
    "epaper-rss": ("epaper.sniffing", "sniff_feed"),
    "articles-md": ("articles.layout", "looks_like_articles"),
    "epaper-html": ("epaper.sniffing", "sniff_saved_pages"),
    "pages-md": ("pages", "sniff"),
}


class _Importers(Mapping[str, ModuleType]):
    """Format name → importer module, imported when first looked up."""

    def __getitem__(self, name: str) -> ModuleType:
        return importlib.import_module(f"{__name__}.{_MODULES[name]}")

    def __iter__(self) -> Iterator[str]:
        return iter(_MODULES)

    def __len__(self) -> int:
        return len(_MODULES)


IMPORTERS: Mapping[str, ModuleType] = _Importers()


def sniffers() -> Iterator[tuple[str, Callable[[Path], bool]]]:
    """(format name, its sniff function) in detection order, each module imported when reached."""
    for name, (module, function) in _SNIFFERS.items():
        yield name, getattr(importlib.import_module(f"{__name__}.{module}"), function)
