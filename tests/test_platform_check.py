"""Before the window starts: the xcb platform's missing system libraries are named with their packages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reader.gui.shell import platform_check
from reader.gui.shell.platform_check import debian_package, install_advice, missing_libraries, uses_xcb

pytestmark = pytest.mark.core


def test_debian_package_names_follow_the_soname() -> None:
    assert debian_package("libxcb-cursor.so.0") == "libxcb-cursor0"
    assert debian_package("libxcb-icccm.so.4") == "libxcb-icccm4"
    assert debian_package("libxkbcommon-x11.so.0") == "libxkbcommon-x11-0"
    assert debian_package("libX11-xcb.so.1") == "libx11-xcb1"
    assert debian_package("libdbus-1.so.3") == "libdbus-1-3"


def test_which_platform_qt_starts_on() -> None:
    assert uses_xcb({"DISPLAY": ":0"}, "linux")
    assert not uses_xcb({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb:foo"}, "linux")
    assert not uses_xcb({"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland", "DISPLAY": ":0"}, "linux")
    assert not uses_xcb({}, "linux")                  # no display at all: Qt says so itself
    assert not uses_xcb({"DISPLAY": ":0"}, "darwin")


def test_a_plugin_that_does_not_load_is_reported(tmp_path: Path) -> None:
    broken = tmp_path / "libqxcb.so"
    broken.write_bytes(b"not a shared library")
    missing = missing_libraries(broken)
    assert missing and all(name for name in missing)


def test_the_advice_names_every_library_and_one_install_line() -> None:
    advice = install_advice(["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-cursor.so.0"])
    assert "libxcb-cursor.so.0" in advice and "libxcb-icccm.so.4" in advice
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4\n" in advice


def test_main_prints_the_advice_instead_of_aborting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = tmp_path / "plugins"
    (fake / "platforms").mkdir(parents=True)
    (fake / "platforms" / "libqxcb.so").write_bytes(b"\x7fELF broken")
    monkeypatch.setattr(platform_check, "qt_plugin_dir", lambda: fake)
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    if not sys.platform.startswith("linux"):
        pytest.skip("the xcb platform is Linux's")
    assert platform_check.check_x11_platform() is not None


def test_the_real_plugin_check_agrees_with_the_loader() -> None:
    plugins = platform_check.qt_plugin_dir()
    plugin = plugins / "platforms" / "libqxcb.so" if plugins else None
    if plugin is None or not plugin.exists() or not sys.platform.startswith("linux"):
        pytest.skip("no xcb plugin in this PySide6")
    listing = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
    assert bool(missing_libraries(plugin)) == ("not found" in listing)
