"""Blocking for the cross-article merge: which pairs of events are worth comparing.

Comparing all pairs of n events is n² work. Blocking sweeps the events once in date order
(by the start of their date window, widened by the slack their ``time_precision``
allows), keeping in *buckets* the events whose widened windows are still open, and pairs
each event with the open events of the buckets it may match. A bucket holds one family
and either a 50 km cube of a grid over the globe (precise places: an event meets the same
and the neighbouring cubes), an admin1 or country (coarse places: an event meets the
coarse and the other events of its region, the others only its coarse ones) or a place
name (places with no coordinates, likewise). Pairs whose sub-event types or named first
actors differ are dropped on the spot. Every pair ``match.compatible`` accepts is given,
once. The cost is n log n for the one sort, a bounded number of bucket look-ups per
event (the occupied cubes around a point: set by the map, not by n), and one step per
open event met: the pairs given and, once each, the events whose window has closed.
"""

from __future__ import annotations

import itertools
import math
from array import array
from collections.abc import Iterator, Sequence

from wirewatch.store.match import EARTH_RADIUS_KM, MAX_RADIUS_KM, Profile

# Cube side of the place grid: the largest merge distance, so that events within it lie
# in the same or neighbouring cubes (a chord is never longer than its arc).
GRID_KM = MAX_RADIUS_KM
# A cube is one integer: its coordinates, shifted to be positive, in base _SIDE. The shift
# leaves a free row on each side, so a neighbour's number is the cube's plus a fixed step.
_SHIFT = math.ceil(EARTH_RADIUS_KM / GRID_KM) + 2
_SIDE = 2 * _SHIFT
_STEPS = tuple(
    (dx * _SIDE + dy) * _SIDE + dz for dx, dy, dz in itertools.product((-1, 0, 1), repeat=3)
)
_PRECISE, _COARSE, _UNPLACED = 0, 1, 2  # a point with a radius, without one, no point


def candidate_pairs(profiles: Sequence[Profile]) -> Iterator[tuple[int, int]]:
    """Pairs of positions ``(i, j)``, ``i < j``, that blocking puts side by side: every
    compatible pair, each once, and few others."""
    return iter(_Sweep(profiles).pairs())


class _Sweep:
    """What the sweep reads of each event, one array or list per field (no object per
    event), and the pairs it gives."""

    def __init__(self, profiles: Sequence[Profile]) -> None:
        size = len(profiles)
        # arrays of machine integers: read in date order, that is all over the place,
        # 100,000 int objects would be as many cache misses
        self.low = array("q", bytes(8 * size))
        self.high = array("q", bytes(8 * size))
        self.sub = array("q", bytes(8 * size))  # numbered, 0 for none
        self.actor = array("q", bytes(8 * size))  # numbered, 0 for none
        self.family = [0] * size
        self.kind = [_PRECISE] * size
        self.cell = array("q", bytes(8 * size))  # of a precise place: its cube, numbered
        self.region = [-1] * size  # region bucket, when a coarse event has that region
        self.name = [-1] * size  # name bucket, when an unplaced event has that name
        self.mergeable: list[int] = []
        families: dict[str, int] = {}
        # sub-event types and actors to numbers (one numbering for both: a column is only
        # compared with itself), and the occupied cubes to cell numbers
        names: dict[str | None, int] = {None: 0}
        cells: dict[int, int] = {}
        for i, p in enumerate(profiles):
            if p.family is None:
                continue
            self.mergeable.append(i)
            self.low[i] = p.first_day - p.slack
            self.high[i] = p.last_day + p.slack
            self.sub[i] = names.setdefault(p.sub_event_type, len(names))
            self.actor[i] = names.setdefault(p.actor1, len(names))
            self.family[i] = families.setdefault(p.family, len(families))
            if p.point is None:
                self.kind[i] = _UNPLACED
            elif p.radius_km is None:
                self.kind[i] = _COARSE
            else:
                self.cell[i] = cells.setdefault(_cube(p.point), len(cells))
        self.family_count = len(families)
        # the occupied cubes around each occupied cube (itself too): a bounded number, set
        # by the map, not by the number of events
        self.near = [tuple(n for s in _STEPS if (n := cells.get(c + s)) is not None) for c in cells]
        self._key_buckets(profiles)

    def _key_buckets(self, profiles: Sequence[Profile]) -> None:
        """Numbers the region buckets of the coarse events and the name buckets of the
        unplaced ones, and puts the other events of those regions and names in them."""
        numbers: dict[tuple[int, str | None, str | None] | tuple[int, str], int] = {}
        kind, family = self.kind, self.family
        for i in self.mergeable:  # the coarse and unplaced events make the buckets
            p = profiles[i]
            if kind[i] == _COARSE and (p.region is not None or p.country is not None):
                # its admin1 or, with none, its country (then it meets only country-level ones)
                key = (family[i], p.region, p.country if p.region is None else None)
                self.region[i] = numbers.setdefault(key, len(numbers))
            elif kind[i] == _UNPLACED and p.place_name is not None:
                self.name[i] = numbers.setdefault((family[i], p.place_name), len(numbers))
        if not numbers:
            return
        for i in self.mergeable:  # the other events join those that exist
            p = profiles[i]
            if kind[i] == _PRECISE and p.region is not None:
                self.region[i] = numbers.get((family[i], p.region, None), -1)
            if kind[i] != _UNPLACED and p.place_name is not None:
                self.name[i] = numbers.get((family[i], p.place_name), -1)

    def pairs(self) -> list[tuple[int, int]]:
        """The pairs of overlapping widened windows in one bucket or neighbouring cubes,
        whose sub-event types and first actors agree, each ``(i, j)`` with ``i < j``."""
        low, kind, family, cell, near = self.low, self.kind, self.family, self.cell, self.near
        region, name = self.region, self.name
        # each family's open events by cell, in a list indexed by cell number: quicker to
        # look up, and smaller, than a dict by cube (families x occupied cubes at most)
        grid: list[list[list[int] | None] | None] = [None] * self.family_count
        special: dict[int, list[int]] = {}  # coarse events by region, unplaced ones by name
        others: dict[int, list[int]] = {}  # the other events of those regions and names
        found: list[tuple[int, int]] = []
        # one sort, ties by position: the order, and so the pairs', is the same for any input
        for i in sorted(self.mergeable, key=low.__getitem__):
            start = low[i]
            if kind[i] == _PRECISE:
                if (opened := grid[family[i]]) is None:
                    opened = grid[family[i]] = [None] * len(near)
                for c in near[cell[i]]:
                    if (met := opened[c]) and not self._meet(i, met, start, found):
                        opened[c] = None  # all closed: later events need not look at it
                if (here := opened[cell[i]]) is None:
                    opened[cell[i]] = [i]
                else:
                    here.append(i)
            for key, own in ((region[i], _COARSE), (name[i], _UNPLACED)):
                if key < 0:
                    continue
                # every event meets the special ones; a special one meets the others too
                if (met_keyed := special.get(key)) and not self._meet(i, met_keyed, start, found):
                    del special[key]
                if kind[i] != own:
                    others.setdefault(key, []).append(i)
                    continue
                if (met_keyed := others.get(key)) and not self._meet(i, met_keyed, start, found):
                    del others[key]
                special.setdefault(key, []).append(i)
        return found

    def _meet(self, i: int, met: list[int], start: int, found: list[tuple[int, int]]) -> bool:
        """Pairs ``i`` with the events of ``met`` still open at ``start`` whose sub-event
        types and first actors agree with its own; forgets those no longer open, and says
        whether any is left."""
        high, sub, actor = self.high, self.sub, self.actor
        own_sub, own_actor = sub[i], actor[i]
        closed = 0
        for j in met:
            if high[j] < start:
                closed += 1  # and closed for every later event: they start no earlier
            elif (not own_sub or not (s := sub[j]) or s == own_sub) and (
                not own_actor or not (a := actor[j]) or a == own_actor
            ):
                found.append((j, i) if j < i else (i, j))
        if closed == len(met):
            return False
        if closed:
            met[:] = [j for j in met if high[j] >= start]
        return True


def _cube(point: tuple[float, float, float]) -> int:
    """The number of the grid cube around ``point``."""
    x, y, z = point
    return (
        ((math.floor(x / GRID_KM) + _SHIFT) * _SIDE + math.floor(y / GRID_KM) + _SHIFT) * _SIDE
        + math.floor(z / GRID_KM)
        + _SHIFT
    )
