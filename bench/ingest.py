"""End-to-end ingest throughput, next to spaCy alone over the same texts.

    python bench/ingest.py [--limit N] [--workers 2] [--corpus PATH] [--batch-size 8] [--skip-spacy]

1. `timeline add --workers N CORPUS` into a fresh database, run as a child process exactly
   as a user runs it; prints articles/second, words/second, events produced and the peak
   resident memory of the whole process tree (the CLI and its extraction workers), sampled
   from /proc every 50 ms (sum of RSS, and of PSS, which counts shared pages once).
2. spaCy's own `nlp.pipe` (the extractor's pipeline, `n_process=N`) over the same texts,
   in a child process, with the same measurements.
3. The ratio of the two throughputs (target: extractor end to end >= 0.7x spaCy alone).

`--limit N` ingests the first N articles only (written to a temporary JSON Lines file).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "data" / "corpus" / "articles.jsonl"
PAGE = os.sysconf("SC_PAGE_SIZE")


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as handle:
            return [int(c) for c in handle.read().split()]
    except OSError:
        return []


def tree(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        todo += _children(p)
    return found


def _rss(pid: int) -> int:
    """RSS in bytes of one process from `/proc/PID/statm` (cheap); 0 when it is gone."""
    try:
        with open(f"/proc/{pid}/statm") as handle:
            return int(handle.read().split()[1]) * PAGE
    except OSError:
        return 0


def _pss(pid: int) -> int:
    """PSS in bytes of one process from `/proc/PID/smaps_rollup`; 0 when it is gone.

    The kernel walks every page table of the process to answer, a few milliseconds of CPU
    each time for a worker holding the model: sampled every 50 ms for three processes it
    took about 25 CPU-seconds of a 3,000-article run, CPU the measured workers then lacked.
    """
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


class PeakMemory:
    """Samples the memory of a process tree in a thread: peak sum of RSS and of PSS.

    RSS (the target's figure) is read every `every` seconds from `statm`, which costs next to
    nothing; the process tree and PSS, which is costly to read (see `_pss`), every `pss_every`
    seconds, so the PSS peak is sampled more coarsely.
    `cpu` is the sampler's own CPU time, printed so that it can be told apart from the work.
    """

    def __init__(self, pid: int, every: float = 0.05, pss_every: float = 2.0):
        self.pid, self.every, self.pss_every = pid, every, pss_every
        self.rss = self.pss = self.processes = 0
        self.cpu = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    def _run(self):
        last_pss = -self.pss_every
        while not self._stop.is_set():
            now = time.monotonic()
            if now - last_pss >= self.pss_every:  # the tree (workers start once) and PSS
                pids = tree(self.pid)
                self.pss = max(self.pss, sum(_pss(p) for p in pids))
                last_pss = now
            self.rss = max(self.rss, sum(_rss(p) for p in pids))
            self.processes = max(self.processes, len(pids))
            self._stop.wait(self.every)
        self.cpu = time.thread_time()


def _cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_measured(command: list[str], env=None) -> tuple[float, float, PeakMemory, str]:
    """Run a command; (wall seconds, CPU seconds of its whole process tree, peak memory, output)."""
    cpu_before = _cpu_of_children()
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    with PeakMemory(child.pid) as peak:
        output, _ = child.communicate()
    elapsed = time.perf_counter() - started
    if child.returncode not in (0, 1):  # 1: some articles failed, reported in the output
        sys.exit(f"{' '.join(command)} failed ({child.returncode}):\n{output}")
    return elapsed, _cpu_of_children() - cpu_before, peak, output


SPACY_ALONE = """
import json, sys
from timeline.extract.nlp import get_nlp
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
assert get_nlp().has_pipe("attribute_ruler") and not get_nlp().has_pipe("timeline_fast_tags")
assert not get_nlp().has_pipe("timeline_fast_ner") and not get_nlp().has_pipe("timeline_fast_parse")
n = 0
for doc in get_nlp().pipe(texts, batch_size=int(sys.argv[3]), n_process=int(sys.argv[2])):
    n += 1
print(n)
"""


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=str(CORPUS))
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=8, help="nlp.pipe batch size for spaCy alone")
    parser.add_argument("--skip-spacy", action="store_true", help="do not measure spaCy alone")
    parser.add_argument("--full-parse", action="store_true",
                        help="extract with every sentence parsed (TIMELINE_SELECTIVE_PARSE=0)")
    args = parser.parse_args(argv)
    python = sys.executable
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    if args.full_parse:
        env["TIMELINE_SELECTIVE_PARSE"] = "0"
    # spaCy alone: the stock components over every sentence (no selective parsing, no
    # cached attribute ruler / lemmatizer, spaCy's own NER decoding, thinc's BLIS), i.e. what
    # the extractor would cost without them
    spacy_env = dict(env, TIMELINE_SELECTIVE_PARSE="0", TIMELINE_FAST_TAGS="0", TIMELINE_FAST_NER="0",
                     TIMELINE_FAST_PARSE="0", TIMELINE_NUMPY_GEMM="0")
    with tempfile.TemporaryDirectory() as tmpdir:
        corpus = Path(args.corpus)
        lines = [line for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
        if args.limit:
            lines = lines[: args.limit]
            corpus = Path(tmpdir) / "articles.jsonl"
            corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
        words = sum(len(json.loads(line)["text"].split()) for line in lines)
        n = len(lines)
        db = Path(tmpdir) / "events.db"
        command = [python, "-c", "from timeline.cli import main; main()", "--db", str(db),
                   "add", "--workers", str(args.workers), "--quiet", str(corpus)]
        load = os.getloadavg()[0]
        elapsed, cpu, peak, output = run_measured(command, env)
        import sqlite3

        with sqlite3.connect(db) as conn:
            events = conn.execute("SELECT COUNT(*) FROM log WHERE type = 'EventExtracted'").fetchone()[0]
            stored = conn.execute("SELECT COUNT(*) FROM log WHERE type = 'ArticleAdded'").fetchone()[0]
        print(f"load average before the run: {load:.2f} on {os.cpu_count()} cores "
              "(other work on the machine slows wall-clock figures; CPU figures are per CPU-second)")
        print(f"corpus: {n} articles, {words:,} words ({corpus if not args.limit else args.corpus})")
        mode = "full parse" if env.get("TIMELINE_SELECTIVE_PARSE", "1") in ("0", "false", "no", "off", "") \
            else "selective parse"
        print(f"timeline add --workers {args.workers} ({mode}): {output.strip().splitlines()[-1]}")
        print(f"  end to end      {n / elapsed:7.2f} articles/s  {words / elapsed:9,.0f} words/s  "
              f"({elapsed:.1f} s, {stored} stored, {events} events, {events / max(stored, 1):.1f}/article)")
        print(f"  per CPU-second  {n / cpu:7.2f} articles     {words / cpu:9,.0f} words   ({cpu:.1f} CPU-s, "
              f"{cpu / elapsed:.2f} cores busy on average)")
        print(f"  peak memory     RSS {peak.rss / 2**20:7.0f} MiB (sum over {peak.processes} processes), "
              f"PSS {peak.pss / 2**20:.0f} MiB   (target RSS < 1024 MiB)")
        print(f"  (the memory sampler itself used {peak.cpu:.1f} CPU-s, not counted above)")
        if args.skip_spacy:
            return
        spacy_elapsed, spacy_cpu, spacy_peak, _ = run_measured(
            [python, "-c", SPACY_ALONE, str(corpus), str(args.workers), str(args.batch_size)], spacy_env)
        print(f"spaCy alone (nlp.pipe, n_process={args.workers}, batch_size={args.batch_size}, "
              "stock en_core_web_sm components + line_breaks, every sentence):")
        print(f"  throughput      {n / spacy_elapsed:7.2f} articles/s  {words / spacy_elapsed:9,.0f} words/s  "
              f"({spacy_elapsed:.1f} s)")
        print(f"  per CPU-second  {n / spacy_cpu:7.2f} articles     {words / spacy_cpu:9,.0f} words   "
              f"({spacy_cpu:.1f} CPU-s, {spacy_cpu / spacy_elapsed:.2f} cores busy on average)")
        print(f"  peak memory     RSS {spacy_peak.rss / 2**20:7.0f} MiB (sum over {spacy_peak.processes} processes), "
              f"PSS {spacy_peak.pss / 2**20:.0f} MiB")
        print(f"ratio end to end / spaCy alone: {spacy_elapsed / elapsed:.2f} wall-clock, "
              f"{spacy_cpu / cpu:.2f} per CPU-second   (target >= 0.7)")


if __name__ == "__main__":
    main()
