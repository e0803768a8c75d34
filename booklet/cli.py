"""Command-line interface: parses arguments and calls library functions, nothing more.

``run(argv) -> int`` is pure (mdformat's shape); only ``main`` exits.  Exit
codes: 0 ok, 1 build failed (or an internal error), 2 bad input or usage.
Every error is one line on stderr; tracebacks only with ``--verbose``.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from pathlib import Path

from booklet import __version__
from booklet.errors import BookletError


def _say(args: argparse.Namespace, message: str) -> None:
    if not args.quiet:
        print(message, file=sys.stderr)


def _note(args: argparse.Namespace, message: str) -> None:
    if args.verbose and not args.quiet:
        print(message, file=sys.stderr)


def _cmd_clean(args: argparse.Namespace) -> int:
    from booklet.readers import ReadOptions, read_source
    from booklet.sniff import check_source_bytes
    from booklet.writers.markdown import render_document

    path = Path(args.file)
    if path.is_file():
        check_source_bytes(path, path.read_bytes())
    result = read_source(path, ReadOptions())
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


def _build_once(args: argparse.Namespace) -> int:
    from booklet.build import BuildOptions, build
    from booklet.progress import progress_reporter

    formats = [f.strip() for f in args.format.split(",") if f.strip()] if args.format else None
    options = BuildOptions(formats=formats, out_dir=Path(args.out) if args.out else None,
                           force=args.force, use_cache=not args.no_cache, strict=args.strict)
    with progress_reporter(enabled=not args.quiet) as progress:
        result = build(Path(args.manifest), options, progress=progress)
    for warning in result.warnings:
        _say(args, f"booklet: warning: {warning}")
    recleaned = ", ".join(str(p) for p in result.recleaned) or "none"
    _note(args, f"cache: {result.cache_hits} hit(s), {result.cache_misses} miss(es); "
                f"re-cleaned: {recleaned}")
    outputs = ", ".join(str(p) for p in result.outputs.values())
    state = "up to date" if result.up_to_date else f"built in {result.seconds:.2f} s"
    _say(args, f"{outputs}: {state}")
    return 0


def _cmd_build(args: argparse.Namespace) -> int:
    if not args.watch:
        return _build_once(args)
    from booklet.watch import watch

    def once() -> int:
        return _guarded(args, lambda: _build_once(args))

    def on_change(paths: list[Path]) -> None:
        _say(args, "booklet: changed: " + ", ".join(p.name for p in paths))

    _say(args, "booklet: watching for changes (Ctrl-C to stop)")
    try:
        return watch(Path(args.manifest), once, on_change=on_change, interval=args.interval,
                     max_builds=args.max_builds)
    except KeyboardInterrupt:
        _say(args, "booklet: stopped watching")
        return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from booklet.check import check_project

    result = check_project(Path(args.manifest), use_cache=not args.no_cache)
    for finding in result.findings:
        if finding.level == "error" or not args.quiet:
            print(f"booklet: {finding}", file=sys.stderr if finding.level == "error" else sys.stdout)
    if result.verify_summary and not args.quiet:
        print(f"booklet: {result.verify_summary} (details: booklet verify)")
    _say(args, f"booklet: {result.summary()}")
    return result.exit_code


def _cmd_verify(args: argparse.Namespace) -> int:
    from booklet.progress import progress_reporter
    from booklet.verify.project import verify_project
    from booklet.verify.render import render

    with progress_reporter(enabled=not args.quiet) as progress:
        report = verify_project(Path(args.manifest), use_cache=not args.no_cache,
                                progress=progress)
    if args.output:
        from booklet.fileio import write_text_atomic

        write_text_atomic(Path(args.output), render(report, args.format,
                                                    title=Path(args.manifest).stem))
        _say(args, f"booklet: {report.summary_line()} → {args.output}")
    elif args.format == "text":
        if not args.quiet:
            sys.stdout.write(render(report, "text", color=sys.stdout.isatty()))
    else:
        sys.stdout.write(render(report, args.format, title=Path(args.manifest).stem))
    return 1 if args.strict and not report.clean else 0


def _cmd_add(args: argparse.Namespace) -> int:
    from booklet.manifest_edit import add_source

    result = add_source(Path(args.manifest), Path(args.source), title=args.title,
                        select=args.select, after=args.after, part=args.part)
    where = f" in part {result.part}" if result.part else ""
    _say(args, f"{result.manifest}:{result.line}: added {result.source}{where}")
    if result.source.startswith("../") or Path(result.source).is_absolute():
        _say(args, f"booklet: warning: {result.source} is outside the project folder")
    return 0


def _cmd_new(args: argparse.Namespace) -> int:
    from booklet.scaffold import new_project

    written = new_project(Path(args.dir))
    for path in written:
        _note(args, f"wrote {path}")
    _say(args, f"booklet: new project in {args.dir}: edit {Path(args.dir) / 'booklet.yaml'}, "
               f"then run 'booklet build' there")
    return 0


def _cmd_fonts(args: argparse.Namespace) -> int:
    from booklet.build import resolve_fonts_quietly
    from booklet.fonts import describe_fonts
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
    print(describe_fonts(resolve_fonts_quietly(profile, overrides)), end="")
    return 0


def _add_manifest_arg(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument("manifest", nargs="?", default="booklet.yaml", help=help_text)


def _add_build_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    build = sub.add_parser("build", parents=[common], help="build the booklet's PDF/DOCX/Markdown")
    _add_manifest_arg(build, "the manifest (default: booklet.yaml)")
    build.add_argument("--format", help="comma-separated formats to build: pdf,docx,md")
    build.add_argument("--out", help="output folder (default: the manifest's out_dir, build/)")
    build.add_argument("--force", action="store_true", help="rebuild even if nothing changed")
    build.add_argument("--no-cache", action="store_true", help="re-clean every source")
    build.add_argument("--strict", action="store_true",
                       help="a character missing from the fonts is an error")
    build.add_argument("--watch", action="store_true",
                       help="rebuild whenever the manifest, a source or a template changes")
    build.add_argument("--interval", type=float, default=0.5, help=argparse.SUPPRESS)
    build.add_argument("--max-builds", type=int, default=None, help=argparse.SUPPRESS)
    build.set_defaults(func=_cmd_build)


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

    new = sub.add_parser("new", parents=[common], help="start a project in a new folder")
    new.add_argument("dir", help="the folder to create (must not hold a booklet.yaml)")
    new.set_defaults(func=_cmd_new)

    add = sub.add_parser("add", parents=[common], help="add a source to booklet.yaml")
    add.add_argument("source", help="the file to add (it is not copied)")
    add.add_argument("--manifest", "-m", default="booklet.yaml", help="default: booklet.yaml")
    add.add_argument("--title", help="the title to print (overrides the one found)")
    add.add_argument("--select", help="which article of a file holding several")
    place = add.add_mutually_exclusive_group()
    place.add_argument("--after", metavar="TITLE", help="insert behind this entry")
    place.add_argument("--part", metavar="NAME", help="append to this part (created if new)")
    add.set_defaults(func=_cmd_add)

    _add_build_parser(sub, common)

    check = sub.add_parser("check", parents=[common],
                           help="validate manifest, sources, fonts; list suspicious cleaning")
    _add_manifest_arg(check, "the manifest (default: booklet.yaml)")
    check.add_argument("--no-cache", action="store_true", help="re-clean every source")
    check.set_defaults(func=_cmd_check)

    verify = sub.add_parser("verify", parents=[common],
                            help="collate repeated texts and check every quotation against its source")
    _add_manifest_arg(verify, "the manifest (default: booklet.yaml)")
    verify.add_argument("--format", choices=("text", "md", "html", "json"), default="text",
                        help="report format (default: text, on the terminal)")
    verify.add_argument("-o", "--output", help="write the report to this file")
    verify.add_argument("--strict", action="store_true",
                        help="exit 1 when a quotation differs or is not found, or texts differ")
    verify.add_argument("--no-cache", action="store_true", help="re-clean every source")
    verify.set_defaults(func=_cmd_verify)

    clean = sub.add_parser("clean", parents=[common], help="print a source as cleaned Markdown")
    clean.add_argument("file", help="a .txt, .md, .docx, .pdf or .html source")
    clean.add_argument("-o", "--output", help="write to this file instead of stdout")
    clean.add_argument("--report", action="store_true",
                       help="list every removed line and normalisation on stderr")
    clean.set_defaults(func=_cmd_clean)

    fonts = sub.add_parser("fonts", parents=[common], help="show which font file serves each font role")
    _add_manifest_arg(fonts, "the manifest whose fonts: overrides apply (optional)")
    fonts.add_argument("--layout", help="layout profile (default: the manifest's, or gongwen)")
    fonts.set_defaults(func=_cmd_fonts)
    return parser


def _guarded(args: argparse.Namespace, action) -> int:
    """Run ``action``; turn every failure into one stderr line and an exit code."""
    try:
        return action()
    except BookletError as exc:
        if args.verbose:
            traceback.print_exc()
        print(f"booklet: error: {exc.one_line()}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        raise
    except OSError as exc:  # the machine, not booklet: a full disk, a read-only folder
        if args.verbose:
            traceback.print_exc()
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"booklet: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - a bug: one line, traceback on request
        if args.verbose:
            traceback.print_exc()
        detail = str(exc).splitlines()[0][:200] if str(exc) else ""
        print(f"booklet: internal error: {type(exc).__name__}"
              + (f": {detail}" if detail else "")
              + (" (please report it)" if args.verbose else
                 " (run with --verbose for the traceback, and please report it)"),
              file=sys.stderr)
        return 1


def run(argv: list[str] | None = None) -> int:
    """Run the CLI with ``argv`` and return the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, usage errors: argparse already printed
        return exc.code if isinstance(exc.code, int) else 2
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return _guarded(args, lambda: args.func(args))
    except KeyboardInterrupt:
        print("booklet: interrupted", file=sys.stderr)
        return 130


def main() -> int:
    """Console-script entry point."""
    return run()
