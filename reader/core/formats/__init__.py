"""Importers, one module (or package: epaper/) a format; each turns a path into an Issue.

Every importer module defines:
- NAME: the format's name as `dump` prints it;
- sniff(path) -> bool: whether the path looks like this format (cheap; reads little);
- load(path, page=None) -> Issue: the parsed issue (raises IssueError for unreadable input).

Modules are imported on first use, so that code which only reads stored issues (the app reopening
a cached issue, the library) does not pay for lxml, markdown-it and YAML at start-up.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping
from types import ModuleType

# Order matters for detection: the most specific sniffers first.
_MODULES: dict[str, str] = {
    "epaper-rss": "epaper.feed",
    "articles-md": "articles_md",
    "epaper-html": "epaper.saved_pages",
    "pages-md": "pages",
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
