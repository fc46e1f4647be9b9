"""Reading a story aloud, the part without Qt: the sentences to speak one by one and where they are.

The GUI's text-to-speech engine speaks each span's text and highlights it; nothing here speaks.
"""

from .sentences import Position, SentenceSpan, clip_to, sentence_index_at, split_sentences, story_sentences

__all__ = ["Position", "SentenceSpan", "clip_to", "sentence_index_at", "split_sentences", "story_sentences"]
