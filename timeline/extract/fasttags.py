"""The attribute ruler + rule lemmatizer of the English pipeline, cached per token context.

Both components are pure functions of a token and its immediate neighbours (the ruler's
patterns are at most two tokens long and read TAG, LOWER, DEP, IS_SPACE; the lemmatizer
reads the text, POS and MORPH the ruler set), but they cost ~30 µs a token in Python.
This component computes each distinct context once with the real components (on a small
Doc of the token between its neighbours) and afterwards writes POS, MORPH and LEMMA with
one array operation: identical output, ~10× faster. `check()` compares it with the real
components on any Docs. The cache has two levels (the ruler's output per tag/dependency
context, the lemma per word, POS and morphology), so an unseen word costs one lemma
lookup; the lemmatizer's word index is turned from lists into sets (same answers).

`FastNER` (below) is the same idea for the `ner` component: the model's own layers and
transition rules, decoded with numpy instead of spaCy's compiled loop.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import DEP, ENT_IOB, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, SENT_START, TAG
from spacy.tokens import Doc, Span

_IN = [ORTH, LOWER, TAG, DEP]
_OUT = [POS, MORPH, LEMMA]
_P = numpy.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93,
                  0xFF51AFD7ED558CCD, 0x2545F4914F6CDD1D, 0x94D049BB133111EB, 0xBF58476D1CE4E5B9,
                  0x27D4EB2F165667C5, 0x85EBCA77C2B2AE63], dtype=numpy.uint64)


class FastTags:
    def __init__(self, nlp, ruler_name="attribute_ruler", lemmatizer_name="lemmatizer"):
        self.vocab = nlp.vocab
        self.ruler = nlp.get_pipe(ruler_name)
        self.lemmatizer = nlp.get_pipe(lemmatizer_name)
        self.cache: dict[tuple, tuple[int, int, int]] = {}
        strings = nlp.vocab.strings
        # the rule lemmatizer tests `form in index` against lists of up to 95k words
        # (~0.1 ms a lemma); sets answer the same membership test at once
        if self.lemmatizer.lookups.has_table("lemma_index"):
            index = self.lemmatizer.lookups.get_table("lemma_index")
            for pos in list(index.keys()):
                if isinstance(index[pos], list):
                    index[pos] = set(index[pos])
        # words of the ruler's multi-token patterns: their result depends on the neighbour
        words = set()
        for p in self.ruler.patterns:
            for pat in p["patterns"]:
                if len(pat) > 1:
                    for tok in pat:
                        low = tok.get("LOWER")
                        if isinstance(low, str):
                            words.add(low)
                        elif isinstance(low, dict) and "IN" in low:
                            words.update(low["IN"])
        words |= {"n't", "nt", "y", "y'"}
        self.context_words = {strings.add(w) for w in words}
        self.expl = strings.add("expl")
        self._ctx_array = numpy.array(sorted(self.context_words), dtype=numpy.uint64)
        # Two levels: the ruler reads only TAG, LOWER, DEP and IS_SPACE, and LOWER only for
        # the words its patterns name; the lemmatizer reads only the text, POS and MORPH.
        # So the ruler's output is cached per (TAG, DEP, named word or nothing, space,
        # neighbours) and the lemma per (ORTH, POS, MORPH): far fewer distinct keys than
        # per word form and context (a new word costs one lemma, not a ruler run).
        named, regexes, plain = set(), [], True
        for p in self.ruler.patterns:
            for pat in p["patterns"]:
                for tok in pat:
                    if set(tok) - {"TAG", "LOWER", "DEP", "IS_SPACE"}:
                        plain = False
                    low = tok.get("LOWER")
                    if isinstance(low, str):
                        named.add(low)
                    elif isinstance(low, dict):
                        for op, v in low.items():
                            if op in ("IN", "NOT_IN"):
                                named.update(v)
                            elif op == "REGEX":
                                regexes.append(re.compile(v))
                            else:
                                plain = False
        self.two_level = plain
        self._named_words = named
        self._regexes = regexes
        self._named: dict[int, bool] = {}  # LOWER hash -> named by a pattern?
        self.lemmas: dict[int, int] = {}

    def _is_named(self, low: int) -> bool:
        named = self._named.get(low)
        if named is None:
            word = self.vocab.strings[low] if low else ""
            named = word in self._named_words or any(r.search(word) for r in self._regexes)
            self._named[low] = named
        return named

    def _keys(self, a: numpy.ndarray) -> list[int]:
        """One 64-bit key per token: (ORTH, TAG, DEP, neighbour words that matter, 'after expl')."""
        n = len(a)
        u = a.astype(numpy.uint64)
        low = u[:, 1]
        zero = numpy.zeros(1, dtype=numpy.uint64)
        prev_low = numpy.concatenate([zero, low[:-1]])
        next_low = numpy.concatenate([low[1:], zero])
        prev_dep = numpy.concatenate([zero, u[:-1, 3]])
        ctx = self._ctx_array
        # a neighbour's word only when it is one a two-token pattern names: any other word
        # matches no pattern with the token (whatever the token), so it cannot change the
        # token's output (a 'prev is expl' pattern is the `expl` bit). Keeping every
        # neighbour of a pattern word ('is', 'was', 'on', 'all', "'s" …) made a new key,
        # and a run of the real ruler, for each word met beside them
        in_ctx = numpy.isin(low, ctx)
        pl = numpy.where(numpy.concatenate([[False], in_ctx[:-1]]), prev_low, zero)
        nl = numpy.where(numpy.concatenate([in_ctx[1:], [False]]), next_low, zero)
        expl = (prev_dep == numpy.uint64(self.expl)).astype(numpy.uint64)
        if self.two_level:  # the word itself only when a pattern names it (see __init__)
            uniq, inverse = numpy.unique(low, return_inverse=True)
            named = numpy.array([self._is_named(int(x)) for x in uniq.tolist()], dtype=bool)[inverse]
            first = numpy.where(named, low, zero) + _P[5] * u[:, 4]
        else:
            first = u[:, 0]
        with numpy.errstate(over="ignore"):
            k = first * _P[0]
            k ^= (u[:, 2] + _P[5]) * _P[1]
            k ^= (u[:, 3] + _P[6]) * _P[2]
            k ^= (pl + _P[7]) * _P[3]
            k ^= (nl + _P[8]) * _P[4]
            k ^= expl * _P[9]
        del n
        return k.tolist()

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        a = doc.to_array(_IN + [IS_SPACE]).astype(numpy.int64)
        keys = self._keys(a)
        cache = self.cache
        miss = [i for i, k in enumerate(keys) if k not in cache]
        if miss:
            self._fill(doc, a, keys, miss)
        out = numpy.array([cache[k] for k in keys], dtype=numpy.uint64).reshape(n, 3)
        if self.two_level:
            self._lemmatize(a[:, 0].astype(numpy.uint64), out)
        doc.from_array(_OUT, out)
        return doc

    def _lemmatize(self, orth: numpy.ndarray, out: numpy.ndarray) -> None:
        """Fill the lemma column where the ruler set none: the lemmatizer's output per
        (ORTH, POS, MORPH), computed once with the real lemmatizer."""
        todo = numpy.flatnonzero(out[:, 2] == 0)
        if not len(todo):
            return
        with numpy.errstate(over="ignore"):
            k = (orth[todo] * _P[0]) ^ ((out[todo, 0] + _P[5]) * _P[1]) ^ ((out[todo, 1] + _P[6]) * _P[2])
        keys = k.tolist()
        lemmas = self.lemmas
        miss = {}
        for j, key in zip(todo.tolist(), keys):
            if key not in lemmas and key not in miss:
                miss[key] = j
        if miss:
            rows = list(miss.values())
            strings = self.vocab.strings
            mini = Doc(self.vocab, words=[strings[int(orth[j])] for j in rows], spaces=[True] * len(rows))
            mini.from_array([POS, MORPH], out[rows, :2])
            mini = self.lemmatizer(mini)
            for key, lemma in zip(miss, mini.to_array([LEMMA]).tolist()):
                lemmas[key] = int(lemma)
        out[todo, 2] = numpy.array([lemmas[key] for key in keys], dtype=numpy.uint64)

    def _fill(self, doc, a, keys, miss):
        """Run the real components on each missing token (between its neighbours when a
        two-token pattern or 'there is' may involve them)."""
        words, tags, deps, centre = [], [], [], []
        ctx = self.context_words
        seen = set()
        n = len(doc)
        for i in miss:
            if keys[i] in seen:
                continue
            seen.add(keys[i])
            near = (int(a[i, 1]) in ctx or (i and int(a[i - 1, 1]) in ctx)
                    or (i + 1 < n and int(a[i + 1, 1]) in ctx) or (i and int(a[i - 1, 3]) == self.expl))
            span = (i - 1, i, i + 1) if near else (i,)
            for j in span:
                if 0 <= j < n:
                    t = doc[j]
                    words.append(t.text)
                    tags.append(t.tag_)
                    deps.append(t.dep_ or "dep")
                else:
                    words.append("\u2063")
                    tags.append("_SP")
                    deps.append("dep")
                if j == i:
                    centre.append((len(words) - 1, keys[i]))
            if near:  # a separator so that no pattern spans two contexts
                words.append("\u2063")
                tags.append("_SP")
                deps.append("dep")
        mini = Doc(self.vocab, words=words, spaces=[True] * len(words), tags=tags, deps=deps,
                   heads=list(range(len(words))))
        mini = self.ruler(mini)
        if not self.two_level:
            mini = self.lemmatizer(mini)
        out = mini.to_array(_OUT)
        for pos, key in centre:
            self.cache[key] = (int(out[pos, 0]), int(out[pos, 1]), int(out[pos, 2]))


def check(nlp, texts) -> tuple[int, int]:
    """(tokens compared, tokens that differ) between FastTags and the real components."""
    fast = FastTags(nlp)
    names = [n for n in nlp.pipe_names if n not in ("attribute_ruler", "lemmatizer", "ner", "timeline_fast_ner")]
    total = bad = 0
    for text in texts:
        with nlp.select_pipes(enable=names):
            d1 = nlp(text)
        d2 = Doc(nlp.vocab).from_bytes(d1.to_bytes())
        nlp.get_pipe("lemmatizer")(nlp.get_pipe("attribute_ruler")(d1))
        fast(d2)
        x, y = d1.to_array(_OUT), d2.to_array(_OUT)
        total += len(d1)
        bad += int((x != y).any(axis=1).sum())
    return total, bad


class BatchDecoder:
    """A pipeline component that annotates whole batches at once (`set_annotations(docs)`):
    spaCy's `__call__` / `pipe` protocol over it, shared by `FastNER` and
    `fastparse.FastParser`, whose numpy decoding gains from many sentences in lockstep."""

    def set_annotations(self, docs) -> None:
        raise NotImplementedError

    def __call__(self, doc):
        self.set_annotations([doc])
        return doc

    def pipe(self, docs, batch_size: int = 256):
        batch = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= max(1, batch_size):
                self.set_annotations(batch)
                yield from batch
                batch = []
        if batch:
            self.set_annotations(batch)
            yield from batch


class FastNER(BatchDecoder):
    """spaCy's greedy NER decoding, vectorised over sentences (same model, same output).

    The statistical work of the `ner` component is its own tok2vec and the precomputed
    hidden layer (matrix products over all tokens); its greedy transition loop, however,
    takes and releases the GIL for every candidate action of every token (spaCy 3.8's
    compiled `is_valid` checks: 74 actions × every token), which made it ~60% of NER time.
    This runs the same model layers (`tok2vec`, `precomputable_affine`, `linear`) and the
    same BILUO transition rules, but with numpy over all sentences of a batch at once:
    an entity never crosses a sentence start (the `Begin`/`In` rules forbid it), so every
    sentence starts from the empty state and the sentences of a batch advance in lockstep.

    Rules (no preset entities; a Doc with any preset falls back to the real component):
    B(label) needs no open entity, a next token in the sentence and a non-space token;
    I(label) an open entity of that label and a next token in the sentence; L(label) an
    open entity of that label; U(label) no open entity and a non-space token; O no open
    entity. The best-scoring valid action wins (first on ties, as spaCy's arg_max_if_valid).
    Scores equal spaCy's up to float summation order in the final 64×74 product.
    """

    KINDS = {"B": 0, "I": 1, "L": 2, "U": 3}

    def __init__(self, ner):
        self.ner = ner
        self.vocab = ner.vocab
        model = ner.model
        self.ok = (len(model.layers) == 3 and model.attrs.get("has_upper")
                   and not model.attrs.get("unseen_classes") and ner.cfg.get("beam_width", 1) == 1
                   and not ner.postprocesses)
        names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
        kind, lab, self.labels = [], [], [""]
        for name in names:
            k, _, label = name.partition("-")
            if name == "O":
                kind.append(4)
                lab.append(0)
            elif k in self.KINDS and label:
                if label not in self.labels:
                    self.labels.append(label)
                kind.append(self.KINDS[k])
                lab.append(self.labels.index(label))
            else:  # 'Missing' and anything unknown: never valid
                kind.append(5)
                lab.append(0)
        kind = numpy.array(kind)
        lab = numpy.array(lab)
        self.lab = lab
        self.is_b = (kind == 0) & (lab != 0)
        self.is_i = (kind == 1) & (lab != 0)
        self.is_l = (kind == 2) & (lab != 0)
        self.is_u = (kind == 3) & (lab != 0)
        self.is_o = kind == 4
        self.kind = kind

    def set_annotations(self, docs) -> None:
        docs = [d for d in docs if len(d)]
        if not docs:
            return
        arrays = [d.to_array([SENT_START, IS_SPACE, ENT_IOB]) for d in docs]
        if not self.ok or any(a[:, 2].any() for a in arrays):
            list(self.ner.pipe(docs, batch_size=len(docs)))  # preset entities: the real thing
            return
        model = self.ner.model
        tok2vec, lower, upper = model.layers
        from .nlp import bounded_predict

        # the model's own tok2vec, at most `nlp.MODEL_TOKENS` at once (its working memory)
        X = bounded_predict(lambda group: [tok2vec.predict(group)])(docs)
        X = X[0] if len(X) == 1 else numpy.concatenate(X)
        C = lower.predict(X)  # (tokens + 1, F, O, P): row 0 is the padding
        n_tok, nF, nO, nP = X.shape[0], C.shape[1], C.shape[2], C.shape[3]
        C = C.reshape(n_tok + 1, nF, nO * nP)
        bias = lower.get_param("b").reshape(nO * nP)
        W = upper.get_param("W")
        b = upper.get_param("b")
        a = numpy.concatenate(arrays).astype(numpy.int64)
        space = a[:, 1] != 0
        starts = numpy.flatnonzero(a[:, 0] == 1)
        offsets = numpy.cumsum([0] + [len(d) for d in docs])
        starts = numpy.union1d(starts, offsets[:-1])  # every doc starts a sentence
        ends = numpy.append(starts[1:], n_tok)
        order = numpy.argsort(-(ends - starts), kind="stable")
        seg_start, seg_len = starts[order], (ends - starts)[order]
        m_all = len(seg_start)
        is_open = numpy.zeros(m_all, dtype=bool)
        ent_start = numpy.zeros(m_all, dtype=numpy.int64)
        ent_lab = numpy.zeros(m_all, dtype=numpy.int64)
        pad1, pad2 = C[0, 1], C[0, 2]
        found = []  # (start, end, label index) arrays
        is_b, is_i, is_l, is_u, is_o, lab, kind = (self.is_b, self.is_i, self.is_l, self.is_u,
                                                   self.is_o, self.lab, self.kind)
        neg = numpy.float32(-numpy.inf)
        for k in range(int(seg_len[0]) if m_all else 0):
            m = int(numpy.searchsorted(-seg_len, -k, side="left"))  # segments longer than k
            g = seg_start[:m] + k
            o = is_open[:m]
            es = ent_start[:m]
            el = ent_lab[:m]
            if o.any():
                f1 = numpy.where(o[:, None], C[es + 1, 1], pad1)
                f2 = numpy.where(o[:, None], C[g, 2], pad2)  # token before B(0): row g - 1 + 1
                u = C[g + 1, 0] + f1 + f2 + bias
            else:  # no entity open: E(0) and B(0)-1 are padding
                u = C[g + 1, 0] + pad1 + pad2 + bias
            u = u.reshape(m, nO, nP)
            hidden = u[:, :, 0]
            for piece in range(1, nP):  # maxout (numpy's max over a tiny axis is slow)
                hidden = numpy.maximum(hidden, u[:, :, piece])
            scores = hidden @ W.T + b
            last = (k == seg_len[:m] - 1)
            ws = space[g]
            same = lab[None, :] == el[:, None]
            valid = ((is_b[None, :] & (~o & ~last & ~ws)[:, None])
                     | (is_i[None, :] & (o & ~last)[:, None] & same)
                     | (is_l[None, :] & o[:, None] & same)
                     | (is_u[None, :] & (~o & ~ws)[:, None])
                     | (is_o[None, :] & ~o[:, None]))
            act = numpy.where(valid, scores, neg).argmax(axis=1)
            ka = kind[act]
            la = lab[act]
            unit = ka == 3
            if unit.any():
                found.append((g[unit], g[unit] + 1, la[unit]))
            close = ka == 2
            if close.any():
                found.append((es[close], g[close] + 1, el[close]))
                is_open[:m][close] = False
            begin = ka == 0
            if begin.any():
                is_open[:m][begin] = True
                ent_start[:m][begin] = g[begin]
                ent_lab[:m][begin] = la[begin]
        per_doc = [[] for _ in docs]
        if found:
            s = numpy.concatenate([f[0] for f in found])
            e = numpy.concatenate([f[1] for f in found])
            lb = numpy.concatenate([f[2] for f in found])
            which = numpy.searchsorted(offsets, s, side="right") - 1
            for d, s0, e0, l0 in zip(which.tolist(), s.tolist(), e.tolist(), lb.tolist()):
                per_doc[d].append((s0 - int(offsets[d]), e0 - int(offsets[d]), l0))
        for doc, ents in zip(docs, per_doc):
            ents.sort()
            doc.set_ents([Span(doc, s0, e0, label=self.labels[l0]) for s0, e0, l0 in ents],
                         default="outside")
