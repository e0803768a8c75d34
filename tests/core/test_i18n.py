"""The interface language: chosen from the environment, complete in Chinese, no message left out.

Three nets for English leaking into the Chinese interface:

* ``test_every_message_is_wrapped`` reads the package's source: a literal with
  English words handed to an error, a warning, a progress line or a print must
  be wrapped in ``_()`` (``ngettext`` for counts), and ``_()`` never wraps an
  f-string (the catalog could not find it);
* ``test_the_catalog_matches_the_code`` fails while a wrapped message has no
  Chinese, or its placeholders differ, or the compiled ``.mo`` is stale;
* the bad-input table (``test_bad_input_table.py``) runs every case in both
  languages and rejects Latin-letter prose in the Chinese messages.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from booklet.cli import run
from booklet.i18n import _, language_from_environment, normalise_language, use_language
from booklet.i18n.stdlib import ARGPARSE_MESSAGES, ARGPARSE_PLURALS

sys.path.insert(0, str(Path(__file__).parent))
from messages import english_words  # noqa: E402

PACKAGE = Path(__file__).resolve().parents[2] / "booklet"
DEV_TOOLS = {"i18n/catalog.py"}  # prints to the developer, in English
# Where a message travels: callee name → index of the message among its positional arguments.
SINKS = {"InputError": 0, "BuildError": 0, "BookletError": 0, "warn": 0, "progress": 0,
         "print": 0, "_say": 1, "_note": 1, "_warn": 1, "add": 2}
TRANSLATORS = {"_", "ngettext"}
_ENGLISH = re.compile(r"[A-Za-z]{2,}")


@pytest.mark.parametrize(("environ", "language"), [
    ({"LANG": "zh_CN.UTF-8"}, "zh"),
    ({"LANG": "zh_TW.UTF-8"}, "zh"),
    ({"LC_ALL": "zh_CN.GB18030", "LANG": "en_US.UTF-8"}, "zh"),
    ({"LC_MESSAGES": "zh_CN.UTF-8", "LANG": "C"}, "zh"),
    ({"LANG": "C"}, "en"),
    ({"LANG": "C.UTF-8", "LANGUAGE": "zh_CN:zh"}, "en"),  # gettext ignores LANGUAGE under C
    ({"LANG": "en_US.UTF-8", "LANGUAGE": "zh_CN:en"}, "zh"),
    ({"LANG": "de_DE.UTF-8"}, "en"),
    ({"LANG": "zh_CN.UTF-8", "BOOKLET_LANG": "en"}, "en"),
    ({"LANG": "C", "BOOKLET_LANG": "zh"}, "zh"),
    ({}, "en"),
])
def test_the_language_follows_the_environment(environ: dict[str, str], language: str) -> None:
    assert language_from_environment(environ, windows_ui_language=None) == language


def test_windows_without_locale_variables_asks_the_display_language() -> None:
    assert language_from_environment({}, windows_ui_language=0x0804) == "zh"  # zh-CN
    assert language_from_environment({}, windows_ui_language=0x0C04) == "zh"  # zh-HK
    assert language_from_environment({}, windows_ui_language=0x0409) == "en"  # en-US


def test_language_names() -> None:
    assert [normalise_language(v) for v in ("zh", "zh-Hans", "zh_CN.UTF-8", "Chinese", "en",
                                            "C", "POSIX", "fr_FR", "", None)] == \
        ["zh", "zh", "zh", "zh", "en", "en", "en", None, None, None]


def test_a_message_is_made_in_the_language_of_its_block() -> None:
    assert _("up to date") == "up to date"
    with use_language("zh"):
        assert _("up to date") == "没有改动，无需重新生成"
        with use_language("en"):
            assert _("up to date") == "up to date"
    assert _("up to date") == "up to date"


@pytest.mark.parametrize("command", [[], ["new"], ["add"], ["build"], ["check"], ["verify"],
                                     ["clean"], ["fonts"]])
def test_help_speaks_chinese(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--lang", "zh", *command, "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("用法：booklet") and "选项:" in out
    commands = re.sub(r"^ {4}[a-z]+ ", "", out, flags=re.MULTILINE)  # the names one types
    assert not english_words(commands), out


def test_usage_errors_speak_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--lang", "zh", "biuld"]) == 2
    assert "booklet: 错误: 参数 命令: 没有 'biuld' 这个选项" in capsys.readouterr().err
    assert run(["--lang", "zh", "add"]) == 2
    assert "缺少必需的参数：文件" in capsys.readouterr().err


def test_lang_c_and_zh_in_a_real_process(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("BOOKLET_LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    said = {}
    for lang in ("zh_CN.UTF-8", "C"):
        done = subprocess.run([sys.executable, "-m", "booklet", "build",
                               str(tmp_path / "booklet.yaml")], capture_output=True,
                              env={**env, "LANG": lang}, timeout=60, check=False)
        said[lang] = (done.returncode, done.stderr.decode("utf-8"))
    assert said["zh_CN.UTF-8"][0] == said["C"][0] == 2
    assert "booklet: 错误: " in said["zh_CN.UTF-8"][1] and "找不到配置文件" in said["zh_CN.UTF-8"][1]
    assert "booklet: error: " in said["C"][1] and "manifest not found" in said["C"][1]


def test_argparse_still_asks_for_the_messages_we_translate() -> None:
    babel = pytest.importorskip("babel.messages.extract", reason="Babel is in the test extra")
    import argparse

    asked = {m for _, m, _, _ in babel.extract_from_file("python", argparse.__file__)}
    assert set(ARGPARSE_MESSAGES) <= asked
    assert set(ARGPARSE_PLURALS) <= asked


def test_the_catalog_matches_the_code() -> None:
    pytest.importorskip("babel", reason="Babel is in the test extra")
    from booklet.i18n.catalog import problems

    assert problems() == []


def _callee(node: ast.Call) -> str | None:
    func = node.func
    return func.id if isinstance(func, ast.Name) else \
        func.attr if isinstance(func, ast.Attribute) else None


def _is_translated(node: ast.AST) -> bool:
    """``_("…")``, ``ngettext(…)``, or ``.format(…)`` on one of them."""
    if not isinstance(node, ast.Call):
        return False
    if _callee(node) in TRANSLATORS:
        return True
    return isinstance(node.func, ast.Attribute) and node.func.attr == "format" and \
        _is_translated(node.func.value)


def _english_literals(node: ast.AST) -> list[str]:
    """Literal text in ``node`` with English words that no ``_()`` wraps."""
    if _is_translated(node):
        return []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        words = set(_ENGLISH.findall(node.value)) - {"booklet"}
        return [node.value] if words else []
    if isinstance(node, (ast.JoinedStr, ast.BinOp, ast.IfExp)):
        return [text for child in ast.iter_child_nodes(node) for text in _english_literals(child)]
    if isinstance(node, ast.FormattedValue):
        return _english_literals(node.value)
    return []


def _problems(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = _callee(node)
            if name in TRANSLATORS and node.args and isinstance(node.args[0], ast.JoinedStr):
                found.append(f"line {node.lineno}: _() of an f-string")
            index = SINKS.get(name or "")
            if index is not None and len(node.args) > index and \
                    (name != "add" or len(node.args) == 3):
                found += [f"line {node.lineno}: {text!r}"
                          for text in _english_literals(node.args[index])]
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            assigned = {t.id for n in ast.walk(node) if isinstance(n, (ast.Assign, ast.For))
                        for t in ast.walk(n.targets[0] if isinstance(n, ast.Assign) else n.target)
                        if isinstance(t, ast.Name)}
            calls = any(isinstance(n, ast.Call) and _callee(n) == "_" for n in ast.walk(node))
            if "_" in assigned and calls:
                found.append(f"line {node.lineno}: {node.name} assigns _ and calls _()")
    return sorted(found, key=lambda line: int(line.split()[1].rstrip(":")))


def test_every_message_is_wrapped() -> None:
    problems = [f"{path.relative_to(PACKAGE)} {problem}"
                for path in sorted(PACKAGE.rglob("*.py"))
                if path.relative_to(PACKAGE).as_posix() not in DEV_TOOLS
                for problem in _problems(path)]
    assert problems == []


def test_the_wrapping_check_sees_unwrapped_messages(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('def f(x):\n'
                      '    raise InputError(f"cannot read {x}", path=x)\n'
                      'def g(x):\n'
                      '    result.add("warning", x, "outside the " + _("project"))\n'
                      'def h(x):\n'
                      '    _, y = x\n'
                      '    raise InputError(_("fine {y}").format(y=y))\n'
                      'def k(x):\n'
                      '    print("booklet: " + _("ok"), f"{x}: {x}")\n', encoding="utf-8")
    assert _problems(sample) == ["line 2: 'cannot read '", "line 4: 'outside the '",
                                 "line 5: h assigns _ and calls _()"]
