"""The parse server's process (see parse_server.py): `python -m reader.core.parse_worker`."""

from __future__ import annotations

import sys
from typing import IO, Any

from .parse_server import read_message, write_message


def serve(inp: IO[bytes], out: IO[bytes]) -> None:
    """Answer requests (path, fmt, page, limits) with ("ok", issue) or ("error", exception) until EOF."""
    from .bounds import run_bounded
    from .errors import IssueError
    from .formats import IMPORTERS
    from .loading import detect_format, open_issue

    while True:
        try:
            path, fmt, page, limits = read_message(inp)
        except EOFError:
            return
        try:
            fmt = fmt or detect_format(path)  # sniffing reads little; then the importer is imported here,
            if fmt in IMPORTERS:              # once, and every forked child starts with it
                IMPORTERS[fmt]
            answer: tuple[str, Any] = ("ok", run_bounded(path, open_issue, path, fmt, page, limits=limits))
        except IssueError as exc:
            answer = ("error", exc)
        except Exception as exc:  # noqa: BLE001 — said to the client, which names the file
            answer = ("failed", f"{type(exc).__name__}: {exc}")
        write_message(out, answer)


if __name__ == "__main__":
    serve(sys.stdin.buffer, sys.stdout.buffer)
