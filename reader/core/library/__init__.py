"""The offline library: imported issues kept in one SQLite file, searchable across all of them.

Start here: LibraryStorage (storage.py) is what every engine offers, open_library (engines.py) opens
the engine a location string names; the SQLite engine is SQLiteLibrary (sqlite_engine.py) over
Library (library.py), with import_paths (importer.py), LibrarySearch (search.py) and rebuild
(repair.py). export_article/export_issue (export.py) need only an Issue.
No Qt here: the GUI runs these in worker threads, one open library per thread.
"""

from ..citation import citation
from .engines import EngineUnavailable, open_library
from .export import export_article, export_issue
from .importer import ImportEvent, ImportReport, find_issues, import_paths
from .library import Library
from .records import ArticleRef, IssueInfo, issue_key
from .repair import RebuildReport, rebuild
from .search import LibraryHit, LibrarySearch, SearchFilters, SearchPage
from .sqlite_engine import SQLiteLibrary
from .storage import Capabilities, LibraryStorage
from .store import LibraryError, default_library_path, resolve_library_path

__all__ = ["ArticleRef", "Capabilities", "EngineUnavailable", "ImportEvent", "ImportReport", "IssueInfo", "Library",
           "LibraryError", "LibraryHit", "LibrarySearch", "LibraryStorage", "RebuildReport", "SQLiteLibrary",
           "SearchFilters", "SearchPage", "citation", "default_library_path", "export_article", "export_issue",
           "find_issues", "import_paths", "issue_key", "open_library", "rebuild", "resolve_library_path"]
