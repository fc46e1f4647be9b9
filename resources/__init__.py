"""Plain resource files (sample issue, translations, style sheets), found beside this file."""
