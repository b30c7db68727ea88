"""Turning an assembled candidate into the immutable event record, offsets in the original."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Span as DocSpan
from spacy.tokens import Token

from wirewatch import docspec
from wirewatch.events.actors import case_marks, through_collective
from wirewatch.events.candidates import ARMED_GROUP_CLASSES, FORCE_CLASSES, ActorArg, Candidate
from wirewatch.events.context import ArticleContext
from wirewatch.events.syntax import said_when
from wirewatch.events.taxonomy import (
    PROTESTS,
    crowd_sides,
    is_place_taken,
    of_organised_kind,
    organised_class,
    organised_classes,
    refine,
    type_victims,
    typing_of,
    violent_as,
    weapon_means,
)
from wirewatch.lang import word_set
from wirewatch.types import (
    Actor,
    Attribution,
    Count,
    Event,
    Evidence,
    Fatalities,
    Kind,
    Place,
    Role,
    Span,
    When,
)

_TOPONYM = "toponym"  # the label of a place's own name (docspec.PLACE_LABELS)
_BATTLES = "Battles"  # ACLED's event type of a fight between armed sides
_COMMUNAL = "communal"  # the actor class of farmers, herders, hunters (actors.yaml)
_AUTHOR_DEPS = frozenset({"nsubj", "obl:agent"})  # who does what a verb says
_NAME_PARTS = frozenset({"compound", "flat", "flat:name"})


def to_event(cand: Candidate, ctx: ArticleContext, lang: str) -> Event:
    """The record of one candidate; every span mapped back to the original text."""

    def span(x: DocSpan | None) -> Span | None:
        return None if x is None else ctx.to_span(x.start_char, x.end_char)

    def req(x: DocSpan) -> Span:
        return ctx.to_span(x.start_char, x.end_char)

    def hit(count: DocSpan, breakdown: Sequence[DocSpan] = ()) -> Actor:
        # the dead or the wounded as the second actor: the first group of the dead's
        # breakdown when it has one ("dont deux enfants"), else the count itself
        victims, concept = _victims(breakdown[0] if breakdown else count, lang)
        return Actor(role=Role.VICTIM, mention=req(victims), concept=concept)

    def actor(arg: ActorArg) -> Actor:
        return Actor(
            role=arg.role,
            mention=None if arg.implied else span(_with_origin(arg.span, lang)),
            antecedent=span(arg.antecedent),
            implied=arg.implied,
            concept=None if arg.concept == "pronoun" else arg.concept,
        )

    # Named actors ("M. de Mistura", "le régime") lead; any other noun phrase only fills in.
    agents = sorted(cand.with_role(Role.AGENT), key=_generic)
    # a protest's recipient is what it was against, no side of it (ACLED leaves actor2 to
    # the forces that met it); a village taken is where, no side of its taking, nor is a
    # town a side of a fight ("se sont affrontées à Kandi"; a country is: "une trêve avec le
    # Niger")
    protest = cand.typing.event_type == PROTESTS
    others = sorted(
        (
            a
            for a in cand.actors
            if not (cand.typing.mutual and a.concept == _TOPONYM)
            and (
                (a.role is Role.TARGET and not is_place_taken(a.concept, cand.typing.concept))
                or (a.role is Role.RECIPIENT and not protest)
            )
        ),
        key=_generic,
    )
    against = [a for a in cand.actors if a.role is Role.RECIPIENT and protest]
    sponsors = cand.with_role(Role.SPONSOR)
    actor1 = actor(agents[0]) if agents else None
    if actor1 is not None and cand.typing.actor1_as:
        actor1 = replace(actor1, concept=cand.typing.actor1_as)  # "students marched": Protesters
    elif actor1 is not None and cand.typing.family == "violence":
        # "Government air strikes": the government strikes by its forces
        actor1 = replace(actor1, concept=violent_as().get(actor1.concept or "", actor1.concept))
    forces = _forces_telling_their_strike(cand) if actor1 is None else None
    if forces is not None:
        # "The military said at least 20 bandits were killed in airstrikes": the forces that
        # tell of strikes from the air no one is said to have made made them
        actor1 = Actor(role=Role.AGENT, mention=span(forces), concept=forces.label_)
    if actor1 is None and cand.typing.implied_actor1 and not _implication_stopped(cand):
        # no author named: the one the type implies (rioters riot; an unnamed killer is an
        # unidentified armed group), or whom its refinement says acted (a mutiny's shots)
        actor1 = Actor(
            role=Role.AGENT,
            mention=req(cand.trigger),
            implied=True,
            concept=cand.typing.actor1_as or cand.typing.implied_actor1,
        )
    actor2 = actor(others[0]) if others else None
    if (
        # a crowd fought by a crowd is of its kind ("farmers and herders clashed": rioters
        # on both sides, as ACLED codes mob violence between two groups; communal militias
        # when people died in it; not herders a mob fought: its victims)
        actor2 is not None
        and cand.typing.mutual
        and cand.typing.actor1_as
        and cand.trigger.doc.user_data.get(docspec.ACTOR_CLASSES, {}).get(actor2.concept or "")
        in crowd_sides()[0]
        | (organised_classes() if of_organised_kind(cand.agent_class) else frozenset())
    ):
        actor2 = replace(actor2, concept=cand.typing.actor1_as)
    if actor2 is not None and cand.typing.mutual and cand.typing.event_type == _BATTLES:
        actor2 = _armed_side(actor2, cand)
    if (
        # people who fought with no other side named fought among themselves ("two families
        # of farmers clashed", "partisans of two political parties clashed"): ACLED codes
        # rioters (communal militias when armed) on both sides; not protesters, whose
        # unnamed other side is the forces, nor a fight armed men died in
        actor2 is None
        and agents
        and cand.typing.mutual
        and cand.typing.actor1_as
        and cand.kind is Kind.EVENT
        and of_organised_kind(cand.agent_class)
        and not cand.armed_dead
    ):
        actor2 = Actor(
            role=Role.TARGET, mention=req(cand.trigger), implied=True, concept=cand.typing.actor1_as
        )
    if (
        # (a town attacked is where, no side: "Dozens of residents were killed in Saturday's
        # assault on Kukawa" hit the residents)
        (actor2 is None or _a_town_hit(actor2, cand))
        and cand.fatalities is not None
        and cand.kind is Kind.EVENT
        and cand.typing.family == "violence"
    ):
        actor2 = hit(cand.fatalities, cand.breakdown)
        if cand.armed_dead and actor1 is not None and actor2.concept == actor1.concept:
            actor2 = None  # "Des jihadistes ont attaqué ... Dix jihadistes ont été tués"
    if (
        # the dead named by no word of who they were, or no dead: the wounded say who was hit
        # ("Two soldiers wounded in mine blast", « Deux soldats blessés et un tué »)
        (actor2 is None or actor2.concept is None)
        and cand.injured is not None
        and cand.kind is Kind.EVENT
        and cand.typing.family == "violence"
    ):
        wounded = hit(cand.injured)
        if wounded.concept is not None and (actor1 is None or wounded.concept != actor1.concept):
            actor2 = wounded
    implied2 = cand.typing.implied_actor2 or type_victims().get(cand.typing.event_type or "")
    classes = cand.trigger.doc.user_data.get(docspec.ACTOR_CLASSES, {})
    if (
        # armed men hit when they bore no arms ("an off-duty policeman", "two forest guards
        # (assumed unarmed)", "a Koglweogo chief" shot at home): violence against civilians,
        # whose victims ACLED names civilians
        actor2 is not None
        and cand.typing.event_type in type_victims()
        and classes.get(actor2.concept or "") in ARMED_GROUP_CLASSES | FORCE_CLASSES
    ):
        actor2 = replace(actor2, concept=type_victims()[cand.typing.event_type or ""])
    if (actor2 is None or actor2.concept is None or _a_town_hit(actor2, cand)) and implied2:
        # no owner named, or only the thing taken ("stole supplies"): the one the type
        # implies (looted or burned property is civilians'); no victim a lexicon knows
        # ("abducted a marabout"): the victims its ACLED type names
        actor2 = Actor(
            role=Role.TARGET,
            mention=actor2.mention if actor2 is not None else req(cand.trigger),
            implied=True,
            concept=implied2,
        )
    if (
        # only a place or a thing hit ("shelled residential areas, killing at least 40
        # civilians"): the dead are who was hit
        others
        and actor2 is not None
        and (actor2.concept is None or actor2.concept in docspec.PLACE_LABELS)
        and not _actor_words(others[0].span)
        and cand.fatalities is not None
        and cand.kind is Kind.EVENT
        # (struck from afar: no fight's side)
        and cand.typing.event_type == weapon_means().event_type
    ):
        actor2 = hit(cand.fatalities, cand.breakdown)
    if cand.typing.forces_first and actor1 is not None and actor2 is not None:
        # excessive force told first by the forces' deed: ACLED names them first
        actor1, actor2 = actor2, actor1
    assoc = tuple(actor(a) for a in (*agents[1:], *others[1:], *against, *sponsors))

    place = None
    if cand.place is not None:
        p = cand.place
        place = Place(
            mention=span(p.span),
            relation=p.relation,
            reference=span(p.reference),
            context=span(p.context),
            source=p.source,
            area=span(p.area),
        )
    when = None
    if cand.times:
        when = When(
            mention=req(cand.times[0]),
            expressions=tuple(req(t) for t in cand.times),
            inherited=cand.time_inherited,
        )
    fatalities = None
    if any((cand.fatalities, cand.injured, cand.arrested, cand.abducted)):
        fatalities = Fatalities(
            mention=span(cand.fatalities),
            breakdown=tuple(Count(req(b), b.label_) for b in cand.breakdown),
            injured=_count(span(cand.injured), "injured"),
            arrested=_count(span(cand.arrested), "arrested"),
            abducted=_count(span(cand.abducted), "abducted"),
        )
    size = None if cand.size is None else Count(req(cand.size), cand.size.label_ or "size")
    attribution = None
    if cand.attribution_source is not None or cand.attribution_cue is not None:
        attribution = Attribution(
            source=span(cand.attribution_source),
            cue=span(cand.attribution_cue),
            inherited=cand.attribution_inherited,
        )
    evidence = _evidence(
        cand, actor1, actor2, assoc, place, when, fatalities, size, attribution, req
    )
    trigger = req(cand.trigger)
    found = sum(x is not None for x in (actor1, place, when, attribution))
    confidence = round(
        min(
            0.95,
            0.45
            + 0.1 * found
            + 0.05 * (len(cand.mentions) - 1)
            - (0.1 if cand.time_inherited else 0.0),
        ),
        2,
    )
    return Event(
        id=_event_id(ctx.article_id, cand, trigger, actor1),
        article_id=ctx.article_id,
        kind=cand.kind,
        status=cand.status,
        trigger=trigger,
        sentence=req(cand.sentence),
        paragraph=ctx.line_of(cand.paragraph),
        event_type=cand.typing.event_type,
        sub_event_type=cand.typing.sub_event_type,
        plover=cand.typing.plover,
        plover_mode=cand.typing.plover_mode,
        concept=cand.typing.concept,
        actor1=actor1,
        actor2=actor2,
        assoc_actors=assoc,
        place=place,
        when=when,
        fatalities=fatalities,
        size=size,
        attribution=attribution,
        mentions=tuple(req(m) for m in cand.mentions),
        evidence=evidence,
        confidence=confidence,
        sources=(ctx.article_id,),
    )


def _forces_telling_their_strike(cand: Candidate) -> DocSpan | None:
    """The state's forces the attribution names for a strike from the air that names no
    author (``airstrike``'s sub-event type in taxonomy.yaml), as their actor mention; not
    a government or authorities, who act by forces (``violent_as``) and may tell of
    another's strikes (« selon les autorités d'occupation russes »)."""
    source = cand.attribution_source
    if source is None or cand.typing.sub_event_type != typing_of(_AIRSTRIKE).sub_event_type:
        return None
    doc = source.doc
    classes = doc.user_data.get(docspec.ACTOR_CLASSES, {})
    return next(
        (
            a
            for a in doc.spans.get(docspec.ACTORS, ())
            if source.start <= a.root.i < source.end
            and classes.get(a.label_) in FORCE_CLASSES
            and a.label_ not in violent_as()
        ),
        None,
    )


_AIRSTRIKE = "airstrike"  # the concept of a strike from the air (taxonomy.yaml)


def _a_town_hit(actor2: Actor, cand: Candidate) -> bool:
    """The second actor is only the town the violence struck ("the attack on Kukawa")."""
    return actor2.concept == _TOPONYM and cand.typing.family == "violence"


def _implication_stopped(cand: Candidate) -> bool:
    """Whether the verb the trigger completes has an author of a class the type's implied
    author gives way to (``implied_unless_by``): "a curfew was imposed by the
    militants", "Ansarul Islam fighters enforced a curfew" are no government's; "after
    militants attacked the town, the governor declared a curfew" is."""
    stop = cand.typing.implied_unless_by
    root = cand.trigger.root
    if not stop or root.head.i == root.i:
        return False
    verb = root.head
    doc = cand.trigger.doc
    classes = doc.user_data.get(docspec.ACTOR_CLASSES, {})
    return any(
        classes.get(a.label_) in stop
        and (word := _phrase_noun(a.root)).head.i == verb.i
        and word.dep_ in _AUTHOR_DEPS
        for a in doc.spans.get(docspec.ACTORS, ())
    )


def _phrase_noun(word: Token) -> Token:
    """The noun a name qualifies: "Ansarul Islam fighters" -> "fighters"."""
    while word.dep_ in _NAME_PARTS and word.head.i != word.i:
        word = word.head
    return word


def _with_origin(words: DocSpan, lang: str) -> DocSpan:
    """An actor's words with the place its people come from, when a phrase on them says it
    ("youths from the village of Sanwara", "des jeunes de Banagbasson"; ``origin_marks`` in
    resources/<lang>/actors.yaml): the resolver names a communal militia after it; or with
    the group they belong to, an actor mention ("des rebelles de la CPC")."""
    doc = words.doc
    marks = word_set(lang, "actors", "origin_marks")
    toponyms = {s.root.i: s for s in doc.spans.get(docspec.PLACES, ()) if s.label_ == _TOPONYM}
    for child in words.root.children:
        mark = next((c for c in child.children if c.dep_ == "case" and c.lower_ in marks), None)
        if (
            child.i < words.end
            or mark is None
            or any(cue.start < mark.i < cue.end for cue in doc.spans.get(docspec.PLACE_CUES, ()))
        ):  # (not "cinq employés près de Bossangoa": where they were)
            continue
        place = next((toponyms[t.i] for t in child.subtree if t.i in toponyms), None)
        if place is not None:
            return doc[words.start : place.end]
        if child.right_edge.pos_ == "PROPN" or any(
            mark.i < a.start <= child.i < a.end for a in doc.spans.get(docspec.ACTORS, ())
        ):  # a name no gazetteer knows ("from Banagbasson"), a group's ("de la CPC"), not
            # another actor's own words ("manifestants et forces de l'ordre"); a
            # day the parser hung on it says when ("un poste de gendarmerie samedi")
            return doc[words.start : said_when(doc, child.i + 1, child.right_edge.i + 1)]
    return words


def _victims(count: DocSpan, lang: str) -> tuple[DocSpan, str | None]:
    """The dead as the second actor, and their actor concept: the ``count`` of them (the
    concept of the actor word it counts, else none, so that the victims the event's type
    implies name them: "arrested six men, they were executed", whose count is the
    arrest's), or the actor it counts through a collective noun ("tuant deux membres du
    Hezbollah": Hezbollah's)."""
    cases = case_marks(lang)
    for words in count.doc.spans.get(docspec.ACTORS, ()):
        if words.start >= count.end and through_collective(words.root, cases).i == count.root.i:
            # the whole phrase ("of suspected ISGS militants"), its preposition left out
            start = min(t.i for t in words.root.subtree if t.dep_ not in ("case", "det"))
            return count.doc[start : words.root.right_edge.i + 1], words.label_
    # the actor word the count counts says who they were ("Un jeune soldat": a soldier)
    own = next(
        (w for w in count.doc.spans.get(docspec.ACTORS, ()) if w.start <= count.root.i < w.end),
        None,
    )
    return count, own.label_ if own is not None else None


def _generic(actor: ActorArg) -> bool:
    return actor.concept is None


def _count(mention: Span | None, label: str) -> Count | None:
    return None if mention is None else Count(mention, label)


def _evidence(
    cand: Candidate,
    actor1: Actor | None,
    actor2: Actor | None,
    assoc: tuple[Actor, ...],
    place: Place | None,
    when: When | None,
    fatalities: Fatalities | None,
    size: Count | None,
    attribution: Attribution | None,
    req: Callable[[DocSpan], Span],
) -> tuple[Evidence, ...]:
    items: list[tuple[str, tuple[Span | None, ...]]] = [
        ("trigger", tuple(req(m) for m in cand.mentions)),
        ("type", (req(cand.trigger), *(req(m) for m in cand.modifiers))),
        ("status", tuple(req(c) for c in cand.status_cues)),
        ("actor1", (actor1.mention, actor1.antecedent) if actor1 else ()),
        ("actor2", (actor2.mention, actor2.antecedent) if actor2 else ()),
        ("assoc_actors", tuple(a.mention for a in assoc)),
        ("place", (place.mention, place.context, place.reference, place.area) if place else ()),
        ("when", when.expressions if when else ()),
        (
            "fatalities",
            (fatalities.mention, *(b.mention for b in fatalities.breakdown)) if fatalities else (),
        ),
        ("injured", (fatalities.injured.mention,) if fatalities and fatalities.injured else ()),
        ("arrested", (fatalities.arrested.mention,) if fatalities and fatalities.arrested else ()),
        ("abducted", (fatalities.abducted.mention,) if fatalities and fatalities.abducted else ()),
        ("size", (size.mention,) if size else ()),
        ("attribution", (attribution.source, attribution.cue) if attribution else ()),
    ]
    return tuple(
        Evidence(name, tuple(s for s in spans if s is not None))
        for name, spans in items
        if any(s is not None for s in spans)
    )


def with_unique_ids(events: list[Event]) -> list[Event]:
    """The events, an id told twice in one article made unique (two parts of one event split
    by their authors whose words start at the same token): a store keys events by id."""
    seen: set[str] = set()
    unique = []
    for event in events:
        key, n = event.id, 1
        while key in seen:
            key = hashlib.sha256(f"{event.id}:{n}".encode()).hexdigest()[:16]
            n += 1
        seen.add(key)
        unique.append(event if key == event.id else replace(event, id=key))
    return unique


def _event_id(article_id: str, cand: Candidate, trigger: Span, actor1: Actor | None) -> str:
    agent = actor1.mention.start if actor1 and actor1.mention else -1
    key = f"{article_id}:{cand.kind}:{trigger.start}:{trigger.end}:{agent}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def _actor_words(span: DocSpan) -> bool:
    """Whether an actor word lies in the phrase ("a gendarmerie unit")."""
    start, end = span.root.left_edge.i, span.root.right_edge.i + 1
    return any(a.start < end and start < a.end for a in span.doc.spans.get(docspec.ACTORS, ()))


def _armed_side(actor2: Actor, cand: Candidate) -> Actor:
    """Farmers, herders or hunters on the other side of a battle fought it armed: a communal
    militia, as they are when they fight first and as ACLED codes them ("Koglweogo fighters
    clashed with Fulani herders": the Fulani Ethnic Militia; not the victims of an attack,
    which is no battle with them, nor a side no word names, civilians by default)."""
    classes = cand.trigger.doc.user_data.get(docspec.ACTOR_CLASSES, {})
    kind = classes.get(actor2.concept or "")
    if kind != _COMMUNAL:
        return actor2
    armed = refine(typing_of(cand.typing.concept), set(), organised_class(kind), None)
    return replace(actor2, concept=armed.actor1_as) if armed.actor1_as else actor2
