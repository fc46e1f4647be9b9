"""Importers, one module a format; each turns a path into an Issue.

Every importer module defines:
- NAME: the format's name as `dump` prints it;
- sniff(path) -> bool: whether the path looks like this format (cheap; reads little);
- load(path, page=None) -> Issue: the parsed issue (raises IssueError for unreadable input).
"""

from __future__ import annotations

from types import ModuleType

from . import articles_md, epaper_rss, pages_md

# Order matters for detection: the most specific sniffers first.
IMPORTERS: dict[str, ModuleType] = {
    epaper_rss.NAME: epaper_rss,
    articles_md.NAME: articles_md,
    pages_md.NAME: pages_md,
}
