"""The writer registry: every output format, one signature, looked up by name.

Like pandoc's writer list, ``WRITERS`` maps a format name to a function
``write(job, target)``; the build, the manifest's ``outputs:`` and
``--format`` all take their formats from it.  A writer is a pure function of
its ``Job`` — the presented booklet, the layout profile, the fonts and the
PDF's pagination — and the path it writes, so writers can run in any order
or in other processes.  Heavy modules are imported only when a format is
written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Mapping, Sequence

from booklet.i18n import N_
from booklet.layout import Profile
from booklet.model import Booklet

if TYPE_CHECKING:
    from booklet.fonts import FontMap
    from booklet.writers.pdf.document import Layout


@dataclass(frozen=True, slots=True)
class Job:
    """What every writer reads.

    ``booklet`` is the print edition (``present(…, edition="print")``), ``text`` the text
    edition (captions and notes as printed); ``pages[i]`` is the printed start page of
    article i in the PDF's pagination (the DOCX's contents page uses it); ``options`` holds
    each format's settings from the manifest (``html: {inline_styles: true}``); ``progress``
    hears how far a long writer got (the PDF's, which runs in the build's own process).
    """

    booklet: Booklet
    text: Booklet
    profile: Profile
    fonts: "FontMap | None" = None
    pages: Sequence[int] | None = None
    project_dir: Path | None = None
    layout: "Layout | None" = None  # the PDF's own layout when ``pages`` came from it (used up)
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    progress: Callable[[str], None] | None = None


Writer = Callable[[Job, Path], None]


def _pdf(job: Job, target: Path) -> None:
    from booklet.writers.pdf import write_pdf

    assert job.fonts is not None  # resolved by the build for every format in NEEDS_FONTS
    write_pdf(job.booklet, target, profile=job.profile, fonts=job.fonts, layout=job.layout,
              progress=job.progress)


def _docx(job: Job, target: Path) -> None:
    from booklet.writers.docx import write_docx

    write_docx(job.booklet, target, profile=job.profile, toc_pages=job.pages)


def _md(job: Job, target: Path) -> None:
    from booklet.writers.booklet_markdown import write_markdown

    write_markdown(job.text, target, project_dir=job.project_dir)


def _html(job: Job, target: Path) -> None:
    from booklet.writers.html import write_html

    write_html(job.booklet, target, profile=job.profile, project_dir=job.project_dir,
               inline_styles=bool(job.options.get("html", {}).get("inline_styles")))


WRITERS: dict[str, Writer] = {"pdf": _pdf, "docx": _docx, "md": _md, "html": _html}
# Formats whose writer needs font files resolved, and the PDF's layout (the PDF draws it,
# the DOCX's contents page takes its page numbers); the others can start before it exists.
NEEDS_FONTS = frozenset({"pdf", "docx"})
NEEDS_LAYOUT = frozenset({"pdf", "docx"})
# Formats that break display text where words end (``present.breaks``: the word segmenter).
NEEDS_WORDS = frozenset({"pdf", "docx", "html"})
# What the progress line says while each writer runs (translated where shown).
LABELS = {"pdf": N_("writing the PDF"), "docx": N_("writing the DOCX"),
          "md": N_("writing the Markdown edition"), "html": N_("writing the phone edition (HTML)")}
# The second file the HTML writer writes beside NAME.html when ``html: {inline_styles: true}``.
INLINE_HTML = "html.inline"


def output_files(formats: Sequence[str], out_dir: Path, stem: str,
                 options: Mapping[str, Mapping[str, Any]]) -> dict[str, Path]:
    """Every file a build of ``formats`` writes, keyed by format: ``NAME.<format>``, and
    ``NAME.inline.html`` (key ``INLINE_HTML``) when the HTML's inline-styles edition is asked for."""
    files = {fmt: out_dir / f"{stem}.{fmt}" for fmt in formats}
    if "html" in files and options.get("html", {}).get("inline_styles"):
        from booklet.writers.html import inline_target

        files[INLINE_HTML] = inline_target(files["html"])
    return files
