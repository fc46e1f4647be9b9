"""The Qt GUI over the core."""

from .pyside_fix import keep_none_alive

keep_none_alive()
