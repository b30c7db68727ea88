"""Throughput of the full wirewatch pipeline against bare fr_core_news_md, in one run.

    .venv/bin/python bench/throughput.py [--articles 200] [--rounds 3] [--model fr_core_news_md]

Prints articles/s for bare ``nlp.pipe`` and for the full pipeline (text layer, spaCy, wirewatch
components, event assembly) on the same texts, their ratio (target >= 0.8), and the speed-up
of two worker processes over one for the full pipeline (target >= 1.8). Ratios, not absolute
times, are what to compare: these machines are noisy.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import spacy
import yaml

from wirewatch import Article, Settings, process_many

ROOT = Path(__file__).resolve().parents[1]


CASES_PER_ARTICLE = 6  # wire test cases are 1-3 sentences; articles are longer


def corpus(n: int) -> list[str]:
    """``n`` article-length texts: the sample articles, and the wire-copy test cases laid
    out six to an article (one paragraph each), repeated as needed."""
    texts = [p.read_text("utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    wire = yaml.safe_load((ROOT / "tests" / "resources" / "wire_fr.yaml").read_text("utf-8"))
    cases = [case["text"] for case in wire["cases"]]
    texts += [
        "\n".join(cases[i : i + CASES_PER_ARTICLE]) for i in range(0, len(cases), CASES_PER_ARTICLE)
    ]
    return [texts[i % len(texts)] for i in range(n)]


def best_of(rounds: int, run: Callable[[], None]) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


_WORKER_SETTINGS: Settings | None = None


def _init_worker(model: str) -> None:
    global _WORKER_SETTINGS
    _WORKER_SETTINGS = Settings(models=(model,))
    list(process_many([Article(text="Des raids ont frappé Alep samedi.")], _WORKER_SETTINGS))


def _process_chunk(texts: list[str]) -> int:
    return sum(
        len(r.events) for r in process_many((Article(text=t) for t in texts), _WORKER_SETTINGS)
    )


def parallel_time(texts: list[str], processes: int, model: str, rounds: int) -> float:
    """Best wall time of ``rounds`` runs over ``texts`` split across worker processes, each
    worker warmed up on the corpus once first (as a long-running worker would be)."""
    chunks = [texts[i :: processes * 4] for i in range(processes * 4)]
    context = multiprocessing.get_context("spawn")
    with context.Pool(processes, initializer=_init_worker, initargs=(model,)) as pool:
        pool.map(_process_chunk, chunks, chunksize=1)
        times = []
        for _ in range(rounds):
            start = time.perf_counter()
            pool.map(_process_chunk, chunks, chunksize=1)
            times.append(time.perf_counter() - start)
        return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=120)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--model", default="fr_core_news_md")
    args = parser.parse_args()
    # One BLAS thread per process, as a deployment with one worker per core would run.
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")
    texts = corpus(args.articles)
    words = sum(len(t.split()) for t in texts)
    print(
        f"{len(texts)} articles, {words} words ({words // len(texts)} per article), "
        f"model {args.model}"
    )

    bare = spacy.load(args.model)
    settings = Settings(models=(args.model,))
    list(bare.pipe(texts[:5]))
    list(process_many((Article(text=t) for t in texts[:5]), settings))

    bare_times, full_times = [], []
    for _ in range(args.rounds):  # interleaved, so that machine noise hits both alike
        bare_times.append(best_of(1, lambda: list(bare.pipe(texts))))
        full_times.append(
            best_of(1, lambda: list(process_many((Article(text=t) for t in texts), settings)))
        )
    bare_rate = len(texts) / min(bare_times)
    full_rate = len(texts) / min(full_times)
    bare_median = len(texts) / statistics.median(bare_times)
    full_median = len(texts) / statistics.median(full_times)
    print(f"bare nlp.pipe      {bare_rate:8.1f} articles/s  (median {bare_median:.1f})")
    print(f"full pipeline      {full_rate:8.1f} articles/s  (median {full_median:.1f})")
    print(f"ratio full/bare    {full_rate / bare_rate:8.2f}   (target >= 0.80)")

    one = parallel_time(texts, 1, args.model, args.rounds)
    two = parallel_time(texts, 2, args.model, args.rounds)
    print(f"1 process          {len(texts) / one:8.1f} articles/s")
    print(f"2 processes        {len(texts) / two:8.1f} articles/s")
    print(f"speed-up 2 vs 1    {one / two:8.2f}   (target >= 1.80)")


if __name__ == "__main__":
    main()
