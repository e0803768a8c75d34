"""Where fonts live: fontconfig on Linux, well-known files in Windows/macOS font folders.

Each role ("fangsong", …) has the faces we want (the ones GB/T 9704 names) and
the free substitutes Debian ships, best first.  The "latin" role is the
proportional serif of ASCII letters and digits: Times New Roman, else its
metric twin Liberation Serif, else DejaVu Serif.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from functools import cache
from pathlib import Path

# Family names of the wanted face per role (as fontconfig reports them).
WANTED: dict[str, tuple[str, ...]] = {
    "fangsong": ("FangSong", "仿宋", "FangSong_GB2312", "仿宋_GB2312", "STFangsong", "华文仿宋",
                 "FZFangSong-Z02", "方正仿宋_GBK"),
    "heiti": ("SimHei", "黑体", "STHeiti", "Heiti SC", "FZHei-B01", "方正黑体_GBK"),
    "kaiti": ("KaiTi", "楷体", "KaiTi_GB2312", "楷体_GB2312", "STKaiti", "华文楷体", "Kaiti SC",
              "FZKai-Z03", "方正楷体_GBK"),
    "xiaobiaosong": ("FZXiaoBiaoSong-B05S", "方正小标宋简体", "FZXiaoBiaoSong-B05", "方正小标宋_GBK"),
    "songti": ("SimSun", "宋体", "NSimSun", "新宋体", "STSong", "华文宋体", "Songti SC"),
    "latin": ("Times New Roman",),
}
# Free substitutes, best first (Debian: fonts-arphic-uming/ukai, fonts-wqy-zenhei/microhei).
SUBSTITUTES: dict[str, tuple[str, ...]] = {
    "fangsong": ("AR PL UMing CN", "AR PL UMing TW", "AR PL SungtiL GB"),
    "heiti": ("WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Droid Sans Fallback"),
    "kaiti": ("AR PL UKai CN", "AR PL UKai TW", "AR PL KaitiM GB"),
    "xiaobiaosong": ("SimSun", "宋体", "STSong", "AR PL UMing CN", "AR PL UMing TW"),
    "songti": ("AR PL UMing CN", "AR PL UMing TW", "AR PL SungtiL GB"),
    # Liberation Serif has Times New Roman's advance widths, so lines break alike in Word
    "latin": ("Liberation Serif", "Tinos", "DejaVu Serif", "FreeSerif"),
}
# File names of the wanted faces in Windows/macOS font folders.
KNOWN_FILES: dict[str, tuple[str, ...]] = {
    "fangsong": ("simfang.ttf", "STFANGSO.TTF", "仿宋_GB2312.ttf"),
    "heiti": ("simhei.ttf", "STHeiti Light.ttc"),
    "kaiti": ("simkai.ttf", "STKAITI.TTF", "楷体_GB2312.ttf"),
    "xiaobiaosong": ("FZXBSJW.TTF", "方正小标宋简体.ttf", "FZXiaoBiaoSong-B05S.ttf"),
    "songti": ("simsun.ttc", "STSONG.TTF", "Songti.ttc"),
    "latin": ("times.ttf", "Times New Roman.ttf"),
}
# fontconfig's language for each role's faces (``fc-list :lang=…``).
ROLE_LANG = {"latin": "en"}
# Words in a style name that mark a face other than the upright regular one.
NOT_REGULAR = ("bold", "italic", "oblique", "heavy", "black", "condensed", "narrow")


@dataclass(frozen=True, slots=True)
class FontFace:
    """One face of one font file as found on the machine."""

    path: Path
    index: int
    families: tuple[str, ...]
    truetype: bool
    style: str = ""

    @property
    def regular(self) -> bool:
        """Whether this is the upright regular face (not bold, italic or condensed)."""
        style = self.style.lower()
        return not any(word in style for word in NOT_REGULAR)


def _folder_candidates() -> list[Path]:
    windir = os.environ.get("WINDIR", r"C:\Windows")
    home = Path.home()
    return [Path(windir) / "Fonts", home / "AppData/Local/Microsoft/Windows/Fonts",
            Path("/Library/Fonts"), Path("/System/Library/Fonts"),
            Path("/System/Library/Fonts/Supplemental"), home / "Library/Fonts"]


def font_folders() -> list[Path]:
    """Windows and macOS font folders (and per-user ones) that exist here."""
    return [p for p in _folder_candidates() if p.is_dir()]


def font_trees() -> list[Path]:
    """Every folder tree where installing a font could change what discovery finds.

    fontconfig's usual folders (system, local, per-user), the Windows/macOS folders,
    present or not (one created later counts), and the folders of the faces fontconfig
    listed in this process; nested ones are left to the tree that holds them.  The
    quick up-to-date check (``booklet.uptodate``) watches their folders' times.
    """
    home = Path.home()
    data_home = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    roots = [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), home / ".fonts",
             data_home / "fonts", *_folder_candidates()]
    roots += sorted({face.path.parent for lang in {"zh", *ROLE_LANG.values()}
                     for face in fontconfig_faces(lang)})  # cached: discovery asked the same
    kept: list[Path] = []
    for root in sorted(set(roots), key=lambda p: len(p.parts)):
        if not any(root.is_relative_to(outer) for outer in kept):
            kept.append(root)
    return sorted(kept)


@cache
def fontconfig_faces(lang: str = "zh") -> tuple[FontFace, ...]:
    """Every face fontconfig knows that covers ``lang``; empty without fc-list."""
    exe = shutil.which("fc-list")
    if not exe:
        return ()
    fmt = "%{file}|%{index}|%{family}|%{fontformat}|%{style}\\n"
    try:
        out = subprocess.run([exe, f":lang={lang}", "--format", fmt], capture_output=True,
                             text=True, timeout=30, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return ()
    faces = []
    for row in sorted(out.splitlines()):
        parts = row.split("|")
        if len(parts) != 5 or not parts[1].isdigit():
            continue
        families = tuple(f.strip() for f in parts[2].split(","))
        faces.append(FontFace(Path(parts[0]), int(parts[1]), families, parts[3] == "TrueType",
                              parts[4].split(",")[0].strip()))
    return tuple(faces)


def find_family(names: tuple[str, ...], *, truetype: bool = True,
                lang: str = "zh") -> FontFace | None:
    """The first face whose family is one of ``names`` (in ``names`` order), its regular face
    before its bold or italic ones; TrueType only unless ``truetype`` is False (to explain that
    a wanted face exists only as CFF)."""
    faces = fontconfig_faces(lang)
    for name in names:
        found = [face for face in faces
                 if (face.truetype or not truetype) and name in face.families]
        if found:
            return next((face for face in found if face.regular), found[0])
    return None


def find_known_file(role: str) -> Path | None:
    """A wanted face's well-known file in a Windows/macOS font folder."""
    for folder in font_folders():
        for name in KNOWN_FILES.get(role, ()):
            path = folder / name
            if path.is_file():
                return path
    return None


def faces_with_char(ch: str) -> list[FontFace]:
    """TrueType faces fontconfig says contain ``ch`` (for substituting a missing glyph)."""
    exe = shutil.which("fc-list")
    if not exe:
        return []
    fmt = "%{file}|%{index}|%{family}|%{fontformat}\\n"
    try:
        out = subprocess.run([exe, f":charset={ord(ch):x}", "--format", fmt], capture_output=True,
                             text=True, timeout=30, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    faces = []
    for row in sorted(out.splitlines()):
        parts = row.split("|")
        if len(parts) == 4 and parts[1].isdigit() and parts[3] == "TrueType":
            faces.append(FontFace(Path(parts[0]), int(parts[1]), tuple(parts[2].split(",")), True))
    return faces
