"""Load and validate ``booklet.yaml``.

YAML is read with a safe loader that remembers the line of every mapping key,
so a validation error (pydantic, ``extra="forbid"``) can name file, line and
key, and suggest the right spelling of a mistyped key.
"""

from __future__ import annotations

import datetime as _dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Union

import yaml
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator
from pydantic_core import PydanticCustomError

from booklet.encoding import decode_text
from booklet.errors import InputError, describe_os_error
from booklet.i18n import _
from booklet.impose import CREEP_MAX_MM, IMPOSE_MODES
from booklet.manifest_errors import format_error, pick_error
from booklet.yamlcheck import check_expansion, describe_yaml_problem

DEFAULT_MANIFEST = "booklet.yaml"
# booklet uses no pydantic plugins: without this, building the first model scans every
# installed package's entry points for them, on every run.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class NoticeSpec(_Strict):
    """The 通知 letter; wording defaults come from ``templates/notice.yaml.j2``."""

    title: str | None = None
    number: str | None = None
    to: str | None = None
    body: str | None = None
    attachment: str | None = None
    signature: str | None = None
    date: str | None = None
    issuer: str | None = None


class SourceEntry(_Strict):
    """One ``contents`` item that reads a source file."""

    source: str
    select: str | None = None
    title: str | None = None
    kicker: str | None = None
    author: str | None = None
    origin: str | None = None
    date: str | None = None
    clean: dict[str, bool] = Field(default_factory=dict)
    compare_with: str | None = None  # another version of this text, collated by ``booklet verify``
    captions: Literal["keep", "drop"] | None = None  # photo captions in PDF/DOCX (default: drop)

    @field_validator("source", "select", "title", mode="before")
    @classmethod
    def _stringify(cls, value: Any) -> Any:
        return str(value) if isinstance(value, (int, float)) else value


class ReferenceEntry(_Strict):
    """A ``references`` item: a file or folder of authoritative texts, used by ``booklet verify``
    to check quotations and never printed.  ``date``/``occasion`` say which speech it is when
    the text itself does not (no ※ note, no 来源 line)."""

    source: str
    title: str | None = None
    date: str | None = None
    occasion: str | None = None
    clean: dict[str, bool] = Field(default_factory=dict)

    @field_validator("source", "title", "date", "occasion", mode="before")
    @classmethod
    def _stringify(cls, value: Any) -> Any:
        # YAML reads ``date: 2023-02-21`` as a date: keep it as the text it was.
        return str(value) if isinstance(value, (int, float, _dt.date)) else value


class ImposeSpec(_Strict):
    """``impose:`` — also write the PDF imposed for printing (``booklet.impose``);
    ``impose: saddle`` is short for ``impose: {mode: saddle}``."""

    mode: Literal[IMPOSE_MODES]  # type: ignore[valid-type]
    creep_mm: float = 0.0  # saddle: how far the innermost sheet pushes out when folded
    crop_marks: bool = False


class PartEntry(_Strict):
    """A ``part:`` group of entries: a divider row in the table of contents."""

    part: str
    contents: list[SourceEntry]


class LayoutSpec(_Strict):
    """``layout:`` as a mapping: a profile name plus per-key overrides."""

    model_config = ConfigDict(extra="allow", frozen=True)
    profile: str = "gongwen"


class HtmlSpec(_Strict):
    """``html:`` settings of the phone edition."""

    # Also write NAME.inline.html: every style on its element, for WeChat official-account
    # editors, which strip <style> blocks.
    inline_styles: bool = False


class Manifest(_Strict):
    """The validated manifest; ``path`` is the file it came from."""

    title: str
    subtitle: str | None = None
    issuer: str | None = None
    date: str | None = None
    name: str = "booklet"
    layout: Union[str, LayoutSpec] = "gongwen"
    outputs: list[str] = Field(default_factory=lambda: ["pdf", "docx"])
    out_dir: str = "build"
    fonts: dict[str, str] = Field(default_factory=dict)
    source_date_epoch: int | None = None
    notice: NoticeSpec | None = None
    cover_first: bool = False  # front matter: cover, notice, contents (default: notice first)
    captions: Literal["keep", "drop"] = "drop"  # photo captions whose photo is not printed
    html: HtmlSpec = Field(default_factory=HtmlSpec)  # the phone edition's settings
    contents: list[Union[PartEntry, SourceEntry]]
    references: list[Union[str, ReferenceEntry]] = Field(default_factory=list)
    impose: ImposeSpec | None = None
    path: Path = Path(DEFAULT_MANIFEST)
    _entry_lines: list[int] = PrivateAttr(default_factory=list)
    _key_lines: dict[str, int] = PrivateAttr(default_factory=dict)
    _reference_lines: list[int | None] = PrivateAttr(default_factory=list)
    _source: bytes = PrivateAttr(default=b"")

    @field_validator("outputs")
    @classmethod
    def _known_formats(cls, value: list[str]) -> list[str]:
        from booklet.writers import WRITERS  # the registry names the formats

        unknown = [f for f in value if f not in WRITERS]
        if unknown:  # worded like any other closed choice (``_format_error``)
            raise PydanticCustomError("literal_error", "Input should be {expected}",
                                      {"expected": ", ".join(f"'{name}'" for name in WRITERS)})
        return value

    @field_validator("impose", mode="before")
    @classmethod
    def _impose_shorthand(cls, value: Any) -> Any:
        return {"mode": value} if isinstance(value, str) else value

    @property
    def source_bytes(self) -> bytes:
        """The bytes this manifest was parsed from: the build fingerprints these, never the file
        read again later (a manifest saved mid-build must not pass for the one that was built)."""
        return self._source

    def key_line(self, key: str) -> int | None:
        """Line of a top-level key, for messages about its value."""
        return self._key_lines.get(key)

    @property
    def root(self) -> Path:
        """The folder relative paths in the manifest are resolved against."""
        return self.path.parent

    @property
    def layout_name(self) -> str:
        """The layout profile's name."""
        return self.layout if isinstance(self.layout, str) else self.layout.profile

    @property
    def layout_overrides(self) -> dict[str, Any]:
        """Profile keys the manifest overrides (``layout: {profile: …, key: value}``)."""
        if isinstance(self.layout, str):
            return {}
        return dict(self.layout.model_extra or {})

    @property
    def format_options(self) -> dict[str, dict[str, Any]]:
        """Each output format's settings, as writers read them (``Job.options``)."""
        return {"html": self.html.model_dump()}

    def reference_entries(self) -> list[tuple[ReferenceEntry, int | None]]:
        """Every ``references`` item as an entry (a bare path is an entry with only ``source``),
        with its manifest line."""
        out = []
        for i, item in enumerate(self.references):
            entry = ReferenceEntry(source=item) if isinstance(item, str) else item
            lines = self._reference_lines
            out.append((entry, lines[i] if i < len(lines) else self.key_line("references")))
        return out

    def resolve(self, relative: str) -> Path:
        """A manifest path made absolute against the manifest's folder."""
        return (self.root / relative).resolve()


# --------------------------------------------------------------- loading ---


_SafeBase = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when built with it: faster


class _LineLoader(_SafeBase):  # type: ignore[misc, valid-type]
    """Safe loader that records the line of every key as ``{path-tuple: line}``."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    mapping = _SafeBase.construct_mapping(loader, node, deep=True)
    keys = [k.value for k, _ in node.value]
    duplicates = {k for k in keys if keys.count(k) > 1}
    if duplicates:
        key = sorted(duplicates)[0]
        line = [k.start_mark.line + 1 for k, _ in node.value if k.value == key][1]  # the repeat
        raise _DuplicateKey(key, line)
    mapping["__lines__"] = {k.value: k.start_mark.line + 1 for k, _ in node.value}
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


class _DuplicateKey(Exception):
    def __init__(self, key: str, line: int) -> None:
        super().__init__(key)
        self.key, self.line = key, line


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _strip_lines(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: _strip_lines(v) for k, v in data.items() if k not in ("__lines__", "__line__")}
    if isinstance(data, list):
        return [_strip_lines(v) for v in data]
    return data


# The keys each mapping of the manifest knows, by the context an error is found in: an unknown key
# is answered with the closest of them (``manifest_errors.format_error``).
_KNOWN_KEYS: dict[str, tuple[str, ...]] = {
    "top": tuple(f for f in Manifest.model_fields if f != "path"),
    "SourceEntry": tuple(SourceEntry.model_fields),
    "PartEntry": tuple(PartEntry.model_fields),
    "notice": tuple(NoticeSpec.model_fields),
    "html": tuple(HtmlSpec.model_fields),
    "ReferenceEntry": tuple(ReferenceEntry.model_fields),
    "impose": tuple(ImposeSpec.model_fields),
}


def parse_manifest(text: str, path: Path, raw: bytes | None = None) -> Manifest:
    """Validate manifest text; ``path`` is used for messages and relative paths, ``raw`` is the
    file's bytes the text was decoded from (the text's UTF-8 when not given)."""
    try:
        check_expansion(text, path)  # an alias bomb is refused before anything expands it
        data = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a SafeLoader subclass
    except _DuplicateKey as exc:
        raise InputError(_("duplicate key"), path=path, line=exc.line, key=exc.key) from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputError(describe_yaml_problem(exc), path=path,
                         line=mark.line + 1 if mark else None) from exc
    if not isinstance(data, dict):
        raise InputError(_("the manifest must be a YAML mapping (title:, contents: …)"), path=path)
    try:
        manifest = Manifest.model_validate({**_strip_lines(data), "path": path})
    except ValidationError as exc:
        raise format_error(pick_error(exc.errors(), data), data, path, _KNOWN_KEYS) from exc
    _check_values(manifest, data)
    manifest._entry_lines = _entry_lines(data)
    manifest._key_lines = dict(data.get("__lines__", {}))
    manifest._reference_lines = _reference_lines(data)
    manifest._source = text.encode("utf-8") if raw is None else raw
    return manifest


def _reference_lines(data: dict[str, Any]) -> list[int | None]:
    """Line of every ``references`` item: its own for a mapping, the key's for a bare path
    (YAML scalars carry no line in the loaded data)."""
    key_line = data.get("__lines__", {}).get("references")
    return [item.get("__line__", key_line) if isinstance(item, dict) else key_line
            for item in data.get("references") or []]


def _entry_lines(data: dict[str, Any]) -> list[int]:
    """Line of every source entry, in the order ``iter_entries`` yields them."""
    lines: list[int] = []
    for item in data.get("contents") or []:
        if isinstance(item, dict) and "part" in item:
            lines.extend(e.get("__line__", 0) for e in item.get("contents") or []
                         if isinstance(e, dict))
        elif isinstance(item, dict):
            lines.append(item.get("__line__", 0))
    return lines


def _check_values(manifest: Manifest, data: dict[str, Any]) -> None:
    lines = data.get("__lines__", {})
    if not manifest.contents:
        raise InputError(_("'contents' lists no sources"), path=manifest.path,
                         line=lines.get("contents"), key="contents")
    if not manifest.outputs:
        raise InputError(_("'outputs' is empty"), path=manifest.path, line=lines.get("outputs"),
                         key="outputs")
    if manifest.impose is not None:
        _check_impose(manifest, manifest.impose, data)


def _check_impose(manifest: Manifest, spec: ImposeSpec, data: dict[str, Any]) -> None:
    """An imposition needs the PDF; creep is a saddle's, and a few millimetres at most."""
    line = data.get("__lines__", {}).get("impose")
    nested = data.get("impose")
    creep_line = nested.get("__lines__", {}).get("creep_mm", line) if isinstance(nested, dict) \
        else line
    if "pdf" not in manifest.outputs:
        raise InputError(_("imposition needs the PDF: add pdf to 'outputs'"), path=manifest.path,
                         line=line, key="impose")
    if not 0 <= spec.creep_mm <= CREEP_MAX_MM:
        raise InputError(_("must be between 0 and {max} (millimetres)").format(
            max=f"{CREEP_MAX_MM:g}"), path=manifest.path, line=creep_line, key="impose.creep_mm")
    if spec.creep_mm and spec.mode != "saddle":
        raise InputError(_("creep only happens in a folded booklet: use it with 'mode: saddle'"),
                         path=manifest.path, line=creep_line, key="impose.creep_mm")


def read_manifest_text(path: Path) -> str:
    """The manifest's text: UTF-8 (with or without BOM), or GB18030 as Windows editors save it."""
    return decode_text(read_manifest_bytes(path), path)


def read_manifest_bytes(path: Path) -> bytes:
    """The manifest file's bytes (``path``: the file, or its folder), read once."""
    if path.is_dir():
        path = path / DEFAULT_MANIFEST
    if not path.is_file():
        raise InputError(_("manifest not found (run 'booklet new DIR' to start a project)"),
                         path=path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(_("cannot read the manifest: {reason}").format(
            reason=describe_os_error(exc)), path=path) from exc
    return data


def load_manifest(path: Path) -> Manifest:
    """Read and validate the manifest at ``path`` (a folder means its booklet.yaml)."""
    if path.is_dir():
        path = path / DEFAULT_MANIFEST
    raw = read_manifest_bytes(path)
    return parse_manifest(decode_text(raw, path), path, raw)


@dataclass(frozen=True, slots=True)
class EntryRef:
    """A source entry with its part title and manifest line."""

    part: str | None
    entry: SourceEntry
    line: int | None


def iter_entries(manifest: Manifest) -> list[EntryRef]:
    """All source entries in order, each with the title of the part it belongs to."""
    pairs: list[tuple[str | None, SourceEntry]] = []
    for item in manifest.contents:
        if isinstance(item, PartEntry):
            pairs.extend((item.part, e) for e in item.contents)
        else:
            pairs.append((None, item))
    lines = manifest._entry_lines
    return [EntryRef(part, entry, lines[i] if i < len(lines) else None)
            for i, (part, entry) in enumerate(pairs)]
