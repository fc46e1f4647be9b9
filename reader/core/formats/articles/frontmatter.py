"""YAML front matter of an article file: split it off the body and read its fields tolerantly."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import yaml

from ...errors import IssueError
from ...textclean import clean_line, squeeze_cjk_spaces
from .layout import FRONT_MATTER_CLOSE_RE as _CLOSE_RE
from .layout import FRONT_MATTER_OPEN_RE as _OPEN_RE

# Job titles that may precede a name in an author field: 本报记者 刘钊, 通讯员 张洁
_NAME_PREFIX_RE = re.compile(r"^(?:本报|新华社|特约|见习|实习|驻\S{1,6})*(?:记者|通讯员|评论员|撰稿人?)[\s:：]*")
_TRUE = {"true", "yes", "y", "on", "1", "是", "真"}
_FALSE = {"false", "no", "n", "off", "0", "否", "假", "none", "null", "~"}
_DATE_RE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")


# The base loader: every scalar stays the text it was written as (a title `2026` or `yes` is not a
# number or a boolean, `2026-13-45` is not a date, `!!binary …` is not decoded); explicit tags are
# kept as text too, and a recursive alias is refused. libyaml's parser when present: ~20× faster.
_TextLoader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
MAX_VALUES = 20_000  # strings, lists and mappings a front matter may expand to (aliases counted each time)
MAX_CHARS = 1_000_000  # characters of text it may expand to


class _Budget:
    """What is left of MAX_VALUES and MAX_CHARS while a front matter's values are copied out."""

    def __init__(self, path: str | Path) -> None:
        self.path, self.values, self.chars = path, MAX_VALUES, MAX_CHARS

    def spend(self, chars: int) -> None:
        self.values -= 1
        self.chars -= chars
        if self.values < 0 or self.chars < 0:
            raise IssueError(self.path, f"broken front matter: its aliases expand to more than {MAX_VALUES:,} "
                                        f"values or {MAX_CHARS:,} characters (an alias bomb?)", "yaml-too-big",
                             {"values": MAX_VALUES, "chars": MAX_CHARS})


def _plain(value: Any, budget: _Budget, depth: int = 0) -> Any:
    """A copy of loaded YAML as plain str/list/dict, each alias expanded against the budget."""
    if depth > 100:
        raise IssueError(budget.path, "broken front matter: nested more than 100 levels deep", "yaml-too-deep")
    if isinstance(value, str):
        budget.spend(len(value))
        return value
    if isinstance(value, list):
        budget.spend(0)
        return [_plain(v, budget, depth + 1) for v in value]
    if isinstance(value, dict):
        budget.spend(0)
        return {_plain(k, budget, depth + 1) if isinstance(k, str) else str(k): _plain(v, budget, depth + 1)
                for k, v in value.items()}
    budget.spend(0)
    return "" if value is None else str(value)


@dataclass
class FrontMatter:
    """The fields of an article's front matter, and the Markdown body after it."""

    fields: dict[str, Any]
    body: str
    body_line: int  # the file line (1-based) the body starts on

    def text(self, key: str) -> str | None:
        """A field as one line of text (a list is joined with spaces); None when absent or empty."""
        parts = [clean_line(v) for v in _strings(self.fields.get(key))]
        joined = " ".join(p for p in parts if p)
        return joined or None

    def values(self, key: str) -> list[str]:
        """A list field (`column:`, `region:`): its non-empty items; a plain string is one item."""
        return [v for v in (clean_line(s) for s in _strings(self.fields.get(key))) if v]

    def names(self, key: str) -> list[str]:
        """Person names of an author field: a YAML list, or a legacy string separated by spaces or 、."""
        value = self.fields.get(key)
        if isinstance(value, str):
            raw = re.split(r"[\s\u3000、，,；;/／]+", value)
        else:
            raw = [piece for s in _strings(value) for piece in re.split(r"[、，,；;／]+", s)]
        names: list[str] = []
        for piece in raw:
            name = squeeze_cjk_spaces(clean_line(_NAME_PREFIX_RE.sub("", clean_line(piece))))
            if name and name not in names:
                names.append(name)
        return names

    def flag(self, key: str) -> bool:
        """A yes/no field (`image: true`); absent or empty is False."""
        value = self.text(key)
        return value is not None and value.lower() in _TRUE

    def image_path(self, key: str) -> str | None:
        """A field naming an image file (`image: images/a.jpg`) rather than yes/no; None otherwise."""
        value = self.text(key)
        if value is None or value.lower() in _TRUE or value.lower() in _FALSE:
            return None
        return value

    def date(self, key: str) -> dt.date | None:
        """A date field written YYYY-MM-DD (or 2026年7月13日); None when absent or not a date."""
        return parse_date(self.text(key) or "")


def parse_date(text: str) -> dt.date | None:
    """The first date written YYYY-MM-DD, YYYY/MM/DD or YYYY年M月D日 in text, else None."""
    m = _DATE_RE.search(text)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def split_front_matter(text: str, path: str | Path) -> FrontMatter:
    """The front matter and body of an article file; IssueError names the file and what is broken."""
    lines = text.lstrip("\ufeff").split("\n")
    if not lines or not _OPEN_RE.match(lines[0]):
        raise IssueError(path, "no YAML front matter (the file must begin with a --- line)", "no-front-matter")
    close = next((i for i in range(1, len(lines)) if _CLOSE_RE.match(lines[i])), None)
    if close is None:
        raise IssueError(path, "broken front matter: the --- on line 1 is never closed by another --- line",
                         "yaml-unclosed")
    source = "\n".join(lines[1:close])
    try:
        data = _plain(yaml.load(source, Loader=_TextLoader), _Budget(path))  # noqa: S506 — builds str/list/dict only
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f" (line {mark.line + 2})" if mark is not None else ""
        problem = " ".join(str(exc.problem or exc.context).split())
        raise IssueError(path, f"broken front matter: {problem}{where}", "yaml",
                         {"problem": problem, "line": mark.line + 2 if mark is not None else None}) from exc
    except yaml.YAMLError as exc:
        problem = " ".join(str(exc).split())
        raise IssueError(path, f"broken front matter: {problem}", "yaml", {"problem": problem}) from exc
    except RecursionError as exc:
        raise IssueError(path, "broken front matter: nested too deep", "yaml-too-deep") from exc
    if data is None or data == "":
        data = {}
    if not isinstance(data, dict):
        raise IssueError(path, "broken front matter: not a mapping of `key: value` fields", "yaml-not-mapping")
    fields = {k.strip(): v for k, v in data.items()}
    return FrontMatter(fields, "\n".join(lines[close + 1:]), close + 2)


def _strings(value: Any) -> Iterator[str]:
    """Every string in a field value, lists and mappings flattened, in order."""
    if value is None:
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _strings(v)
    else:
        yield str(value)
