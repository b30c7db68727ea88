"""Per-language defaults: which spaCy pipeline, which resource files, and how to load them."""

from __future__ import annotations

from dataclasses import dataclass

from wirewatch.errors import UnsupportedLanguageError
from wirewatch.lang.resources import load_resource, load_shared, resource_names

__all__ = [
    "SUPPORTED",
    "LanguageProfile",
    "load_resource",
    "load_shared",
    "profile",
    "resource_names",
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
