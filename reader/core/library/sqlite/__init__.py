"""The SQLite engine: a library in one SQLite file, with FTS5 text and word indexes.

engine.py: SQLiteLibrary, what engines.open_library gives for a file path: Library (library.py: the
file, its issues, bookmarks and upkeep) with the storage interface's search (search.py, over
textindex.py and the word index: wordindex.py, wordquery.py), trend (trend.py) and import
(importing.py). store.py: the schema, opening and migrating; faults.py: SQLite's errors as
LibraryErrors; repair.py: rebuilding an unusable file. Import the modules themselves (this package
imports nothing, so opening a library loads only what it uses).
"""
