"""The no-English-leak check shared by the message tests: prose in Latin letters."""

from __future__ import annotations

import re

# Latin words a Chinese message may carry: names of formats, tools and fonts, and the
# program's own name.  Anything else in Latin letters is English that leaked through.
TECHNICAL_WORDS = frozenset("""
    booklet PDF DOCX YAML UTF GB GBK HTML html TrueType OpenType CFF ZIP PNG JPEG GIF Word Excel OCR
    STSong Light Markdown MB NUL Tab true false pdf docx md txt odt gongwen fonts arphic uming
    ukai wqy zenhei AR PL UMing UKai CN TW WenQuanYi Zen Hei Micro Noto Source Han ttf ttc otf
    simfang pip beautifulsoup fangsong heiti kaiti xiaobiaosong songti zh en
    latin Times New Roman Liberation Serif DejaVu liberation
""".split())


def english_words(message: str) -> set[str]:
    """Latin-letter words of ``message`` that are prose, not names: paths, quoted keys and values,
    options, file suffixes and identifiers are set aside first."""
    text = re.sub(r"'[^']*'|\"[^\"]*\"", " ", message)  # quoted keys, values, choices
    text = re.sub(r"\S*[/\\]\S*", " ", text)  # paths
    text = re.sub(r"--?[A-Za-z][\w-]*|\bbooklet [a-z]+\b", " ", text)  # options, commands
    text = re.sub(r"[\w.-]*\.[A-Za-z]\w*", " ", text)  # a.txt, .odt, booklet.yaml
    text = re.sub(r"\b[A-Za-z]\w*_\w+\b|\bU\+[0-9A-F]+\b", " ", text)  # source_line, U+4E00
    return {w for w in re.findall(r"[A-Za-z]{2,}", text) if w not in TECHNICAL_WORDS}
