"""``booklet new DIR``: a ready project to start from.

The project holds a commented ``booklet.yaml``, one small sample source and a
copy of the built-in templates, so the wording (cover, notice, 来源 line) can
be edited without touching the package.
"""

from __future__ import annotations

import shutil
from datetime import date, datetime, timezone
from pathlib import Path

from booklet.errors import InputError
from booklet.i18n import N_, _
from booklet.fileio import write_text_atomic
from booklet.frontmatter import BUILTIN_TEMPLATES
from booklet.manifest import DEFAULT_MANIFEST

SAMPLE_NAME = "sample.txt"

# The commented manifest ``booklet new`` writes; its comments speak the interface language.
MANIFEST_TEMPLATE = N_("""\
# booklet.yaml — what goes into the study booklet (学习专刊) and how it looks.
# Build it with:      booklet build
# Check it with:      booklet check
# Add a new speech:   booklet add sources/new-speech.txt --title "……"
# Paths are relative to this file.

title: 学习专刊               # the cover title
subtitle: 师生理论学习指南      # optional
issuer: 党委宣传部              # optional: printed on the cover and under the notice
date: {year}年{month}月
name: booklet                 # output file names: build/booklet.pdf, build/booklet.docx
layout: gongwen               # GB/T 9704 A4 grid; a5-booklet for a pocket edition
outputs: [pdf, docx, md]      # any of pdf, docx, md, html (one file for phones)
source_date_epoch: {epoch}   # fixed dates: the same inputs give byte-identical files

# An optional 通知 letter before the table of contents (wording: templates/notice.yaml.j2).
# notice:
#   number: 宣〔{year}〕1号
#   to: 各基层党委、党总支、直属党支部
#   body: |
#     为深入学习贯彻……，现将学习专刊印发给你们，请结合实际认真组织学习。
#   date: {year}年{month}月1日

contents:
  # One entry per article, in the order of the table of contents.
  # select: picks one article out of a file that holds several;
  # title / origin / date: override what the cleaner found.
  - source: sources/{sample}
    origin: 示例来源
  # A part groups articles under a divider in the table of contents:
  # - part: 延伸阅读
  #   contents:
  #     - source: sources/another.txt
""")

SAMPLE_TEXT = """\
加强基础研究 实现高水平科技自立自强

  加强基础研究，是实现高水平科技自立自强的迫切要求，是建设世界科技强国

的必由之路。世界科技强国必须能够在重要科技领域处于领跑地位，在新兴前沿

交叉领域成为开拓者。

  基础研究处于从研究到应用、再到生产的科研链条起始端，地基打得牢，科技

事业大厦才能建得高。要坚持“四个面向”，从经济社会发展和国家安全面临的实

际问题中凝练科学问题。

  各单位可以把本文替换为要学习的讲话或文章：把文件放进 sources/ 文件夹，

再运行 booklet add sources/文件名.txt。
"""


def new_project(folder: Path, *, today: date | None = None) -> list[Path]:
    """Create a project in ``folder`` (which may exist but must hold no manifest).

    Returns the files written.  The manifest's date and fixed build time
    (``source_date_epoch``) are the first day of ``today``'s month.
    """
    today = today or date.today()
    first = datetime(today.year, today.month, 1, tzinfo=timezone.utc)
    manifest = folder / DEFAULT_MANIFEST
    if manifest.exists():
        raise InputError(_("already holds a booklet.yaml; choose an empty folder"), path=folder)
    if folder.exists() and not folder.is_dir():
        raise InputError(_("exists and is not a folder"), path=folder)
    written: list[Path] = []
    sample = folder / "sources" / SAMPLE_NAME
    if not sample.exists():
        write_text_atomic(sample, SAMPLE_TEXT)
        written.append(sample)
    written.extend(_copy_templates(folder / "templates"))
    write_text_atomic(manifest, _(MANIFEST_TEMPLATE).format(year=today.year, month=today.month,
                                                            epoch=int(first.timestamp()),
                                                            sample=SAMPLE_NAME))
    written.append(manifest)
    return written


def _copy_templates(target: Path) -> list[Path]:
    """Copy built-in templates that the project does not already have."""
    target.mkdir(parents=True, exist_ok=True)
    copied = []
    for template in sorted(BUILTIN_TEMPLATES.glob("*.j2")):
        destination = target / template.name
        if not destination.exists():
            shutil.copyfile(template, destination)
            copied.append(destination)
    return copied
