"""The Qt GUI over the core."""
