"""Event candidates under assembly (mutable, spaCy spans) and the per-Doc cue index."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.attrs import POS
from spacy.tokens import Doc, Span, Token

from wirewatch import docspec
from wirewatch.events.syntax import qualifies_a_noun, set_off_participle
from wirewatch.events.taxonomy import Typing
from wirewatch.types import Kind, Role, Status


@dataclass
class ActorArg:
    span: Span
    role: Role
    concept: str | None
    antecedent: Span | None = None
    implied: bool = False


@dataclass
class PlaceArg:
    span: Span | None
    label: str  # docspec.PLACE_LABELS
    relation: str = "in"
    context: Span | None = None
    reference: Span | None = None
    source: str = "text"
    area: Span | None = None  # the area another telling placed the event in (types.Place)


@dataclass
class Candidate:
    trigger: Span
    typing: Typing
    paragraph: int  # its rank among the body paragraphs (ArticleContext.paragraph_of)
    status: Status = Status.REPORTED
    status_cues: list[Span] = field(default_factory=list)
    actors: list[ActorArg] = field(default_factory=list)
    place: PlaceArg | None = None
    times: list[Span] = field(default_factory=list)
    time_inherited: bool = False
    fatalities: Span | None = None
    breakdown: list[Span] = field(default_factory=list)
    injured: Span | None = None
    arrested: Span | None = None
    abducted: Span | None = None
    size: Span | None = None
    attribution_source: Span | None = None
    attribution_cue: Span | None = None
    attribution_inherited: bool = False
    modifiers: list[Span] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    parts: list[Span] = field(default_factory=list)  # triggers an aggregate took in
    armed_dead: bool = False  # armed men among its dead (events/outcomes.py)
    agent_class: str | None = None  # the agent's class it was typed by (armed or not)

    @property
    def kind(self) -> Kind:
        return self.typing.kind

    _sentence: Span | None = None

    @property
    def sentence(self) -> Span:
        if self._sentence is None:
            self._sentence = self.trigger.sent  # computing .sent walks the Doc: do it once
        return self._sentence

    def with_role(self, role: Role) -> list[ActorArg]:
        return [a for a in self.actors if a.role is role]

    def says_who_someone_is(self, word: Token) -> bool:
        """Whether the word is told, below the trigger, in a participle's clause that
        qualifies a noun ("arrested two men charged with the murder of a trader", « a
        interpellé trois hommes soupçonnés d'avoir abattu un éleveur »): what someone is said
        to have done, not this event. Not a word of the trigger's own clause ("thieves armed
        with machetes killed and robbed a herder", its verb parsed as a modifier of
        "machetes"), nor a clause on the trigger's own noun, nor a relative clause, which may
        tell what came next ("arrested a man who was later executed"), nor a participle a
        comma sets off (« ... dans la région d'Al-Fashaga, faisant quatre morts »: what the
        event did)."""
        root = self.trigger.root
        qualifies = False
        for token in (word, *word.ancestors):
            if token.i == root.i:
                return qualifies
            qualifies = qualifies or (
                qualifies_a_noun(token, root, relative=False) and not set_off_participle(token)
            )
        return False

    def retarget(self, targets: list[ActorArg], keep_own: bool = True) -> None:
        """Make ``targets`` its targets: first, before its own (its own dropped when
        ``keep_own`` is false)."""
        own = self.with_role(Role.TARGET) if keep_own else []
        self.actors = [a for a in self.actors if a.role is not Role.TARGET] + targets + own

    def take_targets_of(self, other: Candidate) -> None:
        """Take the targets of ``other`` when it names no one it hit itself (none, or a
        word of no actor concept): "Policeman killed in attack on checkpoint", the attack
        hit the police."""
        if not any(t.concept for t in self.with_role(Role.TARGET)):
            self.retarget(other.with_role(Role.TARGET))


OUTCOME_FIELDS = ("fatalities", "injured", "abducted")  # a candidate's toll


def fill_toll(event: Candidate, source: Candidate) -> None:
    """The counts of killed, wounded and abducted ``event`` lacks, from ``source``."""
    for name in OUTCOME_FIELDS:
        if getattr(event, name) is None:
            setattr(event, name, getattr(source, name))


RIOTS = "Riots"  # ACLED's type of a crowd's violence
# The classes of ``Cues.actor_classes`` whose members bear arms: forces and armed groups.
ARMED_CLASSES = frozenset({"state", "nonstate"})
NONSTATE_CLASS = "nonstate"  # armed groups
UNNAMED_GROUP = "unidentified_armed_group"  # the concept of "gunmen", "the assailants"
CIVILIANS = "civilians"  # the concept of people who bear no arms
CIVILIAN_SITES = "civilian_sites"  # homes, shops, schools, vehicles: attacked, civilians hit
SETTLEMENTS = "settlements"  # villages and towns: where people live
# Places of people but no one themselves: « ont capturé la mairie / un village ».
PLACES_OF_PEOPLE = frozenset({"public_offices", SETTLEMENTS})
# The pseudo-concept of a bare count that stands for a noun said before it ("arrested 262
# suspected bandits, 30 injured and 1 killed"), until ``resolve_counts`` finds that noun.
BARE_COUNT = "count"
FORCE_CLASSES = frozenset({"state"})
# Armed groups: their violence near a protest is theirs, not the demonstrators' (an attack on
# a village that is then vandalized is no violent demonstration).
ARMED_GROUP_CLASSES = frozenset({"nonstate", "armed_communal"})
CIVILIAN_CLASS = "civilian"
# Deeds that tell an event's toll: people killed or wounded.
KILLING_CONCEPTS = frozenset({"killing"})
INJURY_CONCEPTS = frozenset({"wounding"})
OUTCOME_CONCEPTS = KILLING_CONCEPTS | INJURY_CONCEPTS


class Cues:
    """Token index -> cue label, for every cue span group, built once per Doc."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.negation = _by_token(doc, docspec.NEGATION)
        self.modality = _by_token(doc, docspec.MODALITY)
        self.aggregate = _by_token(doc, docspec.AGGREGATE)
        self.realisation = _by_token(doc, docspec.REALISATION)
        self.modifiers = _by_token(doc, docspec.MODIFIERS)
        self.triggers = _by_token(doc, docspec.TRIGGERS)
        self.modality_spans = list(doc.spans.get(docspec.MODALITY, ()))
        self.times = list(doc.spans.get(docspec.TIMES, ()))
        self.counts = list(doc.spans.get(docspec.COUNTS, ()))
        self.zero_counts = {span.start for span in doc.spans.get(docspec.ZERO_COUNTS, ())}
        self.breakdown = list(doc.spans.get(docspec.BREAKDOWN, ()))
        self.places = list(doc.spans.get(docspec.PLACES, ()))
        # a place's start -> the locative phrase written before it ("in the village of")
        self.place_cues = {span.end: span for span in doc.spans.get(docspec.PLACE_CUES, ())}
        self.actors = list(doc.spans.get(docspec.ACTORS, ()))
        self.actor_tokens = {i for span in self.actors for i in range(span.start, span.end)}
        self.attribution = list(doc.spans.get(docspec.ATTRIBUTION, ()))
        self.actor_classes: dict[str, str] = doc.user_data.get(docspec.ACTOR_CLASSES, {})
        self.pos = [doc.vocab.strings[p] for p in doc.to_array([POS]).tolist()]
        # actor mentions per sentence start, computed once (events/actors.py)
        self.mentions_by_sentence: dict[int, list[tuple[Span, str | None]]] = {}

    def in_sentence(self, spans: list[Span], sent: Span) -> list[Span]:
        return [s for s in spans if sent.start <= s.start and s.end <= sent.end]


def _by_token(doc: Doc, key: str) -> dict[int, Span]:
    return {i: span for span in doc.spans.get(key, ()) for i in range(span.start, span.end)}


def is_deadly(cand: Candidate, cues: Cues) -> bool:
    """Whether the event's toll counts someone dead ("leaving four people dead"; not "no
    one was killed", "no casualties")."""
    return cand.fatalities is not None and cand.fatalities.start not in cues.zero_counts


def crowd_fight(cand: Candidate) -> bool:
    """A crowd's fight told by a noun that implies its rioters ("heurts", "riots"): the
    sides it is set between are the crowd and whom it fought (``sides.two_sides``, ``actors``)."""
    return cand.typing.event_type == RIOTS and cand.typing.implied_actor1 is not None
