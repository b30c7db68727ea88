"""Shared fixtures: the founding article and its extraction, computed once per session."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from wirewatch import Article, ArticleResult, process

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
FOUNDING = EXAMPLES / "afp-2016-05-01-alep.txt"


@pytest.fixture(scope="session")
def founding_text() -> str:
    return FOUNDING.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def founding_gold() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(FOUNDING.with_suffix(".gold.yaml").read_text("utf-8"))
    return data


@pytest.fixture(scope="session")
def founding_result(founding_text: str) -> ArticleResult:
    return process(Article(text=founding_text, published=date(2016, 5, 1)))
