"""Search: the query language, text folding, in-issue hits (shared with the library's search)."""
