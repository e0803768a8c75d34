"""Pick one article out of a multi-article source by the manifest's ``select``."""

from __future__ import annotations

import re
from pathlib import Path

from booklet.errors import InputError
from booklet.i18n import _
from booklet.model import Article

_SPACE = re.compile(r"\s+")


def _norm(text: str | None) -> str:
    return _SPACE.sub("", text or "").replace("：", ":").casefold()


def select_article(articles: tuple[Article, ...], select: str, *, path: Path,
                   line: int | None = None) -> Article:
    """The one article whose kicker or title matches ``select``.

    Whitespace and colon width are ignored (``材料 1`` finds ``材料1``).  An exact
    match on kicker or title wins; otherwise a unique substring match; anything
    else is an error listing what the source holds.
    """
    wanted = _norm(select)
    exact = [a for a in articles if wanted in (_norm(a.kicker), _norm(a.title))]
    if len(exact) == 1:
        return exact[0]
    partial = [a for a in articles if wanted in _norm(a.kicker) or wanted in _norm(a.title)]
    found = exact or partial
    if len(found) == 1:
        return found[0]
    listing = "; ".join(_label(a) for a in (found or articles))
    if not found:
        raise InputError(_("select '{select}' matches no article; found: {listing}").format(
            select=select, listing=listing), path=path, line=line, key="select")
    raise InputError(_("select '{select}' matches {count} articles: {listing}").format(
        select=select, count=len(found), listing=listing), path=path, line=line, key="select")


def _label(article: Article) -> str:
    return f"{article.kicker} {article.title}" if article.kicker else article.title
