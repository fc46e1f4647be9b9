"""Recognising bylines, datelines and photo credits in Chinese newspaper text.

Shared by the importers: `parse_byline("本报记者 李佩阳 周 欢")` → names 李佩阳, 周欢;
`split_dateline("本报讯（记者陈刚）农业兴则…")` → dateline 本报讯, names 陈刚;
`parse_credit("记者 柯玉栋 摄")` → names 柯玉栋. Each returns None for text that is not one.

Names are known by where they stand, not by a surname list: after a role word and a space
(本报记者 赵兵 巨云鹏), inside a dateline's brackets (（记者莽九晨）, （王亮、陈添洁）), before 摄 under a
caption (妥红艳摄), alone under a headline (晓熠). The surname list only decides where the place
says nothing: a name glued to a role word on a line of its own (记者手记 is a column, not a name).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .textclean import clean_line, fold_width, is_cjk

# Single-character surnames in common use (百家姓 and later), and compound surnames.
_SURNAMES_1 = set(
    "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛"
    "奚范彭郎鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康"
    "伍余元卜顾孟平黄和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵"
    "席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗"
    "丁宣贲邓郁单杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫"
    "乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄"
    "印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴郁胥能苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍却璩桑桂"
    "濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘"
    "匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾毋沙乜养鞠须丰巢关蒯相"
    "查后荆红游竺权逯盖益桓公覃粟兰付代揭邸门库晋楚闫宇续植练佘佟冼卿占栗银战哈买阿其敬来原"
    "雒亓牟由操麦区仝寻郄伞邝展官仵才户衣千旷过母黑革蹇但琚朴铁郇漆荚谌旦达仉眭帅种隽剧缑"
    "麴肖禤修枚招虎鲜商杲綦虢晋"
)
_SURNAMES_2 = {
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "司徒", "夏侯",
    "长孙", "宇文", "轩辕", "端木", "西门", "南宫", "独孤", "呼延", "万俟", "闻人", "澹台", "公冶",
    "宗政", "濮阳", "淳于", "单于", "太叔", "申屠", "钟离", "赫连", "拓跋", "百里", "东郭", "左丘",
    "第五", "梁丘", "司空", "亓官", "南门", "羊舌", "微生", "谷梁", "乐正", "公羊", "公良", "颛孙",
}

# Who wrote or shot it: 本报记者, 新华社记者, 江川日报通讯员, 特约记者, 本报驻X记者, 实习生, 摄影, 作者 …
# Shared with the e-paper importer (formats/epaper/lines.py), which adds its own `X：` lead words.
ROLE_PATTERN = (
    r"(?:(?:本报|新华社|中新社|人民日报|[\u4e00-\u9fff]{2,8}?(?:日报|晚报|早报|时报|报社|报|台|社|网))?"
    r"(?:首席|特约|见习|实习|驻[\u4e00-\u9fff]{1,8}?)?(?:记者|通讯员|评论员|撰稿人|撰稿|摄影记者|实习生)"
    r"|实习生|摄影|作者)")
ROLE_RE = re.compile(ROLE_PATTERN)
_ROLE_LEAD_RE = re.compile(r"^(?:文\s*[/／]\s*图|图\s*[/／]\s*文|文图|文字|文|图文|图|撰文|摄影|作者)(?:\s*[/／:：]\s*|\s+)")  # noqa: E501
_ROLE_ONLY_RE = re.compile(r"(?:本报|[\u4e00-\u9fff]{2,8}?(?:日报|晚报|报))?(?:特约)?(?:评论员|评论部|编辑部)")
_SEPARATORS_RE = re.compile(r"[\s、，,；;/／|｜:：]+")
_ORNAMENTS = "□■◎◇◆●○★☆▲△▶►◆·•"
_SENTENCE_PUNCT_RE = re.compile(r"[。！？!?；;“”\"]")
_OPEN, _CLOSE = "（(", "）)"


# Words printed alone under a headline that are headings (or a page's name in a 导读), not an author's name.
HEADING_WORDS = frozenset(
    ["目录", "回信", "贺信", "贺电", "唁电", "导言", "引言", "引子", "前言", "序言", "按语", "编者按", "编后", "编后语", "摘要", "提要", "附件", "附录", "说明", "声明", "公告", "通告", "通知", "简介", "概述", "综述", "背景", "链接", "导读", "点评", "短评", "评论", "述评", "后记", "结语", "尾声", "全文", "正文", "原文", "译文", "上篇", "下篇", "上编", "下编", "致辞", "讲话", "决定", "决议", "公报", "名单", "答问", "问答", "专访", "对话", "实录", "手记", "侧记", "札记", "特写", "观察", "速递", "快讯", "简讯", "提示", "延伸阅读", "相关链接", "新闻链接", "相关阅读", "数据", "图表", "图解", "注释", "附言", "题记", "小引", "缘起", "楔子", "开篇", "结束语", "综合", "整理", "编译", "导语", "开栏语", "卷首语", "阅读提示", "核心提示", "新闻背景", "记者手记", "记者观察", "专家点评", "现场", "速览", "焦点", "热点", "观点", "要闻", "理论", "经济", "政治", "社会", "文化", "国际", "体育", "副刊", "专题", "文件", "教育", "科技", "生态", "法治", "视觉", "读书", "健康", "民生", "地方"])  # noqa: E501
# Characters a name hardly ever holds (function words), and last characters of organisations.
_NOT_IN_NAME = set("的了在是他她我你们这着与及等")
_ORG_END = set("部社台网局厅处站组委院报电讯办会所")


@dataclass
class Byline:
    """A recognised byline: the people it names, as printed."""

    names: list[str] = field(default_factory=list)
    text: str = ""
    has_role: bool = False  # carried a role word such as 记者 or 通讯员


def is_person_name(token: str) -> bool:
    """True when a token looks like a Chinese personal name: a known surname and 1–3 more characters.

    Names of several parts joined by a middle dot (阿布都·热合曼) are accepted as they are.
    """
    if "·" in token or "•" in token:
        return _dotted_name(token)
    if not 2 <= len(token) <= 4 or not all(is_cjk(ch) for ch in token):
        return False
    if token[:2] in _SURNAMES_2:
        return len(token) >= 3
    return token[0] in _SURNAMES_1


def _dotted_name(token: str) -> bool:
    parts = re.split(r"[·•・]", token)
    return len(parts) >= 2 and all(parts) and all(is_cjk(ch) for p in parts for ch in p) and len(token) <= 16


def is_name_shaped(token: str) -> bool:
    """True when a token can be a name where the place says it is one: 2–4 Chinese characters (any
    surname, pen names too: 晓熠, 琼达卓嘎) or parts joined by a middle dot; not a function word,
    an organisation (…部, …社) or a heading word (目录)."""
    if "·" in token or "•" in token or "・" in token:
        return _dotted_name(token)
    if not 2 <= len(token) <= 4 or not all(is_cjk(ch) for ch in token):
        return False
    return not (token in HEADING_WORDS or token[-1] in _ORG_END or any(ch in _NOT_IN_NAME for ch in token))


def _strip_ornaments(text: str) -> str:
    text = text.strip()
    while text and text[0] in _ORNAMENTS:
        text = text[1:].lstrip()
    if len(text) >= 2 and text[0] in _OPEN and text[-1] in _CLOSE:
        text = text[1:-1].strip()
    return text


def join_padded_names(pieces: list[str], longest_second: int = 2) -> list[str]:
    """Join a name printed with a space inside it: ['周', '欢'] → ['周欢'].

    A single CJK character joins the next piece when that is 1–longest_second CJK characters
    and not a role word.
    """
    out: list[str] = []
    i = 0
    while i < len(pieces):
        p = pieces[i]
        nxt = pieces[i + 1] if i + 1 < len(pieces) else None
        if len(p) == 1 and is_cjk(p) and nxt and 1 <= len(nxt) <= longest_second \
                and all(is_cjk(c) for c in nxt) and not ROLE_RE.fullmatch(nxt):
            out.append(p + nxt)
            i += 2
            continue
        out.append(p)
        i += 1
    return out


def parse_byline(line: str, bare_names: bool = True, pen_names: bool = False,
                 in_brackets: bool = False) -> Byline | None:
    """The byline a whole line is (记者 季泽轩 / 本报记者 李佩阳 周 欢 / 通讯员 X / □尹双红), else None.

    Names printed after a role word and a space are names by their place (本报记者 赵兵 巨云鹏). A
    name glued to a role word (记者王亮) or printed bare needs a known surname, except:
    - in_brackets: the text stands in a dateline's or a credit's brackets, where every token is a
      name (记者莽九晨, 王亮、陈添洁);
    - pen_names: the line stands alone under a headline, where bare names are the author's (晓熠),
      unless the line is a heading word (目录, 回信).
    With bare_names=False (and neither of those) a line of names alone is not taken for a byline.
    """
    if len(line) > 120 or (len(line) > 60 and "  " not in line and "\u3000" not in line):
        return None  # the common case: too long for a byline even with its spaces folded
    text = clean_line(line)
    if not text or len(text) > 60 or _SENTENCE_PUNCT_RE.search(text):
        return None
    body = _strip_ornaments(fold_width(text))
    body = re.sub(r"\s*(?:综合报道|报道|报导|采写|整理)$", "", body)
    lead = _ROLE_LEAD_RE.match(body)
    if lead:
        body = body[lead.end():]
    if not body:
        return None
    if _ROLE_ONLY_RE.fullmatch(body):
        return Byline([], text, True)
    names: list[str] = []
    has_role = lead is not None
    for piece in join_padded_names([p for p in _SEPARATORS_RE.split(body) if p]):
        rest, glued = piece, False
        m = ROLE_RE.match(rest)
        while m and m.end() > 0:
            glued = has_role = True
            rest = rest[m.end():]
            m = ROLE_RE.match(rest)
        if not rest:
            continue
        placed = in_brackets or (has_role and not glued) or (pen_names and not glued)
        if not (is_name_shaped(rest) if placed else is_person_name(rest)):
            return None
        names.append(rest)
    if not names:
        return None
    if has_role or in_brackets:
        return Byline(names, text, has_role)
    if pen_names:
        return Byline(names, text, False) if len(names) <= 4 else None
    if not bare_names or len(names) > 4 or any(len(n) > 3 and n[:2] not in _SURNAMES_2
                                               and "·" not in n for n in names):
        return None  # bare names: 2–3 characters, or a compound surname (金昌发布 is a label)
    return Byline(names, text, False)


# A dateline opening a paragraph: 本报讯 / 新华社北京2月23日电 / 本报北京6月11日电 / 本报江川3月1日讯 /
# 新华社电 / 据新华社电. Shared with the e-paper importer (formats/epaper/lines.py).
_NUM = r"[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}"
_AGENCY = r"(?:据)?(?:新华社|中新社|本报|人民日报|[\u4e00-\u9fff]{1,8}?(?:日报|晚报|报|社|网|台))"
_PLACE = r"[\u4e00-\u9fff·•・‧．.]{0,12}?"
DATELINE_RE = re.compile(
    rf"^(?P<dl>本报讯|{_AGENCY}{_PLACE}(?:(?:{_NUM})月(?:{_NUM})日)(?:电|讯|消息)"
    rf"|{_AGENCY}[\u4e00-\u9fff]{{2,8}}?电(?=[（(\s])|据?(?:新华社|中新社)电(?=[（(\s]))")
_PAREN_RE = re.compile(r"^\s*[（(](?P<inner>[^（）()]{1,60})[）)]")


def match_dateline(paragraph: str) -> tuple[str, str] | None:
    """The dateline a paragraph opens with and the text after it, else None."""
    text = paragraph.lstrip()
    m = DATELINE_RE.match(text)
    if not m:
        return None
    return m.group("dl"), text[m.end():]


@dataclass
class Dateline:
    """A dateline opening a paragraph and the names of the byline printed with it."""

    text: str
    names: list[str] = field(default_factory=list)


def split_dateline(paragraph: str) -> Dateline | None:
    """The dateline a paragraph opens with (本报讯（记者陈刚）… → 本报讯, [陈刚]), else None.

    The brackets right after it hold the byline: their tokens are names whatever the surname
    (（记者莽九晨）, （王亮、陈添洁））.
    """
    found = match_dateline(paragraph)
    if found is None:
        return None
    dateline, rest = found
    names: list[str] = []
    pm = _PAREN_RE.match(rest)
    if pm:
        by = parse_byline(pm.group("inner"), in_brackets=True)
        if by:
            names = by.names
    return Dateline(dateline, names)


# A photo credit line: 记者 柯玉栋 摄 / 新华社记者 X 摄 / X 摄影 / 江川市文旅局供图 / 图/记者 韩冬 /
# 以上图片均为X摄 / X摄（人民视觉） / 本报亚太中心分社 X摄
_CREDIT_TAIL_RE = re.compile(r"^(?P<who>.{1,40}?)\s*/?\s*(?P<how>摄影|摄|供图|提供)"
                             r"\s*(?P<agency>[（(][^（）()]{0,20}[）)])?$")
_CREDIT_HEAD_RE = re.compile(r"^(?:图片|图|摄影|摄)\s*[/／:：]\s*(?P<who>.{1,40})$")
_CREDIT_ENDS = ("摄", "影", "图", "供", "）", ")")  # how a credit ends: 摄, 摄影, 供图, 提供, (agency)
_CREDIT_LEAD_RE = re.compile(r"^(?:以上|上|下|左|右|本版|本组|本页)?(?:图片|照片|组图|图)(?:均为|均由|为|由)\s*")
_ORG_LEAD_RE = re.compile(r"^(?:本报|新华社|人民日报|中新社|[\u4e00-\u9fff]{2,10}?(?:社|分社|台|网|报|中心|站))$")


def parse_credit(line: str, under_caption: bool = False) -> list[str] | None:
    """The names (or agency) a photo credit line gives, else None: 记者 柯玉栋 摄 → [柯玉栋].

    A credit that says so itself (a role word, 以上图片均为…, 供图, 图/…, an agency in brackets, a
    known surname) is one anywhere; a bare name before 摄 (妥红艳摄) is one only under_caption, on
    the line under a photo's caption, whatever the name.
    """
    end = line.rstrip()[-1:]
    if len(line) > 120 or (end not in _CREDIT_ENDS and end != "发" and "/" not in line[:6]
                           and "／" not in line[:6] and "：" not in line[:4] and ":" not in line[:4]):
        return None  # the common case, decided without cleaning the line or the regexes
    text = clean_line(line)
    if text.strip("（()）") in ("新华社发", "新华社"):
        return ["新华社"]
    if _SENTENCE_PUNCT_RE.search(text):  # (width folding keeps sentence punctuation: decided before it)
        return None
    text = _strip_ornaments(fold_width(text))
    if not text or len(text) > 48 or _SENTENCE_PUNCT_RE.search(text):
        return None
    m = _CREDIT_HEAD_RE.match(text)
    if m:
        found = _credit_names(m.group("who"), agency_ok=True)
        return found[0] if found else None
    m = _CREDIT_TAIL_RE.match(text)
    if not m:
        return None
    found = _credit_names(m.group("who"), agency_ok=m.group("how") in ("供图", "提供"))
    if found is None:
        return None
    names, says_so = found
    if says_so or under_caption or (m.group("agency") or "").strip("（()）"):
        return names
    return None


def _credit_names(who: str, agency_ok: bool) -> tuple[list[str], bool] | None:
    """The names in a credit's who-part, and whether the credit says it is one (role word, lead words,
    an organisation before the name, known surnames); None when the part is not names."""
    who = who.strip()
    lead = _CREDIT_LEAD_RE.match(who)
    rest = who[lead.end():] if lead else who
    by = parse_byline(rest, in_brackets=True) if rest else None
    if by is not None and by.names:
        return by.names, bool(lead) or by.has_role or all(is_person_name(n) for n in by.names)
    pieces = [p for p in re.split(r"\s+", rest) if p]
    if len(pieces) >= 2 and _ORG_LEAD_RE.match(pieces[0]):  # 本报亚太中心分社 普拉维
        names = join_padded_names(pieces[1:])
        if all(is_name_shaped(n) for n in names):
            return names, True
    if agency_ok and 2 <= len(who) <= 24 and not re.search(r"[，,。：:]", who):
        return [re.sub(r"\s+", "", who)], True
    return None


_TRAILING_CREDIT_RE = re.compile(r"^(?P<caption>.*[。！？!?”）)])\s*(?P<credit>[^。！？!?”]{2,40})$")
_NOT_CREDIT_END = "。！？!?”"  # a credit (the group above) never ends with one of these
_SAYS_CREDIT_RE = re.compile(r"记者|通讯员|供图|^[（(]?图\s*[/／:：]|新华社|摄影?\s*[（(][^（）()]+[）)]$")


def split_trailing_credit(line: str) -> tuple[str, str, list[str]] | None:
    """A caption line with its credit at the end (…作业。 记者 柯玉栋 摄) → (caption, credit, names)."""
    line = line.strip()
    if not line or line[-1] in _NOT_CREDIT_END:  # the common case, decided without the regex
        return None
    m = _TRAILING_CREDIT_RE.match(line)
    if not m:
        return None
    credit = m.group("credit").strip()
    if not _SAYS_CREDIT_RE.search(credit):
        return None  # a bare "X 摄" after a sentence is too easily ordinary text
    names = parse_credit(credit)
    if names is None:
        return None
    return m.group("caption").rstrip(), credit, names
