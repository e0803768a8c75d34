"""Command-line interface: parses arguments and calls library functions, nothing more.

``run(argv) -> int`` is pure (mdformat's shape); only ``main`` exits.  Exit
codes: 0 ok, 1 build failed (or an internal error), 2 bad input or usage.
Every error is one line on stderr; tracebacks only with ``--verbose``.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from booklet import __version__
from booklet.errors import BookletError, InputError, describe_os_error
from booklet.fileio import display_path
from booklet.i18n import LANGUAGES, _, language_from_environment, normalise_language, use_language


def _say(args: argparse.Namespace, message: str) -> None:
    if not args.quiet:
        print(message, file=sys.stderr)


def _note(args: argparse.Namespace, message: str) -> None:
    if args.verbose and not args.quiet:
        print(message, file=sys.stderr)


def _warn(args: argparse.Namespace, message: str) -> None:
    _say(args, "booklet: " + _("warning: {message}").format(message=message))


def _write_document(text: str) -> None:
    """Cleaned Markdown on stdout is UTF-8, whatever the console's code page.

    Redirected to a file (``booklet clean a.txt > a.md``) on Chinese Windows,
    stdout would encode as GBK and drop what GBK lacks; the bytes go out as
    UTF-8 instead.  A terminal gets text, which Python shows correctly there.
    """
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None or sys.stdout.isatty():
        sys.stdout.write(text)
        return
    sys.stdout.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()


def _cmd_clean(args: argparse.Namespace) -> int:
    if args.rules:
        from booklet.clean import describe_rules

        print(describe_rules(), end="")
        if not args.file:
            return 0
    if not args.file:
        raise InputError(_("give the FILE to clean (or --rules to list the cleaning rules)"))
    from booklet.sniff import check_source_bytes
    from booklet.sources import load_source, verify_source
    from booklet.writers.markdown import render_document

    path = Path(args.file)
    if path.is_file():
        check_source_bytes(path, path.read_bytes())
    if args.verify:
        result, balance = verify_source(path)
    else:
        from booklet.progress import progress_reporter

        with progress_reporter(enabled=not args.quiet) as progress:  # (each rule of a long clean)
            result, balance = load_source(path, progress=progress), None
        if result.lost:
            from booklet.sources import lost_text_warning

            _warn(args, lost_text_warning(path, result.lost))
    text = render_document(result.document)
    if args.output:
        from booklet.fileio import write_text_atomic

        write_text_atomic(Path(args.output), text)
    else:
        _write_document(text)
    if args.report:
        report = result.report.format()
        if report:
            sys.stderr.write(report + "\n")
    if balance is not None:
        _say(args, f"booklet: {path}: {balance.describe()}")
    return 0


def _build_once(args: argparse.Namespace) -> int:
    from booklet.build import BuildOptions, build
    from booklet.progress import progress_reporter

    formats = [f.strip() for f in args.format.split(",") if f.strip()] if args.format else None
    options = BuildOptions(formats=formats, out_dir=Path(args.out) if args.out else None,
                           force=args.force, use_cache=not args.no_cache, strict=args.strict,
                           impose=args.impose)
    shown: list[str] = []

    def on_warning(message: str) -> None:  # said at once: a large source warns before cleaning
        shown.append(message)
        _warn(args, message)

    with progress_reporter(enabled=not args.quiet) as progress:
        result = build(Path(args.manifest), options, progress=progress, on_warning=on_warning)
    pending = Counter(shown)
    for warning in result.warnings:  # the ones added without telling the listener
        if pending[warning]:
            pending[warning] -= 1
        else:
            _warn(args, warning)
    recleaned = ", ".join(str(p) for p in result.recleaned) or _("none")
    _note(args, _("cache: {hits} hit(s), {misses} miss(es); re-cleaned: {files}").format(
        hits=result.cache_hits, misses=result.cache_misses, files=recleaned))
    outputs = ", ".join(display_path(p) for p in result.outputs.values())
    state = _("up to date") if result.up_to_date else \
        _("built in {seconds:.2f} s").format(seconds=result.seconds)
    _say(args, f"{outputs}: {state}")
    return 0


def _cmd_build(args: argparse.Namespace) -> int:
    if not args.watch:
        return _build_once(args)
    from booklet.watch import watch

    def once() -> int:
        return _guarded(args, lambda: _build_once(args))

    def on_change(paths: list[Path]) -> None:
        _say(args, "booklet: " + _("changed: {files}").format(
            files=", ".join(p.name for p in paths)))

    _say(args, "booklet: " + _("watching for changes (Ctrl-C to stop)"))
    try:
        return watch(Path(args.manifest), once, on_change=on_change, interval=args.interval,
                     max_builds=args.max_builds)
    except KeyboardInterrupt:
        _say(args, "booklet: " + _("stopped watching"))
        return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from booklet.check import check_project

    result = check_project(Path(args.manifest), use_cache=not args.no_cache)
    for finding in result.findings:
        if finding.level == "error" or not args.quiet:
            print(f"booklet: {finding}", file=sys.stderr if finding.level == "error" else sys.stdout)
    if result.verify_summary and not args.quiet:
        print("booklet: " + _("{summary} (details: booklet verify)").format(
            summary=result.verify_summary))
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

        write_text_atomic(Path(args.output), render(report, args.format))
        _say(args, f"booklet: {report.summary_line()} → {args.output}")
    elif args.format == "text":
        if not args.quiet:
            sys.stdout.write(render(report, "text", color=sys.stdout.isatty()))
    else:
        sys.stdout.write(render(report, args.format))
    return 1 if args.strict and not report.clean else 0


def _cmd_add(args: argparse.Namespace) -> int:
    from booklet.manifest_edit import add_source

    result = add_source(Path(args.manifest), Path(args.source), title=args.title,
                        select=args.select, after=args.after, part=args.part)
    if result.part:
        said = _("added {source} in part {part}").format(source=result.source, part=result.part)
    else:
        said = _("added {source}").format(source=result.source)
    _say(args, f"{result.manifest}:{result.line}: {said}")
    if result.source.startswith("../") or Path(result.source).is_absolute():
        _warn(args, _("{source} is outside the project folder").format(source=result.source))
    return 0


def _cmd_new(args: argparse.Namespace) -> int:
    from booklet.scaffold import new_project

    written = new_project(Path(args.dir))
    for path in written:
        _note(args, _("wrote {path}").format(path=path))
    _say(args, "booklet: " + _("new project in {folder}: edit {manifest}, then run 'booklet build' "
                               "there").format(folder=args.dir,
                                               manifest=Path(args.dir) / "booklet.yaml"))
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
    parser.add_argument("manifest", nargs="?", default="booklet.yaml", metavar=_("MANIFEST"),
                        help=help_text)


def _add_build_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    from booklet.impose import IMPOSE_MODES

    build = sub.add_parser("build", parents=[common], help=_("build the booklet's PDF/DOCX/Markdown"))
    _add_manifest_arg(build, _("the manifest (default: booklet.yaml)"))
    build.add_argument("--format", metavar=_("FORMATS"),
                       help=_("comma-separated formats to build: pdf,docx,md,html"))
    build.add_argument("--out", metavar=_("FOLDER"),
                       help=_("output folder (default: the manifest's out_dir, build/)"))
    build.add_argument("--impose", choices=IMPOSE_MODES, metavar=_("MODE"),
                       help=_("also write the PDF imposed for printing, beside it: 'saddle' "
                              "(sheets to fold into a stapled booklet) or '2up' "
                              "(two pages a sheet)"))
    build.add_argument("--force", action="store_true", help=_("rebuild even if nothing changed"))
    build.add_argument("--no-cache", action="store_true", help=_("re-clean every source"))
    build.add_argument("--strict", action="store_true",
                       help=_("a character missing from the fonts is an error"))
    build.add_argument("--watch", action="store_true",
                       help=_("rebuild whenever the manifest, a source or a template changes"))
    build.add_argument("--interval", type=float, default=0.5, help=argparse.SUPPRESS)
    build.add_argument("--max-builds", type=int, default=None, help=argparse.SUPPRESS)
    build.set_defaults(func=_cmd_build)


def _add_global_flags(parser: argparse.ArgumentParser, default: object = None) -> None:
    """``-v``, ``-q`` and ``--lang``, before or after the command name."""
    parser.add_argument("--verbose", "-v", action="store_true", default=default,
                        help=_("say more, and show tracebacks on errors"))
    parser.add_argument("--quiet", "-q", action="store_true", default=default,
                        help=_("print only errors"))
    parser.add_argument("--lang", choices=LANGUAGES, default=default,
                        help=_("language of messages: zh (Chinese) or en (English); default: "
                               "BOOKLET_LANG, else the system's language"))


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for all sub-commands (its texts in the current language)."""
    parser = argparse.ArgumentParser(
        prog="booklet",
        description=_("Compile Chinese study booklets (学习专刊) from booklet.yaml."))
    parser.add_argument("--version", action="version", version=f"booklet {__version__}",
                        help=_("show the version and exit"))
    _add_global_flags(parser, default=False)
    sub = parser.add_subparsers(dest="command", metavar=_("COMMAND"))
    # The same flags after the command name (``booklet build -v``); SUPPRESS keeps a
    # flag given before the command from being reset by the sub-parser's default.
    common = argparse.ArgumentParser(add_help=False)
    _add_global_flags(common, default=argparse.SUPPRESS)

    new = sub.add_parser("new", parents=[common], help=_("start a project in a new folder"))
    new.add_argument("dir", metavar=_("FOLDER"),
                     help=_("the folder to create (must not hold a booklet.yaml)"))
    new.set_defaults(func=_cmd_new)

    add = sub.add_parser("add", parents=[common], help=_("add a source to booklet.yaml"))
    add.add_argument("source", metavar=_("FILE"), help=_("the file to add (it is not copied)"))
    add.add_argument("--manifest", "-m", default="booklet.yaml", metavar=_("MANIFEST"),
                     help=_("the manifest (default: booklet.yaml)"))
    add.add_argument("--title", metavar=_("TITLE"),
                     help=_("the title to print (overrides the one found)"))
    add.add_argument("--select", metavar=_("ARTICLE"),
                     help=_("which article of a file holding several"))
    place = add.add_mutually_exclusive_group()
    place.add_argument("--after", metavar=_("TITLE"), help=_("insert behind this entry"))
    place.add_argument("--part", metavar=_("NAME"),
                       help=_("append to this part (created if new); without --part or --after "
                              "the article goes to the top level, after the last entry there"))
    add.set_defaults(func=_cmd_add)

    _add_build_parser(sub, common)

    check = sub.add_parser("check", parents=[common],
                           help=_("validate manifest, sources, fonts; list suspicious cleaning"))
    _add_manifest_arg(check, _("the manifest (default: booklet.yaml)"))
    check.add_argument("--no-cache", action="store_true", help=_("re-clean every source"))
    check.set_defaults(func=_cmd_check)

    verify = sub.add_parser("verify", parents=[common],
                            help=_("collate repeated texts and check every quotation against "
                                   "its source"))
    _add_manifest_arg(verify, _("the manifest (default: booklet.yaml)"))
    verify.add_argument("--format", choices=("text", "md", "html", "json"), default="text",
                        metavar=_("FORMAT"),
                        help=_("report format: 'text' (on the terminal, the default), 'md', "
                               "'html' (a page to open and print) or 'json' (for tools)"))
    verify.add_argument("-o", "--output", metavar=_("FILE"),
                        help=_("write the report to this file"))
    verify.add_argument("--strict", action="store_true",
                        help=_("exit 1 when a quotation differs or is not found, or texts differ"))
    verify.add_argument("--no-cache", action="store_true", help=_("re-clean every source"))
    verify.set_defaults(func=_cmd_verify)

    clean = sub.add_parser("clean", parents=[common], help=_("print a source as cleaned Markdown"))
    clean.add_argument("file", nargs="?", metavar=_("FILE"), help=_("a .txt, .md, .docx, .pdf or .html source"))
    clean.add_argument("-o", "--output", metavar=_("FILE"),
                       help=_("write to this file instead of stdout"))
    clean.add_argument("--report", action="store_true",
                       help=_("list on stderr every removed line, join across a page break, merged "
                              "title, moved note or caption, article split, and the normalisations"))
    clean.add_argument("--verify", action="store_true",
                       help=_("check that every character of the source is in the output or the "
                              "report (exit 1 if not)"))
    clean.add_argument("--rules", action="store_true",
                       help=_("list the cleaning rules in the order they run"))
    clean.set_defaults(func=_cmd_clean)

    fonts = sub.add_parser("fonts", parents=[common],
                           help=_("show which font file serves each font role"))
    _add_manifest_arg(fonts, _("the manifest whose fonts: overrides apply (optional)"))
    fonts.add_argument("--layout", metavar=_("LAYOUT"),
                       help=_("layout profile (default: the manifest's, or gongwen)"))
    fonts.set_defaults(func=_cmd_fonts)
    return parser


def _guarded(args: argparse.Namespace, action) -> int:
    """Run ``action``; turn every failure into one stderr line and an exit code."""
    try:
        return action()
    except BookletError as exc:
        if args.verbose:
            traceback.print_exc()
        print("booklet: " + _("error: {message}").format(message=exc.one_line()), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        raise
    except OSError as exc:  # the machine, not booklet: a full disk, a read-only folder
        if args.verbose:
            traceback.print_exc()
        where = f"{exc.filename}: " if exc.filename else ""
        print("booklet: " + _("error: {message}").format(message=where + describe_os_error(exc)),
              file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - a bug: one line, traceback on request
        if args.verbose:
            traceback.print_exc()
        detail = str(exc).splitlines()[0][:200] if str(exc) else ""
        what = type(exc).__name__ + (f": {detail}" if detail else "")
        if args.verbose:
            said = _("internal error: {what} (please report it)")
        else:
            said = _("internal error: {what} (run with --verbose for the traceback, and please "
                     "report it)")
        print("booklet: " + said.format(what=what), file=sys.stderr)
        return 1


def _language(argv: list[str]) -> str:
    """``--lang`` when given (it must word ``--help`` too, so it is read before parsing)."""
    for i, arg in enumerate(argv):
        value = argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else \
            arg.partition("=")[2] if arg.startswith("--lang=") else None
        if normalise_language(value):
            return normalise_language(value) or "en"
    return language_from_environment()


@contextmanager
def _forgiving_console() -> Iterator[None]:
    """A console that cannot show a character prints an escape (``\\u2a6a5``), never crashes.

    A Windows console redirected to a file encodes in the ANSI code page, an
    old terminal in Latin-1 or ASCII; messages quote Chinese titles and rare
    characters, so the streams' error handler is relaxed for the command.
    """
    relaxed = []
    for stream in (sys.stdout, sys.stderr):
        if getattr(stream, "errors", None) == "strict" and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
            relaxed.append(stream)
    try:
        yield
    finally:
        for stream in relaxed:
            stream.reconfigure(errors="strict")


def run(argv: list[str] | None = None) -> int:
    """Run the CLI with ``argv`` and return the exit code."""
    argv = sys.argv[1:] if argv is None else list(argv)
    with _forgiving_console(), use_language(_language(argv)):
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
            print("booklet: " + _("interrupted"), file=sys.stderr)
            return 130


def main() -> int:
    """Console-script entry point."""
    return run()
