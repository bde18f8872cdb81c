"""Which shared libraries the Linux bundle takes from the computer instead of carrying them.

Read by the spec (to leave them out) and by `check_bundle.py` (to prove every library the bundle
needs is either inside it or one of these). The rule is the AppImage one: carry what a desktop
may lack (Qt, ICU, Python, OpenSSL, the xcb utility libraries), and take from the computer what
every graphical Linux session already runs and must match: the C library, the GPU's OpenGL, the
X11 client libraries, fontconfig and FreeType (a carried fontconfig misreads a newer system's
configuration), D-Bus and GLib.
"""

from __future__ import annotations

import re

# Never carried, by PyInstaller's own rule: the C runtime and the graphics driver.
SYSTEM = r"ld-linux.*|linux-vdso|libc|libm|libdl|libpthread|librt|libresolv|libutil|libGL|libGLX|libGLdispatch|libEGL|libOpenGL"

# Left out by us: the desktop session's own libraries, with what they pull in.
DESKTOP = (
    r"libX11|libX11-xcb|libXau|libXdmcp|libxcb"  # X11 (libxcb itself; its utilities are carried)
    r"|libfontconfig|libfreetype|libexpat|libpng16|libbrotlicommon|libbrotlidec|libbz2"  # fonts
    r"|libdbus-1|libsystemd|libgcrypt|libgpg-error|liblz4|libzstd|liblzma|libcap"  # D-Bus
    r"|libglib-2\.0|libgthread-2\.0|libgobject-2\.0|libgio-2\.0|libgmodule-2\.0|libpcre2-8"  # GLib
    r"|libbsd|libmd|libuuid|libz|libgcc_s|libstdc\+\+"
)

_SONAME = re.compile(r"^(?P<stem>.+?)\.so(\.\d+)*$")


def stem(filename: str) -> str:
    """``libxcb.so.1`` -> ``libxcb``; ``libxcb-icccm.so.4`` -> ``libxcb-icccm``."""
    found = _SONAME.match(filename)
    return found["stem"] if found else filename


def from_the_computer(filename: str) -> bool:
    """Whether the bundle relies on the computer for this library (by its file name)."""
    return re.fullmatch(f"{SYSTEM}|{DESKTOP}", stem(filename)) is not None
