"""The offline library: imported issues kept by a storage engine, searchable across all of them.

Start here: LibraryStorage (storage.py) is what every engine offers, open_library (engines.py) opens
the engine a location string names (location.py: the default one). What an engine hands out is the
same whichever it is: records.py (issues, articles, bookmarks), results.py (search and trend
results), errors.py (LibraryError, WordIndexMissing). find_issues (importer.py) finds the issues in
files and folders; export_article/export_issue (export.py) need only an Issue. The SQLite engine is
the package sqlite/ (SQLiteLibrary in sqlite/engine.py); nothing else here knows SQL.
No Qt here: the GUI runs these in worker threads, one open library per thread.
"""

from ..citation import citation
from .engines import EngineUnavailable, library_file, open_library, rebuild
from .errors import LibraryError, WordIndexMissing
from .export import export_article, export_issue
from .importer import ImportEvent, ImportReport, find_issues
from .location import default_library_path, resolve_location
from .records import ArticleRef, IssueInfo, RebuildReport, issue_key
from .results import LibraryHit, SearchFilters, SearchPage
from .storage import Capabilities, LibraryStorage

__all__ = ["ArticleRef", "Capabilities", "EngineUnavailable", "ImportEvent", "ImportReport", "IssueInfo",
           "LibraryError", "LibraryHit", "LibraryStorage", "RebuildReport", "SearchFilters", "SearchPage",
           "WordIndexMissing", "citation", "default_library_path", "export_article", "export_issue", "find_issues",
           "issue_key", "library_file", "open_library", "rebuild", "resolve_location"]
