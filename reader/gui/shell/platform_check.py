"""Before the window starts on X11: are the system libraries of Qt's xcb platform plugin there?

Qt aborts inside QApplication when its xcb plugin cannot be loaded ("xcb-cursor0 or libxcb-cursor0
is needed"), one missing library at a time. This module asks the dynamic loader first, without
importing Qt, and names every missing library with the `apt-get install` line that brings it.
ctypes and subprocess are imported only when the check runs (on X11): the window starts without them.
"""

from __future__ import annotations

import importlib.util
import os
import re
import sys
from pathlib import Path

NOT_FOUND = r"^\s*(\S+)\s+=>\s+not found"
SONAME = r"^lib(?P<name>.+?)\.so\.(?P<major>\d+)"


def qt_plugin_dir() -> Path | None:
    """PySide6's Qt plugin folder, found without importing PySide6's Qt modules."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0]) / "Qt" / "plugins"


def uses_xcb(environ: dict[str, str] | os._Environ[str] | None = None, platform: str = sys.platform) -> bool:
    """Whether Qt will start on its xcb (X11) platform plugin in this environment."""
    env = os.environ if environ is None else environ
    if not platform.startswith("linux"):
        return False
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return chosen.split(";")[0].split(":")[0] == "xcb"
    if env.get("WAYLAND_DISPLAY") and env.get("XDG_SESSION_TYPE") == "wayland":
        return False
    return bool(env.get("DISPLAY"))


def debian_package(soname: str) -> str:
    """Debian's package name for a shared library: libxcb-cursor.so.0 → libxcb-cursor0 (policy 8.1)."""
    match = re.match(SONAME, soname)
    if match is None:
        return soname
    name, major = match.group("name").lower(), match.group("major")
    return f"lib{name}-{major}" if name[-1].isdigit() else f"lib{name}{major}"


def missing_libraries(plugin: Path) -> list[str]:
    """The shared libraries the plugin needs that the loader cannot find (empty when it loads)."""
    import ctypes
    import subprocess
    try:
        ctypes.CDLL(str(plugin))
        return []
    except OSError as error:
        first = str(error).split(":", 1)[0].strip()
    try:
        listing = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        listing = ""
    found = list(dict.fromkeys(re.findall(NOT_FOUND, listing, re.MULTILINE)))
    return found or [first]


def install_advice(missing: list[str]) -> str:
    """The message printed instead of starting: what is missing and the line that installs it."""
    packages = " ".join(dict.fromkeys(debian_package(name) for name in missing))
    return ("报纸阅读器 cannot open a window: Qt's X11 (xcb) platform needs system libraries that are "
            f"not installed: {', '.join(missing)}.\n"
            f"On Debian or Ubuntu install them with:\n  sudo apt-get install {packages}\n"
            "(or start it with QT_QPA_PLATFORM=wayland on a Wayland desktop)")


def check_x11_platform() -> str | None:
    """None when the window can start; otherwise the advice to print."""
    if not uses_xcb():
        return None
    plugins = qt_plugin_dir()
    plugin = plugins / "platforms" / "libqxcb.so" if plugins else None
    if plugin is None or not plugin.exists():
        return None
    missing = missing_libraries(plugin)
    return install_advice(missing) if missing else None
