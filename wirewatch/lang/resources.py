"""Loading resource files (``resources/<lang>/<name>.yaml``), each checked against its schema.

Resource files hold every word wirewatch knows; code only knows language-neutral concept keys.
Each kind of file has a JSON Schema in ``resources/schema/<name>.schema.json``.
"""

from __future__ import annotations

import functools
import json
from importlib import resources as importlib_resources
from importlib.resources.abc import Traversable
from typing import Any

import jsonschema
import yaml

from wirewatch.errors import ResourceError

_ROOT = importlib_resources.files("wirewatch") / "resources"


def resource_names(lang: str) -> list[str]:
    """Names of the resource files a language ships (without ``.yaml``)."""
    folder = _ROOT / lang
    return sorted(p.name[: -len(".yaml")] for p in folder.iterdir() if p.name.endswith(".yaml"))


@functools.cache
def load_resource(lang: str, name: str) -> dict[str, Any]:
    """The validated content of ``resources/<lang>/<name>.yaml``."""
    return _load(_ROOT / lang / f"{name}.yaml", name)


@functools.cache
def verb_object_concepts(lang: str) -> dict[tuple[str, str], str]:
    """(verb lemma, object) -> the concept they name together ("seize", "livestock" ->
    looting): the ``verb_objects`` of ``resources/<lang>/triggers.yaml``, lower-cased."""
    return {
        (verb.lower(), obj.lower()): concept
        for concept, verbs in load_resource(lang, "triggers")["verb_objects"].items()
        for verb, objects in verbs.items()
        for obj in objects
    }


@functools.cache
def word_set(lang: str, name: str, key: str) -> frozenset[str]:
    """The words of list ``key`` in ``resources/<lang>/<name>.yaml``, lower-cased (a lookup
    set: ``word_set("en", "places", "area_kinds")``)."""
    return frozenset(w.lower() for w in load_resource(lang, name)[key])


@functools.cache
def load_shared(name: str) -> dict[str, Any]:
    """The validated content of the language-neutral ``resources/<name>.yaml``."""
    return _load(_ROOT / f"{name}.yaml", name)


@functools.cache
def _schema(name: str) -> dict[str, Any]:
    path = _ROOT / "schema" / f"{name}.schema.json"
    try:
        schema: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ResourceError(f"no schema for resource kind {name!r} ({path})") from None
    return schema


def _load(path: Traversable, name: str) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ResourceError(f"resource file missing: {path}") from None
    except yaml.YAMLError as exc:
        raise ResourceError(f"resource file {path} is not valid YAML: {exc}") from exc
    try:
        jsonschema.validate(data, _schema(name))
    except jsonschema.ValidationError as exc:
        where = "/".join(str(p) for p in exc.absolute_path) or "(top)"
        raise ResourceError(f"resource file {path} is invalid at {where}: {exc.message}") from exc
    if not isinstance(data, dict):
        raise ResourceError(f"resource file {path} must hold a mapping")
    return data
