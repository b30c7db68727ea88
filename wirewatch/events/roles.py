"""The role a mention plays in the event of a trigger it hangs on: agent, target or
recipient, read from the dependency parse and the case marks of resources/<lang>/roles.yaml
("par le régime", "clashed with volunteer fighters", "an incursion into the village").
events/actors.py finds the mentions and links them."""

from __future__ import annotations

from spacy.tokens import Token

from wirewatch import docspec
from wirewatch.events.candidates import (
    KILLING_CONCEPTS,
    OUTCOME_CONCEPTS,
    Candidate,
    crowd_fight,
)
from wirewatch.events.noun_roles import names_an_event
from wirewatch.events.pairs import aimed_through
from wirewatch.events.subjects import (
    SUBJECTS,
    antecedent,
    bare_participle,
    befalls_its_noun,
    headline_subject,
)
from wirewatch.events.syntax import (
    object_controlled,
    opens_a_phrase_of,
    prepositions,
    swallowed_subject,
    tree_distance,
)
from wirewatch.types import Role

_NONE: frozenset[str] = frozenset()


def _recipient_as_target(verb: str, cases: dict[str, frozenset[str]]) -> frozenset[str]:
    """The recipient's marks when the support verb takes its event's target with them."""
    return cases["recipient"] if verb in cases.get("target_support_verbs", _NONE) else _NONE


def role_of(
    a: Token,
    root: Token,
    np_head: Token,
    cand: Candidate,
    cases: dict[str, frozenset[str]],
    undergoes: bool = False,
) -> Role | None:
    """The role the mention ``a`` plays in the candidate's event, by how it hangs on the
    trigger's ``root`` (or on ``np_head``, the noun phrase a nominal trigger heads): the
    subject of an active verb and an agent's mark are its agent, the object its target (its
    recipient in diplomacy), the other side of a fight its target; ``undergoes`` when the
    verb's subject suffers it ("a soldier died"). None: no actor of it."""
    marks = prepositions(a)
    dep = a.dep_
    diplomacy = cand.typing.family == "diplomacy"
    verbal = root.pos_ in ("VERB", "AUX")
    # (a verb that is another's subject is the noun of its deed, whose sides the verb holds:
    # "Fighting continued between soldiers and police")
    named = not verbal or root.dep_ in SUBJECTS
    genitive = Role.AGENT if cand.typing.genitive == "agent" else Role.TARGET
    # (a mention on another word of the trigger is on the trigger: "opened fire against a
    # military patrol")
    on_trigger = a.head.i == root.i or (
        bool(marks & cases["target"]) and cand.trigger.start <= a.head.i < cand.trigger.end
    )  # ("des frappes de drones de l'armée malienne": the genitive on the means the trigger
    # ends with; not "un vol de bétail des éleveurs", "took control of the village")
    on_trigger |= (
        not verbal
        and bool(marks & cases["genitive"])
        and a.head.i == cand.trigger.end - 1 > root.i
        and any(m.start == a.head.i for m in a.doc.spans.get(docspec.MODIFIERS, ()))
    )
    # (or on the town the parser hung a passive's agent on: "ont été arrêtés lundi à Kaya
    # par la gendarmerie")
    on_trigger |= (
        verbal
        and bool(marks & cases["agent"])
        and a.head.pos_ == "PROPN"
        and a.head.dep_.startswith("obl")
        and a.head.head.i == root.i
        and any(c.dep_ == "aux:pass" for c in root.children)
    )
    # "Police arrested five men and gunmen killed two villagers": the parser joins the
    # second verb's own subject to the first verb's object; it is that verb's agent, and
    # none of the first's
    if verbal and a.i == swallowed_subject(root):
        return Role.AGENT
    if verbal and any(a.i == swallowed_subject(c) for c in root.children if c.dep_ == "conj"):
        return None
    if on_trigger and a.i != root.i:
        # "soldiers found the bodies of three civilians", "les corps ont été retrouvés par des
        # soldats": who found the dead did not kill them
        finder = cand.typing.concept in KILLING_CONCEPTS and root.lemma_.lower() in cases.get(
            "finder_verbs", _NONE
        )
        if verbal and dep in SUBJECTS:
            if finder:
                return None
            # (a headline's toll, read as active: "Policeman killed in attack on checkpoint")
            told = cand.typing.concept in OUTCOME_CONCEPTS and headline_subject(a)
            return Role.TARGET if undergoes or told else Role.AGENT
        if dep == "nsubj:pass":
            # (a participle with no auxiliary at all is a passive: "Village chief abducted by
            # militants"; with one of tense it is not: "des jihadistes ont exécuté")
            passive = any(c.dep_ == "aux:pass" for c in root.children)
            if cand.typing.moved and verbal:
                return Role.AGENT  # the forces deployed are who moved
            return Role.TARGET if passive or bare_participle(root) or not verbal else Role.AGENT
        # (not "tués par balles", "clashed with machetes": how, not who)
        means = a.pos_ == "NOUN" and a.lemma_.lower() in cases.get("means_nouns", ())
        if dep == "obl:agent" or marks & cases["agent"]:
            return None if means or finder else Role.AGENT
        if dep == "iobj":
            return Role.RECIPIENT
        if dep == "obj":
            return Role.RECIPIENT if diplomacy else Role.TARGET
        if diplomacy and marks & cases["recipient"]:
            return Role.RECIPIENT
        if cand.typing.mutual and marks & cases["recipient"]:
            # "clashed with volunteer fighters": the other side
            return None if means else Role.TARGET
        if crowd_fight(cand) and named and marks & cases.get("side_marks", _NONE):
            return Role.TARGET  # "des heurts entre manifestants et forces de l'ordre": a side
        if marks & cases["target"] or any(
            c.dep_ == "case" and cand.trigger.start <= c.i < cand.trigger.end for c in a.children
        ):
            return Role.TARGET  # (or by the trigger's own last word: "set fire to a school")
        if not verbal and marks & cases["genitive"]:
            return genitive
        return None
    if verbal and root.dep_ == "acl:relcl" and a.i == antecedent(root).i:
        # "des manifestants qui ont incendié un commissariat", "the civilians who were
        # killed": the antecedent of the clause's relative subject is its verb's actor
        pronoun = next(
            (
                c
                for c in root.children
                if c.dep_ in ("nsubj", "nsubj:pass")
                and c.lower_ in cases.get("relative_pronouns", _NONE)
            ),
            None,
        )
        if pronoun is not None:
            passive = pronoun.dep_ == "nsubj:pass" or undergoes
            return Role.TARGET if passive and not cand.typing.moved else Role.AGENT
    if verbal and a.i == root.head.i and not cand.typing.moved and befalls_its_noun(root):
        return Role.TARGET  # "Village chief killed in Djibo"
    head = a.head
    # "des bombardements menés par le régime": the agent of a participle on the trigger.
    if (
        head.dep_ in ("acl", "amod")
        and head.head.i == root.i
        and (dep == "obl:agent" or marks & cases["agent"] or marks & cases["genitive"])
    ):
        return Role.AGENT
    # "tué par une balle tirée par un policier": the agent of the participle on its means
    if (
        head.dep_ == "acl"
        and head.head.head.i == root.i
        and head.head.lemma_.lower() in cases.get("means_nouns", ())
        and (dep == "obl:agent" or marks & cases["agent"])
    ):
        return Role.AGENT
    # "airstrikes targeting JNIM militants": aimed at through a targeting participle on it
    if head.dep_ == "acl" and aimed_through(a, root, cases):
        return Role.TARGET
    # "une trentaine de raids du régime"
    if head.i == np_head.i and np_head.i != root.i and marks & cases["genitive"]:
        return genitive
    # "des combats ont opposé des rebelles à l'armée": the verb a fight's noun is the subject
    # of sets its sides against each other (``side_verbs``), the first its object (the other
    # may hang on it: "ont opposé des manifestants aux forces de l'ordre")
    pits = np_head.head if np_head.dep_ == "nsubj" else None  # (a gerund: "fighting pitted")
    if pits is not None and pits.lemma_.lower() in cases.get("side_verbs", frozenset()):
        if head.i == pits.i and dep == "obj":
            return Role.AGENT
        if marks & (cases["recipient"] | cases["target"]) and (
            head.i == pits.i or (head.dep_ == "obj" and head.head.i == pits.i)
        ):
            return Role.TARGET
    # "des raids ... ont touché les quartiers rebelles": the trigger is a support verb's subject
    if (
        not verbal
        and np_head.dep_ in ("nsubj", "nsubj:pass")
        and head.i == np_head.head.i
        and dep == "obj"
    ):
        return Role.TARGET
    # "clashes broke out between students and police", "clashes were reported between ...",
    # "fighting that erupted between two families": the verb a fight's noun is the subject
    # of holds its sides
    if (
        named
        and cand.typing.mutual
        and (
            (np_head.dep_ in ("nsubj", "nsubj:pass") and head.i == np_head.head.i)
            or (head.dep_ == "acl:relcl" and head.head.i == np_head.i)
        )
        and marks & cases.get("side_marks", frozenset())
    ):
        return Role.TARGET
    # "made an incursion into the village", "ont tendu une embuscade à un convoi": the
    # support verb carries the noun's target
    support = head.lemma_.lower()
    if (
        not verbal
        and np_head.dep_ == "obj"
        and head.i == np_head.head.i
        and support in cases["support_verbs"]
        and marks & (cases["target"] | _recipient_as_target(support, cases))
    ):
        return Role.TARGET
    # "slit the throats of two people": the people the trigger's own object belongs to
    if (
        verbal
        and head.dep_ == "obj"
        and head.head.i == root.i
        and cand.trigger.start <= head.i < cand.trigger.end
        and marks & cases["genitive"]
    ):
        return Role.TARGET
    # "assaulted and wounded a teacher": coordinated verbs share the object after them, and
    # "shot and slit the throats of two people" the people the object belongs to
    owned = (
        head.dep_ == "obj" and bool(marks & cases["genitive"]) and cand.typing.family == "violence"
    )
    joined = head.head if owned else head
    if (
        verbal
        and (dep == "obj" or owned)
        and joined.dep_ == "conj"
        and joined.head.i == root.i
        and joined.pos_ == "VERB"
        and not any(c.dep_ == "obj" for c in root.children)
        and not names_an_event(a)  # not "attacked and opened fire at the market"
    ):
        return Role.TARGET
    # "M. Kerry est attendu à Genève pour discuter ...": the governing verb's subject (what
    # a passive befell is no author of a verb with a subject of its own: "six soldiers were
    # killed ..., the device was planted by JNIM"); a participle joined to a passive shares
    # its voice: "one man was removed from the bus and executed", "an individual was found
    # executed" (he was executed)
    own = {c.dep_ for c in root.children}
    if (
        verbal
        and root.dep_ in ("xcomp", "advcl", "conj")
        and head.i == root.head.i
        and dep in ("nsubj", "nsubj:pass")
        and not own & SUBJECTS
        and swallowed_subject(root) is None
        and not (dep == "nsubj:pass" and "nsubj:pass" in own)
        # (nor is a clause of what came before, told in the passive with what it befell:
        # "traders protested after their stalls were burned", by someone the text leaves
        # unnamed)
        and not (
            "nsubj:pass" in own and opens_a_phrase_of(root, cases.get("antecedent_marks", _NONE))
        )
        # (the object's deed: subjects.controller)
        and not object_controlled(root, cases.get("object_control", frozenset()))
    ):
        passive = dep == "nsubj:pass" and (
            any(c.dep_ == "aux:pass" for c in head.children)
            or "Part" in head.morph.get("VerbForm", [])
        )
        # (not "is suspected to have killed a woman": a perfect infinitive); a trigger in
        # the passive itself befalls the subject it shares: "the bodies were dumped after
        # being killed by police officers"
        shared = (passive and bare_participle(root)) or (
            root.dep_ == "advcl" and "aux:pass" in own and "nsubj:pass" not in own
        )
        return Role.TARGET if shared else Role.AGENT
    # "au téléphone avec M. de Mistura"
    if (
        diplomacy
        and marks & cases["recipient"]
        and tree_distance(a, root) <= 2
        and root in a.ancestors
    ):
        return Role.RECIPIENT
    return None
