"""Looking a word up: the jieba word at an offset, its pinyin, 繁/简 forms and CC-CEDICT senses.

Nothing heavy is imported with this package: jieba, pypinyin, OpenCC and the dictionary's data load
on first use (the GUI does that off its thread).
"""

from .cedict import Cedict, CedictEntry, CedictInfo, DictionaryUnavailable, shared_dictionary
from .define import Definition, Part, Sense, define, simplified_form, traditional_form, warm_up
from .word_at import WordSpan, word_at

__all__ = ["Cedict", "CedictEntry", "CedictInfo", "Definition", "DictionaryUnavailable", "Part", "Sense", "WordSpan",
           "define", "shared_dictionary", "simplified_form", "traditional_form", "warm_up", "word_at"]
