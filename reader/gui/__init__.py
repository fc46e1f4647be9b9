"""The Qt GUI over the core."""

from .pyside_fix import drop_feature_import_hook, keep_none_alive

drop_feature_import_hook()
keep_none_alive()
