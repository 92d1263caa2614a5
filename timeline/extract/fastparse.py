"""spaCy's greedy dependency-parser decoding, vectorised over sentences (same model, same output).

The statistical work of the `parser` component is the tok2vec output and the precomputed
hidden layer (matrix products over all tokens); its greedy arc-eager loop, however, runs
one compiled step per action and state and made most of the parser's time. `FastParser`
runs the same model layers (`tok2vec` listener, `precomputable_affine`, `linear`) and
reproduces spaCy 3.8's arc-eager transition system (`_parser_internals/arc_eager.pyx`,
`_state.pxd`) with numpy, all pieces of a batch advancing in lockstep.

Why pieces can be decoded apart: spaCy parses a whole Doc as one state, but at a preset
sentence start (``SENT_START == 1``, e.g. from `line_breaks`) no SHIFT / LEFT / RIGHT is
valid until the stack is empty, no arc or BREAK crosses it, and the state that then
continues (empty stack, B0 = the sentence start) is the fresh state of the next piece.
So every run of tokens between preset sentence starts is an independent decoding; only the
look-ahead feature B1 and the buffer length read the rest of the Doc. Runs are cut further
after full stops, so that the lockstep lasts about as long as the longest sentence; such a cut
is a guess, checked while decoding (see `FastParser._decode`).

The state of each piece: the stack, the re-buffer (tokens put back by a non-monotonic
REDUCE, marked unshiftable), the next fresh buffer token, and per token its head, label,
last left child, last right child (and the right child before it, for when LEFT re-attaches
a right child: spaCy pops that arc, which is always the head's last right arc), and
BREAK-set sentence starts. Features are spaCy's 8 context tokens (B0, B1, S0, S1, S2,
L(B0,1), L(S0,1), R(S0,1)); validity per move as `arc_eager.set_valid` (labels do not
matter: no `subtok`); the best-scoring valid action wins, first on ties
(`arg_max_if_valid`). Scores equal spaCy's up to float summation order in the final
64×106 product. The final heads/labels are written with `Doc.from_array` (which runs
spaCy's own `set_children_from_heads`, as `ArcEager.set_annotations` does; arc-less
tokens are roots labelled ROOT) and the parser's own postprocess (`deprojectivize`) runs.

A Doc with preset heads or labels, or one whose decoding meets anything these rules do not
cover (re-attaching an arc that is not the head's last, no valid action), is parsed by the
real component.
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD, IS_LOWER, ORTH, SENT_START

from .fasttags import BatchDecoder

SHIFT, REDUCE, LEFT, RIGHT, BREAK = 0, 1, 2, 3, 4
_MOVES = {"S": SHIFT, "D": REDUCE, "L": LEFT, "R": RIGHT, "B": BREAK}
#: the context tokens spaCy's `set_context_tokens` gives a model with nF == 8
N_FEATURES = 8
#: a likely sentence end: the pieces are cut after these (a guess, see `FastParser._decode`)
_TERMINAL = (".", "!", "?")
_CLOSERS = ('"', "”", "’", "'", ")")


class FastParser(BatchDecoder):
    """The `parser` component's greedy decoding with numpy (see module doc)."""

    def __init__(self, parser):
        self.parser = parser
        self.vocab = parser.vocab
        model = parser.model
        moves = parser.moves
        strings = self.vocab.strings
        move, label = [], []
        known = True
        for i in range(moves.n_moves):
            name = moves.get_class_name(i)
            kind, _, lab = name.partition("-")
            if kind not in _MOVES or lab == "subtok":
                known = False
            move.append(_MOVES.get(kind, -1))
            label.append(strings.add(lab) if lab else 0)
        self.move = numpy.array(move, dtype=numpy.int64)
        self.label = numpy.array(label, dtype=numpy.uint64)
        self.root = int(moves.root_label)
        self.ok = (known and len(model.layers) == 3 and bool(model.attrs.get("has_upper"))
                   and not model.attrs.get("unseen_classes") and parser.cfg.get("beam_width", 1) == 1
                   and model.layers[1].get_dim("nF") == N_FEATURES)
        self.terminal = numpy.array([strings.add(w) for w in _TERMINAL], dtype=numpy.uint64)
        self.closers = numpy.array([strings.add(w) for w in _CLOSERS], dtype=numpy.uint64)
        self.fallbacks = 0  # docs handed to the real component (tests, diagnostics)

    def _real(self, docs) -> None:
        if docs:
            self.fallbacks += len(docs)
            list(self.parser.pipe(docs, batch_size=max(1, len(docs))))

    def set_annotations(self, docs) -> None:
        docs = [d for d in docs if len(d)]
        if not docs:
            return
        if not self.ok:
            self._real(docs)
            return
        usual, unusual, arrays = [], [], []
        for d in docs:
            a = d.to_array([SENT_START, HEAD, DEP, ORTH, IS_LOWER])
            if a[:, 1:3].any():  # preset heads or labels: spaCy keeps them where it adds no arc
                unusual.append(d)
            else:
                usual.append(d)
                arrays.append(a)
        self._real(unusual)
        if not usual:
            return
        a = numpy.concatenate(arrays)
        sent_start = a[:, 0].astype(numpy.int64)
        heads, labels, bad = self._decode(usual, sent_start, self._cuts(a[:, 3], a[:, 4], sent_start))
        offsets = numpy.cumsum([0] + [len(d) for d in usual])
        hooks = self.parser.postprocesses
        redo = []
        for k, doc in enumerate(usual):
            if bad[k]:
                redo.append(doc)
                continue
            s, e = int(offsets[k]), int(offsets[k + 1])
            h = heads[s:e]
            root = h < 0
            out = numpy.empty((e - s, 2), dtype=numpy.int64)
            out[:, 0] = numpy.where(root, 0, h - numpy.arange(s, e))
            out[:, 1] = numpy.where(root, self.root, labels[s:e].astype(numpy.int64))
            doc.from_array([HEAD, DEP], out.astype(numpy.uint64))
            for hook in hooks:
                hook(doc)
        self._real(redo)

    def _cuts(self, orth, lower, sent_start):
        """Tokens after a full stop (and closing quote) that are no lower-case word: where
        a sentence likely starts (only a guess: see `_decode`)."""
        stop = numpy.isin(orth, self.terminal)
        close = numpy.isin(orth, self.closers)
        after = numpy.zeros(len(orth), dtype=bool)
        after[1:] = stop[:-1]
        after[2:] |= close[1:-1] & stop[:-2]
        return after & (lower == 0) & (sent_start != -1)

    def _scores(self, docs):
        """The model's layers: a function from context-token ids (m, 8) to scores (m, classes)."""
        model = self.parser.model
        tok2vec, lower, upper = model.layers
        X = tok2vec.predict(docs)
        C = lower.predict(X)  # (tokens + 1, F, O, P): row 0 is the padding
        n1, nF, nO, nP = C.shape
        flat = C.reshape(n1 * nF, nO * nP)
        bias = lower.get_param("b").reshape(nO * nP)
        W = upper.get_param("W")
        b = upper.get_param("b")
        feature = numpy.arange(nF, dtype=numpy.int64)

        def scores(ids):
            # row (token + 1, feature): -1 (no token) reads the padding row
            g = numpy.take(flat, (ids + 1) * nF + feature, axis=0)
            u = g[:, 0] + g[:, 1]
            for f in range(2, nF):  # spaCy sums the features in this order, then the bias
                u += g[:, f]
            u += bias
            u = u.reshape(len(ids), nO, nP)
            hidden = u[:, :, 0]
            for piece in range(1, nP):
                hidden = numpy.maximum(hidden, u[:, :, piece])
            return hidden @ W.T + b

        return scores

    def _decode(self, docs, sent_start, split):
        """Heads (global index, -1 for roots), labels and a per-doc 'fall back' flag.

        Pieces run from preset sentence starts, and are cut further at likely sentence
        ends (`split`: after a full stop before a capital) so that the lockstep is short.
        A cut is a guess: it holds when the piece before it reaches an empty stack with
        the cut token at the buffer front (then, as at a preset start, the rest is a fresh
        decoding); a piece that instead shifts or attaches the cut token takes over the
        next piece's tokens and goes on (`_State.join`). The one thing a piece passes on
        is a BREAK marking the cut token or the one after it: a piece whose predecessor
        ends with other marks than it started with starts again (`_State.restart`)."""
        n = len(sent_start)
        lengths = numpy.array([len(d) for d in docs], dtype=numpy.int64)
        offsets = numpy.concatenate([[0], numpy.cumsum(lengths)])
        doc_of = numpy.repeat(numpy.arange(len(docs)), lengths)
        fixed = numpy.union1d(numpy.flatnonzero(sent_start == 1), offsets[:-1])
        width = int(numpy.diff(numpy.append(fixed, n)).max()) + 1
        starts = numpy.union1d(fixed, numpy.flatnonzero(split))
        st = _State(n, starts, offsets[1:][doc_of[starts]], width, sent_start)
        # decoded with its first token marked by BREAK: the usual way a sentence ends
        st.in0[:] = ~numpy.isin(starts, fixed)
        st.reset(numpy.arange(len(starts)), fresh=True)
        self._run(st, self._scores(docs))
        bad_doc = numpy.zeros(len(docs), dtype=bool)
        bad_doc[doc_of[starts[st.bad & st.alive]]] = True
        return st.head[:n], st.label[:n], bad_doc

    def _penalty(self):
        """0 for the classes whose move type is valid, -inf for the others, per set of valid
        move types (bit SHIFT..BREAK): the best valid class is the argmax of scores + this
        (first on ties, as spaCy's `arg_max_if_valid`)."""
        allowed = ((numpy.arange(32)[:, None] >> self.move[None, :]) & 1).astype(bool)
        return numpy.where(allowed, numpy.float32(0), numpy.float32(-numpy.inf)).astype(numpy.float32)

    def _run(self, st, scores):
        """Decode all pieces in lockstep until each is at its end with an empty stack.

        A piece sees nothing of the tokens from its end on but their ids and preset sentence
        starts: BREAK marks it sets there are its own (`out0`, `out1`), and it joins the
        next piece when it shifts or attaches its end token with a non-empty stack."""
        move_of, label_of = self.move, self.label
        penalty = self._penalty()
        stack, depth, rebuf, rdepth, nxt = st.stack.ravel(), st.depth, st.rebuf.ravel(), st.rdepth, st.nxt
        sw, bw = st.stack.shape[1], st.rebuf.shape[1]
        preset, broken, unshiftable = st.preset, st.broken, st.unshiftable
        head, label, last_left, last_right, prev_right = st.head, st.label, st.last_left, st.last_right, st.prev_right
        out0, out1, bad_piece, alive, ends = st.out0, st.out1, st.bad, st.alive, st.ends
        active = numpy.arange(len(st.starts))
        steps, max_steps = 0, 3 * len(st.head) + 8 * sw + 64  # restarts included
        while len(active):
            steps += 1
            if steps > max_steps:  # never seen; spaCy would force the states final
                bad_piece[active] = True
                break
            r = active
            d, rd, e = depth[r], rdepth[r], ends[r]
            top = r * sw + d + 2  # three -1 cells under each stack
            S0, S1, S2 = stack[top], stack[top - 1], stack[top - 2]
            front = r * bw + rd + 1  # the re-buffer, over the next two fresh tokens
            B0, B1 = rebuf[front], rebuf[front - 1]
            at_end = (B0 == e) & (rd == 0)  # buffer front: the next piece's first token
            n_buf = st.doc_end[r] - nxt[r] + rd
            left_b0 = numpy.where(at_end, -1, last_left[B0])  # the next piece's arcs come later
            ids = numpy.stack([B0, B1, S0, S1, S2, left_b0, last_left[S0], last_right[S0]], axis=1)
            sc = scores(ids)

            start_b0 = (preset[B0] == 1) | numpy.where(at_end, out0[r], broken[B0])
            b1_end = B1 == e
            b1_after = B1 == e + 1
            start_b1 = (preset[B1] == 1) | numpy.where(b1_end, out0[r], numpy.where(b1_after, out1[r], broken[B1]))
            has_stack = d > 0
            arc = has_stack & (n_buf > 0) & ~start_b0
            # one bit per move type valid (see `_penalty`)
            code = ((~has_stack | ((n_buf >= 2) & ~start_b0 & ~(unshiftable[B0] & ~at_end))) * 1
                    + (has_stack & ((n_buf == 0) | ~((d == 1) & (preset[B0] == -1)))) * 2
                    + arc * 12
                    + ((n_buf >= 2) & (B1 == B0 + 1) & ~start_b1 & (preset[B1] != -1)) * 16)
            act = (sc + penalty[code]).argmax(axis=1)
            mv = move_of[act]
            none = code == 0
            if none.any():  # spaCy forces such a state final; leave it to spaCy
                bad_piece[r[none]] = True
                mv[none] = -1
            cross = at_end & ((mv == SHIFT) | (mv == LEFT) | (mv == RIGHT))
            if cross.any():  # the cut before B0 does not hold (see `_decode`)
                killed = st.join(r[cross])
                if killed:
                    mv[numpy.isin(r, killed)] = -1
            lab = label_of[act]

            left = mv == LEFT
            if left.any():
                c, h = S0[left], B0[left]
                old = head[c]
                moved = old >= 0
                if moved.any():  # re-attach: spaCy pops the old head's last right arc
                    oc, oh = c[moved], old[moved]
                    bad_piece[r[left][moved][last_right[oh] != oc]] = True
                    last_right[oh] = prev_right[oc]
                head[c] = h
                label[c] = lab[left]
                last_left[h] = c
                unshiftable[h] = False
            right = mv == RIGHT
            if right.any():
                c, h = B0[right], S0[right]
                bad_piece[r[right][head[c] >= 0]] = True
                head[c] = h
                label[c] = lab[right]
                prev_right[c] = last_right[h]
                last_right[h] = c
            brk = mv == BREAK
            if brk.any():
                out0[r[brk & b1_end]] = True
                out1[r[brk & b1_after]] = True
                broken[B1[brk & ~b1_end & ~b1_after]] = True
            red = mv == REDUCE
            if red.any():
                rr, s0 = r[red], S0[red]
                back = (head[s0] < 0) & (d[red] > 1)  # no head: put back on the buffer
                if back.any():
                    rb, sb = rr[back], s0[back]
                    unshiftable[sb] = True
                    rebuf[rb * bw + rdepth[rb] + 2] = sb
                    rdepth[rb] += 1
            pop = left | red
            depth[r[pop]] -= 1
            push = (mv == SHIFT) | right
            if push.any():
                rp = r[push]
                stack[rp * sw + depth[rp] + 3] = B0[push]
                depth[rp] += 1
                from_rebuf = rd[push] >= 1
                rdepth[rp[from_rebuf]] -= 1
                fresh = rp[~from_rebuf]
                if len(fresh):
                    nxt[fresh] += 1
                    st.set_fresh(fresh)
            finished = (depth[r] == 0) & (rdepth[r] == 0) & (nxt[r] >= ends[r])  # ends may have grown
            active = r[~finished & ~bad_piece[r] & alive[r]]
            if finished.any():
                again = st.restart(r[finished & alive[r] & ~bad_piece[r]])
                if len(again):
                    active = numpy.union1d(active, again)


class _State:
    """The decoding state of all pieces: per piece (stack, re-buffer, next fresh token, the
    BREAK marks received and passed on) and per token (with a sentinel at index n, so that
    -1, "no token", reads neutral values)."""

    def __init__(self, n, starts, doc_end, width, sent_start):
        m = len(starts)
        self.starts = starts
        self.ends = numpy.append(starts[1:], n)
        self.doc_end = doc_end
        self.following = numpy.where(self.ends < doc_end, numpy.arange(1, m + 1), -1)
        self.alive = numpy.ones(m, dtype=bool)
        self.in0 = numpy.zeros(m, dtype=bool)  # decoded with its first token marked by BREAK
        self.in1 = numpy.zeros(m, dtype=bool)  # ... with its second token marked
        self.preset = numpy.zeros(n + 1, dtype=numpy.int64)
        self.preset[:n] = sent_start
        self.broken = numpy.zeros(n + 1, dtype=bool)  # sentence starts set by BREAK
        self.unshiftable = numpy.zeros(n + 1, dtype=bool)
        self.head = numpy.full(n + 1, -1, dtype=numpy.int64)
        self.label = numpy.zeros(n + 1, dtype=numpy.uint64)
        self.last_left = numpy.full(n + 1, -1, dtype=numpy.int64)
        self.last_right = numpy.full(n + 1, -1, dtype=numpy.int64)
        self.prev_right = numpy.full(n + 1, -1, dtype=numpy.int64)
        self.stack = numpy.full((m, width + 3), -1, dtype=numpy.int64)  # 3 cells of -1 below
        self.depth = numpy.zeros(m, dtype=numpy.int64)
        self.rebuf = numpy.full((m, width + 2), -1, dtype=numpy.int64)  # B1, B0 if no re-buffer
        self.rdepth = numpy.zeros(m, dtype=numpy.int64)
        self.nxt = numpy.zeros(m, dtype=numpy.int64)
        self.out0 = numpy.zeros(m, dtype=bool)  # BREAK marked the token at the piece's end
        self.out1 = numpy.zeros(m, dtype=bool)  # ... the token after it
        self.bad = numpy.zeros(m, dtype=bool)

    def set_fresh(self, pieces) -> None:
        """The next two fresh buffer tokens, below the re-buffer."""
        b, de = self.nxt[pieces], self.doc_end[pieces]
        self.rebuf[pieces, 1] = numpy.where(b < de, b, -1)
        self.rebuf[pieces, 0] = numpy.where(b + 1 < de, b + 1, -1)

    def reset(self, pieces, fresh: bool = False) -> None:
        """The initial state of `pieces` (their tokens' arcs and marks cleared)."""
        starts, ends = self.starts, self.ends
        self.depth[pieces] = 0
        self.rdepth[pieces] = 0
        self.nxt[pieces] = starts[pieces]
        self.set_fresh(pieces)
        self.out0[pieces] = False
        self.out1[pieces] = False
        self.bad[pieces] = False
        if not fresh:
            for p in pieces.tolist():
                self.clear(int(starts[p]), int(ends[p]))
        s = starts[pieces]
        self.broken[s] = self.in0[pieces]
        second = s + 1 < ends[pieces]
        self.broken[s[second] + 1] = self.in1[pieces][second]

    def restart(self, finished):
        """The pieces after `finished` ones that started with other BREAK marks than these
        passed on, reset to start again with them."""
        nxt = self.following[finished]
        has = nxt >= 0
        src, nxt = finished[has], nxt[has]
        changed = (self.in0[nxt] != self.out0[src]) | (self.in1[nxt] != self.out1[src])
        nxt, src = nxt[changed], src[changed]
        if len(nxt):
            self.in0[nxt], self.in1[nxt] = self.out0[src], self.out1[src]
            self.reset(nxt)
        return nxt

    def clear(self, s: int, e: int) -> None:
        """Tokens [s, e) without arcs or marks."""
        self.broken[s:e] = False
        self.unshiftable[s:e] = False
        self.head[s:e] = -1
        self.label[s:e] = 0
        self.last_left[s:e] = -1
        self.last_right[s:e] = -1
        self.prev_right[s:e] = -1

    def join(self, pieces) -> list[int]:
        """Let each piece take over the next one's tokens (cleared), its own BREAK marks on
        them becoming ordinary ones; the pieces taken over (dead now)."""
        killed = []
        ends, following, alive = self.ends, self.following, self.alive
        for p in pieces.tolist():
            if not alive[p]:  # taken over in this same step
                continue
            q = int(following[p])
            k, e = int(ends[p]), int(ends[q])
            alive[q] = False
            killed.append(q)
            self.clear(k, e)
            self.broken[k] = self.out0[p]
            if k + 1 < e:
                self.broken[k + 1] = self.out1[p]
                self.out0[p] = False
            else:  # the mark after a one-token piece falls on the new end
                self.out0[p] = self.out1[p]
            self.out1[p] = False
            ends[p], following[p] = e, following[q]
        return killed
