"""Human-readable explanation of events: each with its evidence highlighted in its sentence."""

from __future__ import annotations

from wirewatch.types import ArticleResult, Event, Span

_COLOURS = {
    "trigger": "1;31",
    "actor1": "1;34",
    "actor2": "1;35",
    "place": "1;32",
    "when": "1;33",
    "fatalities": "1;36",
    "size": "36",
    "attribution": "2;37",
    "status": "4",
    "assoc_actors": "34",
    "type": "1;31",
}
_LABELS = {
    "trigger": "trigger",
    "actor1": "actor 1",
    "actor2": "actor 2",
    "assoc_actors": "associated",
    "place": "place",
    "when": "when",
    "fatalities": "fatalities",
    "size": "size",
    "attribution": "attribution",
    "status": "status cue",
}


def explain(result: ArticleResult, *, colour: bool) -> str:
    """Every event of an article, one block each; a plain sentence when there is none."""
    events = result.events
    if not events:
        return "0 events: this article reports no event wirewatch recognises.\n"
    lines = [
        f"{len(events)} event{'s' if len(events) != 1 else ''} (article {result.article.id}):",
        "",
    ]
    text = result.article.text
    for number, event in enumerate(events, start=1):
        lines.extend(_block(number, event, text, colour))
        lines.append("")
    return "\n".join(lines)


def _block(number: int, event: Event, text: str, colour: bool) -> list[str]:
    typing = " / ".join(x for x in (event.event_type, event.sub_event_type) if x)
    plover = f"PLOVER {event.plover}" + (f" ({event.plover_mode})" if event.plover_mode else "")
    head = [
        f"#{number}",
        event.kind.value,
        event.status.value,
        typing or None,
        plover if event.plover else None,
        f"paragraph {event.paragraph}",
        f"confidence {event.confidence:.2f}",
    ]
    lines = ["  ".join(h for h in head if h)]
    marks: list[tuple[Span, str]] = []
    fields: list[str] = []
    for evidence in event.evidence:
        if evidence.field == "type":
            continue
        marks.extend((s, evidence.field) for s in evidence.spans)
        shown = " + ".join(f"«{s.text}»" for s in evidence.spans)
        fields.append(f"    {_LABELS.get(evidence.field, evidence.field):<12} {shown}")
    sentences = sorted(
        {_sentence_of(event, s, text) for s in event.mentions} | {event.sentence},
        key=lambda s: s.start,
    )
    for sentence in sentences:
        lines.append("  > " + _highlight(text, sentence, marks, colour))
    lines.extend(fields)
    resolved = _resolved(event)
    if resolved:
        lines.append("    resolved     " + "; ".join(resolved))
    extra = _notes(event)
    if extra:
        lines.append("    note         " + "; ".join(extra))
    return lines


def _sentence_of(event: Event, mention: Span, text: str) -> Span:
    if event.sentence.start <= mention.start < event.sentence.end:
        return event.sentence
    # A mention merged from another paragraph: show that paragraph's line.
    start = text.rfind("\n", 0, mention.start) + 1
    end = text.find("\n", mention.end)
    end = len(text) if end < 0 else end
    return Span(start, end, text[start:end])


def _resolved(event: Event) -> list[str]:
    """The values the resolvers gave: date, place, actors, fatalities."""
    out = []
    when = event.when
    if when is not None and when.start is not None:
        span = when.start if when.end in (None, when.start) else f"{when.start} to {when.end}"
        out.append(f"{span} (time precision {when.time_precision or '-'})")
    place = event.place
    if place is not None and place.name is not None:
        where = f"{place.name}, {place.country}" if place.country else place.name
        out.append(
            f"{where} ({place.latitude:.3f}, {place.longitude:.3f}; "
            f"geo precision {place.geo_precision})"
        )
    actors = [a for a in (event.actor1, event.actor2) if a is not None and a.name]
    if actors:
        out.append(" / ".join(f"{a.name} ({a.inter})" for a in actors))
    if event.fatalities is not None and event.fatalities.best is not None:
        out.append(
            f"{event.fatalities.best} killed"
            + (" at least" if event.fatalities.lower_bound else "")
        )
    return out


def _notes(event: Event) -> list[str]:
    notes = []
    if event.when and event.when.inherited:
        notes.append("date taken from the preceding report")
    if event.when and event.when.basis == "publication":
        notes.append("no date in the text: dated by the publication day")
    if event.attribution and event.attribution.inherited:
        notes.append("source taken from the preceding paragraph")
    if event.place and event.place.source == "article_focus":
        notes.append("place is the article's focus (no place in the sentence)")
    if event.place and event.place.source == "article_country":
        notes.append("no place in the text: coded to the article's country, at its capital")
    if event.place and event.place.source == "reference" and event.place.reference is None:
        notes.append("the place words refer to no place the text names")
    for actor in (event.actor1, event.actor2):
        if actor and actor.antecedent:
            pronoun = actor.mention.text if actor.mention else "?"
            notes.append(f"«{pronoun}» refers to «{actor.antecedent.text}»")
    return notes


def _highlight(text: str, sentence: Span, marks: list[tuple[Span, str]], colour: bool) -> str:
    inside = sorted(
        (
            (s, f)
            for s, f in marks
            if sentence.start <= s.start and s.end <= sentence.end and s.end > s.start
        ),
        key=lambda m: (m[0].start, -m[0].end),
    )
    out: list[str] = []
    cursor = sentence.start
    for span, name in inside:
        if span.start < cursor:
            continue  # nested or overlapping evidence: the outer one is shown
        out.append(text[cursor : span.start])
        words = text[span.start : span.end]
        if colour:
            out.append(f"\x1b[{_COLOURS.get(name, '1')}m{words}\x1b[0m")
        else:
            out.append(f"[{words}]{_LABELS.get(name, name).replace(' ', '')}")
        cursor = span.end
    out.append(text[cursor : sentence.end])
    return "".join(out).replace("\n", " ")
