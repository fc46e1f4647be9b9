"""`date`, taken from the C module `_datetime` where Python has one (CPython does): the same class as
`datetime.date`, without running `datetime.py`, which costs the cached reopen about 4 M instructions
before the first paint (bench/startup_instructions.py). Modules on the start-up path import `date`
from here; the rest import `datetime` as usual."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import date
else:
    try:
        from _datetime import date
    except ImportError:          # a Python without the C module
        from datetime import date

__all__ = ["date"]
