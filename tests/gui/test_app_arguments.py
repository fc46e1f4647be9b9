"""The window's command line: a plain one is read without building the argparse parser (start-up), and
reads exactly as the parser reads it; everything else is left to the parser."""

from __future__ import annotations

import itertools

import pytest

from reader.gui import app

pytestmark = pytest.mark.gui

PLAIN = [
    [], ["issue"], ["resources/sample", "--article", "p1-2"], ["--article", "p1-2", "resources/sample"],
    ["x.xml", "--lang", "en", "--theme", "dark"], ["--screenshot", "out.png", "--size", "800x600", "--find", "经济"],
    ["--library", "lib.sqlite3", "--panel", "bookmarks", "--library-search", "人民"], ["--lang", "zh", "--lang", "en"],
    ["", "--article", ""], ["第3版.md", "--size", "10000x200"],
]
NOT_PLAIN = [
    ["-h"], ["--help"], ["--article=p1-2"], ["--art", "p1-2"], ["--article"], ["--article", "-x"], ["a", "b"],
    ["--lang", "fr"], ["--theme", "blue"], ["--panel", "pages"], ["--size", "12x12"], ["--size", "big"],
    ["--bogus", "1"], ["-"], ["--", "-odd-name"],
]


@pytest.mark.parametrize("argv", PLAIN)
def test_a_plain_command_line_reads_as_the_parser_reads_it(argv: list[str]) -> None:
    quick = app.quick_arguments(argv)
    assert quick is not None
    assert quick == app.build_parser().parse_args(argv)
    assert app.parse_arguments(argv) == quick


def test_every_option_and_value_in_any_order_reads_as_the_parser_reads_it() -> None:
    pairs = [["--article", "p2-1"], ["--theme", "sepia"], ["--size", "1024x768"], ["--panel", "library"]]
    for chosen in itertools.permutations(pairs, 3):
        for at in range(4):
            argv = [word for pair in chosen for word in pair]
            argv[at * 2:at * 2] = ["issue"] if at < 3 else []
            assert app.quick_arguments(argv) == app.build_parser().parse_args(argv)


@pytest.mark.parametrize("argv", NOT_PLAIN)
def test_anything_else_is_left_to_the_parser(argv: list[str]) -> None:
    assert app.quick_arguments(argv) is None


def test_help_and_errors_still_come_from_the_parser(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        app.parse_arguments(["--help"])
    assert done.value.code == 0 and "--library-search" in capsys.readouterr().out
    with pytest.raises(SystemExit) as failed:
        app.parse_arguments(["--size", "12x12"])
    assert failed.value.code == 2 and "out of range" in capsys.readouterr().err
    assert app.parse_arguments(["--", "-odd-name"]).path == "-odd-name"
