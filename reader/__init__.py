"""报纸阅读器: a desktop reader for Chinese newspaper issues."""
