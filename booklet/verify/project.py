"""``booklet verify`` on a project: load, index, collate, check every quotation.

The booklet's articles come from the ordinary source loading (cleaned and
cached); references and ``compare_with:`` files are read the same way, and
what verification derives from a reference is cached too (``references``).
The public entry points:

* ``verify_project(manifest_path)`` — everything, for ``booklet verify``;
* ``load_for_verify(...)`` + ``verify_loaded(...)`` — the same on sources
  already loaded (``check``);
* ``same.repeated_articles(loaded, root)`` — only the booklet's repeated
  texts (``build``'s warnings: no references needed).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from booklet.cache import SourceCache
from booklet.manifest import Manifest, load_manifest
from booklet.model import Article
from booklet.sources import LoadedSource, Progress, load_comparison, load_references, load_sources
from booklet.verify.corpus import Corpus
from booklet.verify.diffs import Side, describe_edits
from booklet.verify.lines import LineLocator
from booklet.verify.locate import SHORT_QUOTE_CHARS, best_source, matches
from booklet.verify.quotes import Quotation, with_quotations
from booklet.verify.references import file_texts, reference_texts
from booklet.verify.report import QuoteCheck, SameText, VerifyReport
from booklet.verify.same import article_texts, collate, same_texts
from booklet.verify.texts import VerifyText


@dataclass(slots=True)
class Others:
    """What the booklet is checked against: reference texts and ``compare_with:`` files."""

    references: list[VerifyText] = field(default_factory=list)
    comparisons: dict[int, tuple[Path, tuple[Article, ...]]] = field(default_factory=dict)


def check_quotation(quote: Quotation, text: VerifyText, corpus: Corpus,
                    locator: LineLocator) -> QuoteCheck:
    """The verdict on one quotation of ``text``."""
    ours = Side(text, locator)
    source, elsewhere = best_source(matches(quote, corpus))
    base: dict[str, Any] = dict(article=ours.ref(quote.start), kind=quote.kind,
                quotation=ours.original(quote.start, quote.end),
                attribution=quote.source.text if quote.source and quote.source.names_anything
                else None, short=len(quote.passage) < SHORT_QUOTE_CHARS)
    if source is None:
        where = Side(elsewhere.text, locator).ref(elsewhere.start) if elsewhere else None
        return QuoteCheck(verdict="not_found", elsewhere=where, **base)
    theirs = Side(source.text, locator)
    diffs = describe_edits(source.edits, ours, theirs, a_offset=quote.start)
    return QuoteCheck(verdict="differs" if diffs else "exact", found_in=theirs.ref(source.start),
                      similarity=source.similarity, differences=diffs, **base)


def _declared_pairs(texts: list[VerifyText],
                    comparisons: dict[int, tuple[Path, tuple[Article, ...]]], root: Path,
                    locator: LineLocator) -> tuple[list[SameText], list[VerifyText]]:
    """Collations asked for with ``compare_with:``, and the compared files as texts."""
    pairs, compared = [], []
    for index, (path, articles) in comparisons.items():
        group = file_texts(path, articles, root, "compare")
        compared.extend(group)
        best = max((collate(texts[index], other, locator, declared=True) for other in group),
                   key=lambda found: found.share if found else -1.0, default=None)
        if best is not None:
            pairs.append(best)
    return pairs, compared


def verify_loaded(loaded: list[LoadedSource], others: Others, root: Path,
                  cache: SourceCache | None) -> VerifyReport:
    """Verify the booklet made of ``loaded`` against itself and ``others``."""
    locator = LineLocator()
    texts, quotations = [], {}
    for text, item in zip(article_texts(loaded, root), loaded):
        text, quotations[text.key] = with_quotations(text, item.article)
        texts.append(text)
    declared, compared = _declared_pairs(texts, others.comparisons, root, locator)
    against = others.references + compared
    corpus = Corpus.build([texts, against], cache, quotations)
    report = VerifyReport(articles=len(texts), references=len(others.references))
    seen = {(p.first.label, p.second.label) for p in declared}
    report.same_texts = declared + [p for p in same_texts(texts + against, locator)
                                    if (p.first.label, p.second.label) not in seen]
    for text in texts:
        for quote in quotations[text.key]:
            report.quotations.append(check_quotation(quote, text, corpus, locator))
    return report


def load_for_verify(manifest: Manifest, loaded: list[LoadedSource], cache: SourceCache,
                    progress: Progress | None = None) -> Others:
    """References and ``compare_with:`` files of a manifest whose sources are ``loaded``
    (every file read now, so an unreadable one is an error here)."""
    files = load_references(manifest, cache)
    others = Others(reference_texts(files, manifest.root, cache, progress))
    for index, item in enumerate(loaded):
        found = load_comparison(item, manifest, cache)
        if found is not None:
            others.comparisons[index] = found
    return others


def verify_project(manifest_path: Path, *, use_cache: bool = True,
                   progress: Progress | None = None) -> VerifyReport:
    """Verify the project whose manifest is ``manifest_path``."""
    from booklet.build import source_cache

    manifest = load_manifest(manifest_path)
    cache = source_cache(manifest, enabled=use_cache)
    loaded = load_sources(manifest, cache, progress)
    report = verify_loaded(loaded, load_for_verify(manifest, loaded, cache, progress),
                           manifest.root, cache)
    report.title = manifest.title
    return report
