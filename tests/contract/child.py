"""A child process writing to a library, for the kill and concurrency tests.

    python -m tests.contract.child LOCATION add FIRST COUNT [DIE [AFTER]]   # add issues FIRST … FIRST+COUNT-1
    python -m tests.contract.child LOCATION import PATH…            # import files and folders

Each committed issue is announced on stderr as `committed KEY` once the engine has returned (so it
is stored for good); `ready` comes before the first write. With DIE (seconds), a timer thread sends
the process SIGKILL that long after the first commit (after the AFTER-th, counted from 0, when
given), wherever the engine is then (the sqlite3 module lets go of the GIL while SQLite works, so
that may be inside a statement). Nothing in the engine is patched.
"""

from __future__ import annotations

import os
import signal
import sys
import threading

from reader.core.library.engines import open_library
from reader.core.library.importer import ImportEvent

from .generated import generated_issue


def _say(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


def main(argv: list[str]) -> int:
    location, action, *rest = argv
    with open_library(location) as lib:
        _say("ready")
        if action == "add":
            first, count = int(rest[0]), int(rest[1])
            arm_at = first + (int(rest[3]) if len(rest) > 3 else 0)
            for n in range(first, first + count):
                _say(f"committed {lib.add_issue(generated_issue(n)).info.key}")
                if n == arm_at and len(rest) > 2:
                    threading.Timer(float(rest[2]), os.kill, (os.getpid(), signal.SIGKILL)).start()
            lib.index_pending()
        else:
            def tell(event: ImportEvent) -> None:
                if event.kind in ("imported", "replaced") and event.info is not None:
                    _say(f"committed {event.info.key}")
            lib.import_paths(rest, progress=tell)
    _say("done")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
