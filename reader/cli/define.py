"""`reader define WORD [--json]`: pinyin, 繁/简 forms and English senses (CC-CEDICT) of a word."""

from __future__ import annotations

import argparse

from ..core.lookup import DictionaryUnavailable, define, shared_dictionary
from ..core.lookup.define import Definition, Sense
from . import output


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Register the command."""
    p = sub.add_parser("define", help="look a word up: pinyin, 繁/简, English senses (CC-CEDICT)")
    p.add_argument("word", metavar="WORD", help="a Chinese word, Simplified or Traditional, e.g. 银行")
    p.add_argument("--json", action="store_true", help="print the definition as JSON")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print the definition; exit 2 when there is nothing to look up, 1 when the dictionary is missing."""
    if not args.word.strip():
        output.problem("define: give a word to look up")
        return 2
    found = define(args.word)
    source = _source()
    if args.json:
        doc = found.to_json()
        doc["dictionary"] = source
        output.print_json(doc)
    else:
        output.out(described(found))
        if source:
            output.say(f"— CC-CEDICT{' ' + str(source['date']) if source['date'] else ''}, "
                       f"{source['license'] or 'CC BY-SA 4.0'}")
    if found.problem:
        output.problem(f"define: the dictionary cannot be read: {found.problem}")
        return 1
    return 0


def _source() -> dict[str, object] | None:
    try:
        info = shared_dictionary().info()
    except DictionaryUnavailable:
        return None
    return {"name": "CC-CEDICT", "package": info.package, "date": info.date and info.date[:10],
            "entries": info.entries, "license": info.license}


def _entry_lines(entry: Sense, indent: str) -> list[str]:
    forms = entry.traditional if entry.traditional == entry.simplified else f"{entry.traditional}|{entry.simplified}"
    return [f"{indent}{forms} [{entry.pinyin}]", f"{indent}  {' / '.join(entry.senses)}"]


def described(found: Definition) -> str:
    """The definition as text: the word, its pinyin and other form, then each entry's senses."""
    other = []
    if found.traditional != found.word:
        other.append(f"繁 {found.traditional}")
    if found.simplified != found.word:
        other.append(f"简 {found.simplified}")
    lines = ["  ".join([found.word, found.pinyin, *other])]
    for entry in found.entries:
        lines += _entry_lines(entry, "  ")
    if not found.entries and not found.problem:
        lines.append("  (not in CC-CEDICT" + ("; its pieces:)" if found.parts else ")"))
        for part in found.parts:
            if part.entries:
                for entry in part.entries:
                    lines += _entry_lines(entry, "  ")
            else:
                lines.append(f"  {part.text} [{part.pinyin}]  (not in CC-CEDICT)")
    return "\n".join(lines) + "\n"
