"""Cross-article merge: events that several articles report become one ``MergedEvent``.

Two events are *compatible* (``match.compatible``) when they come from different articles,
belong to one family (same kind; statuses that all say it happened - reported, ongoing,
uncertain - or the same negated or planned status; same ACLED ``event_type``, or the same
PLOVER code when there is none), their sub-event types and canonical first actors are equal
or one is missing (an implied actor counts as missing), their date windows are no further
apart than the looser ``time_precision`` allows (1: a day, 2: three days; 3 or none: the
windows, widened to whole calendar months, overlap) and their places agree (the same
country when both say; points within 25 km when both have geo_precision 1, else 50 km; a
coarse place, geo_precision 3 or none, only with places of its admin1, or, with no admin1,
only with coarse places of its country; a place with no coordinates only by the exact
same name).

Never merged: aggregates (running totals: a later toll is a new figure, not a second
report), untyped events, events with no date, and events with neither coordinates nor a
place name. Ceasefires and displacements merge only with their own kind.

Clustering: the compatible pairs blocking gives (``block.py``) are ranked by
``match.dissimilarity`` (closest first; ties by position in id order) and joined with
union-find, but two clusters are joined only if *every* member of one is compatible with
every member of the other: a chain A~B~C with A and C incompatible never ends up in one
cluster, and no cluster holds two events of one article.

The output is deterministic: the same events in any order give the same records, ids
included, in the order of their first member's id (the store sorts by date when asked).
An event seen twice (same id) counts once. Reconciliation (representative, ids,
fatalities, disagreements) is in ``reconcile.py``.
"""

from __future__ import annotations

import functools
import gc
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager

from wirewatch.store.block import candidate_pairs
from wirewatch.store.match import compatible, dissimilarity, profile
from wirewatch.store.reconcile import merged_record
from wirewatch.types import Event, MergedEvent

# Events whose records are made between two hand-overs to the collector (see
# _collector_paused): some 6,000 new objects, few enough to be still in cache, with the
# events they point to, when the collector scans them.
_HAND_OVER_EVERY = 2_000


def merge_across_articles(events: Iterable[Event]) -> list[MergedEvent]:
    """One ``MergedEvent`` per happening the events report, with every article that reports
    it; an event no other article reports is a one-member record with its own id."""
    with _collector_paused() as hand_over:
        return _merge(events, hand_over)


def _merge(events: Iterable[Event], hand_over: Callable[[], object]) -> list[MergedEvent]:
    # Events are visited in the order they came, which is their order in memory: visiting
    # 100,000 of them (100 MB) in id order would miss the cache at each one. Their ranks
    # in id order only order the pairs and the records.
    kept, order = _distinct(events)  # (not the dict by id: the collector need not scan it)
    rank = array("q", bytes(8 * len(kept)))
    for r, i in enumerate(order):
        rank[i] = r
    clusters = _ranked_clusters(kept, rank)
    # Records are made in the order the events came too (a cluster at its first member to
    # come), and each is put at the rank of its first member by id, so the output follows
    # member ids (deterministic, and linear: no sort of the records).
    cluster_of = [-1] * len(kept)
    for c, members in enumerate(clusters):
        for r in members:
            cluster_of[order[r]] = c
    records: list[MergedEvent | None] = [None] * len(kept)
    for i, event in enumerate(kept):
        if i and not i % _HAND_OVER_EVERY:
            hand_over()
        if (c := cluster_of[i]) < 0:
            records[rank[i]] = merged_record([event])
        elif records[(members := clusters[c])[0]] is None:
            records[members[0]] = merged_record([kept[order[r]] for r in members])
    return [record for record in records if record is not None]


def _ranked_clusters(events: Sequence[Event], rank: Sequence[int]) -> list[list[int]]:
    """The clusters of two or more ``events``, each the sorted ranks of its members. (The
    profiles are gone when it returns: the records can reuse their memory.)"""
    profiles = [profile(e) for e in events]
    scored: list[tuple[float, int, int]] = []
    for i, j in candidate_pairs(profiles):
        a, b = profiles[i], profiles[j]
        if compatible(a, b):
            ri, rj = rank[i], rank[j]
            if ri > rj:
                ri, rj = rj, ri
            scored.append((dissimilarity(a, b), ri, rj))
    scored.sort()  # closest first, ties by rank
    return _clusters(len(events), [(i, j) for _, i, j in scored])


@contextmanager
def _collector_paused() -> Iterator[Callable[[], object]]:
    """Pause Python's cyclic garbage collector, as it was restored after, and give the
    function that hands it the objects made since the last call: a collection of the young
    generations, if the collector was on.

    The merge builds no reference cycles, but its hundreds of thousands of new objects set
    off full collections that rescan every live object, which made the cost grow faster
    than n log n (bench/merge.py: x12.7 for ten times the events, x11.5 with the collector
    paused). The records outlive the merge: handed over a few thousand objects at a time
    as they are made, they are scanned while still in cache; left to the first collection
    after the merge, all 285,000 objects of 100,000 events' records took 0.15 s, fifteen
    times as long as at 10,000 events. (Generation 1 too: the survivors then go to the
    oldest generation, as long-lived objects; left in generation 1, they would all be
    scanned again at its next collection.)"""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield functools.partial(gc.collect, 1) if was_enabled else _keep_off
    finally:
        if was_enabled:
            gc.enable()


def _keep_off() -> None:
    """Hands nothing over: the caller had the collector off."""


def _clusters(size: int, pairs: Sequence[tuple[int, int]]) -> list[list[int]]:
    """Union-find over the compatible ``pairs`` in order, joining two clusters only when
    every member of one is compatible with every member of the other (blocking gives every
    compatible pair, so the pairs themselves say which are). Returns the clusters of two
    or more events, each sorted."""
    linked = set(pairs)
    parent = array("q", range(size))
    members: dict[int, list[int]] = {}  # only for clusters of two or more

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in pairs:
        ri, rj = root(i), root(j)
        if ri == rj:
            continue
        left, right = members.get(ri), members.get(rj)
        if left is None and right is None:  # two lone events: the pair says they may join
            left, right = [ri], [rj]
        else:
            left, right = left or [ri], right or [rj]
            if not all(((x, y) if x < y else (y, x)) in linked for x in left for y in right):
                continue
        big, small = (ri, rj) if len(left) >= len(right) else (rj, ri)
        parent[small] = big
        members[big] = left + right
        members.pop(small, None)
    return [sorted(m) for m in members.values()]


def _distinct(events: Iterable[Event]) -> tuple[list[Event], array[int]]:
    """The events, one per id (the same record seen twice counts once), in the order their
    ids first came, and their positions in id order."""
    by_id: dict[str, Event] = {}
    for event in events:
        kept = by_id.get(event.id)
        if kept is None or (kept != event and repr(event) < repr(kept)):
            by_id[event.id] = event
    ids = list(by_id)
    # (an array, not a list of 100,000 int objects that are freed all over memory at the end)
    return list(by_id.values()), array("q", sorted(range(len(ids)), key=ids.__getitem__))
