"""Jump markers (（转3版） … （上接1版）) and linking the parts of a story across pages."""

from __future__ import annotations

import re

from .model import Issue, Item, Story
from .textclean import page_number

_PAGE = r"[A-Za-zＡ-Ｚａ-ｚ]?\s*[0-9０-９]{1,3}|[〇零一二两三四五六七八九十百]{1,4}"
_OPEN, _CLOSE = r"[（(【\[]", r"[）)】\]]"

# A marker closing a paragraph: （转3版） (转3版) （下转第三版） 转第3版 转A2版
JUMP_TO_RE = re.compile(
    rf"\s*(?:{_OPEN}\s*(?:下\s*)?转\s*(?:第\s*)?(?P<p1>{_PAGE})\s*版\s*{_CLOSE}"
    rf"|(?<![^\s。！？!?”」』…；;，,、])(?:下\s*)?转\s*第?\s*(?P<p2>{_PAGE})\s*版)\s*$")
# A marker opening a paragraph: （上接第1版） （接第一版） （紧接第1版） （上接1版） 上接第1版
JUMP_FROM_RE = re.compile(
    rf"^\s*(?:{_OPEN}\s*(?:上\s*|紧\s*|紧\s*上\s*)?接\s*(?:第\s*)?(?P<p1>{_PAGE})\s*版\s*{_CLOSE}"
    rf"|(?:上|紧)\s*接\s*第?\s*(?P<p2>{_PAGE})\s*版(?=\s|$))\s*")
# A reference to related matter on another page, not a jump: （相关报道见第二版）
CROSS_REF_RE = re.compile(rf"{_OPEN}[^（）()]{{0,60}}见\s*第?\s*(?P<page>{_PAGE})\s*版\s*{_CLOSE}")


def split_jump_to(text: str) -> tuple[str, int | None]:
    """A paragraph without its closing jump marker, and the page it jumps to (None: no marker)."""
    if "转" not in text:  # every marker has it; most paragraphs are decided without the regex
        return text, None
    m = JUMP_TO_RE.search(text)
    if not m:
        return text, None
    page = page_number(m.group("p1") or m.group("p2"))
    if page is None:
        return text, None
    return text[: m.start()].rstrip(), page


def split_jump_from(text: str) -> tuple[int | None, str]:
    """The page a paragraph continues from (None: no marker) and the paragraph without the marker."""
    m = JUMP_FROM_RE.match(text)
    if not m:
        return None, text
    page = page_number(m.group("p1") or m.group("p2"))
    if page is None:
        return None, text
    return page, text[m.end():].lstrip()


def cross_refs(text: str) -> list[int]:
    """Pages named by cross-references such as （相关报道见第二版）."""
    if "见" not in text:  # every reference has it
        return []
    pages = (page_number(m.group("page")) for m in CROSS_REF_RE.finditer(text))
    return [p for p in pages if p is not None]


# What two printings of one headline may differ in: spaces, dashes, quotes and list punctuation.
_TITLE_NOISE_RE = re.compile(r"[\s·•、，,：:—–\-“”\"'‘’]+")
AGREE_MIN_CHARS = 4  # a headline shortened to fewer characters than this is not matched by its text


def _norm_title(title: str | None) -> str:
    return _TITLE_NOISE_RE.sub("", title or "")


def _contained(short: str | None, full: str | None) -> bool:
    """Whether headline short is full or a shortened printing of it (a part of it, 4+ characters)."""
    a, b = _norm_title(short), _norm_title(full)
    return bool(a) and bool(b) and (a == b or (len(a) >= AGREE_MIN_CHARS and a in b))


def _titles_agree(a: Item, b: Item) -> bool:
    return _contained(a.title, b.title) or _contained(b.title, a.title)


def _pair_parts(outgoing: list[Item], incoming: list[Item]) -> dict[str, Item]:
    """Each jump-out part's continuation: the part on its target page continuing from its page, by
    repeated (or shortened) headline first, else by printed order."""
    next_of: dict[str, Item] = {}
    taken: set[str] = set()
    for by_title in (True, False):
        for src in outgoing:
            if src.id in next_of:
                continue
            for dst in incoming:
                if dst.id in taken or dst.page != src.continues_to or dst.continued_from != src.page:
                    continue
                if by_title and not _titles_agree(src, dst):
                    continue
                if not by_title and _norm_title(dst.title) and _norm_title(src.title) \
                        and any(_titles_agree(dst, o) for o in outgoing if o is not src):
                    continue  # that part's headline names another story
                next_of[src.id] = dst
                taken.add(dst.id)
                break
    return next_of


def _pair_unmarked(items: list[Item], outgoing: list[Item], next_of: dict[str, Item]) -> None:
    """A jump whose continuation prints no （上接…） marker: the first item on the target page under
    the same (or a shortened) headline continues it."""
    used = {dst.id for dst in next_of.values()}
    for src in outgoing:
        if src.id in next_of:
            continue
        for dst in items:
            if dst.page == src.continues_to and dst.continued_from is None and dst.id not in used \
                    and dst is not src and dst.kind == "article" and _titles_agree(src, dst):
                dst.continued_from = src.page
                next_of[src.id] = dst
                used.add(dst.id)
                break


def link_stories(issue: Issue) -> None:
    """Pair each jump with the part that continues it, build issue.stories, warn of missing parts.

    A part on page P marked `continues_to=Q` is linked to a part on page Q marked
    `continued_from=P`, by repeated headline first, else by printed order; a part printed without
    the marker is found by its headline. The later parts then carry the story's title, the first
    part's (a part printed under a shortened headline too); one printed under another headline
    is warned of, the warning keeping that headline.
    """
    items = [it for it in issue.items() if it.duplicate_of is None]
    outgoing = [it for it in items if it.continues_to is not None]
    next_of = _pair_parts(outgoing, [it for it in items if it.continued_from is not None])
    _pair_unmarked(items, outgoing, next_of)
    incoming = [it for it in items if it.continued_from is not None]
    taken = {dst.id for dst in next_of.values()}
    issue.stories = []
    for head in items:
        if head.id in taken or head.id not in next_of:
            continue
        parts = [head]
        while parts[-1].id in next_of and len(parts) <= len(items):
            parts.append(next_of[parts[-1].id])
        title = head.title
        for part in parts[1:]:
            printed, full = _norm_title(part.title), _norm_title(title)
            if printed and full and printed not in full and full not in printed:
                issue.warn("continued-headline",
                           f"「{title}」 is printed on page {part.page} under the headline 「{part.title}」",
                           part.page, part.id, part.title,
                           params={"title": title, "page": part.page, "printed": part.title})
            part.title = title
        issue.stories.append(Story(id=f"s-{head.id}", parts=[p.id for p in parts]))
    for src in outgoing:
        if src.id not in next_of:
            issue.warn("continuation-missing",
                       f"「{src.display_title()}」 continues on page {src.continues_to}, "
                       "but that part is not in this issue", src.page, src.id,
                       params={"title": src.display_title(), "to_page": src.continues_to})
    for dst in incoming:
        if dst.id not in taken:
            issue.warn("continuation-missing",
                       f"「{dst.display_title()}」 continues from page {dst.continued_from}, "
                       "but that part is not in this issue", dst.page, dst.id,
                       params={"title": dst.display_title(), "from_page": dst.continued_from})
