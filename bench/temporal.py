"""Score timeline.temporal.find on TimeBank the TempEval-3 way.

    python bench/temporal.py [--errors odd|even|all] [--limit N] [--data DIR]

Input is the <TEXT> element only (tags stripped, offsets in the plain text); anchor = DCT.
Strict extent = identical offsets, relaxed = overlap (one-to-one), value F1 = relaxed match
with identical value. Reported over all types and over DATE+TIME, for all documents and for
the odd/even halves (develop on one half, check the other does not lag), plus docs/second.
"""

from __future__ import annotations

import argparse
import glob
import html
import os
import re
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

import pendulum  # noqa: E402

from timeline.temporal import find  # noqa: E402
from timeline.temporal.tagger import nlp  # noqa: E402

DEFAULT_DATA = "/work/shared/data/temporal/TimeBank"
_TOKEN = re.compile(r"<[^>]+>|&#?\w+;|[^<&]+|&")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def load(path: str):
    """(name, plain text, anchor, gold mentions [(start, end, type, value, text)])."""
    raw = open(path, encoding="utf-8").read()
    dct = re.search(r"<DCT>.*?value=\"(\d{4}-\d\d-\d\d)", raw, re.S).group(1)
    body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S).group(1)
    out, gold, open_tx = [], [], None
    pos = 0
    for tok in _TOKEN.findall(body):
        if tok.startswith("<"):
            if tok.startswith("<TIMEX3"):
                open_tx = (pos, dict(_ATTR.findall(tok)))
            elif tok.startswith("</TIMEX3") and open_tx:
                start, attrs = open_tx
                gold.append((start, pos, attrs.get("type"), attrs.get("value")))
                open_tx = None
            continue
        piece = html.unescape(tok) if tok.startswith("&") else tok
        out.append(piece)
        pos += len(piece)
    text = "".join(out)
    gold = [(s, e, t, v, text[s:e]) for s, e, t, v in gold]
    return os.path.basename(path), text, pendulum.parse(dct).date(), gold


def match(sys_ms, gold_ms):
    """Counts: strict, relaxed, value-correct (relaxed one-to-one matching)."""
    strict = sum(1 for g in gold_ms if any(s[0] == g[0] and s[1] == g[1] for s in sys_ms))
    used: set[int] = set()
    relaxed = value = 0
    pairs = []
    for g in gold_ms:
        best = None
        for j, s in enumerate(sys_ms):
            if j in used or not (s[0] < g[1] and g[0] < s[1]):
                continue
            if best is None or (s[0], s[1]) == (g[0], g[1]) or (s[3] == g[3] and sys_ms[best][3] != g[3]):
                best = j
        if best is not None:
            used.add(best)
            relaxed += 1
            value += sys_ms[best][3] == g[3]
            pairs.append((g, sys_ms[best]))
        else:
            pairs.append((g, None))
    return strict, relaxed, value, pairs, [s for j, s in enumerate(sys_ms) if j not in used]


def prf(hit_sys, hit_gold, n_sys, n_gold):
    p = hit_sys / n_sys if n_sys else 0.0
    r = hit_gold / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


class Tally:
    def __init__(self):
        self.n_sys = self.n_gold = self.strict = self.relaxed = self.value = 0

    def add(self, sys_ms, gold_ms):
        s, r, v, pairs, spurious = match(sys_ms, gold_ms)
        self.n_sys += len(sys_ms)
        self.n_gold += len(gold_ms)
        self.strict += s
        self.relaxed += r
        self.value += v
        return pairs, spurious

    def line(self, label):
        st = prf(self.strict, self.strict, self.n_sys, self.n_gold)
        rl = prf(self.relaxed, self.relaxed, self.n_sys, self.n_gold)
        vl = prf(self.value, self.value, self.n_sys, self.n_gold)
        return (f"{label:<22} gold={self.n_gold:5d} sys={self.n_sys:5d}  "
                f"strict P/R/F1 {st[0]:.3f}/{st[1]:.3f}/{st[2]:.3f}  "
                f"relaxed {rl[0]:.3f}/{rl[1]:.3f}/{rl[2]:.3f}  "
                f"value {vl[0]:.3f}/{vl[1]:.3f}/{vl[2]:.3f}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", default=DEFAULT_DATA)
    ap.add_argument("--errors", choices=["odd", "even", "all"], help="print DATE/TIME errors")
    ap.add_argument("--types", default="DATE,TIME", help="types shown with --errors")
    ap.add_argument("--limit", type=int)
    args = ap.parse_args(argv)

    docs = [load(p) for p in sorted(glob.glob(os.path.join(args.data, "*.tml")))]
    if args.limit:
        docs = docs[: args.limit]
    nlp()  # model load is a one-off cost, not per-document speed
    find("Warm up on Wednesday.", pendulum.date(2000, 1, 1))

    t0, c0 = time.perf_counter(), time.process_time()
    results = [find(text, anchor) for _, text, anchor, _ in docs]
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0

    tallies = {k: Tally() for k in ("all", "dt", "all-odd", "dt-odd", "all-even", "dt-even")}
    show = set(args.types.split(","))
    for i, ((name, text, anchor, gold), found) in enumerate(zip(docs, results)):
        half = "odd" if i % 2 else "even"
        sys_all = [(m.start, m.end, m.type, m.value, m.text) for m in found]
        sys_dt = [s for s in sys_all if s[2] in ("DATE", "TIME")]
        gold_dt = [g for g in gold if g[2] in ("DATE", "TIME")]
        tallies["all"].add(sys_all, gold)
        tallies[f"all-{half}"].add(sys_all, gold)
        tallies[f"dt-{half}"].add(sys_dt, gold_dt)
        pairs, spurious = tallies["dt"].add(sys_dt, gold_dt)
        if args.errors in (half, "all"):
            for g, s in pairs:
                if g[2] not in show:
                    continue
                if s is None:
                    print(f"MISS  {name} {anchor} {g[2]} {g[3]!r:14} {g[4]!r}  ..{text[max(0, g[0]-50):g[1]+30]!r}")
                elif s[3] != g[3]:
                    print(f"VALUE {name} {anchor} {g[2]} gold={g[3]!r} sys={s[3]!r} {g[4]!r}/{s[4]!r}  ..{text[max(0, g[0]-60):g[1]+30]!r}")
            for s in spurious:
                print(f"SPUR  {name} {anchor} {s[2]} {s[3]!r:14} {s[4]!r}  ..{text[max(0, s[0]-40):s[1]+30]!r}")

    print(f"TimeBank: {len(docs)} documents, {sum(len(d[1]) for d in docs) / len(docs):.0f} chars/doc")
    print(tallies["all"].line("all types"))
    print(tallies["dt"].line("DATE+TIME"))
    print(tallies["all-odd"].line("all types, odd docs"))
    print(tallies["dt-odd"].line("DATE+TIME, odd docs"))
    print(tallies["all-even"].line("all types, even docs"))
    print(tallies["dt-even"].line("DATE+TIME, even docs"))
    # wall clock, and CPU time of this process (the figure that holds on a shared machine)
    print(f"speed: {len(docs) / elapsed:.1f} docs/second ({elapsed:.2f}s, one process); "
          f"CPU time {len(docs) / cpu:.1f} docs/second ({cpu:.2f}s)")


if __name__ == "__main__":
    main()
