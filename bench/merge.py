"""Cost of the cross-article merge at two sizes in one run: is it near n log n?

    .venv/bin/python bench/merge.py [--sizes 10000 100000] [--duplicates 0.25] [--seed 7]
                                    [--rounds 3]

Generates synthetic events (a fixed seed: eight countries, a thousand towns each with a
skewed popularity, every ACLED type and a few PLOVER ones, dates over one year per
10,000 events, so that a store ten times larger covers ten times the period and each town
sees as many events a day at every size; ACLED-like
shares of day, week and month and of town, near-town and region precision, some negated,
planned, aggregate and displacement records), a quarter of the happenings reported by 2-4
articles with jittered dates, points, actors, sub-event types and tolls. Times
``merge_across_articles`` on each size and prints the times, the candidate pairs blocking
lets through per event, how well the merge finds the generated duplicates (pairwise
precision and recall), the time ratio of the largest size to the smallest (target <= 12
for ten times the events) and, for scale, the ratio of one linear pass over the same
events. Ratios, not absolute times, are what to compare: these machines are noisy.
"""

from __future__ import annotations

import argparse
import gc
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import combinations

from wirewatch.store.block import candidate_pairs
from wirewatch.store.match import profile
from wirewatch.store.merge import merge_across_articles
from wirewatch.types import (
    Actor,
    Event,
    Fatalities,
    Kind,
    MergedEvent,
    Place,
    Role,
    Span,
    Status,
    When,
)

# country code: (south, north, west, east)
COUNTRIES = {
    "SY": (32.5, 37.0, 35.7, 42.0),
    "IQ": (29.5, 37.0, 39.0, 48.5),
    "YE": (12.8, 18.5, 42.6, 53.0),
    "ML": (10.5, 24.5, -12.0, 4.0),
    "NG": (4.5, 13.5, 3.0, 14.5),
    "CD": (-12.0, 5.0, 12.5, 31.0),
    "SO": (-1.5, 11.5, 41.0, 51.0),
    "AF": (29.5, 38.0, 61.0, 74.5),
}
TOWNS_PER_COUNTRY = 1000  # ACLED codes a few thousand locations a year in a country at war
REGIONS_PER_SIDE = 4  # admin1 areas: a 4 x 4 grid over each country's box
TYPES = [
    ("Battles", "Armed clash", "ASSAULT"),
    ("Battles", "Government regains territory", "ASSAULT"),
    ("Explosions/Remote violence", "Air/drone strike", "ASSAULT"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT"),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT"),
    ("Explosions/Remote violence", "Suicide bomb", "ASSAULT"),
    ("Violence against civilians", "Attack", "ASSAULT"),
    ("Violence against civilians", "Abduction/forced disappearance", "ASSAULT"),
    ("Protests", "Peaceful protest", "PROTEST"),
    ("Riots", "Violent demonstration", "PROTEST"),
    ("Strategic developments", "Arrests", "COERCE"),
    (None, None, "CONSULT"),
    (None, None, "ACCUSE"),
]
TYPE_WEIGHTS = [12, 2, 14, 14, 6, 1, 10, 3, 8, 4, 3, 3, 3]
# Shares of geo_precision and time_precision 1, 2, 3, near those of ACLED's data.
GEO_PRECISION = [75, 20, 5]
TIME_PRECISION = [85, 12, 3]
ACTORS = ("Military Forces of {}", "Rebels ({})", "Militia ({})", "Police Forces of {}")
SPAN = Span(0, 1, "x")
YEAR = date(2016, 1, 1)
EVENTS_PER_YEAR = 10_000  # the world grows with the store: density per town-day stays put


@dataclass(frozen=True)
class Town:
    country: str
    admin1: str
    name: str
    latitude: float
    longitude: float


def towns(rng: random.Random) -> list[Town]:
    """Random towns inside each country's box, each in one of the box's admin1 areas."""
    found = []
    for code, (south, north, west, east) in COUNTRIES.items():
        for k in range(TOWNS_PER_COUNTRY):
            lat, lon = rng.uniform(south, north), rng.uniform(west, east)
            row = int((lat - south) / (north - south) * REGIONS_PER_SIDE)
            col = int((lon - west) / (east - west) * REGIONS_PER_SIDE)
            found.append(Town(code, f"{code}-{row}{col}", f"{code}-town-{k}", lat, lon))
    return found


@dataclass(frozen=True)
class Happening:
    """What took place, before each article tells it its own way."""

    key: int
    town: Town
    day: date
    kind: Kind
    status: Status
    event_type: str | None
    sub_event_type: str | None
    plover: str | None
    actor1: str
    fatalities: int | None
    geo_precision: int
    time_precision: int


def synthetic_events(n: int, duplicates: float, seed: int) -> tuple[list[Event], dict[str, int]]:
    """``n`` events and, for each event id, the happening it reports."""
    rng = random.Random(seed)
    places = towns(rng)
    weights = [1 / (rank + 1) ** 0.8 for rank in range(len(places))]
    rng.shuffle(weights)  # popular towns in every country, not only the first one
    articles = [f"{rng.getrandbits(64):016x}" for _ in range(max(4, n // 3))]
    events: list[Event] = []
    truth: dict[str, int] = {}
    days = round(366 * max(1.0, n / EVENTS_PER_YEAR))
    while len(events) < n:
        happening = draw_happening(rng, len(truth), places, weights, days)
        reports = rng.choice([2, 3, 4]) if rng.random() < duplicates else 1
        for article in rng.sample(articles, reports):
            event = report(rng, happening, article, jitter=reports > 1)
            events.append(event)
            truth[event.id] = happening.key
    return events[:n], {e.id: truth[e.id] for e in events[:n]}


def draw_happening(
    rng: random.Random, key: int, places: Sequence[Town], weights: Sequence[float], days: int
) -> Happening:
    town = rng.choices(places, weights)[0]
    event_type, sub_event_type, plover = rng.choices(TYPES, TYPE_WEIGHTS)[0]
    kind = rng.choices([Kind.EVENT, Kind.AGGREGATE, Kind.DISPLACEMENT], [90, 4, 6])[0]
    typed = kind is not Kind.DISPLACEMENT
    return Happening(
        key=key,
        town=town,
        day=YEAR + timedelta(days=rng.randrange(days)),
        kind=kind,
        status=rng.choices(
            [Status.REPORTED, Status.UNCERTAIN, Status.NEGATED, Status.PLANNED], [85, 5, 5, 5]
        )[0],
        event_type=event_type if typed else None,
        sub_event_type=sub_event_type if typed else None,
        plover=plover if typed else None,
        actor1=rng.choice(ACTORS).format(town.country),
        fatalities=rng.choice([None, 0, 1, 2, 3, 5, 10, 12, 20]),
        geo_precision=rng.choices([1, 2, 3], GEO_PRECISION)[0],
        time_precision=rng.choices([1, 2, 3], TIME_PRECISION)[0],
    )


def report(rng: random.Random, what: Happening, article: str, jitter: bool) -> Event:
    """One article's event for a happening; a duplicate gets its dates, point, actor and
    toll jittered the way two agencies' accounts differ."""
    town = what.town
    lat, lon, name = town.latitude, town.longitude, town.name
    if what.geo_precision == 3:
        name = town.admin1
    elif jitter:
        lat, lon = lat + rng.uniform(-0.05, 0.05), lon + rng.uniform(-0.05, 0.05)
    day = what.day
    if jitter and what.time_precision == 1 and rng.random() < 0.3:
        day += timedelta(days=rng.choice([-1, 1]))
    start = end = day
    if what.time_precision == 2:
        end = day + timedelta(days=rng.randrange(1, 4))
    elif what.time_precision == 3:
        start = day.replace(day=1)
    fatalities = what.fatalities
    if jitter and fatalities is not None and rng.random() < 0.3:
        fatalities = max(0, fatalities + rng.choice([-2, -1, 1, 2]))
    actor = what.actor1 if not jitter or rng.random() > 0.3 else None
    return Event(
        id=f"{rng.getrandbits(64):016x}",
        article_id=article,
        kind=what.kind,
        status=what.status,
        trigger=SPAN,
        sentence=SPAN,
        paragraph=1,
        event_type=what.event_type,
        sub_event_type=what.sub_event_type if not jitter or rng.random() > 0.1 else None,
        plover=what.plover,
        actor1=Actor(Role.AGENT, name=actor) if actor is not None else None,
        place=Place(
            name=name,
            admin1=town.admin1,
            country=town.country,
            latitude=lat,
            longitude=lon,
            geo_precision=what.geo_precision,
        ),
        when=When(start=start.isoformat(), end=end.isoformat(), time_precision=what.time_precision),
        fatalities=Fatalities(best=fatalities) if fatalities is not None else None,
        sources=(article,),
    )


def pair_scores(merged: Sequence[MergedEvent], truth: dict[str, int]) -> tuple[float, float]:
    """Pairwise precision and recall of the merge against the generated happenings."""
    found = {frozenset(pair) for m in merged for pair in combinations(m.members, 2)}
    by_happening: dict[int, list[str]] = {}
    for event_id, happening in truth.items():
        by_happening.setdefault(happening, []).append(event_id)
    true = {frozenset(p) for ids in by_happening.values() for p in combinations(ids, 2)}
    right = len(found & true)
    return right / max(1, len(found)), right / max(1, len(true))


def interleaved_best_times(rounds: int, runs: dict[int, Callable[[], object]]) -> dict[int, float]:
    """The shortest of ``rounds`` timed runs of each size, the sizes taking turns within a
    round, so that a slow spell of the machine hits every size alike; each run starts with
    no garbage left over."""
    best = {n: float("inf") for n in runs}
    for _ in range(rounds):
        for n, run in runs.items():
            gc.collect()
            start = time.perf_counter()
            run()
            best[n] = min(best[n], time.perf_counter() - start)
    return best


def describe(n: int, events: list[Event], truth: dict[str, int], seconds: float) -> None:
    """Prints what the merge of ``n`` events gives and how long it took."""
    candidates = sum(1 for _ in candidate_pairs([profile(e) for e in events]))
    merged = merge_across_articles(events)
    precision, recall = pair_scores(merged, truth)
    multi = sum(1 for m in merged if len(m.members) > 1)
    print(
        f"{n:>8} events  {seconds:8.2f} s  {len(merged):>7} records "
        f"({multi} from several articles)  {candidates / n:5.2f} candidate pairs/event  "
        f"pair precision {precision:.3f} recall {recall:.3f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--duplicates", type=float, default=0.25)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    generated = {n: synthetic_events(n, args.duplicates, args.seed) for n in args.sizes}
    merges = interleaved_best_times(
        args.rounds,
        {
            n: (lambda events=events: merge_across_articles(events))
            for n, (events, _) in generated.items()
        },
    )
    linear = interleaved_best_times(
        args.rounds,
        {
            n: (lambda events=events: [profile(e) for e in events])
            for n, (events, _) in generated.items()
        },
    )
    for n, (events, truth) in generated.items():
        describe(n, events, truth, merges[n])
    small, large = min(args.sizes), max(args.sizes)
    if small != large:
        print(
            f"ratio {large}/{small} events: merge time x{merges[large] / merges[small]:.2f}   "
            "(target <= 12)"
        )
        # what a strictly linear pass costs on this machine between the same sizes
        print(f"linear reference: one pass over the events x{linear[large] / linear[small]:.2f}")


if __name__ == "__main__":
    main()
