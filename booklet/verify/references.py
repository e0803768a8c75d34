"""The texts a booklet is checked against: reference files and ``compare_with:`` files.

A reference file's texts — folded, with their metadata, sketches and quoted
spans — depend only on its cleaned articles, the manifest's title/date/
occasion for it, where it lies and this code.  They are cached under a hash
of those (``SourceCache.derived``), so a later run reads the file's bytes to
know its cache key, loads the prepared texts and never unpickles, folds or
searches the articles again; the articles are read (and cleaned, on a cache
miss) only when the prepared texts are missing.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Callable

from booklet.cache import SourceCache, code_fingerprint
from booklet.i18n import _
from booklet.model import Article
from booklet.sources import ReferenceFile, read_reference
from booklet.verify.quotes import with_quotations
from booklet.verify.citations import Source
from booklet.verify.texts import VerifyText, explicit_source, make_text

Progress = Callable[[str], None]
# The code that decides what a prepared text holds (the cleaner's is in the source's cache key).
_PREPARING_CODE = ("verify/references.py", "verify/texts.py", "verify/fold.py", "verify/citations.py",
                   "verify/quotes.py", "verify/ngram.py")


def relative_label(path: Path, root: Path) -> str:
    """``path`` as the manifest would write it: relative to the project folder when inside it."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


def file_texts(path: Path, articles: tuple[Article, ...], root: Path, prefix: str,
               explicit: Source | None = None) -> list[VerifyText]:
    """The texts of one file's articles, labelled 「refs/x.txt」 or 「refs/x.txt（2）」."""
    label = relative_label(path, root)
    out = []
    for n, article in enumerate(articles):
        shown = label if len(articles) == 1 else f"{label}（{n + 1}）"
        text = make_text(article, key=f"{prefix}:{label}#{n}", kind="reference", label=shown,
                         path=path, explicit=explicit)
        out.append(with_quotations(text, article)[0])
    return out


def _texts_key(reference: ReferenceFile, root: Path) -> str:
    entry = reference.entry
    digest = hashlib.sha256(code_fingerprint(*_PREPARING_CODE).encode())
    for part in (reference.cache_key, str(reference.path), str(root),  # the label, in short
                 entry.title, entry.date, entry.occasion):
        digest.update(repr(part).encode("utf-8", "surrogatepass") + b"\x00")
    return digest.hexdigest()


def reference_texts(references: list[ReferenceFile], root: Path, cache: SourceCache,
                    progress: Progress | None = None) -> list[VerifyText]:
    """The texts of every reference file, with the manifest's title/date/occasion, prepared once
    and then loaded from the cache."""
    out: list[VerifyText] = []
    for number, reference in enumerate(references, start=1):
        def prepare(reference: ReferenceFile = reference, number: int = number) -> tuple:
            if progress:
                progress(_("reading reference {number}/{total}: {name}").format(
                    number=number, total=len(references), name=reference.path.name))
            entry = reference.entry
            explicit = explicit_source(entry.title, entry.date, entry.occasion)
            return tuple(file_texts(reference.path, read_reference(reference, cache), root,
                                    "reference", explicit))

        texts = cache.derived(_texts_key(reference, root), "verify-texts", prepare)
        if not isinstance(texts, tuple) or not all(isinstance(t, VerifyText) for t in texts):
            texts = prepare()  # a stale or foreign pickle: prepared again, never trusted
        out.extend(texts)
    return out
