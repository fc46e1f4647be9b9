"""The role words before a byline's names, as one pattern.

Shared by the importers (bylines.py, formats/epaper/lines.py, which adds its own `X：` lead words)
and by the reading pane's byline check (printed_bylines.py), which needs nothing else of bylines.py
and so does not compile its dozen patterns before the first story is painted.
"""

from __future__ import annotations

import re

# Who wrote or shot it: 本报记者, 新华社记者, 江川日报通讯员, 特约记者, 本报驻X记者, 实习生, 摄影, 作者 …
ROLE_PATTERN = (
    r"(?:(?:本报|新华社|中新社|人民日报|[\u4e00-\u9fff]{2,8}?(?:日报|晚报|早报|时报|报社|报|台|社|网))?"
    r"(?:首席|特约|见习|实习|驻[\u4e00-\u9fff]{1,8}?)?(?:记者|通讯员|评论员|撰稿人|撰稿|摄影记者|实习生)"
    r"|实习生|摄影|作者)")
ROLE_RE = re.compile(ROLE_PATTERN)
