"""Blocking for the cross-article merge: which pairs of events are worth comparing.

Comparing all pairs of n events is n² work. Blocking puts each event in *buckets* and
pairs only events of one bucket, or of neighbouring ones, whose date windows (widened by
the slack their ``time_precision`` allows) overlap, found by a sweep over the bucket sorted
by date. A bucket is a family and sub-event type (an event with no sub-event type goes in
every sub-event type bucket of its family) and either a 50 km cube of the place grid
(precise places; neighbouring cubes are paired too), the same admin1 or country (coarse
places) or the same place name (places with no coordinates). Every pair
``match.compatible`` accepts is given, once; pairs whose named first actors differ are
dropped on the spot. The cost is n log n for the sorts plus the pairs given.
"""

from __future__ import annotations

import itertools
import math
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterator, Sequence
from typing import TypeVar

from wirewatch.store.match import MAX_RADIUS_KM, Profile

# Cube side of the place grid: the largest merge distance, so that events within it lie
# in the same or neighbouring cubes (a chord is never longer than its arc).
GRID_KM = MAX_RADIUS_KM
_NEIGHBOURS = [d for d in itertools.product((-1, 0, 1), repeat=3) if d > (0, 0, 0)]

# Buckets up to this product of sizes are paired by testing every pair: faster than a sweep.
_SMALL = 16

_K = TypeVar("_K", bound=Hashable)  # a bucket's key besides its sub-family


def candidate_pairs(profiles: Sequence[Profile]) -> Iterator[tuple[int, int]]:
    """Pairs of positions ``(i, j)``, ``i < j``, that blocking puts side by side: every
    compatible pair, each once, and few others."""
    blocks = _Blocks(profiles)
    yield from blocks.grid_pairs()
    yield from blocks.keyed_pairs(_region_key, _is_coarse)
    yield from blocks.keyed_pairs(_place_name, _is_unplaced)


class _Blocks:
    """The events' widened date windows and sub-families, and the buckets built on them."""

    def __init__(self, profiles: Sequence[Profile]) -> None:
        self.profiles = profiles
        self.mergeable = [i for i, p in enumerate(profiles) if p.family is not None]
        self.low = [p.first_day - p.slack for p in profiles]
        self.high = [p.last_day + p.slack for p in profiles]
        self.sub = [p.event.sub_event_type for p in profiles]
        self.actor = [p.actor1 for p in profiles]
        seen: dict[str | None, set[str]] = defaultdict(set)
        for i in self.mergeable:
            if (sub := self.sub[i]) is not None:
                seen[profiles[i].family].add(sub)
        ids: dict[tuple[str | None, str | None], int] = {}
        self.sub_of_family: list[str | None] = []
        self.families: list[tuple[int, ...]] = [()] * len(profiles)
        for i in self.mergeable:
            family, sub = profiles[i].family, self.sub[i]
            options = [sub] if sub is not None else [None, *sorted(seen[family])]
            for option in options:
                if (family, option) not in ids:
                    ids[(family, option)] = len(ids)
                    self.sub_of_family.append(option)
            self.families[i] = tuple(ids[(family, option)] for option in options)

    def buckets(self, key_of: Callable[[Profile], _K | None]) -> dict[tuple[int, _K], list[int]]:
        """The mergeable events by (sub-family, ``key_of``), each bucket sorted by date."""
        found: dict[tuple[int, _K], list[int]] = defaultdict(list)
        for i in self.mergeable:
            key = key_of(self.profiles[i])
            if key is not None:
                for family in self.families[i]:
                    found[(family, key)].append(i)
        low = self.low
        for members in found.values():
            members.sort(key=lambda i: (low[i], i))
        return found

    def given(self, family: int, pairs: Iterator[tuple[int, int]]) -> Iterator[tuple[int, int]]:
        """The pairs this sub-family bucket gives: those whose sub-event types make it
        theirs (so a pair is given once) and whose first actors agree."""
        sub, actor, own = self.sub, self.actor, self.sub_of_family[family]
        for i, j in pairs:
            if (sub[i] or sub[j]) == own and (
                actor[i] is None or actor[j] is None or actor[i] == actor[j]
            ):
                yield min(i, j), max(i, j)

    def grid_pairs(self) -> Iterator[tuple[int, int]]:
        """Pairs of precise places in the same or neighbouring cubes."""
        grid, low = self.buckets(_cube), self.low
        for (family, cube), members in grid.items():
            yield from self.given(family, _within(members, low, self.high))
            x, y, z = cube
            near = [
                i
                for dx, dy, dz in _NEIGHBOURS
                for i in grid.get((family, (x + dx, y + dy, z + dz)), ())
            ]
            if near:
                near.sort(key=lambda i: (low[i], i))
                yield from self.given(family, _across(members, near, low, self.high))

    def keyed_pairs(
        self, key_of: Callable[[Profile], Hashable | None], special: Callable[[Profile], bool]
    ) -> Iterator[tuple[int, int]]:
        """Pairs that share ``key_of`` with at least one ``special`` member (pairs of two
        others are given elsewhere). Only keys that a special event has are bucketed."""
        profiles = self.profiles
        wanted = {key_of(profiles[i]) for i in self.mergeable if special(profiles[i])}
        wanted.discard(None)
        if not wanted:
            return
        buckets = self.buckets(lambda p: key if (key := key_of(p)) in wanted else None)
        for (family, _), members in buckets.items():
            chosen = [i for i in members if special(profiles[i])]
            others = [i for i in members if not special(profiles[i])]
            yield from self.given(family, _within(chosen, self.low, self.high))
            yield from self.given(family, _across(chosen, others, self.low, self.high))


def _within(members: list[int], low: list[int], high: list[int]) -> Iterator[tuple[int, int]]:
    """Pairs of ``members`` (sorted by ``low``) whose windows overlap."""
    for a, i in enumerate(members):
        for b in range(a + 1, len(members)):
            j = members[b]
            if low[j] > high[i]:
                break
            yield i, j


def _across(
    first: list[int], second: list[int], low: list[int], high: list[int]
) -> Iterator[tuple[int, int]]:
    """Pairs of one member of each list (both sorted by ``low``) whose windows overlap."""
    if len(first) * len(second) <= _SMALL:
        for i in first:
            for j in second:
                if low[j] <= high[i] and low[i] <= high[j]:
                    yield i, j
        return
    # a sweep: pairs where the second starts within the first, then where the first
    # starts strictly within the second
    for starts, others, pick in ((first, second, bisect_left), (second, first, bisect_right)):
        lows = [low[j] for j in others]
        for i in starts:
            for b in range(pick(lows, low[i]), len(others)):
                j = others[b]
                if low[j] > high[i]:
                    break
                yield i, j


def _cube(p: Profile) -> tuple[int, int, int] | None:
    if p.point is None or p.radius_km is None:
        return None
    x, y, z = p.point
    return math.floor(x / GRID_KM), math.floor(y / GRID_KM), math.floor(z / GRID_KM)


def _region_key(p: Profile) -> tuple[str | None, str | None] | None:
    """An event's region bucket: its admin1 or, for a coarse place with none, its country."""
    if p.point is None:
        return None
    if p.region is not None:
        return p.region, None
    return (None, p.country) if p.radius_km is None and p.country is not None else None


def _place_name(p: Profile) -> str | None:
    return p.place_name


def _is_coarse(p: Profile) -> bool:
    return p.point is not None and p.radius_km is None


def _is_unplaced(p: Profile) -> bool:
    return p.point is None
