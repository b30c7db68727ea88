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
from wirewatch.evaluate.report import (
    ReportSection,
    event_section,
    geo_section,
    html_report,
    timex_section,
    write_html_report,
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
    "ReportSection",
    "Resolved",
    "TimemlDocument",
    "TimexError",
    "TimexScores",
    "event_section",
    "format_event_scores",
    "format_geo_scores",
    "format_timex_scores",
    "geo_section",
    "haversine_km",
    "html_report",
    "read_geoparsing",
    "read_gold_yaml",
    "read_timeml",
    "read_timeml_dir",
    "score_geoparsing",
    "score_gold_article",
    "score_timexes",
    "timex_section",
    "write_html_report",
]
