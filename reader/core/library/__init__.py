"""The offline library: imported issues kept in one SQLite file, searchable across all of them.

Start here: Library (library.py) to open, add, list, load and remove issues and keep bookmarks and
reading positions; import_paths (importer.py) to import files and folders; LibrarySearch (search.py)
to search; export_article/export_issue (export.py); rebuild (repair.py) for a file that cannot be used.
No Qt here: the GUI runs these in worker threads, one Library per thread.
"""

from .export import citation, export_article, export_issue
from .importer import ImportEvent, ImportReport, find_issues, import_paths
from .library import Library, open_library
from .records import ArticleRef, IssueInfo, issue_key
from .repair import RebuildReport, rebuild
from .search import LibraryHit, LibrarySearch, SearchFilters, SearchPage
from .store import LibraryError, default_library_path, resolve_library_path

__all__ = ["ArticleRef", "ImportEvent", "ImportReport", "IssueInfo", "Library", "LibraryError", "LibraryHit",
           "LibrarySearch", "RebuildReport", "SearchFilters", "SearchPage", "citation", "default_library_path",
           "export_article", "export_issue", "find_issues", "import_paths", "issue_key", "open_library",
           "rebuild", "resolve_library_path"]
