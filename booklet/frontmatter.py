"""Textual front matter from jinja2 templates: cover wording and the 通知 letter.

Templates hold the wording, writers hold the layout.  A project's own
``templates/`` folder overrides the built-in templates file by file.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

import jinja2
import jinja2.bccache
import jinja2.meta
import yaml

from booklet.errors import InputError
from booklet.i18n import _
from booklet.model import Notice

BUILTIN_TEMPLATES = Path(__file__).resolve().parent / "templates"  # package data


@lru_cache(maxsize=8)
def template_env(project_dir: Path | None) -> jinja2.Environment:
    """A jinja2 environment looking in the project's ``templates/`` first, then built-ins."""
    search = [str(project_dir / "templates")] if project_dir else []
    search.append(str(BUILTIN_TEMPLATES))
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(search),
        undefined=jinja2.StrictUndefined,
        autoescape=jinja2.select_autoescape(enabled_extensions=("html", "htm", "xml", "html.j2")),
        keep_trailing_newline=True,
        cache_size=0,  # a project template added after the first render (--watch) takes over
        bytecode_cache=_CompiledTemplates(str(compiled_folder())),
    )
    # ``tojson`` writes YAML-safe values; keep Chinese readable instead of \uXXXX escapes.
    env.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False}
    return env


def compiled_folder() -> Path:
    """``$XDG_CACHE_HOME/booklet/templates``: templates compiled to Python bytecode."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "booklet" / "templates"


class _CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """jinja2's bytecode cache, keyed by each template's file and checked against its text, so
    an edited template is compiled afresh; compiling the phone edition's page costs more than
    rendering it.  A cache that cannot be written (read-only home, full disk) is skipped."""

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            os.makedirs(self.directory, exist_ok=True)
            super().dump_bytecode(bucket)
        except OSError:
            pass  # the next build compiles the template again: slower, never wrong


def render_template(name: str, project_dir: Path | None, **variables: Any) -> str:
    """Render one template; a template error is an ``InputError`` naming the template and line."""
    return render_loaded(load_template(name, project_dir), **variables)


def load_template(name: str, project_dir: Path | None) -> jinja2.Template:
    """One template compiled (the project's own first), for rendering more than once."""
    with _as_input_error(name):
        return template_env(project_dir).get_template(name)


def render_loaded(template: jinja2.Template, **variables: Any) -> str:
    """Render a ``load_template`` result; errors as ``render_template`` words them."""
    with _as_input_error(template.name or ""):
        return template.render(**variables)


@contextmanager
def _as_input_error(name: str) -> Iterator[None]:
    try:
        yield
    except jinja2.TemplateNotFound as exc:
        raise InputError(_("template not found"), path=name) from exc
    except jinja2.TemplateSyntaxError as exc:
        raise InputError(_("template error: {detail}").format(detail=exc.message),
                         path=exc.filename or name, line=exc.lineno) from exc
    except jinja2.UndefinedError as exc:
        raise InputError(_("template error: {detail}").format(detail=exc.message),
                         path=name) from exc


def template_sources(names: list[str], project_dir: Path | None) -> list[tuple[str, str]]:
    """(file, text) of each named template as the loader finds it — the project's own
    first — and of every template those include, import or extend, sorted."""
    env = template_env(project_dir)
    found: dict[str, tuple[str, str]] = {}
    todo = list(names)
    while todo:
        name = todo.pop()
        if name in found:
            continue
        try:
            text, filename, _uptodate = env.loader.get_source(env, name)  # type: ignore[union-attr]
        except jinja2.TemplateNotFound:
            found[name] = (name, "")  # rendering it will fail with a proper message
            continue
        found[name] = (filename or name, text)
        try:
            todo.extend(n for n in jinja2.meta.find_referenced_templates(env.parse(text)) if n)
        except jinja2.TemplateSyntaxError:
            continue
    return sorted(found.values())


def _render_mapping(name: str, project_dir: Path | None, **variables: Any) -> dict[str, Any]:
    text = render_template(name, project_dir, **variables)
    try:
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506
    except yaml.YAMLError as exc:
        raise InputError(_("template did not render to valid YAML"), path=name) from exc
    if not isinstance(data, dict):
        raise InputError(_("template must render to a YAML mapping"), path=name)
    return data


def _paragraphs(text: str) -> tuple[str, ...]:
    """Split text into paragraphs at blank lines; single line breaks inside are joined."""
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n")]
    return tuple("".join(line.strip() for line in b.splitlines()) for b in blocks if b)


def render_cover(booklet_vars: dict[str, Any], project_dir: Path | None) -> dict[str, str]:
    """Cover wording: title, subtitle, issuer, date (empty strings for absent lines)."""
    data = _render_mapping("cover.yaml.j2", project_dir, booklet=booklet_vars)
    return {k: str(data.get(k) or "") for k in ("title", "subtitle", "issuer", "date")}


def render_notice(notice_vars: dict[str, Any], booklet_vars: dict[str, Any],
                  project_dir: Path | None) -> Notice:
    """The ``Notice`` model from the manifest's notice settings and the notice template."""
    data = _render_mapping("notice.yaml.j2", project_dir, booklet=booklet_vars,
                           notice=_Namespace(notice_vars))

    def opt(key: str) -> str | None:
        value = data.get(key)
        return str(value).strip() or None if value is not None else None

    return Notice(title=str(data.get("title") or ""), body=_paragraphs(str(data.get("body") or "")),
                  number=opt("number"), to=opt("to"), attachment=opt("attachment"),
                  signature=opt("signature"), date=opt("date"), issuer=opt("issuer"))


class _Namespace(dict):
    """Dict whose missing keys read as ``None`` in templates (``notice.title or …``)."""

    def __getattr__(self, key: str) -> Any:
        return self.get(key)
