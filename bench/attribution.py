"""Benchmark attribution (who says what) against hand-annotated political news.

    .venv/bin/python bench/attribution.py [--split dev|heldout|all] [--verbose] [--json]

Gold: tests/gold/attribution/<corpus id>.json — corpus articles (stored text = title +
blank line + text), every attribution annotated before any tuning: source span (the
words naming the source at the cue, possibly a pronoun), cue span, content span, and
type (direct: the content is a quotation; indirect: reported speech; mixed: reported
speech with quoted fragments — scored as indirect).  Spans are stored as exact
substrings plus the 0-based index of their occurrence in the text (no article text is
copied into the repository).  Split: `dev` (develop against it) and `heldout` (report
only).

Matching, one-to-one and greedy in gold order: a predicted attribution matches a gold
one when its content overlaps the gold content AND its speaker span overlaps the gold
source span (largest content overlap wins).  Recall per type is over gold of that type;
precision per type is over predictions of that type (`direct` flag), a prediction being
correct when it matched any gold attribution.  `all` ignores type.  Also printed: the
share of matched pairs whose resolved speaker names the gold speaker (where gold gives
one), and of matched pairs whose cue overlaps the gold cue.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "bench"))

from extraction import load_corpus, names_match  # noqa: E402

GOLD = os.path.join(ROOT, "tests", "gold", "attribution")


def _nth(text: str, sub: str, n: int) -> tuple[int, int]:
    i = -1
    for _ in range(n + 1):
        i = text.find(sub, i + 1)
        if i < 0:
            raise ValueError(f"occurrence {n} of {sub!r} not in text")
    return i, i + len(sub)


def load_gold(split: str = "all", corpus=None):
    """[(corpus id, text, [gold dict with 'source_span', 'cue_span', 'content_span'])]."""
    corpus = corpus if corpus is not None else load_corpus()
    out = []
    for f in sorted(glob.glob(os.path.join(GOLD, "*.json"))):
        g = json.load(open(f, encoding="utf-8"))
        if split != "all" and g["split"] != split:
            continue
        r = corpus.get(g["corpus_id"])
        if r is None:
            continue
        text = r["title"] + "\n\n" + r["text"]
        anns = []
        for a in g["attributions"]:
            a = dict(a)
            a["source_span"] = _nth(text, a["source"], a["source_occ"])
            a["cue_span"] = _nth(text, a["cue"], a["cue_occ"])
            a["content_span"] = _nth(text, a["content"], a["content_occ"])
            anns.append(a)
        out.append((g["corpus_id"], g["split"], text, anns))
    return out


def _ov(a, b) -> int:
    if a is None or b is None:
        return 0
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _span(s):
    return (s.start, s.end) if s is not None else None


def match(gold, preds):
    """Greedy one-to-one: [(gold, pred index or None)]."""
    used, pairs = set(), []
    for g in gold:
        best, bo = None, 0
        for i, p in enumerate(preds):
            if i in used:
                continue
            co = _ov(g["content_span"], _span(p.content))
            if co <= 0 or _ov(g["source_span"], _span(p.speaker_span)) <= 0:
                continue
            if co > bo:
                best, bo = i, co
        if best is not None:
            used.add(best)
        pairs.append((g, best))
    return pairs


def _prf(tp_r, n_gold, tp_p, n_pred):
    r = tp_r / n_gold if n_gold else 0.0
    p = tp_p / n_pred if n_pred else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f, "gold": n_gold, "predicted": n_pred}


def score(items, find, verbose=False):
    cnt = {c: {"gold": 0, "gold_hit": 0, "pred": 0, "pred_hit": 0} for c in ("direct", "indirect", "all")}
    spk_n = spk_ok = cue_ok = n_match = 0
    for cid, _split, text, gold in items:
        preds = find(text)
        pairs = match(gold, preds)
        hit_preds = {i for _, i in pairs if i is not None}
        for g, i in pairs:
            cat = "direct" if g["type"] == "direct" else "indirect"
            for c in (cat, "all"):
                cnt[c]["gold"] += 1
                cnt[c]["gold_hit"] += i is not None
            if i is None:
                if verbose:
                    print(f"  MISS  {cid} {g['type']:8} {g['source']!r} {g['cue']!r} {g['content'][:70]!r}")
                continue
            p = preds[i]
            n_match += 1
            cue_ok += _ov(g["cue_span"], _span(p.cue)) > 0
            if g.get("speaker"):
                spk_n += 1
                ok = names_match(g["speaker"], [p.speaker])
                spk_ok += ok
                if verbose and not ok:
                    print(f"  NAME  {cid} gold {g['speaker']!r} pred {p.speaker!r}")
        for i, p in enumerate(preds):
            cat = "direct" if p.direct else "indirect"
            for c in (cat, "all"):
                cnt[c]["pred"] += 1
                cnt[c]["pred_hit"] += i in hit_preds
            if verbose and i not in hit_preds:
                who = p.speaker_span.slice(text) if p.speaker_span else None
                what = p.content.slice(text)[:70] if p.content else None
                print(f"  EXTRA {cid} {'direct' if p.direct else 'indirect':8} {who!r} {what!r}")
    res = {c: _prf(v["gold_hit"], v["gold"], v["pred_hit"], v["pred"]) for c, v in cnt.items()}
    res["speaker_resolved"] = spk_ok / spk_n if spk_n else 0.0
    res["cue"] = cue_ok / n_match if n_match else 0.0
    return res


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="both", choices=["dev", "heldout", "both", "all"])
    ap.add_argument("--verbose", "-v", action="store_true",
                    help="list misses and extras of the dev split (held-out items are never listed)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    from timeline.extract import find_attributions

    corpus = load_corpus()
    splits = ["dev", "heldout"] if args.split == "both" else [args.split]
    results = {}
    for split in splits:
        items = load_gold(split, corpus)
        listed = args.verbose and split == "dev"
        if listed:
            print(f"== {split}")
        results[split] = score(items, find_attributions, verbose=listed)
        results[split]["articles"] = len(items)
    if args.json:
        print(json.dumps(results, indent=2))
        return results
    for split, r in results.items():
        parts = "  ".join(f"{c}: P={r[c]['precision']:.2f} R={r[c]['recall']:.2f} F1={r[c]['f1']:.2f} "
                          f"({r[c]['gold']} gold/{r[c]['predicted']} pred)" for c in ("direct", "indirect", "all"))
        print(f"{split:8} articles={r['articles']}  {parts}  speaker-name={r['speaker_resolved']:.2f} cue={r['cue']:.2f}")
    return results


if __name__ == "__main__":
    main()
