"""Command-line interface: parses arguments and calls library functions, nothing more.

``run(argv) -> int`` is pure (mdformat's shape); only ``main`` exits.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from pathlib import Path

from booklet import __version__
from booklet.errors import BookletError


def _cmd_clean(args: argparse.Namespace) -> int:
    from booklet.readers import ReadOptions, read_source
    from booklet.writers.markdown import render_document

    result = read_source(Path(args.file), ReadOptions())
    text = render_document(result.document)
    if args.output:
        from booklet.fileio import write_text_atomic

        write_text_atomic(Path(args.output), text)
    else:
        sys.stdout.write(text)
    if args.report:
        report = result.report.format()
        if report:
            sys.stderr.write(report + "\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for all sub-commands."""
    parser = argparse.ArgumentParser(
        prog="booklet",
        description="Compile Chinese study booklets (学习专刊) from booklet.yaml.")
    parser.add_argument("--version", action="version", version=f"booklet {__version__}")
    parser.add_argument("--verbose", "-v", action="store_true",
                        help="say more, and show tracebacks on errors")
    parser.add_argument("--quiet", "-q", action="store_true", help="print only errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    clean = sub.add_parser("clean", help="print a source as cleaned Markdown")
    clean.add_argument("file", help="a .txt, .md, .docx, .pdf or .html source")
    clean.add_argument("-o", "--output", help="write to this file instead of stdout")
    clean.add_argument("--report", action="store_true",
                       help="list every removed line and normalisation on stderr")
    clean.set_defaults(func=_cmd_clean)
    return parser


def run(argv: list[str] | None = None) -> int:
    """Run the CLI with ``argv`` and return the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return args.func(args)
    except BookletError as exc:
        if args.verbose:
            traceback.print_exc()
        print(f"booklet: error: {exc.one_line()}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("booklet: interrupted", file=sys.stderr)
        return 130


def main() -> int:
    """Console-script entry point."""
    return run()
