"""Character classes and small text helpers shared by the cleaning rules.

Everything here is table- or regex-driven so the rules stay linear-time.
"""

from __future__ import annotations

import re

# CJK ideographs, CJK punctuation, full-width forms, kana: characters that take no
# space when two lines are joined.
CJK_CLASS = (r"\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3100-\u31ff\u3200-\u33ff"
             r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
             r"\u2014\u2026\u201c\u201d\u2018\u2019\u00b7\u2460-\u24ff\u2776-\u2793")
CJK_RE = re.compile(f"[{CJK_CLASS}]")
CIRCLED = "\u2460-\u2473\u24eb-\u24fe\u2776-\u2793\u3251-\u325f\u32b1-\u32bf"
CIRCLED_RE = re.compile(f"[{CIRCLED}]")

# Sentence-final punctuation, optionally followed by closing quotes/brackets.
FINAL_RE = re.compile(r"(?:[。！？；：!?;…]|\.{3}|……)[”’」』）)》〉】\]\"']*$")
# Clause punctuation inside a body sentence (titles rarely have it).
CLAUSE_RE = re.compile(r"[，、。；！？,;]")
INDENT_RE = re.compile(r"^(?:[ \t]{2,}|[\u3000\u2003\u2002\u00a0]+)")

# The commonest Chinese surnames (about nine in ten people): a byline of bare names starts with one.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "习常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单"
    "季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄"
    "窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查"
    "麻苑迟邝")


def width(text: str) -> float:
    """Display width in em: CJK characters count 1, narrow (ASCII) characters 0.5.

    Counted from the UTF-8 length (3 bytes for CJK, 1 for ASCII) — done in C, fast.
    """
    wide = (len(text.encode("utf-8", "surrogatepass")) - len(text)) / 2
    return wide + (len(text) - wide) * 0.5


_CJK_MATCH = CJK_RE.match


def is_cjk(ch: str) -> bool:
    """True for a character that joins without a space (ideograph or CJK punctuation)."""
    return bool(ch) and _CJK_MATCH(ch) is not None


_FINAL_LAST = frozenset("。！？；：!?;….”’」』）)》〉】]\"'")


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends with 。！？；：… (closing quotes allowed after them)."""
    text = text.rstrip()
    # the last character decides most lines without the (anchored-at-end, so scanning) regex
    return text[-1:] in _FINAL_LAST and text != "" and FINAL_RE.search(text) is not None


_HYPHEN_WORD = re.compile(r"[A-Za-z]-$")


def join_two(left: str, right: str) -> str:
    """Join two wrapped pieces: no space around CJK, one space between Latin words.

    A Latin word split by a hyphen at the line end is repaired ("pro-" + "gress").
    """
    if not left:
        return right
    if not right:
        return left
    a, b = left[-1], right[0]
    if _CJK_MATCH(a) is not None or _CJK_MATCH(b) is not None or a.isspace() or b.isspace():
        return left + right
    if _HYPHEN_WORD.search(left) and b.islower():
        return left[:-1] + right
    if (a.isalnum() and b.isalnum()) or (a in ",.;:!?)" and b.isalpha()):
        return left + " " + right
    return left + right


def join_lines(pieces: list[str]) -> str:
    """Join several wrapped line texts (already stripped) into one paragraph text."""
    out = ""
    for piece in pieces:
        out = join_two(out, piece)
    return out
