"""Evaluation: gold readers and metrics."""

from wirewatch.evaluate.timeml import GoldTimex, TimemlDocument, read_timeml, read_timeml_dir
from wirewatch.evaluate.timex import (
    PredictedTimex,
    TimexError,
    TimexScores,
    format_timex_scores,
    score_timexes,
)

__all__ = [
    "GoldTimex",
    "PredictedTimex",
    "TimemlDocument",
    "TimexError",
    "TimexScores",
    "format_timex_scores",
    "read_timeml",
    "read_timeml_dir",
    "score_timexes",
]
