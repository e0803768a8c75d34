"""The cleaner's evaluation: build every case, clean it as ``booklet clean FILE`` does, score it.

A case is one document, set in one layout, reaching the cleaner one way (a PDF text extractor,
the project's own PDF reader, or text a person saved or pasted).  The gold is written from the
document's structure (``docs.gold_markdown``); the dev gold pairs copied into ``tests/data/gold``
are a family of their own (``gold_real``: real extractions).  Scores come from the project's gold
scorer (``tests/data/score.py``), aggregated per family the way that scorer aggregates a set.

A crash of the cleaner is a failed case (empty output, fidelity 0) with its traceback kept; it
never stops the run.  The sets never share a text or a layout: ``dev`` (rules may be tuned on it),
``heldout`` and ``fresh`` (look only at their aggregate scores; ``fresh`` holds texts and designs
made after the held-out set had been checked after every merge for many sessions).
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import os
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path
from types import ModuleType

from docs import Doc, from_gold, gold_markdown, load_docs
from extract import EXTRACTORS, TEXT_VARIANTS, missing_tool
from fresh_layouts import FRESH_LAYOUTS
from heldout_layouts import HELDOUT_LAYOUTS
from layouts import DEV_LAYOUTS, Layout

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "data"
SPLITS = ("dev", "heldout", "fresh")
# the sets whose cases are never saved, listed or named: aggregate figures only
UNSEEN = frozenset({"heldout", "fresh"})
SPLIT_LAYOUTS = {"dev": DEV_LAYOUTS, "heldout": HELDOUT_LAYOUTS, "fresh": FRESH_LAYOUTS}
# (the held-out and fresh designs sit in files of their own, kept out of the one read to learn the
# dev designs)
LAYOUTS = {layout.name: layout for layout in DEV_LAYOUTS + HELDOUT_LAYOUTS + FRESH_LAYOUTS}

# family → class; the class decides the TARGET a family is held to (issue 10 "Done means").
CLASSES = {
    "gold_real": "real", "realstyle": "real", "paste_viewer": "real", "plain_ideographic": "real",
    **{name: "roundtrip" for name in EXTRACTORS},
    "direct": "direct",
}
CJK_SPACE = re.compile(r"(?<=[\u3400-\u9fff]) +(?=[\u3400-\u9fff])")
# The gold's own spaces between two CJK characters, ideographic ones included (第一条\u3000为了:
# the space a law prints after an article's number), which an extraction may give as " ".
GOLD_CJK_SPACE = re.compile(r"(?<=[\u3400-\u9fff])[ \u3000]+(?=[\u3400-\u9fff])")


@dataclass(frozen=True)
class Case:
    """One input for the cleaner and the Markdown it should give."""

    split: str
    doc: str
    layout: str
    family: str
    input: Path
    gold: str

    @property
    def name(self) -> str:
        """``split__doc__layout__family``: unique, and what ``--only`` matches."""
        return f"{self.split}__{self.doc}__{self.layout}__{self.family}"

    @property
    def klass(self) -> str:
        """real, roundtrip or direct."""
        return CLASSES[self.family]


def load_scorer() -> ModuleType:
    """The gold scorer (a copy of the shared ``score.py``) as a module."""
    name = "booklet_gold_score"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, DATA / "score.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


# ---------------------------------------------------------------- the plan ----

# Where the dev gold documents stand in the layout rotation: after the 36 dev texts there were when
# the rotation was last extended (branches texts24 and texts25 added five each, texts26 two, all naming their designs); fixed, so that
# adding texts leaves the gold documents' designs — and every old case — as they were.
GOLD_ROTATION_START = 36


def plan(split: str, full: bool = False) -> list[tuple[Doc, Layout]]:
    """(document, layout) pairs of a set: the layouts a text names (``@layouts a, b``), else two
    of its set's layouts in rotation; ``full`` adds one more rotated layout per document."""
    pairs = []
    layouts = SPLIT_LAYOUTS[split]
    texts = load_docs(split)
    gold = gold_documents() if split == "dev" else []
    # the gold documents keep their place in the rotation however many texts come before them
    # (``GOLD_ROTATION_START``): a text added to the set moves no gold document to other designs
    places = list(range(len(texts))) + [GOLD_ROTATION_START + j for j in range(len(gold))]
    for k, doc in zip(places, texts + gold):
        named = [s.strip() for s in doc.meta.get("layouts", "").split(",") if s.strip()]
        rotation = [layout for layout in layouts if layout.rotate]
        chosen = [LAYOUTS[n] for n in named] or [rotation[k % len(rotation)],
                                                 rotation[(k + 3) % len(rotation)]]
        if full:
            extra = rotation[(k + 5) % len(rotation)]
            chosen += [extra] if extra not in chosen else []
        for layout in chosen:
            if layout not in layouts:
                raise ValueError(f"{doc.name}: layout {layout.name} is not a {split} layout")
            pairs.append((doc, layout))
    return pairs


def gold_documents() -> list[Doc]:
    """The dev gold pairs' gold Markdown as documents, to be set again in the dev layouts."""
    return [from_gold(p.read_text(encoding="utf-8"), "gold_" + p.name[:-len(".gold.md")])
            for p in sorted((DATA / "gold").glob("*.gold.md"))]


def gold_real_cases() -> list[Case]:
    """The dev gold pairs themselves: real extractions and their hand-made gold."""
    cases = []
    for raw in sorted((DATA / "gold").glob("*.raw.txt")):
        stem = raw.name[:-len(".raw.txt")]
        gold = (DATA / "gold" / f"{stem}.gold.md").read_text(encoding="utf-8")
        cases.append(Case("dev", stem, "real", "gold_real", raw, gold))
    return cases


def missing_tools() -> dict[str, str]:
    """Extractor → what this machine lacks for it."""
    return {name: why for name in EXTRACTORS if (why := missing_tool(name))}


def build(doc: Doc, layout: Layout, work: Path) -> list[Case]:
    """Typeset ``doc`` in ``layout``: the PDF, every extraction of it, every saved-text variant."""
    from render import render_pdf
    from typeset import compose

    stem = f"{doc.split}__{doc.name}__{layout.name}"
    pages = compose(doc, layout)
    pdf = work / f"{stem}.pdf"
    render_pdf(pages, layout, pdf)
    gold = gold_markdown(doc)
    cases = [Case(doc.split, doc.name, layout.name, "direct", pdf, gold)]
    unavailable = missing_tools()
    for family, extractor in EXTRACTORS.items():
        if family in unavailable:
            continue
        path = work / f"{stem}__{family}.txt"
        path.write_text(extractor(pdf), encoding="utf-8", newline="")
        cases.append(Case(doc.split, doc.name, layout.name, family, path, gold))
    for family, variant in TEXT_VARIANTS.items():
        path = work / f"{stem}__{family}.txt"
        path.write_text(variant(pages), encoding="utf-8", newline="")
        cases.append(Case(doc.split, doc.name, layout.name, family, path, gold))
    return cases


# ---------------------------------------------------------------- cleaning and scoring ----

def clean(path: Path, out: Path) -> tuple[str, str, str]:
    """Run ``booklet clean PATH -o OUT`` in this process, as the CLI does; returns (status, text,
    error).  Any failure — an exception, a non-zero exit — is a crash with its message kept."""
    from booklet.cli import run

    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            code = run(["--verbose", "clean", str(path), "-o", str(out)])
    except BaseException as exc:  # noqa: BLE001 - the harness must survive anything the cleaner does
        import traceback
        return "crash", "", "".join(traceback.format_exception(exc))[-3000:]
    if code != 0 or not out.exists():
        return "crash", "", err.getvalue()[-3000:] or f"exit code {code}"
    return "ok", out.read_text(encoding="utf-8"), ""


def score(case: Case, status: str, output: str, error: str) -> dict:
    """The scorer's metrics for one case, in ``score.py``'s row format, plus the case's labels."""
    scorer = load_scorer()
    m = scorer.compare(scorer.Doc(output), scorer.Doc(case.gold))
    if status != "ok":
        m["fidelity"] = 0.0
    row = {"name": case.name, "split": case.split, "doc": case.doc, "layout": case.layout,
           "family": case.family, "class": case.klass, "status": status, "error": error,
           "seconds": 0.0, **m}
    for key, src in (("boundary", "boundary"), ("headings", "headings")):
        b = row[src]
        b["p"], b["r"], b["f1"] = scorer.prf(b["tp"], b["n_pred"], b["n_gold"])
    row["heading_errors"] = heading_errors(output, case.gold)
    gold_spaces = len(GOLD_CJK_SPACE.findall(case.gold))
    row["cjk_spaces"] = max(0, len(CJK_SPACE.findall(output)) - gold_spaces)
    return row


# The kinds of heading error ``heading_errors`` counts, in the order tables print them.
HEADING_ERRORS = ("joined", "extended", "cut", "absorbed", "demoted", "promoted", "furniture")


def heading_errors(output: str, gold: str) -> dict[str, int]:
    """The heading errors of one output, by kind — counts only, so a table of them may be printed
    for the held-out and fresh sets too (their text never is).  Headings are compared as the scorer
    compares them (content with whitespace and markup removed); the headings both hold are set aside.

    - ``joined``: a predicted heading holds two gold headings (a kicker and its title read as one:
      both counted);
    - ``extended``: it holds one gold heading and text around it (a paragraph's end, furniture);
    - ``cut``: it is a part of a gold heading (a heading cut in two or more);
    - ``absorbed``: a gold heading stands inside a predicted paragraph with other text;
    - ``demoted``: a gold heading is a predicted paragraph of its own;
    - ``promoted``: a predicted heading is a gold paragraph or a piece of one;
    - ``furniture``: a predicted heading holds text the gold does not (a running head, a masthead row).
    A gold heading found in none of these ways (its text spans predicted blocks) is counted under
    ``absorbed``: every missed gold heading and every false heading not already counted with one
    is counted once."""
    scorer = load_scorer()
    pred, ref = scorer.Doc(output), scorer.Doc(gold)
    from collections import Counter
    missed = list((Counter(ref.headings) - Counter(pred.headings)).elements())
    false = list((Counter(pred.headings) - Counter(ref.headings)).elements())
    counts = dict.fromkeys(HEADING_ERRORS, 0)
    used: set[int] = set()
    for g in missed:
        holder = next((j for j, p in enumerate(false) if j not in used and g in p and p != g), None)
        if holder is not None:
            used.add(holder)
            others = [h for h in ref.headings if h != g and h in false[holder]]
            counts["joined" if others else "extended"] += 1
            continue
        if any(g in false[j] for j in used):   # the other heading of a pair joined
            counts["joined"] += 1
            continue
        parts = [j for j, p in enumerate(false) if j not in used and p in g and p != g]
        if parts:
            used.update(parts)
            counts["cut"] += 1
            continue
        paras = [c for kind, c in pred.blocks if kind != "h" and g in c]
        counts["demoted" if g in paras else "absorbed"] += 1
    body = [c for kind, c in ref.blocks if kind != "h"]
    for j, p in enumerate(false):
        if j in used:
            continue
        counts["promoted" if any(p in c for c in body) else "furniture"] += 1
    return counts


def evaluate_cases(cases: list[Case], out_dir: Path, save: Path | None = None) -> list[dict]:
    """Clean and score ``cases``; with ``save``, keep input, output, gold and error per case."""
    rows = []
    for case in cases:
        out = out_dir / f"{case.name}.out.md"
        status, text, error = clean(case.input, out)
        rows.append(score(case, status, text, error))
        if save is not None:
            _save(save, case, text, error)
    return rows


def _save(folder: Path, case: Case, output: str, error: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    suffix = case.input.suffix
    (folder / f"{case.name}.in{suffix}").write_bytes(case.input.read_bytes())
    (folder / f"{case.name}.gold.md").write_text(case.gold, encoding="utf-8")
    (folder / f"{case.name}.out.md").write_text(output, encoding="utf-8")
    if error:
        (folder / f"{case.name}.error.txt").write_text(error, encoding="utf-8")


def _job(args: tuple) -> list[dict]:
    doc, layout, work, only, save = args
    cases = [c for c in build(doc, layout, work) if not only or re.search(only, c.name)]
    return evaluate_cases(cases, work, save)


def evaluate(work: Path, splits: tuple[str, ...] = SPLITS, full: bool = False,
             only: str | None = None, save: Path | None = None,
             jobs: int | None = None) -> list[dict]:
    """Every case of ``splits``, built under ``work``, cleaned and scored; rows in a stable order.

    Jobs (one per document and layout) run in ``jobs`` forked processes (default: the CPU count,
    at most 2 — the machines this runs on have two cores shared with others)."""
    import booklet.cli  # noqa: F401 - imported once before forking, not in every worker

    work.mkdir(parents=True, exist_ok=True)
    rows: list[dict] = []
    if "dev" in splits:
        real = [c for c in gold_real_cases() if not only or re.search(only, c.name)]
        rows += evaluate_cases(real, work, save)
    # held-out and fresh cases are never saved: those sets are for aggregate figures only
    args = [(doc, layout, work, only, None if split in UNSEEN else save)
            for split in splits for doc, layout in plan(split, full)]
    jobs = jobs or min(2, os.cpu_count() or 1)
    if jobs > 1 and sys.platform != "win32":
        with ProcessPoolExecutor(jobs, mp_context=get_context("fork")) as pool:
            for part in pool.map(_job, args):
                rows += part
    else:
        for arg in args:
            rows += _job(arg)
    return sorted(rows, key=lambda r: r["name"])


# ---------------------------------------------------------------- tables ----

def aggregate(rows: list[dict]) -> dict:
    """``score.py``'s aggregate (micro boundary and heading P/R/F1, fidelity weighted by gold
    length), plus crashes and stray CJK spaces."""
    agg = load_scorer().aggregate(rows)
    agg["crashes"] = sum(r["status"] != "ok" for r in rows)
    agg["cjk_spaces"] = sum(r["cjk_spaces"] for r in rows)
    return agg


def group(rows: list[dict], key: str) -> dict[str, list[dict]]:
    """Rows by ``key`` (family, class, layout, doc, split), in sorted order."""
    out: dict[str, list[dict]] = {}
    for row in rows:
        out.setdefault(row[key], []).append(row)
    return dict(sorted(out.items()))


def masked(name: str) -> str:
    """A case's name as a listing may show it: a held-out or fresh case's document is replaced
    by a stable hash of its name (its layout and family, which aggregates show anyway, stay)."""
    import hashlib

    split, doc, rest = name.split("__", 2)
    if split not in UNSEEN:
        return name
    return f"{split}__doc-{hashlib.sha1(doc.encode()).hexdigest()[:6]}__{rest}"


def worst(rows: list[dict], n: int = 3) -> list[dict]:
    """The ``n`` cases that lose most: crashes first, then lowest boundary F1, fidelity, heading F1."""
    return sorted(rows, key=lambda r: (r["status"] == "ok", round(r["boundary"]["f1"], 3),
                                       round(r["fidelity"], 4), r["headings"]["f1"]))[:n]
