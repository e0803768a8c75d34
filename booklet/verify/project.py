"""``booklet verify`` on a project: load, index, collate, check every quotation.

The booklet's articles come from the ordinary source loading (cleaned and
cached); references and ``compare_with:`` files are read the same way.  The
public entry points:

* ``verify_project(manifest_path)`` — everything, for ``booklet verify``;
* ``verify_loaded(...)`` — the same on sources already loaded (``check``);
* ``same.repeated_articles(loaded, root)`` — only the booklet's repeated
  texts (``build``'s warnings: no references needed).
"""

from __future__ import annotations

from pathlib import Path

from booklet.cache import SourceCache
from booklet.manifest import Manifest, load_manifest
from booklet.model import Article
from booklet.sources import (LoadedReference, LoadedSource, Progress, load_comparison,
                             load_references, load_sources)
from booklet.verify.corpus import Corpus
from booklet.verify.diffs import Side, describe_edits
from booklet.verify.lines import LineLocator
from booklet.verify.locate import SHORT_QUOTE_CHARS, best_source, matches
from booklet.verify.quotes import Quotation
from booklet.verify.report import QuoteCheck, SameText, VerifyReport
from booklet.verify.same import article_texts, collate, relative_label, same_texts
from booklet.verify.texts import VerifyText, explicit_source, make_text


def _file_texts(path: Path, articles: tuple[Article, ...], root: Path, prefix: str,
                explicit=None) -> list[VerifyText]:
    label = relative_label(path, root)
    out = []
    for n, article in enumerate(articles):
        shown = label if len(articles) == 1 else f"{label}（{n + 1}）"
        out.append(make_text(article, key=f"{prefix}:{label}#{n}", kind="reference", label=shown,
                             path=path, explicit=explicit))
    return out


def reference_texts(references: list[LoadedReference], root: Path) -> list[list[VerifyText]]:
    """One group of texts per reference file, with the manifest's title/date/occasion."""
    groups = []
    for ref in references:
        entry = ref.entry
        explicit = explicit_source(entry.title, entry.date, entry.occasion)
        groups.append(_file_texts(ref.path, ref.articles, root, "reference", explicit))
    return groups


def check_quotation(quote: Quotation, text: VerifyText, corpus: Corpus,
                    locator: LineLocator) -> QuoteCheck:
    """The verdict on one quotation of ``text``."""
    ours = Side(text, locator)
    source, elsewhere = best_source(matches(quote, corpus))
    base = dict(article=ours.ref(quote.start), kind=quote.kind,
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


def _declared_pairs(loaded: list[LoadedSource], texts: list[VerifyText],
                    comparisons: dict[int, tuple[Path, tuple[Article, ...]]], root: Path,
                    locator: LineLocator) -> tuple[list[SameText], list[list[VerifyText]]]:
    """Collations asked for with ``compare_with:``, and the compared files as texts."""
    pairs, groups = [], []
    for index, (path, articles) in comparisons.items():
        group = _file_texts(path, articles, root, "compare")
        groups.append(group)
        best = max((collate(texts[index], other, locator, declared=True) for other in group),
                   key=lambda found: found.share if found else -1.0, default=None)
        if best is not None:
            pairs.append(best)
    return pairs, groups


def verify_loaded(loaded: list[LoadedSource], references: list[LoadedReference],
                  comparisons: dict[int, tuple[Path, tuple[Article, ...]]], root: Path,
                  cache: SourceCache | None) -> VerifyReport:
    """Verify the booklet made of ``loaded`` against itself, its references and comparisons."""
    locator = LineLocator()
    texts = article_texts(loaded, root)
    declared, compared = _declared_pairs(loaded, texts, comparisons, root, locator)
    corpus = Corpus.build([texts, *reference_texts(references, root), *compared], cache)
    report = VerifyReport(articles=len(texts), references=sum(len(r.articles) for r in references))
    seen = {(p.first.label, p.second.label) for p in declared}
    report.same_texts = declared + [p for p in same_texts(corpus, locator)
                                    if (p.first.label, p.second.label) not in seen]
    for text in texts:
        for quote in corpus.quotations[text.key]:
            report.quotations.append(check_quotation(quote, text, corpus, locator))
    return report


def load_for_verify(manifest: Manifest, loaded: list[LoadedSource], cache: SourceCache,
                    progress: Progress | None = None) -> tuple[list[LoadedReference], dict]:
    """References and ``compare_with:`` files of a manifest whose sources are ``loaded``."""
    references = load_references(manifest, cache, progress)
    comparisons = {}
    for index, item in enumerate(loaded):
        found = load_comparison(item, manifest, cache)
        if found is not None:
            comparisons[index] = found
    return references, comparisons


def verify_project(manifest_path: Path, *, use_cache: bool = True,
                   progress: Progress | None = None) -> VerifyReport:
    """Verify the project whose manifest is ``manifest_path``."""
    from booklet.build import source_cache

    manifest = load_manifest(manifest_path)
    cache = source_cache(manifest, enabled=use_cache)
    loaded = load_sources(manifest, cache, progress)
    references, comparisons = load_for_verify(manifest, loaded, cache, progress)
    report = verify_loaded(loaded, references, comparisons, manifest.root, cache)
    report.title = manifest.title
    return report
