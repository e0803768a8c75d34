"""The 来源 line: one wording across the booklet, through ``templates/source_line.j2``.

Sources print it in many shapes — ``来源 | 求是网``, ``来源：《人民日报》（2024年06月25日02版）``,
``（来源：新华社，2026年4月30日）`` — and the manifest may give ``origin``/``date`` instead.
Here the printed line is split into who published it (``origin``) and when (``date``: a day
as ``2026年4月30日``, or an issue such as ``2023年第15期``), and the template words them
(by default ``（来源：新华社，2026年4月30日）``); a project's own template overrides it.
"""

from __future__ import annotations

from pathlib import Path

from booklet.frontmatter import render_template
from booklet.model import Article
from booklet.shapes import SOURCE_EDITION_RE, SOURCE_DAY_RE, SOURCE_TRIM, split_source_line


def format_day(text: str) -> str:
    """``2026-04-30`` or ``2026年04月30日`` → ``2026年4月30日``; other text unchanged."""
    return SOURCE_DAY_RE.sub(lambda m: f"{m.group(1)}年{int(m.group(2))}月{int(m.group(3))}日", text)


def split_source(line: str) -> tuple[str | None, str | None]:
    """(origin, date) as printed in a 来源 line, the date normalised (``02版`` → ``第2版``)."""
    origin, when = split_source_line(line)
    when = format_day(when.strip(SOURCE_TRIM).replace(" ", ""))
    when = SOURCE_EDITION_RE.sub(lambda m: f"第{int(m.group(1))}版", when).strip(SOURCE_TRIM)
    return origin, when or None


def source_fields(article: Article) -> tuple[str | None, str | None]:
    """Who and when for the article's 来源 line: from the printed line, else from the fields."""
    origin, when = split_source(article.source_line) if article.source_line else (None, None)
    origin = origin or article.origin
    when = when or (format_day(article.date) if article.date else None)
    return origin, when


def source_line(article: Article, project_dir: Path | None) -> str | None:
    """The 来源 line in the house wording, or None when the article names no source or date."""
    origin, when = source_fields(article)
    if not (origin or when):
        return None
    text = render_template("source_line.j2", project_dir, origin=origin or "", date=when or "",
                           printed=article.source_line or "").strip()
    return text or None
