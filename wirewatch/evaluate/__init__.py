"""Evaluation: gold readers and metrics."""

from wirewatch.evaluate.geoparsing import (
    GeoDocument,
    GeoError,
    GeoScores,
    GoldToponym,
    Resolved,
    format_geo_scores,
    haversine_km,
    read_geoparsing,
    score_geoparsing,
)
from wirewatch.evaluate.gold_events import (
    EventScores,
    GoldArticle,
    format_event_scores,
    read_gold_yaml,
    score_gold_article,
)
from wirewatch.evaluate.timeml import GoldTimex, TimemlDocument, read_timeml, read_timeml_dir
from wirewatch.evaluate.timex import (
    PredictedTimex,
    TimexError,
    TimexScores,
    format_timex_scores,
    score_timexes,
)

__all__ = [
    "EventScores",
    "GeoDocument",
    "GeoError",
    "GeoScores",
    "GoldArticle",
    "GoldTimex",
    "GoldToponym",
    "PredictedTimex",
    "Resolved",
    "TimemlDocument",
    "TimexError",
    "TimexScores",
    "format_event_scores",
    "format_geo_scores",
    "format_timex_scores",
    "haversine_km",
    "read_geoparsing",
    "read_gold_yaml",
    "read_timeml",
    "read_timeml_dir",
    "score_geoparsing",
    "score_gold_article",
    "score_timexes",
]
