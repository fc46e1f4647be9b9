"""Page extractions (`pages-md`): PDF-to-Markdown text, one file a page; a folder of such files is one issue.

- loader: finds and numbers the page files, reads paper and date, gathers the pages;
- markdown: a page's Markdown as headings and paragraph lines;
- layout: one page's lines → its items (headlines, bylines, photos, jumps, repairs), with
  photos (where a caption and its credit are) and text (sentence ends, repeated tails);
- header: masthead and page-header lines, file-name clues; editors: editor lines.
"""

from __future__ import annotations

from .loader import NAME, PAGE_SUFFIXES, load, sniff

__all__ = ["NAME", "PAGE_SUFFIXES", "load", "sniff"]
