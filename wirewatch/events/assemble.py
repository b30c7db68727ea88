"""Doc -> event records: the one place the event stages are put together.

Triggers are assessed (heading, negation, modality), linked to their arguments, counts are
attached, running totals become aggregates, gaps are filled from the context the way a
reader fills them (the date of the preceding report, the article's focus place), mentions
of one event are merged, and every event is typed.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from wirewatch import docspec
from wirewatch.events.actors import link_actors
from wirewatch.events.arguments import (
    came_before,
    dated_in_its_clause,
    dated_in_its_phrase,
    dates_another_noun,
    link_times,
    told_as_what_came_before,
)
from wirewatch.events.attribution import link_attribution
from wirewatch.events.candidates import (
    ARMED_CLASSES,
    ARMED_GROUP_CLASSES,
    CIVILIAN_CLASS,
    CIVILIANS,
    FORCE_CLASSES,
    UNNAMED_GROUP,
    ActorArg,
    Candidate,
    Cues,
    PlaceArg,
    is_deadly,
)
from wirewatch.events.context import ArticleContext
from wirewatch.events.frames import frame_words, tolls_of_their_frames, without_result_verbs
from wirewatch.events.labels import deeds_under_their_label, is_label, labelled
from wirewatch.events.members import resolve_members
from wirewatch.events.mentions import actor_mentions
from wirewatch.events.merge import (
    authors_named_next,
    events_claimed,
    events_taken_up,
    merge_mentions,
    tolls_told_again,
    victims_told_again,
)
from wirewatch.events.outcomes import (
    abductions_ending_in_death,
    attacks_aimed_by_joined_deeds,
    attacks_by_the_dead,
    attacks_told_by_property,
    events_told_by_deeds,
    gunfire_in_fights,
    lootings_with_casualties,
    outcomes_of_attacks,
    shots_told_by_deeds,
    violence_takes_in_property,
)
from wirewatch.events.persons import names_a_person, unarmed
from wirewatch.events.placing import link_place
from wirewatch.events.protests import gatherings_broken_up_by_forces, protest_outcomes_of
from wirewatch.events.records import to_event, with_unique_ids
from wirewatch.events.references import (
    Focus,
    areas_of,
    article_focus,
    resolve_acronyms,
    resolve_counts,
    resolve_definites,
    resolve_descriptions,
    resolve_pronouns,
    spelt_out_groups,
    the_dead,
)
from wirewatch.events.repelled import attacks_met_by_arms
from wirewatch.events.retold import events_retold_next, towns_named_next
from wirewatch.events.sides import (
    drop_misread_authors,
    sides_named_before,
    split_by_agent,
    two_sides,
)
from wirewatch.events.status import assess
from wirewatch.events.struck_places import places_struck
from wirewatch.events.syntax import clause_head, noun_phrase, qualifies_a_noun, span_distance
from wirewatch.events.taxonomy import (
    armed_class,
    organised_class,
    refine,
    typing_of,
    victim_class,
)
from wirewatch.events.territory import captures_fought_for
from wirewatch.events.weapons import (
    attacks_named_by_their_weapon,
    devices_told_again,
    means_of_their_events,
    strikes_by_their_means,
    weapons_as_means,
)
from wirewatch.types import Event, Kind, Role, Status

_COUNT_REACH = 6
# The refinement an event told as an attempt takes (``refinements`` in taxonomy.yaml).
_ATTEMPT = "attempted"
_AGGREGATE_REACH = 3
_NOUN_CLAUSES = frozenset({"acl", "acl:relcl"})  # clauses that qualify a noun
_REALISATION_REACH = 2
_HARM_COUNTS = frozenset({"killed", "injured", "abducted"})  # counts of people harmed
_VICTIM_FIELDS = {
    "killed": "fatalities",
    "injured": "injured",
    "arrested": "arrested",
    "abducted": "abducted",
}
_INHERITS_TIME = frozenset({Status.REPORTED, Status.NEGATED, Status.ONGOING})
_PLACE_FROM_FOCUS = frozenset({"violence", "displacement", "protest", "strategic"})
# The concept of a person the text names by no actor word: a civilian, as ACLED codes them.
_PERSON_CONCEPT = CIVILIANS


def assemble_events(doc: Doc, ctx: ArticleContext, lang: str) -> list[Event]:
    """Every event the annotated Doc reports, as records."""
    places_struck(doc, ctx.known_place, lang)
    cues = Cues(doc)
    focus = article_focus(doc, cues, ctx, lang)
    aggregates, absorbed = _aggregates(doc, cues, ctx, focus)
    candidates = _trigger_candidates(doc, cues, ctx, absorbed, lang)
    candidates = sorted(candidates + aggregates, key=lambda c: c.trigger.start)
    _link(candidates, cues, focus, lang, ctx)
    candidates = [
        c
        for c in candidates
        if (not c.typing.needs_agent or _named_agent(c))
        and (not c.typing.needs_party or c.actors)
        and (not c.typing.needs_armed_agent or _armed_agent(c, cues.actor_classes))
    ]
    _attach_counts(candidates, cues, {id(c.fatalities) for c in aggregates})
    for cand in candidates:
        drop_misread_authors(cand, cues.actor_classes)
    candidates = [
        part
        for cand in candidates
        for part in split_by_agent(cand, cues.actor_classes)
        if cand.typing.family != "diplomacy" or _names_a_party(cand)
    ]  # who talked to whom?
    _inherit(candidates, focus, cues, lang)
    for cand in candidates:
        _finalise(cand, cues, lang)
    candidates = protest_outcomes_of(events_claimed(candidates, lang), cues, lang)
    candidates = gatherings_broken_up_by_forces(candidates, cues)
    candidates = strikes_by_their_means(weapons_as_means(candidates, lang), lang)
    candidates = attacks_named_by_their_weapon(candidates, lang)
    candidates = means_of_their_events(candidates, lang)
    before = [(c, _targets_as_they_are(c), c.fatalities) for c in candidates]
    candidates = devices_told_again(tolls_of_their_frames(candidates, lang))
    _typed_again_by_their_tolls(before, candidates, cues, lang)
    candidates = outcomes_of_attacks(abductions_ending_in_death(candidates, lang), lang)
    candidates = gunfire_in_fights(candidates, lang)
    candidates = attacks_by_the_dead(attacks_aimed_by_joined_deeds(candidates))
    candidates = violence_takes_in_property(candidates, lang)
    harms = [
        (count.start, ctx.paragraph_of(count.start_char))
        for count in cues.counts
        if count.label_ in _HARM_COUNTS and count.start not in cues.zero_counts
    ]
    candidates = shots_told_by_deeds(events_told_by_deeds(candidates, lang))
    candidates = attacks_told_by_property(candidates, harms, lang)
    candidates = lootings_with_casualties(candidates)
    candidates = attacks_met_by_arms(candidates, cues.actor_classes, lang)
    candidates = captures_fought_for(candidates, cues, lang)
    candidates = victims_told_again(events_taken_up(deeds_under_their_label(candidates), lang))
    candidates = tolls_told_again(candidates)
    authors_named_next(candidates)
    towns_named_next(candidates, lang)
    merged = merge_mentions(events_retold_next(candidates, lang), cues, lang)
    merged.sort(
        key=lambda c: (_told_in_passing(c, cues, lang), c.mentions[0].start, c.trigger.start)
    )
    return with_unique_ids([to_event(cand, ctx, lang) for cand in merged])


def _told_in_passing(cand: Candidate, cues: Cues, lang: str) -> bool:
    """Background to what the text tells outright, and told after it: what an editor's
    aside tells ("[killed in an ambush on July 6]"), an event dated in its own phrase
    ("expelled after the 2011 mutiny, organised a sit-in"), a clause that qualifies a noun
    with a date of its own ("the village chief, abducted on July 7, was executed"), what
    came before its sentence's event ("After police arrested students, protests were held")."""
    doc = cand.trigger.doc
    return (
        all(docspec.in_aside(doc, m.start) for m in cand.mentions)
        or dated_in_its_phrase(cand, cand.times)
        or dated_in_its_clause(cand, cand.times)
        # (an event told again in a sentence of its own is no background; one whose toll is
        # told in the same phrase is: "After a clash in which a soldier was killed, ...")
        or (
            all(m.sent.start == cand.sentence.start for m in cand.mentions)
            and told_as_what_came_before(cand, cues, lang)
        )
        or _what_someone_feels_about(cand, cues)
    )


def _what_someone_feels_about(cand: Candidate, cues: Cues) -> bool:
    """An event told inside an adjective qualifying a noun ("Traders angry over looting by
    soldiers protested", "des commerçants furieux du pillage"): how someone feels about it,
    not what the sentence tells; not past a clause of its own. (The French parser may hang
    the adjective's complement on the people's noun: "commerçants furieux du pillage".)"""
    root = cand.trigger.root
    if (
        root.dep_ == "nmod"
        and root.head.i in cues.actor_tokens
        and any(
            c.dep_ == "amod" and c.pos_ == "ADJ" and root.head.i < c.i < root.i
            for c in root.head.children
        )
    ):
        return True
    for token in root.ancestors:
        if token.pos_ == "ADJ" and token.dep_ == "amod":
            return True
        if token.pos_ in ("VERB", "AUX") or token.dep_ in ("ROOT", "acl:relcl"):
            return False
    return False


def _named_agent(cand: Candidate) -> bool:
    """Told in the active voice, words naming who did it to whom: an actor word or a name
    as the author ("herders wounded three passersby"), not an event ("wounded by the
    explosion of an IED"), and a direct object ("two soldiers were wounded", "1 gendarme
    wounded": the victims, whoever the clause before names)."""
    return any(c.dep_ == "obj" for c in cand.trigger.root.children) and any(
        a.concept is not None or a.span.root.pos_ == "PROPN" for a in cand.with_role(Role.AGENT)
    )


def _armed_agent(cand: Candidate, classes: dict[str, str]) -> bool:
    """An author of the armed classes, by the arms its members bear (``victim_class``):
    forces or an armed group ("JNIM has set up a base"; not "Refugees set up camps", "The
    UNHCR set up camps", "The government set up a new camp for displaced people")."""
    return any(
        victim_class(a.concept, classes) in ARMED_CLASSES for a in cand.with_role(Role.AGENT)
    )


def _names_a_party(cand: Candidate) -> bool:
    """A diplomatic event needs a party the text names: an actor word, a person, an
    organisation, a country or a pronoun for one ("Il a demandé"), not just any noun
    ("la demande des services", "Ce projet a demandé un travail")."""
    return any(
        actor.concept is not None or any(t.pos_ == "PROPN" or t.ent_type_ for t in actor.span)
        for actor in cand.actors
    )


def _trigger_candidates(
    doc: Doc, cues: Cues, ctx: ArticleContext, absorbed: set[int], lang: str
) -> list[Candidate]:
    found: list[Candidate] = []
    for trigger in doc.spans.get(docspec.TRIGGERS, ()):
        if trigger.start in absorbed:
            continue
        paragraph = ctx.paragraph_of(trigger.start_char)
        verdict = assess(trigger, cues, in_heading=paragraph is None, lang=lang)
        if verdict.status is None or paragraph is None:
            continue
        typing = typing_of(trigger.label_)
        if typing.needs_realisation and not (_realised(trigger, cues) or is_label(trigger)):
            continue  # "discuter du cessez-le-feu": a truce talked about, not one concluded
        found.append(
            Candidate(trigger, typing, paragraph, verdict.status, verdict.cues, mentions=[trigger])
        )
    return without_result_verbs(found, frame_words(lang), lang)


def _realised(trigger: Span, cues: Cues) -> bool:
    root = trigger.root
    near = [root.head, *root.children, *root.head.children]
    if any(t.i in cues.realisation for t in near):
        return True
    return any(
        t.label_ in ("date", "since") and span_distance(t, root) <= _REALISATION_REACH
        for t in cues.in_sentence(cues.times, trigger.sent)
    )


def _aggregates(
    doc: Doc, cues: Cues, ctx: ArticleContext, focus: Focus
) -> tuple[list[Candidate], set[int]]:
    """Victim counts that a running-total cue governs ("depuis le 22 avril, plus de 246
    civils ont péri dans les bombardements"); the triggers in their clause are taken in."""
    found: list[Candidate] = []
    absorbed: set[int] = set()
    since_times = [t for t in cues.times if t.label_ == "since"]
    # "bilan" alone is the toll of one attack as often as a running total: only "depuis" and
    # "au total" make a count an aggregate.
    agg_cues = [doc[i : i + 1] for i, s in cues.aggregate.items() if s.label_ in ("since", "total")]
    for count in cues.counts:
        if count.label_ not in ("killed", "injured") or not _many(count):
            continue
        paragraph = ctx.paragraph_of(count.start_char)
        if paragraph is None:
            continue
        clause = clause_head(count.root)
        near = [
            c
            for c in (*since_times, *agg_cues)
            if c.sent.start == count.sent.start
            and (
                clause_head(c.root).i == clause.i
                or (
                    span_distance(c, count) <= _AGGREGATE_REACH
                    and clause_head(c.root).dep_ not in _NOUN_CLAUSES
                )
            )
        ]  # (not a relative clause's: "killed in Save, where demonstrators had blocked the
        # road since Monday" is no running total)
        if not near:
            continue
        verdict = assess(count, cues, in_heading=False)
        if verdict.status is None:
            continue
        cand = Candidate(
            count,
            typing_of("toll"),
            paragraph,
            Status.REPORTED,
            mentions=[count],
            fatalities=count if count.label_ == "killed" else None,
            injured=count if count.label_ == "injured" else None,
        )
        cand.times = [t for t in near if t in since_times]
        for trigger in cues.in_sentence(list(doc.spans.get(docspec.TRIGGERS, ())), count.sent):
            if clause_head(trigger.root).i == clause.i or span_distance(trigger, count) <= 3:
                cand.parts.append(trigger)
                absorbed.add(trigger.start)
        if _country_scope(clause, cues) and focus.country is not None:
            cand.place = PlaceArg(focus.country, "country", "country_scope", source="article_focus")
        found.append(cand)
    return found, absorbed


def _many(count: Span) -> bool:
    """Whether a count may be more than one person: a number or a plural in it (not "le
    corps d'un commerçant porté disparu depuis deux jours", one dead, no running total)."""
    return any(t.like_num or t.pos_ == "NUM" or "Plur" in t.morph.get("Number", []) for t in count)


def _country_scope(clause: Token, cues: Cues) -> bool:
    """ "une guerre qui a fait ...", "le conflit a fait ...": a toll over a whole country."""
    scoped = [
        t
        for t in (clause.head, *clause.children)
        if t.i in cues.aggregate and cues.aggregate[t.i].label_ == "country_scope"
    ]
    return bool(scoped)


def _link(cands: list[Candidate], cues: Cues, focus: Focus, lang: str, ctx: ArticleContext) -> None:
    claimed = _claimed_times(cands, cues)
    dateline = set()
    if ctx.dateline_place is not None:
        start, end = ctx.dateline_place
        dateline = {s.start for s in cues.places if start <= s.start_char < end}
    history: list[Candidate] = []
    groups = spelt_out_groups(cues)
    # a coder's label ("Agreement: ...") is no one, whatever the parser makes of it
    labels = {
        i for c in cands if is_label(c.trigger) for i in range(c.trigger.start, c.trigger.end)
    }
    for cand in cands:
        link_attribution(cand, cues, lang)
        source = cand.attribution_source
        excluded = set(range(source.start, source.end)) if source is not None else set()
        excluded |= labels
        mentions = actor_mentions(cand.sentence, cues, lang)
        link_actors(cand, mentions, lang, excluded)
        two_sides(cand, mentions, lang, cues.actor_classes)
        if cand.kind is Kind.CEASEFIRE:
            _link_sponsors(cand, mentions, cues, excluded)
        for part in cand.parts:  # an aggregate's actors are those of the triggers it took in
            probe = Candidate(part, typing_of(part.label_), cand.paragraph)
            link_actors(probe, mentions, lang, excluded)
            cand.actors.extend(a for a in probe.actors if a.role is Role.AGENT)
        resolve_pronouns(cand, history, cues)
        sides_named_before(cand, history)
        resolve_counts(cand, mentions, cues)
        resolve_definites(cand, cues)
        resolve_descriptions(cand, cues, lang)
        resolve_members(cand, cues, lang)
        resolve_acronyms(cand, groups)
        used = set(excluded)
        for actor in cand.actors:
            used.update(range(actor.span.start, actor.span.end))
        if cand.place is None:
            link_place(cand, cues, focus, lang, used, dateline, ctx.known_place)
        if not cand.times:
            link_times(cand, cues, claimed, lang)
        cand.modifiers = [
            m
            for m in cues.in_sentence(list(cues.modifiers.values()), cand.sentence)
            if _modifies(m, cand)
        ]
        history.append(cand)


def _modifies(modifier: Span, cand: Candidate) -> bool:
    """A modifier refines the trigger it depends on, stands next to ("frappes aériennes") or
    holds ("warning shots"), or the trigger's agent ("armed farmers", "farmers equipped with
    firearms attacked")."""
    trigger = cand.trigger
    if (
        modifier.root.head.i == trigger.root.i
        or trigger.start <= modifier.start <= trigger.end + 1
        or modifier.start <= trigger.start < modifier.end
        or _subject_of_its_verb(modifier.root, trigger.root)
    ):
        return True
    agents = {i for a in cand.with_role(Role.AGENT) for i in range(a.span.start, a.span.end)}
    head = modifier.root
    for _ in range(_MODIFIER_REACH):
        if head.head.i == head.i or head.pos_ not in _MODIFIER_PATH:
            return False
        head = head.head
        # under the agent, or under a verb the agent is the subject of (the parser reads
        # "farmers equipped with firearms attacked" as "farmers equipped ... [and] attacked")
        if head.i in agents or any(c.i in agents and c.dep_ == "nsubj" for c in head.children):
            return True
    return False


def _subject_of_its_verb(word: Token, trigger: Token) -> bool:
    """ "A fighter jet dropped two bombs", "un drone a largué des explosifs": the subject of
    the verb whose object the trigger is."""
    return (
        word.dep_ == "nsubj"
        and trigger.dep_ == "obj"
        and word.head.i == trigger.head.i
        and word.head.i != word.i
    )


# How far up the parse a modifier may hang under the trigger's agent ("farmers equipped with
# firearms": firearms -> equipped -> farmers), through which words.
_MODIFIER_REACH = 3
_MODIFIER_PATH = frozenset({"VERB", "ADP", "NOUN", "ADJ"})


def _link_sponsors(
    cand: Candidate, mentions: list[tuple[Span, str | None]], cues: Cues, excluded: set[int]
) -> None:
    """ "Initiée par Washington et Moscou, cette trêve ...": the agents of the verbs that made
    the truce happen are its sponsors, not its parties."""
    for span, concept in mentions:
        token = span.root
        if span.start in excluded or (
            token.dep_ != "obl:agent"
            and not (token.dep_ == "conj" and token.head.dep_ == "obl:agent")
        ):
            continue
        verb = token.head if token.dep_ == "obl:agent" else token.head.head
        if verb.i in cues.realisation:
            # (the sponsor is no party: "The truce, brokered by the ICRC")
            cand.actors = [a for a in cand.actors if a.span.root.i != token.i]
            cand.actors.append(ActorArg(span, Role.SPONSOR, concept))


def _claimed_times(cands: list[Candidate], cues: Cues) -> dict[int, int]:
    """Each time expression belongs to the trigger nearest to it in the tree."""
    claimed: dict[int, int] = {}
    for time in cues.times:
        near = [
            (span_distance(time, c.trigger), c.trigger.root.i)
            for c in cands
            if c.sentence.start == time.sent.start
        ]
        if near:
            claimed[time.start] = min(near)[1]
    return claimed


def _attach_counts(cands: list[Candidate], cues: Cues, taken: set[int]) -> None:
    """Victim counts go to the nearest event in their sentence; a count of the trigger
    itself ("une trentaine de raids") is the event's size; "dont deux enfants" breaks down
    the count before it."""
    for count in cues.counts:
        if id(count) in taken or any(c.fatalities is count for c in cands):
            continue
        same = [c for c in cands if c.sentence.start == count.sent.start]
        own = next((c for c in same if count.start <= c.trigger.root.i < count.end), None)
        if own is not None:
            own.size = own.size or count
            continue
        field = _VICTIM_FIELDS.get(count.label_)
        if field is None and count.label_ in ("displaced", "people"):
            same = [c for c in same if c.kind is Kind.DISPLACEMENT]
            field = "size"
        if field in ("fatalities", "injured"):
            # "a man travelling aboard a motorbike was killed": a toll is no visit's
            same = [c for c in same if c.typing.family != "diplomacy"]
        # (not an event the victims' verb tells, below it, what someone is said to have
        # done: "arrested two men accused of killing a trader" killed no one)
        verb = count.root.head
        if verb.pos_ == "VERB":
            same = [c for c in same if not c.says_who_someone_is(verb)]
        if field is None or not same:
            continue
        # the verb the victims are the object or subject of is theirs, whatever is nearer
        # ("Un homme recherché pour meurtre a été abattu": not the murder he is wanted for)
        # (or the predicate that completes it: "five were found executed"; or the count's
        # own participle: "Twelve killed, 20 abducted in Katsina", "Twelve" the subject of
        # "abducted" to the parser)
        own_verb = [
            c
            for c in same
            if c.trigger.root.i == verb.i
            or (
                count.root.dep_ == "nsubj:pass"
                and c.trigger.root.dep_ == "xcomp"
                and c.trigger.root.head.i == verb.i
            )
            or (c.trigger.root.dep_ == "acl" and c.trigger.root.head.i == count.root.i)
        ]
        distance, cand = min(
            ((span_distance(count, c.trigger), c) for c in own_verb or same),
            key=lambda pair: pair[0],
        )
        if field == "fatalities" and _attempted(cand) and count.root.head.i == cand.trigger.root.i:
            continue  # "attempted to assassinate a councilman": he lived
        if distance <= _COUNT_REACH and getattr(cand, field) is None:
            setattr(cand, field, count)
    for part in cues.breakdown:
        owners = [
            c
            for c in cands
            if c.fatalities is not None
            and c.fatalities.sent.start == part.sent.start
            and c.fatalities.end <= part.start
        ]
        if owners:
            max(owners, key=lambda c: c.fatalities.end if c.fatalities else 0).breakdown.append(
                part
            )


def _about_its_actor(told: Candidate, cand: Candidate) -> bool:
    """ "Gorane Dicko, relative of Harouna Dicko - killed in March - was neutralised": an
    event told in a clause qualifying a noun of the candidate's own clause says who one of
    its actors is; its date is not the candidate's."""
    root, own = told.trigger.root, cand.trigger.root
    return qualifies_a_noun(root, own, relative=True) and clause_head(own) in root.head.ancestors


def _attempted(cand: Candidate) -> bool:
    """An event told as an attempt ("attempted to assassinate", "a tenté d'enlever"): the
    verb of the attempt governs the trigger itself."""
    root = cand.trigger.root
    return root.dep_ == "xcomp" and any(
        cue.label_ == "attempted" and cue.start <= root.head.i < cue.end for cue in cand.status_cues
    )


def _inherit(cands: list[Candidate], focus: Focus, cues: Cues, lang: str) -> None:
    """Fill what a reader takes from context: the date and source of the report just
    before (same or previous paragraph, same family), the article's focus place."""
    for i, cand in enumerate(cands):
        before = [
            c
            for c in cands[:i]
            if 0 <= cand.paragraph - c.paragraph <= 1
            and c.typing.family == cand.typing.family
            and c.kind is not Kind.AGGREGATE
        ]
        if not cand.times and cand.status in _INHERITS_TIME:
            source = next(
                (
                    c
                    for c in reversed(before)
                    if c.times
                    and not _about_its_actor(c, cand)
                    and not came_before(c, cand, cues, lang)
                ),
                None,
            )
            if source is not None and not all(dates_another_noun(t, cand) for t in source.times):
                cand.times, cand.time_inherited = list(source.times), True
        if cand.attribution_inherited and cand.attribution_source is None:
            earlier = [
                c
                for c in cands[:i]
                if c.paragraph == cand.paragraph - 1 and c.attribution_source is not None
            ]
            if earlier:
                cand.attribution_source = earlier[-1].attribution_source
                cand.attribution_cue = earlier[-1].attribution_cue
            else:
                cand.attribution_inherited = False
        if cand.place is None:
            if cand.kind is Kind.CEASEFIRE and focus.country is not None:
                cand.place = PlaceArg(focus.country, "country", source="article_focus")
            elif focus.place is not None and (
                cand.typing.family in _PLACE_FROM_FOCUS or cand.kind is Kind.AGGREGATE
            ):
                areas = areas_of(focus.place, lang)
                context, reference = areas if areas is not None else (None, None)
                cand.place = PlaceArg(
                    focus.place, "toponym", "in", context, reference, source="article_focus"
                )
            elif focus.country is not None and cand.typing.family in _PLACE_FROM_FOCUS:
                # "Pirates seized a tanker off the coast of the West African country of Benin":
                # no town named, the country the story is about
                cand.place = PlaceArg(focus.country, "country", source="article_focus")


def _governs(cand: Candidate, time: Span) -> bool:
    """ "bombardé depuis plusieurs jours": the since-phrase hangs on the trigger's clause (not
    on a noun elsewhere: "une première depuis plusieurs mois")."""
    head = time.root.head
    root = cand.trigger.root
    own = (root.i, clause_head(root).i)
    return head.i in own or (root.dep_ == "nsubj" and head.i == root.head.i)


def _armed_dead_first(cand: Candidate, dead: Span) -> None:
    """Armed men among the dead of an attack on a place, or of one that names neither side,
    are the fight's other side (ACLED's actor2), before the place ("attacked the village of
    Doffi and killed three people described as Koglweogo militiamen", "Six Dozo hunters were
    killed in an attack near Mopti"); the attackers' own dead are not."""
    if any(a.concept == dead.label_ for a in cand.with_role(Role.AGENT)):
        return
    others = [a for a in cand.actors if a.role is not Role.AGENT]
    cand.actors = [*cand.with_role(Role.AGENT), ActorArg(dead, Role.TARGET, dead.label_), *others]


def _no_actor_word(actor: ActorArg, cues: Cues) -> bool:
    """A side named by no actor word at all ("two families", "partisans of two parties")."""
    span = noun_phrase(actor.span.root)
    return actor.concept is None and not any(
        a.start < span.end and span.start < a.end for a in cues.actors
    )


def _targets_as_they_are(cand: Candidate) -> list[tuple[Span, str | None]]:
    """The candidate's targets as they are now (a target changed in place later differs)."""
    return [(a.span, a.concept) for a in cand.with_role(Role.TARGET)]


def _typed_again_by_their_tolls(
    before: list[tuple[Candidate, list[tuple[Span, str | None]], Span | None]],
    kept: list[Candidate],
    cues: Cues,
    lang: str,
) -> None:
    """A frame typed before it took the toll or the targets told inside it is typed again
    by them (« Dix civils ont été tués lors d'une attaque »: an attack on civilians, not a
    battle). ``before``: each candidate with its targets and toll as they were."""
    left = {id(c) for c in kept}
    for cand, targets, dead in before:
        if id(cand) in left and (targets, dead) != (_targets_as_they_are(cand), cand.fatalities):
            _finalise(cand, cues, lang)


def _finalise(cand: Candidate, cues: Cues, lang: str) -> None:
    """Type the event (modifiers, actor classes), make a refused request a REJECT, and mark
    a campaign "depuis le 22 avril" as ongoing."""
    classes = cues.actor_classes
    agents = cand.with_role(Role.AGENT)
    targets = cand.with_role(Role.TARGET)
    concept = cand.typing.concept
    target_class = victim_class(targets[0].concept, classes, concept) if targets else None
    if targets and targets[0].concept is None and names_a_person(targets[0].span.root, lang):
        # "shot dead an economic operator": a civilian
        person = replace(targets[0], concept=_PERSON_CONCEPT)
        cand.actors = [person if a is targets[0] else a for a in cand.actors]
        targets = [person, *targets[1:]]
        target_class = classes.get(_PERSON_CONCEPT)
    if targets and target_class is None:
        # "conducted an operation against JNIM militants", "opened fire on forest guards":
        # who the object was aimed at is the target
        through = [t for t in targets if targets[0].span.root in t.span.root.ancestors]
        target_class = victim_class(through[0].concept, classes) if through else None
    armed_dead = None
    if cand.fatalities is not None:
        # "ont attaqué le village de Kuru, tuant 14 habitants": the victims say who was hit;
        # armed men among the dead make it a fight, whatever was attacked ("attacked the
        # village and killed a volunteer fighter")
        # (the authors' own dead are none of the hit: « cinq morts parmi les assaillants »,
        # the attackers unnamed or armed men: "Des jihadistes ont attaqué ..., faisant cinq
        # morts parmi les assaillants")
        authors = {a.concept for a in agents}
        if not agents or any(classes.get(c or "") in ARMED_GROUP_CLASSES for c in authors):
            authors.add(UNNAMED_GROUP)
        victims = the_dead(cand.fatalities, cand.breakdown, cues, lang, frozenset(authors))
        dead_class = victim_class(victims[0].label_, classes) if victims else None
        if (
            dead_class in ARMED_GROUP_CLASSES | FORCE_CLASSES
            and target_class not in ARMED_GROUP_CLASSES | FORCE_CLASSES
        ):
            armed_dead = victims[0]
        if target_class is None or dead_class in ARMED_GROUP_CLASSES | FORCE_CLASSES:
            target_class = dead_class or target_class
    hit = [a.span for a in targets[:1]] + ([cand.fatalities] if cand.fatalities else [])
    if target_class in ARMED_GROUP_CLASSES | FORCE_CLASSES and any(unarmed(s, lang) for s in hit):
        target_class = CIVILIAN_CLASS  # "an off-duty policeman", "a retired gendarme"
    # (an attack no one is named to have made or suffered: its armed dead are the side it
    # hit, "Six Dozo hunters were killed in an attack near Mopti")
    if (
        armed_dead is not None
        and (targets or not agents)
        and target_class in ARMED_GROUP_CLASSES | FORCE_CLASSES
    ):
        _armed_dead_first(cand, armed_dead)
    modifiers = {m.label_ for m in cand.modifiers}
    if _attempted(cand):
        modifiers.add(_ATTEMPT)  # "attempted to abduct a civilian": an attack on him
    own_class = classes.get(agents[0].concept or "") if agents else None
    deadly = is_deadly(cand, cues)
    if (
        cand.typing.mutual
        and agents
        and _no_actor_word(agents[0], cues)
        and not deadly
        and target_class not in ARMED_GROUP_CLASSES | FORCE_CLASSES
    ):
        own_class = CIVILIAN_CLASS  # "Sunni and Tijani Muslims clashed": a brawl
    agent_class = armed_class(
        own_class,
        modifiers,
        targets[0].concept if targets else None,
        cand.typing.concept,
        deadly,
    )
    aimed = bool(targets) or cand.fatalities is not None or cand.injured is not None
    refined = refine(cand.typing, modifiers, agent_class, target_class, aimed)
    if refined.event_type != cand.typing.event_type and labelled(cand.trigger):
        # "Property destruction: farmers destroyed a cotton field": the label is the coder's
        # typing, so the farmers are an organised group, not a crowd whose deed is a riot
        agent_class = organised_class(agent_class)
        refined = refine(cand.typing, modifiers, agent_class, target_class, aimed)
    if refined.as_label and is_label(cand.trigger):
        refined = refined.refined(dict(refined.as_label))  # "Displacement: ..." in a note
    cand.agent_class = agent_class
    cand.typing = refined
    if cand.status is Status.NEGATED and cand.typing.negated_as:
        cand.typing = replace(cand.typing, plover=cand.typing.negated_as)
        cand.status = Status.REPORTED
    if (
        cand.status is Status.REPORTED
        and cand.kind is not Kind.AGGREGATE
        and not cand.time_inherited
        and any(t.label_ == "since" and _governs(cand, t) for t in cand.times)
    ):
        cand.status = Status.ONGOING
