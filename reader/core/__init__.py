"""The Qt-free core: model, importers, clean-up, jump linking, search, library."""
