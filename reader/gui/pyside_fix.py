"""Two PySide6 workarounds, applied when reader.gui is first imported.

A guard against a PySide6 6.12.0 bug on Python 3.11: void methods drop a reference to None. Every
call of a method returning nothing (QFont.setBold, QWidget.resize, …) lowers None's reference count
by one; after a few thousand calls Python aborts with "none_dealloc: deallocating None". Python 3.12
made None immortal (PEP 683), so the bug is harmless there. On older Pythons, when the bug is
detected, None's count is raised far out of reach, which is what 3.12 does in effect.

PySide's `__feature__` import hook left out: to offer `from __feature__ import snake_case,
true_property` (which the reader never uses), importing PySide6 replaces `builtins.__import__` with a
wrapper that calls Python code around every import statement and reads the whole source of every
module imported after it (`inspect.getsource`, to see whether it names PySide6): about 12 ms of the
start-up for the reader's ~60 modules before the first story is painted. The import PySide wraps
(its lazy loader of Qt types, `builtins.__orig_import__`) is put back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject

HEADROOM = 1 << 40   # calls before the count could reach zero again


def void_calls_drop_none() -> bool:
    """True when calling a void Qt method lowers None's reference count."""
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(8):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before - 4


def drop_feature_import_hook() -> bool:
    """Put back the import PySide's `__feature__` hook wraps; True when the hook was in place."""
    import builtins
    hook = getattr(builtins, "__feature_import__", None)
    wrapped = getattr(builtins, "__orig_import__", None)
    if hook is None or wrapped is None or builtins.__import__ is not hook:
        return False
    builtins.__import__ = wrapped
    return True


def keep_none_alive() -> bool:
    """Apply the guard where needed (Python < 3.12 and the bug present); True when applied."""
    if sys.version_info >= (3, 12) or not void_calls_drop_none():
        return False
    import ctypes
    ctypes.c_ssize_t.from_address(id(None)).value += HEADROOM
    return True
