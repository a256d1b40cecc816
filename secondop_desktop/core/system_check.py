"""Before the window opens on Linux: are the system libraries Qt's X11 platform plugin needs
installed? Without them Qt aborts inside the plugin with a message few people can act on
(issue 15: libxcb-cursor0, libxcb-icccm4 and libxcb-keysyms1 were missing on a minimal
Debian). This asks ``ldd`` what the plugin cannot find and names the packages to install,
for Debian/Ubuntu and for Fedora, in one sentence."""

from __future__ import annotations

import importlib.util
import os
import re
import sys
from pathlib import Path

from secondop_desktop.i18n import QT_TRANSLATE_NOOP, translate

# soname -> (Debian/Ubuntu package, Fedora package)
PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libSM.so.6": ("libsm6", "libSM"),
    "libICE.so.6": ("libice6", "libICE"),
}
_XCB_PART = re.compile(r"^libxcb(?:-([a-z0-9-]+))?\.so\.(\d+)$")
ADVICE = QT_TRANSLATE_NOOP(
    "system_check",
    "SecondOp cannot open its window because system libraries are missing ({libraries}). "
    "Install them, then start SecondOp again: on Debian or Ubuntu, {debian}; on Fedora, "
    "{fedora}.",
)


def _packages_for(soname: str) -> tuple[str, str]:
    if soname in PACKAGES:
        return PACKAGES[soname]
    part = _XCB_PART.match(soname)
    if part:  # libxcb-randr.so.0 and its siblings all come from one package on Fedora
        name = f"libxcb-{part.group(1)}{part.group(2)}" if part.group(1) else "libxcb1"
        return name, "libxcb"
    return soname, soname


def _xcb_plugin() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for root in spec.submodule_search_locations:
        for candidate in (
            Path(root) / "Qt" / "plugins" / "platforms" / "libqxcb.so",
            Path(root) / "plugins" / "platforms" / "libqxcb.so",
        ):
            if candidate.exists():
                return candidate
    return None


def missing_libraries(plugin: Path, qt_libs: Path | None = None) -> list[str]:
    """Shared libraries ``plugin`` needs that the system does not have (from ``ldd``).

    Qt's own libraries (``qt_libs``, by default beside the plugins folder, where the
    plugin's RUNPATH points) are found there, so only system libraries are named."""
    import shutil  # here: the check runs only on X11 (start-up, issue 17)
    import subprocess

    ldd = shutil.which("ldd")
    if ldd is None:
        return []
    qt_libs = qt_libs or plugin.parents[2] / "lib"
    env = os.environ | {"LD_LIBRARY_PATH": str(qt_libs)}
    try:
        out = subprocess.run(
            [ldd, str(plugin)], capture_output=True, text=True, timeout=10, check=False, env=env
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    found = re.findall(r"^\s*(\S+)\s+=>\s+not found", out, flags=re.M)
    return sorted(set(found))


def advice(missing: list[str]) -> str:
    debian = sorted({_packages_for(name)[0] for name in missing})
    fedora = sorted({_packages_for(name)[1] for name in missing})
    try:
        sentence = translate("system_check", ADVICE)
    except ImportError:  # Qt's own core library may be what cannot load (libglib missing)
        sentence = ADVICE
    return sentence.format(
        libraries=", ".join(missing),
        debian=f"sudo apt install {' '.join(debian)}",
        fedora=f"sudo dnf install {' '.join(fedora)}",
    )


def missing_qt_libraries() -> str | None:
    """A sentence naming what to install, or None when the window can start (or when this
    is not Linux on X11, or the check itself cannot run: then Qt speaks for itself)."""
    if not sys.platform.startswith("linux"):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return None  # offscreen, wayland, vnc...: not the X11 plugin
    if not platform and os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY"):
        return None
    plugin = _xcb_plugin()
    if plugin is None:
        return None
    missing = missing_libraries(plugin)
    return advice(missing) if missing else None


def qt_library_folder() -> Path | None:
    plugin = _xcb_plugin()
    return plugin.parents[2] / "lib" if plugin else None
