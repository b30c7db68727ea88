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
from wirewatch.evaluate.timeml import GoldTimex, TimemlDocument, read_timeml, read_timeml_dir
from wirewatch.evaluate.timex import (
    PredictedTimex,
    TimexError,
    TimexScores,
    format_timex_scores,
    score_timexes,
)

__all__ = [
    "GeoDocument",
    "GeoError",
    "GeoScores",
    "GoldTimex",
    "GoldToponym",
    "PredictedTimex",
    "Resolved",
    "TimemlDocument",
    "TimexError",
    "TimexScores",
    "format_geo_scores",
    "format_timex_scores",
    "haversine_km",
    "read_geoparsing",
    "read_timeml",
    "read_timeml_dir",
    "score_geoparsing",
    "score_timexes",
]
