"""Plain resource files (sample issue, translations, style sheets), read with importlib.resources."""
