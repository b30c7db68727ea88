"""Merging mentions of one event within an article ("raids aériens ... samedi" in paragraph 2
and "Samedi, une trentaine de raids" in paragraph 9 are one event)."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Span, Token

from wirewatch import docspec
from wirewatch.events.actors import restates
from wirewatch.events.arguments import came_before
from wirewatch.events.candidates import (
    NONSTATE_CLASS,
    UNNAMED_GROUP,
    ActorArg,
    Candidate,
    Cues,
    fill_toll,
)
from wirewatch.events.references import definite, written_with_kind
from wirewatch.lang import load_resource, word_set
from wirewatch.lang.acronyms import acronym_like
from wirewatch.lang.countries import fold
from wirewatch.types import Kind, Role, Status

_NEIGHBOURING = 1  # undated mentions merge only within this many paragraphs
_TOLL_REACH = 2  # paragraphs back to the event another source's toll is of
_VIOLENCE = "violence"  # the family of violent events (taxonomy.yaml)
_FOCUS_SOURCE = "article_focus"  # the source of a place the article gave (PlaceArg.source)
_GROUP_OF_PEOPLE = "NORP"  # the NER label of nationalities, religious and political groups
_ORGANISATION = "ORG"  # the NER label of organisations' names
_DURATION = "duration"  # the label of a time span that only measures a length
# what a claim goes on to say, not what it names: "saying its fighters had killed 30"
_CLAUSES = frozenset({"ccomp", "advcl", "xcomp", "parataxis", "conj", "punct"})
_SAID = "ccomp"  # the clause a verb says ("said 34 people had been killed")
_CLOCK = "time"  # the label of a clock time ("at 9 p.m."; "22 h, hier" with its day)
_NO_DAY = frozenset({"part_of_day", _CLOCK})  # time words that name no day of their own
_DAY_AFTER_A_CLOCK = ","  # what sets off the day a clock time is told with (annotate/timex.py)


@functools.cache
def _same_as_before(lang: str) -> frozenset[str]:
    return frozenset(fold(p) for p in load_resource(lang, "time")["same_as_before"])


def time_keys(cands: list[Candidate], lang: str) -> dict[int, str | None]:
    """Per candidate (by id): a key for its date words, "le même jour", a clock time or a part
    of the day with no day ("at about 2 p.m.", "in the late afternoon") taking the key of the
    last date named before it in the article."""
    spans = sorted({t.start: t for c in cands for t in c.times}.values(), key=lambda t: t.start)
    same = _same_as_before(lang)
    span_key: dict[int, str | None] = {}
    last: str | None = None
    for span in spans:
        key: str | None = fold(span.text)
        if key in same or _no_day(span):
            key = last
        elif span.label_ in ("date", "interval"):
            last = key
        span_key[span.start] = key
    return {id(c): span_key[c.times[0].start] if c.times else None for c in cands}


def merge_mentions(cands: list[Candidate], cues: Cues, lang: str) -> list[Candidate]:
    """Group candidates that describe the same event; the richest mention leads each group.
    What a sentence tells as having come before its event is another event, whatever its
    day ("soldiers raided a camp on Monday after two gendarmes were killed")."""
    keys = time_keys(cands, lang)
    areas = word_set(lang, "places", "area_kinds")
    groups: list[list[Candidate]] = []
    for cand in cands:
        for group in groups:
            if all(
                _same_event(member, cand, keys, areas)
                and not came_before(cand, member, cues, lang)
                and not came_before(member, cand, cues, lang)
                for member in group
            ):
                group.append(cand)
                break
        else:
            groups.append([cand])
    return [combine(group, areas) for group in groups]


def events_taken_up(cands: list[Candidate], lang: str) -> list[Candidate]:
    """ "Gunmen killed 15 civilians in an attack on a village ... No group has claimed
    responsibility for the attack.", "L'attaque n'a pas été revendiquée": a violent event
    named again by a noun with a definite article, in a later sentence, with no time or
    author of its own, is the violent event of its kind told last before it, else the violent
    event told last before it, not another, whatever its clause says of it (the claim is
    denied, not the attack). It joins that event's mentions and fills the toll it lacks ("The
    attack left three dead"); its place, if it has one, says where an event told only in a
    country was ("The attack, in the Gao region, ..."). One a group claims ("JNIM claimed
    the attack in a statement on Wednesday, saying its fighters had killed 30 soldiers") is
    taken up whatever its time or toll, which are the claim's (``events_claimed`` gave the
    event its claimant)."""
    kept: list[Candidate] = []
    for cand in cands:
        verb = _claim_verb(cand, lang)
        claimed = verb is not None
        # (a group's claim tells its own time and toll; "No group has claimed" tells none)
        claims_toll = verb is not None and bool(_claimants(cand.with_role(Role.AGENT), verb, lang))
        earlier = [k for k in reversed(kept) if _taken_up(k, cand, claimed)]
        # (the kidnapping named again is the abduction, though an attack was told after it)
        told = next((k for k in earlier if k.typing.concept == cand.typing.concept), None)
        told = told or next(iter(earlier), None)
        if claimed and earlier:
            told = earlier[-1]  # (a claim is of the story's event, the one told first)
        if told is None:
            kept.append(cand)
            continue
        # (each part of an event split by its authors tells it: "forces and volunteers
        # engaged militants. Ten were killed in the clashes")
        for part in (k for k in kept if k.trigger.start == told.trigger.start):
            part.mentions.append(cand.trigger)
            if claims_toll:
                continue
            if _only_a_country(part) and not _no_place_of_its_own(cand):
                part.place = cand.place  # "The attack, in the Gao region, ..."
            fill_toll(part, cand)
    return kept


def authors_named_next(cands: list[Candidate]) -> None:
    """ "Gang members rampaged through a neighborhood ..., killing at least seven people. The
    gunmen, members of the Viv Ansanm gang coalition, stormed ...": unnamed armed men the
    next sentence names, restating them with a definite word for them ("The gunmen") as a
    group's men, are that group: the author of what they did."""
    for event in cands:
        agents = event.with_role(Role.AGENT)
        sent = event.sentence
        if (
            not agents
            or any(a.concept != UNNAMED_GROUP for a in agents)
            or sent.end >= len(sent.doc)
        ):
            continue
        named = _group_named_in(sent.doc[sent.end].sent)
        if named is not None:
            event.actors = [a for a in event.actors if a.role is not Role.AGENT] + [named]


def _group_named_in(sentence: Span) -> ActorArg | None:
    """A named armed group restating a definite mention of unnamed armed men in the
    sentence ("The gunmen, members of the Viv Ansanm gang coalition")."""
    mentions = [s for s in sentence.doc.spans.get(docspec.ACTORS, ()) if s.sent == sentence]
    for unnamed in (m for m in mentions if m.label_ == UNNAMED_GROUP and definite(m)):
        said = ActorArg(unnamed, Role.AGENT, unnamed.label_)
        for group in mentions:
            if group.start > unnamed.start and restates(group, group.label_, said):
                return ActorArg(group, Role.AGENT, group.label_)
    return None


def tolls_told_again(cands: list[Candidate]) -> list[Candidate]:
    """ "A drone strike hit a wedding on Saturday, killing at least 21 civilians ... A local
    association said 34 people had been killed": a killing someone reports, told by its toll
    alone (no author, no place or day of its own), in a later sentence, is another source's
    toll of the violent event with a toll told last before it, at most two paragraphs before,
    not a second event. That event keeps its own toll (ACLED codes the lower one)."""
    kept: list[Candidate] = []
    for cand in cands:
        told = (
            next(
                (
                    k
                    for k in reversed(kept)
                    if k.kind is Kind.EVENT
                    and k.typing.family == _VIOLENCE
                    and k.fatalities is not None
                    and k.sentence.start < cand.sentence.start
                ),
                None,
            )
            if _a_toll_told_again(cand)
            else None
        )
        # (near it: "more than 3,600 people were killed in the first half of 2024, according
        # to the UN", paragraphs later, is no second toll of the story's killing)
        if (
            told is None
            or cand.paragraph - told.paragraph > _TOLL_REACH
            or not _same_victims(cand, told)
        ):
            kept.append(cand)
            continue
        told.mentions.append(cand.trigger)
    return kept


def _same_victims(again: Candidate, told: Candidate) -> bool:
    """Whether the toll told again may count the event's victims: not its authors ("JNIM
    militants attacked ... the army said twenty militants were killed": the army's
    killing)."""
    dead = {a.concept for a in again.with_role(Role.TARGET) if a.concept}
    return dead.isdisjoint(a.concept for a in told.with_role(Role.AGENT) if a.concept)


def _a_toll_told_again(cand: Candidate) -> bool:
    """A reported killing told by its toll alone: no author, place or day of its own."""
    return (
        cand.kind is Kind.EVENT
        and cand.typing.family == _VIOLENCE
        and cand.fatalities is not None
        and cand.trigger.root.pos_ == "VERB"
        # (someone says it: "an association said 34 people had been killed")
        and (cand.attribution_source is not None or cand.trigger.root.dep_ == _SAID)
        and not cand.attribution_inherited
        and not cand.with_role(Role.AGENT)
        and _no_place_of_its_own(cand)
        and _no_day_of_its_own(cand)
    )


def victims_told_again(cands: list[Candidate]) -> list[Candidate]:
    """ "Police fired live rounds to disperse protesters, killing one man ... The man, a
    24-year-old hawker, was shot in the chest and died on the way to hospital": violence
    whose dead are a definite noun the toll of an event told before it counts ("one man"),
    with no author or day of its own, tells that killing again (the last one told of them),
    no other one: it joins that event's mentions."""
    kept: list[Candidate] = []
    for cand in cands:
        dead = cand.fatalities
        told = (
            None
            if dead is None or not _a_death_told_again(cand, dead)
            else next(
                (
                    k
                    for k in reversed(kept)
                    if k.fatalities is not None
                    and k.fatalities.root.lemma_ == dead.root.lemma_
                    and not definite(k.fatalities)
                    and k.sentence.start < cand.sentence.start
                ),
                None,
            )
        )
        if told is None:
            kept.append(cand)
        else:
            told.mentions.append(cand.trigger)
    return kept


def _a_death_told_again(cand: Candidate, dead: Span) -> bool:
    """Violence whose toll is a definite noun ("The man") with no author or day of its own."""
    return (
        cand.kind is Kind.EVENT
        and cand.typing.family == _VIOLENCE
        and dead.root.pos_ == "NOUN"
        and definite(dead)
        and (not cand.times or cand.time_inherited)
        and not any(a.concept for a in cand.with_role(Role.AGENT))
    )


def events_claimed(cands: list[Candidate], lang: str) -> list[Candidate]:
    """ "Suspected Islamist militants ambushed ... JNIM claimed the attack": the group that
    claims a violent event named again by a definite noun (roles.yaml ``claim_verbs``) is
    the author of the event told first, when that one names none (of an event first told by
    its claim, "JNIM claimed the attack that killed 12 soldiers", the author); what the claim
    goes on to tell ("saying its fighters had killed 30 soldiers and seized weapons") is the
    claim's account of that event, no event of its own."""
    told_by_claims: list[Candidate] = []
    claims: list[tuple[Token, Candidate, list[ActorArg]]] = []
    nouns: list[Candidate] = []
    for i, cand in enumerate(cands):
        verb = _claim_verb(cand, lang)
        if verb is None:
            continue
        told = next((k for k in cands[:i] if _taken_up(k, cand, claimed=True)), None)
        if told is not None:
            nouns.append(cand)  # (the event named again, which events_taken_up joins)
            claims.append((verb, told, _claimants(cand.with_role(Role.AGENT), verb, lang)))
        elif not any(_named(a.span) for a in cand.with_role(Role.AGENT)) and _claims_it(verb, cand):
            # an event first told by its claim ("JNIM claimed the attack that killed 12
            # soldiers"): the claimant is its author (and tells of it)
            own = _claimants([], verb, lang)
            if own:
                cand.actors = [*own, *_others_than(cand.actors, own)]
    claims += _bare_claims(cands, {verb.i for verb, _, _ in claims}, lang)
    claims += _own_accounts(cands, {verb.i for verb, _, _ in claims}, lang)
    for verb, told, claimants in claims:
        if claimants and not any(_named(a.span) for a in told.with_role(Role.AGENT)):
            # (the event told with no name of its author is the claimant's)
            told.actors = [*claimants, *_others_than(told.actors, claimants)]
        for other in cands:
            if (
                not any(other is noun for noun in nouns)
                and other.kind is Kind.EVENT
                and other.typing.event_type is not None
                and verb.is_ancestor(other.trigger.root)
            ):
                told.mentions.append(other.trigger)
                told_by_claims.append(other)
                if not claimants:  # ("No group has claimed the attack, which killed five")
                    fill_toll(told, other)
    return [c for c in cands if not any(c is t for t in told_by_claims)]


def _others_than(actors: list[ActorArg], claimants: list[ActorArg]) -> list[ActorArg]:
    """The actors but the authors, and but the claimants the parse made another role
    (« L'embuscade ... a été revendiquée dimanche par le JNIM »: JNIM its target)."""
    theirs = {i for c in claimants for i in range(c.span.start, c.span.end)}
    return [
        a
        for a in actors
        if a.role is not Role.AGENT and theirs.isdisjoint(range(a.span.start, a.span.end))
    ]


def _claims_it(verb: Token, cand: Candidate) -> bool:
    """A claim told as done, in the sentence's own clause: not "JNIM has not claimed the
    attack ..." (a verb negated, or the event so read), nor "It is not known whether JNIM
    claimed ..." (a clause below another verb)."""
    return (
        cand.status is Status.REPORTED
        and not any("Neg" in c.morph.get("Polarity", []) for c in verb.children)
        and all(t.dep_ == "conj" for t in (verb, *verb.ancestors) if t.head.i != t.i)
    )


def _bare_claims(
    cands: list[Candidate], taken: set[int], lang: str
) -> list[tuple[Token, Candidate, list[ActorArg]]]:
    """Claims that name no event ("JNIM claimed responsibility on its Telegram channels,
    saying its fighters had killed 40 soldiers"): a group's claim is of the story's violent
    event, the first told before it, whose author it names when the text does not."""
    if not cands:
        return []
    verbs = word_set(lang, "roles", "claim_verbs")
    nouns = word_set(lang, "roles", "claim_nouns")
    triggers = {i for c in cands for i in range(c.trigger.start, c.trigger.end)}
    found: list[tuple[Token, Candidate, list[ActorArg]]] = []
    for verb in cands[0].trigger.doc:
        if (
            verb.i in taken
            or verb.lemma_.lower() not in verbs
            or not any(c.lower_ in nouns for c in verb.children)
            or any(
                t.i in triggers for c in verb.children if c.dep_ not in _CLAUSES for t in c.subtree
            )  # ("claimed responsibility for the attack": a claim of that event)
        ):
            continue
        claim = _claim_of_the_story(cands, verb, verb.sent.start, lang)
        if claim is not None:
            found.append(claim)
    return found


def _claim_of_the_story(
    cands: list[Candidate], verb: Token, before: int, lang: str
) -> tuple[Token, Candidate, list[ActorArg]] | None:
    """The claim a verb makes of the story's first violent event told before ``before``
    ("JNIM claimed responsibility on its Telegram channels", after "Jihadist fighters
    attacked an army outpost"), with its claimants; None when there is no such event or no
    group claims it."""
    told = next(
        (
            c
            for c in cands
            if c.kind is Kind.EVENT and c.typing.family == _VIOLENCE and c.sentence.start < before
        ),
        None,
    )
    claimants = _claimants([], verb, lang) if told is not None else []
    return (verb, told, claimants) if told is not None and claimants else None


def _own_accounts(
    cands: list[Candidate], taken: set[int], lang: str
) -> list[tuple[Token, Candidate, list[ActorArg]]]:
    """A named group's account of its own deed, with no day or place of its own ("Al
    Shabaab ... said in a statement carried by its Andalus radio that it had killed 27
    soldiers"): a claim with no claim verb, of the story's violent event told before it."""
    found: list[tuple[Token, Candidate, list[ActorArg]]] = []
    for cand in cands:
        source, agents = cand.attribution_source, cand.with_role(Role.AGENT)
        if (
            source is None
            or cand.typing.family != _VIOLENCE
            or not _named(source)
            or not agents
            or not _no_day_of_its_own(cand)
            or not _no_place_of_its_own(cand)
            or source.root.head.i in taken
        ):
            continue
        said = {*range(source.start, source.end)}
        classes = source.doc.user_data.get(docspec.ACTOR_CLASSES, {})
        if not all(
            (a.antecedent or a.span).root.i in said and classes.get(a.concept) == NONSTATE_CLASS
            for a in agents
        ):
            continue  # (an armed group says it did it, not others: "Hassan said ... it exploded")
        claim = _claim_of_the_story(cands, source.root.head, cand.sentence.start, lang)
        # (only of an event no one is said to have done: "The army attacked Al Shabaab ...
        # Al Shabaab said it had killed 27 soldiers" is not Al Shabaab's attack)
        if claim is not None and all(
            a.concept == UNNAMED_GROUP for a in claim[1].with_role(Role.AGENT)
        ):
            found.append(claim)
            taken.add(claim[0].i)
    return found


def _claim_verb(again: Candidate, lang: str) -> Token | None:
    """The claim verb that takes the event noun ("claimed the attack", "claimed
    responsibility for the attack"), if one does."""
    root = again.trigger.root
    head = root.head
    if head.lower_ in word_set(lang, "roles", "claim_nouns") and head.i != head.head.i:
        head = head.head
    claims = root.dep_ != "ROOT" and head.lemma_.lower() in word_set(lang, "roles", "claim_verbs")
    return head if claims else None


def _claimants(agents: list[ActorArg], verb: Token, lang: str) -> list[ActorArg]:
    """Who claims the event: the claim's named author (of its ``agents``), else a name its
    verb's subject or agent holds (a claim verb may be a reporting one); none when no group
    claims it."""
    claimants = [replace(a, span=_with_what_follows(a.span)) for a in agents if _named(a.span)]
    if not claimants:  # the claim verb's own subject or agent ("was claimed by the ISGS")
        by = word_set(lang, "roles", "agent")
        doers = [
            c
            for c in verb.children
            if c.dep_ in ("nsubj", "obl:agent")
            # ("revendiquée par l'Etat islamique", read as a modifier; « revendiquée dimanche
            # par le JNIM », as an object whose « par » is a determiner)
            or (c.dep_ in ("obl", "obl:mod", "obj") and any(m.lower_ in by for m in c.children))
        ]
        # (the name that heads the subject, with the words after it: "Al Qaeda's Sahel
        # affiliate JNIM" is JNIM, "The Islamic State in the Greater Sahara" the ISGS)
        # (or an acronym the tagger read as a common noun: "ISWAP claimed responsibility")
        named = [
            a
            for a in verb.doc.spans.get(docspec.ACTORS, ())
            if _named(a) or all(acronym_like(t.text) for t in a)
        ]
        claimants = [
            ActorArg(_with_what_follows(a, doers), Role.AGENT, a.label_)
            # (or else the name on it: "Le groupe Etat islamique a revendiqué l'attaque";
            # not the owner of the one that is: "Al Qaeda's Sahel affiliate JNIM")
            for a in sorted(named, key=lambda a: a.root not in doers)
            if a.root in doers or a.root.head in doers
        ][:1]
    return claimants


def _with_what_follows(name: Span, doers: Sequence[Token] = ()) -> Span:
    """The name with the words its phrase holds after it, up to a punctuation mark; those
    of the doer's phrase when the name hangs on the doer ("Le groupe Etat islamique au Grand
    Sahara": the parser hangs "au Grand Sahara" on "groupe")."""
    doc, end = name.doc, name.end
    edge = name.root.right_edge.i
    if name.root.head in doers:
        edge = max(edge, name.root.head.right_edge.i)
    while end <= edge and not doc[end].is_punct:
        end += 1
    return doc[name.start : end]


def _named(span: Span) -> bool:
    """A name, or one that qualifies the noun ("JNIM", "ISGS militants"), not a description
    ("Suspected Islamist militants"; "Jihadist fighters attacked", a word the tagger takes
    for a name because it opens the sentence, NER for none); an organisation's name the
    tagger read as common words ("l'Etat islamique") is one."""
    return any(
        (
            t.pos_ == "PROPN"
            and t.ent_type_ != _GROUP_OF_PEOPLE
            and (t.ent_type_ or not t.is_sent_start)
        )
        or t.ent_type_ == _ORGANISATION
        for t in span
    )


def _taken_up(told: Candidate, again: Candidate, claimed: bool = False) -> bool:
    """Whether ``again`` names the violent event ``told`` again (``events_taken_up``)."""
    trigger = again.trigger
    return (
        again.kind is Kind.EVENT
        and again.typing.family == "violence"
        and len(trigger) == 1
        and trigger.root.pos_ == "NOUN"
        and definite(trigger)
        and (claimed or _no_day_of_its_own(again))
        and (claimed or _no_place_of_its_own(again) or _only_a_country(told))
        and (claimed or not any(a.concept for a in again.with_role(Role.AGENT)))
        and told.kind is Kind.EVENT
        and told.typing.family == "violence"
        and told.sentence.start < again.sentence.start
    )


def named_again(again: Candidate, cands: list[Candidate]) -> bool:
    """Whether a definite noun names an event of its kind told in an earlier sentence
    ("Gunmen abducted dozens of pupils ... No group has claimed the kidnapping")."""
    trigger = again.trigger
    return (
        len(trigger) == 1
        and trigger.root.pos_ == "NOUN"
        and definite(trigger)
        and any(
            c.typing.concept == again.typing.concept and c.sentence.start < again.sentence.start
            for c in cands
        )
    )


def _no_day_of_its_own(cand: Candidate) -> bool:
    """No time words, or only the day's part, the hour or the length: "The assault on the
    outpost at Solle began at dawn and lasted several hours" names no day of its own."""
    return cand.time_inherited or all(names_no_day(t) for t in cand.times)


def names_no_day(time: Span) -> bool:
    """A part of the day, a clock time or a length told with no day ("at dawn", "for
    several hours"): no other day than the one told with it."""
    return _no_day(time) or time.label_ == _DURATION


def _no_day(time: Span) -> bool:
    """A part of the day or a clock time told with no day ("in the late afternoon", "at
    about 2 p.m."; not "22 h, hier")."""
    return time.label_ in _NO_DAY and _DAY_AFTER_A_CLOCK not in time.text


def _no_place_of_its_own(cand: Candidate) -> bool:
    place = cand.place
    return place is None or place.source != "text" or place.span is None


def _only_a_country(cand: Candidate) -> bool:
    """Placed nowhere, or in a whole country ("in central Mali"): a later mention may say
    where."""
    return _no_place_of_its_own(cand) or (cand.place is not None and cand.place.label == "country")


def _same_event(
    a: Candidate, b: Candidate, keys: dict[int, str | None], areas: frozenset[str]
) -> bool:
    if a.kind is not b.kind or a.status is not b.status or a.kind is Kind.AGGREGATE:
        return False
    if a.kind is Kind.CEASEFIRE:
        # an article follows one truce, which it dates as it goes (agreed one day, in force
        # the next); a truce it names anew, on another day, is another ("A truce brokered by
        # Angola that took effect on March 7 last year collapsed")
        ka, kb = keys[id(a)], keys[id(b)]
        return ka is None or kb is None or ka == kb or definite(b.trigger)
    ta, tb = a.typing, b.typing
    if (ta.event_type, ta.sub_event_type, ta.plover) != (
        tb.event_type,
        tb.sub_event_type,
        tb.plover,
    ):
        return False
    ka, kb = keys[id(a)], keys[id(b)]
    if ka != kb and not _retold(b, a) and not _retold(a, b):
        return False
    if ka is None and abs(a.paragraph - b.paragraph) > _NEIGHBOURING:
        return False
    # (words no lexicon knows name no other author: "fighters on motorbikes")
    agents_a = {x.concept for x in a.with_role(Role.AGENT) if x.concept}
    agents_b = {x.concept for x in b.with_role(Role.AGENT) if x.concept}
    if agents_a and agents_b and not agents_a & agents_b:
        return False
    if ta.family == "diplomacy" and agents_a != agents_b:
        return False
    return _places_compatible(a, b, areas)


def _retold(again: Candidate, told: Candidate) -> bool:
    """Whether a definite noun with no date of its own (a length is none) names again the
    event told in an earlier sentence ("Hundreds protested in Niamey on Friday. The
    demonstration lasted several hours")."""
    trigger = again.trigger
    return (
        len(trigger) == 1
        and trigger.root.pos_ == "NOUN"
        and definite(trigger)
        # (not one dated by the deed it is told with: "the following day to protest the
        # killing")
        and not again.time_inherited
        and all(t.label_ == _DURATION for t in again.times)
        and told.sentence.start < again.sentence.start
    )


def _places_compatible(a: Candidate, b: Candidate, areas: frozenset[str]) -> bool:
    if a.place is None or b.place is None or a.place.span is None or b.place.span is None:
        return True
    if a.place.label != "toponym" or b.place.label != "toponym":
        return True  # "la ville" and "Alep" may well be one place
    if placed_in_area(a, areas) or placed_in_area(b, areas):
        return True  # "a village in the northwestern Sagaing region" and "Let Pan Hla village"
    return fold(a.place.span.text) == fold(b.place.span.text) or (
        a.place.relation != "in" or b.place.relation != "in"
    )


def placed_in_area(cand: Candidate, areas: frozenset[str]) -> bool:
    """Whether the event is placed in an administrative area by the word written with its
    name ("the Sagaing region", "the northeastern state of Borno": ``area_kinds`` in
    places.yaml), which holds the story's towns."""
    place = cand.place
    return (
        place is not None
        and place.span is not None
        and (
            written_with_kind(place.span, areas)
            or (
                place.context is not None
                and place.context.start == place.span.end
                and place.context.root.lemma_.lower() in areas
            )
        )
    )


def _richness(cand: Candidate) -> int:
    fields = (cand.place, cand.times, cand.fatalities, cand.size, cand.attribution_source)
    return 2 * len(cand.actors) + sum(1 for f in fields if f)


def combine(group: list[Candidate], areas: frozenset[str] = frozenset()) -> Candidate:
    """One candidate for mentions of one event: the richest leads, the others fill what it
    lacks and join its mentions; a town named in one says where in the area ``areas`` name
    another's place ("a village in the Sagaing region" ... "Let Pan Hla village")."""
    lead = max(group, key=_richness)
    for other in sorted(group, key=lambda c: c.trigger.start):
        if other is lead:
            continue
        lead.mentions.extend(m for m in other.mentions if m not in lead.mentions)
        # (a town of its own words, over the article's the lead took for want of one: "In
        # Maiduguri, residents said insurgents fired rockets into Konduga"; not a site in a
        # town, which the article's place may be: "a sit-in at the Technical High School in
        # Djougou")
        finer = (
            other.place is not None
            and other.place.label == "toponym"
            and (
                lead.place is None
                or lead.place.label != "toponym"
                or placed_in_area(lead, areas)
                or (
                    lead.place.source == _FOCUS_SOURCE
                    and other.place.source != _FOCUS_SOURCE
                    and other.place.reference is None
                )
            )
            and not placed_in_area(other, areas)
        )
        if lead.place is None or finer:
            lead.place = other.place or lead.place
        if not lead.times and other.times:
            lead.times, lead.time_inherited = other.times, other.time_inherited
        for name in (
            "fatalities",
            "injured",
            "arrested",
            "abducted",
            "size",
            "attribution_source",
            "attribution_cue",
        ):
            if getattr(lead, name) is None and getattr(other, name) is not None:
                setattr(lead, name, getattr(other, name))
        if not lead.breakdown:
            lead.breakdown = other.breakdown
        known = {(a.role, a.concept) for a in lead.actors}
        lead.actors.extend(a for a in other.actors if (a.role, a.concept) not in known)
    lead.mentions.sort(key=lambda m: m.start)
    return lead
