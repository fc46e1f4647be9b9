"""The house rules, checked on the source: no import cycle in reader/ (imports inside functions and under
TYPE_CHECKING count), no module over MAX_LINES lines, the core free of Qt and of the GUI, the
GUI's features apart (none imports the window, start-up, or another feature), and SQLite inside its
engine: only reader/core/library/sqlite/ imports sqlite3 or touches a connection, and only
engines.py reaches into that package."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

pytestmark = pytest.mark.core

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "reader"
MAX_LINES = 400
# modules over the limit for now, each with who takes it apart (an entry goes once the module is split)
OVER_THE_LIMIT: dict[str, str] = {}
FEATURES = ("reading", "find", "library", "export", "lookup", "readaloud")
SQLITE_ENGINE = "reader.core.library.sqlite"
ENGINE_CHOOSER = "reader.core.library.engines"   # the one module outside the engine that opens it


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imports_of(path: Path, known: dict[str, Path]) -> set[str]:
    """Every module of reader/ the file imports, wherever the import statement stands."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            targets = [f"{source}.{alias.name}" if f"{source}.{alias.name}" in known else source
                       for alias in node.names]
        else:
            continue
        for target in targets:
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
    return found


def import_graph() -> dict[str, set[str]]:
    known = modules()
    return {name: imports_of(path, known) for name, path in known.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_cycle_finder_finds_a_cycle_and_only_cycles() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_graph_sees_deferred_and_type_checking_imports() -> None:
    graph = import_graph()
    assert "reader.gui.find.controller" in graph["reader.gui.startup"]     # imported inside a method
    assert "reader.gui.shell.protocol" in graph["reader.gui.find.controller"]   # under TYPE_CHECKING
    assert "reader.core.model" in graph["reader.core.reading_order"]
    assert "reader.core.library.sqlite.marks" in graph["reader.core.library.sqlite.library"]  # from . import marks
    assert "reader.core.library" not in graph["reader.core.library.sqlite.library"]


def test_no_import_cycle_in_reader() -> None:
    assert cycles(import_graph()) == []


def test_no_module_is_over_the_size_limit() -> None:
    long = {name: n for name, path in modules().items()
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert sorted(set(long) - set(OVER_THE_LIMIT)) == []
    assert sorted(set(OVER_THE_LIMIT) - set(long)) == [], "split now: take it off OVER_THE_LIMIT"


def test_the_core_imports_neither_qt_nor_the_gui() -> None:
    offenders = {}
    for name, path in modules().items():
        if not name.startswith("reader.core"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        bad = {getattr(n, "module", None) or n.names[0].name for n in ast.walk(tree)
               if isinstance(n, (ast.Import, ast.ImportFrom))
               and any(m and (m.startswith("PySide6") or m.startswith("shiboken") or m.startswith("reader.gui"))
                       for m in [getattr(n, "module", None), *(a.name for a in n.names)])}
        if bad:
            offenders[name] = bad
    assert offenders == {}


def test_features_import_neither_the_window_nor_start_up_nor_each_other() -> None:
    graph = import_graph()
    problems = []
    for name, imported in graph.items():
        parts = name.split(".")
        if len(parts) < 4 or parts[:2] != ["reader", "gui"] or parts[2] not in FEATURES + ("widgets", "session"):
            continue
        for target in imported:
            other = target.split(".")
            if target in ("reader.gui.shell.window", "reader.gui.startup", "reader.gui.app", "reader.gui.screenshot") or other[:2] == ["reader", "gui"] and len(other) > 2 and other[2] in FEATURES and other[2] != parts[2]:
                problems.append((name, target))
    assert problems == []


def test_the_gui_holds_packages_and_a_few_top_level_modules() -> None:
    top = sorted(p.name for p in (PACKAGE / "gui").glob("*.py"))
    assert top == ["__init__.py", "app.py", "pyside_fix.py", "screenshot.py", "startup.py", "translations.py"]


def _in_engine(name: str) -> bool:
    return name == SQLITE_ENGINE or name.startswith(SQLITE_ENGINE + ".")


def sqlite_uses(name: str, source: str, imported: set[str]) -> list[str]:
    """What of SQLite a module outside the engine uses: sqlite3, a `.conn`, the engine's modules."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found |= {"sqlite3" for a in node.names if a.name.split(".")[0] == "sqlite3"}
        elif isinstance(node, ast.ImportFrom) and not node.level and (node.module or "").split(".")[0] == "sqlite3":
            found.add("sqlite3")
        elif isinstance(node, ast.Attribute) and node.attr == "conn":
            found.add(".conn")
    if name != ENGINE_CHOOSER:
        found |= {target for target in imported if _in_engine(target)}
    return sorted(found)


def test_the_sqlite_rule_sees_sqlite3_a_connection_and_the_engine() -> None:
    source = "import sqlite3\ndef f(lib):\n    return lib.conn.execute('SELECT 1')\n"
    assert sqlite_uses("reader.gui.x", source, {"reader.core.library.sqlite.search"}) == [
        ".conn", "reader.core.library.sqlite.search", "sqlite3"]
    assert sqlite_uses(ENGINE_CHOOSER, "", {"reader.core.library.sqlite.engine"}) == []
    assert sqlite_uses("reader.cli.x", "from reader.core.library.results import SearchPage\n",
                       {"reader.core.library.results"}) == []


def test_sqlite_stays_inside_its_engine() -> None:
    """The GUI, the CLI and the engine-neutral core talk to LibraryStorage (engines.open_library)."""
    graph = import_graph()
    offenders = {name: uses for name, path in modules().items() if not _in_engine(name)
                 and (uses := sqlite_uses(name, path.read_text(encoding="utf-8"), graph[name]))}
    assert offenders == {}
