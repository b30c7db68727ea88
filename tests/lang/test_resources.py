"""Resource files: one JSON Schema per kind, every file valid, the same set per language."""

from __future__ import annotations

import ast
import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
import yaml

from wirewatch.errors import ResourceError, UnsupportedLanguageError
from wirewatch.lang import SUPPORTED, load_resource, load_shared, profile, resource_names
from wirewatch.types import Role

ROOT = resources.files("wirewatch") / "resources"
PACKAGE = Path(__file__).resolve().parents[2] / "wirewatch"


LANGUAGE_FOLDERS = sorted(p.name for p in ROOT.iterdir() if p.is_dir() and p.name != "schema")


@pytest.mark.parametrize("lang", LANGUAGE_FOLDERS)
def test_resources_every_file_has_a_schema_and_validates(lang: str) -> None:
    names = resource_names(lang)
    if lang in SUPPORTED:
        assert {"triggers", "actors", "places", "time", "numbers", "negation"} <= set(names)
    for name in names:
        schema = json.loads((ROOT / "schema" / f"{name}.schema.json").read_text("utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        assert load_resource(lang, name)


def test_resources_taxonomy_concepts_cover_every_trigger_concept() -> None:
    concepts = set(load_shared("taxonomy")["concepts"])
    for lang in SUPPORTED:
        triggers = load_resource(lang, "triggers")
        assert set(triggers["concepts"]) <= concepts
        # the concepts a verb's object or a word of the sentence reads a trigger as
        read = set(triggers.get("verb_objects", {}))
        for key in ("readings", "people_object_readings"):
            read |= {
                c for rule in triggers.get(key, ()) for c in (rule["concept"], rule["reading"])
            }
        assert read and read <= concepts, read - concepts
    # a strike made on the ground becomes a concept the taxonomy knows
    grounded = {
        entry["on_the_ground"]["concept"]
        for entry in load_shared("taxonomy")["concepts"].values()
        if "on_the_ground" in entry
    }
    assert grounded and grounded <= concepts


def test_resources_invalid_file_is_reported_with_its_place(tmp_path: Path) -> None:
    schema = json.loads((ROOT / "schema" / "negation.schema.json").read_text("utf-8"))
    bad = {"adverbs": "pas"}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)
    with pytest.raises(ResourceError, match="resource file missing"):
        load_resource("fr", "no_such_resource")


def test_resources_unsupported_language_names_the_supported_ones() -> None:
    with pytest.raises(UnsupportedLanguageError, match=r"fr \(French\)"):
        profile("xx")


@pytest.mark.parametrize("lang", sorted(SUPPORTED))
def test_resources_no_language_word_in_python_code(lang: str) -> None:
    """STYLE habit 2: words live in resources/<lang>/*.yaml, never in .py files.

    Every string constant in the package's code (docstrings aside) is checked against the
    language's resource words; language-neutral keys that happen to be words too ("agent",
    the concept "killed") are allowed.
    """
    words: set[str] = set()
    for name in resource_names(lang):
        data = yaml.safe_load((ROOT / lang / f"{name}.yaml").read_text("utf-8"))
        words |= {w for w in _strings(data) if len(w) > 1 and " " not in w}
    neutral = {r.value for r in Role} | set(load_shared("taxonomy")["concepts"])
    neutral |= set(load_resource(lang, "modality"))  # label keys: "planned", "cessation"
    neutral |= set(load_resource(lang, "numbers")["vague_conventions"])  # "acled", "none"
    neutral |= {"in", "near", "part_of"}  # Place.relation values
    neutral |= {"fatalities", "start", "end"}  # ACLED CSV columns, corpus XML attributes
    neutral |= set(load_resource(lang, "aggregates"))  # span labels: "since", "total", "toll"
    neutral |= {"agency", "body"}  # layout.yaml placeholders, paragraph roles
    neutral |= {"seconds", "of"}  # datetime.isoformat's timespec; a report's column header
    for name in resource_names(lang):  # a file's own keys name concepts ("ago", "every")
        neutral |= set(load_resource(lang, name))
    neutral |= set(load_resource(lang, "numbers")["labels"])  # count labels: "injured"
    neutral |= set(load_shared("actor_names")["concepts"])  # actor concepts: "person"
    neutral |= {"date", "interval", "relative", "time", "set", "duration"}  # time span labels
    neutral |= {"part", "inside", "outside"}  # UD VerbForm=Part; actor_names.yaml keys
    neutral |= {"region"}  # an actor_aliases.yaml key (the countries a group acts in)
    neutral |= {"capital", "from", "to"}  # a data package's field; HTTP query parameters
    neutral |= {"past", "family", "accept", "note", "at"}  # UD Tense; taxonomy; HTTP; SQL
    neutral |= {"members", "role"}  # a merged event's field; an actor's field
    taxonomy = load_shared("taxonomy")
    # taxonomy.yaml keys (crowd_sides' "against", by_target's "property")
    neutral |= set(taxonomy["protest_outcomes"]) | {"by", "against", "property"}
    actor_schema = json.loads((ROOT / "schema" / "actors.schema.json").read_text("utf-8"))
    concept = actor_schema["properties"]["concepts"]["additionalProperties"]
    neutral |= set(concept["properties"]["class"]["enum"])  # actor classes: "state"
    neutral |= {"aux", "fin", "case", "mark", "det", "fixed"}  # Universal Dependencies tags
    neutral |= {"en", "fr"}  # language codes
    neutral |= {"source", "population"}  # English field names of GeoNames data
    neutral |= {"sources"}  # an event's field (the articles that tell it)
    neutral |= {"point"}  # GeoJSON geometry type
    neutral |= {"bar"}  # a class name in an __all__ list (evaluate/report.py Bar)
    neutral |= {"quantity"}  # a COUNTS span label (docspec); resolve.Quantity in __all__
    neutral |= {"number"}  # a UD morphological feature's name ("Number=Plur")
    neutral |= {"when"}  # Event.when, the event's time field
    neutral |= {"trigger"}  # Event.trigger, the words that name the event
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in docstrings
            ):
                word = node.value.lower()
                if word in words and word not in neutral and not node.value.isupper():
                    offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: {node.value!r}")
    assert not offenders, offenders


_CODES = frozenset({"country", "region"})  # ISO country codes ("TD"), no words: "td" is HTML's


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value.lower()]
    if isinstance(value, dict):
        return [s for k, v in value.items() if k not in _CODES for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []
