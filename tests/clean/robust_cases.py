"""Build the robustness cases (damaged text + gold) and score the cleaner on them.

Used by ``test_clean_robustness.py``; run as a script for a per-family table::

    python tests/clean/robust_cases.py [--show FAMILY] [--save DIR]
"""

from __future__ import annotations

import importlib.util
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).parent))
import robust_gen as gen  # noqa: E402

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
DATA = REPO / "tests" / "data"  # copies of the dev gold and scorer (tests/data/README.md)
GOLDEN_SEEDS = ("003_8089adc89d669a0a",)  # seeds with no hand-made gold: our own reviewed golden output


@dataclass(frozen=True)
class Case:
    """One damaged input and the Markdown it should clean to."""

    family: str
    name: str
    raw: str
    gold: str


def load_scorer() -> ModuleType:
    """The gold scorer (tests/data/score.py) as a module."""
    spec = importlib.util.spec_from_file_location("booklet_shared_score", DATA / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def documents() -> dict[str, list[gen.Block]]:
    """Gold documents: the shared dev gold pairs and reviewed seed goldens."""
    docs: dict[str, list[gen.Block]] = {}
    for path in sorted((DATA / "gold").glob("*.gold.md")):
        docs[path.name[:-len(".gold.md")]] = gen.read_gold(path.read_text(encoding="utf-8"))
    for seed in GOLDEN_SEEDS:
        path = HERE / "golden" / f"{seed}.md"
        docs[f"seed_{seed[:3]}"] = gen.read_gold(path.read_text(encoding="utf-8"))
    return docs


def _pdf_cases(docs: dict[str, list[gen.Block]], work: Path) -> list[Case]:
    jobs = []
    for k, (name, blocks) in enumerate(sorted(docs.items())):
        for layout in (gen.LAYOUTS[k % len(gen.LAYOUTS)], gen.LAYOUTS[(k + 1) % len(gen.LAYOUTS)]):
            pdf = work / f"{name}__{layout.name}.pdf"
            gen.render_pdf(blocks, layout, pdf)
            jobs += [(ex, pdf, name, layout.name, blocks) for ex in gen.EXTRACTORS
                     if gen.extractor_available(ex)]
            jobs.append(("direct", pdf, name, layout.name, blocks))  # booklet's own PDF reader
        if not any(b.kind == "fn" for b in blocks):  # two-column pages (footnotes would overlap), read by the layout-preserving extractor
            pdf = work / f"{name}__{gen.TWO_COLUMNS.name}.pdf"
            gen.render_pdf(blocks, gen.TWO_COLUMNS, pdf)
            if gen.extractor_available("pdftotext"):
                jobs.append(("pdftotext_layout", pdf, name, gen.TWO_COLUMNS.name, blocks))

    def run(job: tuple) -> Case:
        ex, pdf, name, layout, blocks = job
        if ex == "direct":
            return Case("pdf_direct", f"{name}__{layout}__direct", str(pdf), gen.to_markdown(blocks))
        family = "2col_" + ex if "2col" in layout else "pdf_" + ex
        return Case(family, f"{name}__{layout}__{ex}", gen.EXTRACTORS[ex](pdf), gen.to_markdown(blocks))
    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(run, jobs))


def _direct(pdf: Path) -> str:
    """What ``booklet clean FILE.pdf`` prints (the project's PDF reader, then the cleaner)."""
    from booklet.readers import ReadOptions, read_source
    from booklet.writers.markdown import render_document
    return render_document(read_source(pdf, ReadOptions()).document)


def _text_cases(docs: dict[str, list[gen.Block]]) -> list[Case]:
    cases = []
    for k, (name, blocks) in enumerate(sorted(docs.items())):
        layout = gen.LAYOUTS[k % len(gen.LAYOUTS)]
        pages = gen.plain_pages(blocks, layout)
        for family, make in gen.TEXT_VARIANTS.items():
            cases.append(Case(family, f"{name}__{layout.name}__{family}", make(pages), gen.to_markdown(blocks)))
    return cases


def build_cases(work: Path) -> list[Case]:
    """All cases; PDF cases only when reportlab and a CJK font are available."""
    docs = documents()
    cases = _text_cases(docs)
    if gen.font_path() is not None:
        cases += _pdf_cases(docs, work)
    return cases


def clean_markdown(raw: str) -> str:
    """What ``booklet clean`` prints for ``raw``."""
    from booklet.clean import clean_lines
    from booklet.readers.text import raw_lines
    from booklet.report import Report
    from booklet.writers.markdown import render_document
    return render_document(clean_lines(raw_lines(raw), Report()))


def output(case: Case) -> str:
    """The cleaned Markdown for a case (``pdf_direct`` cases hold the PDF's path as ``raw``)."""
    return _direct(Path(case.raw)) if case.family == "pdf_direct" else clean_markdown(case.raw)


def score_cases(scorer: ModuleType, cases: list[Case]) -> dict[str, dict[str, float]]:
    """Per family: micro boundary P/R/F1, fidelity weighted by gold length, heading F1, worst case."""
    fams: dict[str, list[tuple[Case, dict]]] = {}
    for case in cases:
        metrics = scorer.compare(scorer.Doc(output(case)), scorer.Doc(case.gold))
        fams.setdefault(case.family, []).append((case, metrics))
    table = {}
    for family, rows in sorted(fams.items()):
        b = [sum(m["boundary"][k] for _, m in rows) for k in ("tp", "n_pred", "n_gold")]
        h = [sum(m["headings"][k] for _, m in rows) for k in ("tp", "n_pred", "n_gold")]
        gold = sum(m["gold_chars"] for _, m in rows)
        fid = sum(m["fidelity"] * m["gold_chars"] for _, m in rows) / max(1, gold)
        worst = min(rows, key=lambda r: scorer.prf(*[r[1]["boundary"][k] for k in ("tp", "n_pred", "n_gold")])[2])
        table[family] = {"n": len(rows), "bP": scorer.prf(*b)[0], "bR": scorer.prf(*b)[1],
                         "bF1": scorer.prf(*b)[2], "fid": fid, "hF1": scorer.prf(*h)[2],
                         "worst": worst[0].name}
    return table


def main() -> None:
    """Print the per-family table; ``--save DIR`` writes each case's input, output and gold."""
    import argparse
    import time
    ap = argparse.ArgumentParser()
    ap.add_argument("--save", type=Path)
    ap.add_argument("--only")
    args = ap.parse_args()
    scorer = load_scorer()
    start = time.time()
    with tempfile.TemporaryDirectory() as tmp:
        cases = build_cases(Path(tmp))
        built = time.time() - start
        if args.only:
            cases = [c for c in cases if args.only in c.name]
        if args.save:
            args.save.mkdir(parents=True, exist_ok=True)
            for c in cases:
                (args.save / f"{c.name}.raw.txt").write_text(c.raw, encoding="utf-8")
                (args.save / f"{c.name}.gold.md").write_text(c.gold, encoding="utf-8")
                (args.save / f"{c.name}.out.md").write_text(output(c), encoding="utf-8")
        table = score_cases(scorer, cases)
    print(f"{len(cases)} cases built in {built:.1f}s, scored in {time.time() - start - built:.1f}s")
    print(f"{'family':28} {'n':>3} {'bP':>6} {'bR':>6} {'bF1':>6} {'fid':>6} {'hF1':>6}  worst")
    for fam, row in table.items():
        print(f"{fam:28} {row['n']:3d} {row['bP']:6.3f} {row['bR']:6.3f} {row['bF1']:6.3f} "
              f"{row['fid']:6.4f} {row['hF1']:6.3f}  {row['worst']}")


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))  # this work tree's booklet, not whichever one is installed
    main()
