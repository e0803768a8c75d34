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


def _say(args: argparse.Namespace, message: str) -> None:
    if not args.quiet:
        print(message, file=sys.stderr)


def _cmd_build(args: argparse.Namespace) -> int:
    from booklet.build import BuildOptions, build
    from booklet.progress import progress_reporter

    formats = [f.strip() for f in args.format.split(",") if f.strip()] if args.format else None
    options = BuildOptions(formats=formats, out_dir=Path(args.out) if args.out else None,
                           force=args.force, use_cache=not args.no_cache, strict=args.strict)
    with progress_reporter(enabled=not args.quiet) as progress:
        result = build(Path(args.manifest), options, progress=progress)
    for warning in result.warnings:
        _say(args, f"booklet: warning: {warning}")
    if args.verbose:
        recleaned = ", ".join(str(p) for p in result.recleaned) or "none"
        _say(args, f"cache: {result.cache_hits} hit(s), {result.cache_misses} miss(es); "
                   f"re-cleaned: {recleaned}")
    outputs = ", ".join(str(p) for p in result.outputs.values())
    state = "up to date" if result.up_to_date else f"built in {result.seconds:.2f} s"
    _say(args, f"{outputs}: {state}")
    return 0


def _cmd_fonts(args: argparse.Namespace) -> int:
    from booklet.fonts import describe_fonts, resolve_fonts
    from booklet.layout import load_profile
    from booklet.manifest import load_manifest

    manifest_path = Path(args.manifest)
    overrides: dict[str, Path] = {}
    layout, layout_overrides = args.layout, {}
    if manifest_path.exists():
        manifest = load_manifest(manifest_path)
        overrides = {role: manifest.resolve(p) for role, p in manifest.fonts.items()}
        layout = args.layout or manifest.layout_name
        layout_overrides = manifest.layout_overrides
    profile = load_profile(layout or "gongwen", layout_overrides)
    print(describe_fonts(resolve_fonts(profile, overrides)))
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
    # The same flags after the command name (``booklet build -v``); SUPPRESS keeps a
    # flag given before the command from being reset by the sub-parser's default.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--verbose", "-v", action="store_true", default=argparse.SUPPRESS)
    common.add_argument("--quiet", "-q", action="store_true", default=argparse.SUPPRESS)

    clean = sub.add_parser("clean", parents=[common], help="print a source as cleaned Markdown")
    clean.add_argument("file", help="a .txt, .md, .docx, .pdf or .html source")
    clean.add_argument("-o", "--output", help="write to this file instead of stdout")
    clean.add_argument("--report", action="store_true",
                       help="list every removed line and normalisation on stderr")
    clean.set_defaults(func=_cmd_clean)

    build = sub.add_parser("build", parents=[common], help="build the booklet's PDF/DOCX/Markdown")
    build.add_argument("manifest", nargs="?", default="booklet.yaml",
                       help="the manifest (default: booklet.yaml)")
    build.add_argument("--format", help="comma-separated formats to build: pdf,docx,md")
    build.add_argument("--out", help="output folder (default: the manifest's out_dir, build/)")
    build.add_argument("--force", action="store_true", help="rebuild even if nothing changed")
    build.add_argument("--no-cache", action="store_true", help="re-clean every source")
    build.add_argument("--strict", action="store_true",
                       help="a character missing from the fonts is an error")
    build.set_defaults(func=_cmd_build)

    fonts = sub.add_parser("fonts", parents=[common], help="show which font file serves each font role")
    fonts.add_argument("manifest", nargs="?", default="booklet.yaml",
                       help="the manifest whose fonts: overrides apply (optional)")
    fonts.add_argument("--layout", help="layout profile (default: the manifest's, or gongwen)")
    fonts.set_defaults(func=_cmd_fonts)
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
