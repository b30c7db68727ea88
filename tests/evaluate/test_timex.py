"""Tests for wirewatch.evaluate.timex: matching, scores and the report on hand-made predictions."""

from __future__ import annotations

from datetime import date

import pytest

from wirewatch.evaluate import (
    GoldTimex,
    PredictedTimex,
    TimemlDocument,
    TimexError,
    format_timex_scores,
    score_timexes,
)

TEXT = (
    "Des obus sont tombés lundi soir sur le port ; depuis trois jours, la ville espère "
    "une trêve avant l'été de 2024. Hier encore, rien."
)


def _gold(phrase: str, type_: str, value: str, tid: str, text: str = TEXT) -> GoldTimex:
    start = text.index(phrase)
    return GoldTimex(start, start + len(phrase), phrase, type_, value, tid)


def _predicted(phrase: str, value: str | None, text: str = TEXT) -> PredictedTimex:
    start = text.index(phrase)
    return PredictedTimex(start, start + len(phrase), phrase, value)


def _document(doc_id: str = "essai-a", text: str = TEXT) -> TimemlDocument:
    timexes = (
        _gold("lundi soir", "TIME", "2024-03-11TEV", "t1", text),
        _gold("trois jours", "DURATION", "P3D", "t2", text),
        _gold("l'été de 2024", "DATE", "2024-SU", "t3", text),
    )
    return TimemlDocument(doc_id, text, date(2024, 3, 12), timexes, f"{doc_id}.tml")


def _perfect(document: TimemlDocument) -> list[PredictedTimex]:
    return [PredictedTimex(t.start, t.end, t.text, t.value) for t in document.timexes]


def test_timex_perfect_predictor_scores_one() -> None:
    scores = score_timexes([_document("a"), _document("b")], _perfect)
    assert (scores.documents, scores.gold, scores.predicted) == (2, 6, 6)
    assert (scores.strict_tp, scores.lenient_tp, scores.value_correct) == (6, 6, 6)
    for rate in (
        scores.strict_precision,
        scores.strict_recall,
        scores.strict_f1,
        scores.lenient_precision,
        scores.lenient_recall,
        scores.lenient_f1,
        scores.value_accuracy,
        scores.value_accuracy_over_gold,
    ):
        assert rate == 1.0
    assert scores.by_type == {"DATE": (2, 2), "DURATION": (2, 2), "TIME": (2, 2)}
    assert scores.errors == ()


def test_timex_missed_spurious_and_wrong_value() -> None:
    predictions = [
        _predicted("lundi soir", "2024-03-11TEV"),
        _predicted("trois jours", "P2D"),
        _predicted("Hier", "2024-03-11"),
    ]
    scores = score_timexes([_document()], lambda _: predictions)
    assert (scores.gold, scores.predicted, scores.strict_tp, scores.lenient_tp) == (3, 3, 2, 2)
    assert scores.strict_precision == pytest.approx(2 / 3)
    assert scores.strict_recall == pytest.approx(2 / 3)
    assert scores.strict_f1 == pytest.approx(2 / 3)
    assert scores.lenient_f1 == pytest.approx(2 / 3)
    assert scores.value_correct == 1
    assert scores.value_accuracy == pytest.approx(1 / 2)
    assert scores.value_accuracy_over_gold == pytest.approx(1 / 3)
    assert scores.by_type == {"DATE": (0, 1), "DURATION": (0, 1), "TIME": (1, 1)}
    assert [(e.kind, e.text, e.gold_value, e.predicted_value) for e in scores.errors] == [
        ("wrong_value", "trois jours", "P3D", "P2D"),
        ("missed", "l'été de 2024", "2024-SU", None),
        ("spurious", "Hier", None, "2024-03-11"),
    ]
    spurious = scores.errors[-1]
    assert spurious.doc_id == "essai-a"
    assert "[Hier]" in spurious.context
    assert len(spurious.context) <= 70


def test_timex_overlap_counts_as_lenient_only() -> None:
    scores = score_timexes([_document()], lambda _: [_predicted("lundi", "2024-03-11TEV")])
    assert (scores.strict_tp, scores.lenient_tp, scores.value_correct) == (0, 1, 1)
    assert scores.strict_precision == 0.0
    assert scores.lenient_precision == 1.0
    assert scores.lenient_recall == pytest.approx(1 / 3)
    assert scores.lenient_f1 == pytest.approx(0.5)
    assert [error.kind for error in scores.errors] == ["missed", "missed"]


def test_timex_greedy_matching_prefers_largest_overlap() -> None:
    predictions = [_predicted("soir sur le port", "2024-03-11TEV"), _predicted("lundi", None)]
    scores = score_timexes([_document()], lambda _: predictions)
    assert scores.lenient_tp == 1
    kinds = {(error.kind, error.text) for error in scores.errors}
    assert ("spurious", "soir sur le port") in kinds
    assert ("wrong_value", "lundi soir") in kinds  # matched to "lundi", which has no value


def test_timex_greedy_matching_prefers_identical_extent_on_ties() -> None:
    predictions = [_predicted("lundi soir sur", "X"), _predicted("lundi soir", "2024-03-11TEV")]
    scores = score_timexes([_document()], lambda _: predictions)
    assert (scores.strict_tp, scores.lenient_tp, scores.value_correct) == (1, 1, 1)


@pytest.mark.parametrize(
    ("value", "correct"),
    [
        ("2024-03-11TEV", True),
        ("2024-03-11tev", True),
        (" 2024-03-11TEV ", True),
        ("2024-03-11", False),
        ("2024-03-11T20:00", False),
        (None, False),
    ],
)
def test_timex_value_is_exact_case_insensitive(value: str | None, correct: bool) -> None:
    scores = score_timexes([_document()], lambda _: [_predicted("lundi soir", value)])
    assert scores.value_correct == int(correct)


def test_timex_present_ref_and_set_values_count_like_any_other() -> None:
    text = "Désormais, le marché ouvre chaque jeudi."
    gold = (
        _gold("Désormais", "DATE", "PRESENT_REF", "t1", text),
        _gold("chaque jeudi", "SET", "XXXX-WXX-4", "t2", text),
    )
    document = TimemlDocument("essai-b", text, date(2024, 3, 12), gold, "essai-b.tml")
    predictions = [_predicted("Désormais", "PRESENT_REF", text), _predicted("jeudi", "P1W", text)]
    scores = score_timexes([document], lambda _: predictions)
    assert scores.by_type == {"DATE": (1, 1), "SET": (0, 1)}


def test_timex_ignores_non_consuming_gold() -> None:
    document = _document()
    empty = GoldTimex(10, 10, "", "DURATION", "P1D", "t9")
    document = TimemlDocument(
        document.doc_id, document.text, document.creation_time, (*document.timexes, empty), "x"
    )
    scores = score_timexes([document], _perfect)
    assert scores.gold == 3
    assert scores.errors == ()


def test_timex_reports_progress() -> None:
    calls: list[tuple[int, int]] = []
    score_timexes(
        [_document("a"), _document("b")], _perfect, lambda done, total: calls.append((done, total))
    )
    assert calls == [(1, 2), (2, 2)]


def test_timex_no_documents_scores_zero() -> None:
    scores = score_timexes([], _perfect)
    assert (scores.documents, scores.gold, scores.predicted) == (0, 0, 0)
    assert scores.strict_f1 == scores.lenient_f1 == scores.value_accuracy == 0.0
    assert "0 documents" in format_timex_scores(scores)


@pytest.mark.parametrize(
    ("prediction", "message"),
    [
        (PredictedTimex(len(TEXT) - 2, len(TEXT) + 3, "n.", None), "outside"),
        (PredictedTimex(0, 3, "Les", None), "is not the text"),
    ],
)
def test_timex_prediction_with_wrong_offsets_raises(
    prediction: PredictedTimex, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        score_timexes([_document()], lambda _: [prediction])


def test_timex_format_shows_tables_and_frequent_errors() -> None:
    def predict(document: TimemlDocument) -> list[PredictedTimex]:
        return [_predicted("lundi soir", "2024-03-11TEV"), _predicted("trois jours", "P2D")]

    scores = score_timexes([_document("a"), _document("b")], predict)
    report = format_timex_scores(scores)
    assert "strict" in report and "lenient" in report
    assert "0.667" in report  # strict and lenient recall: 4 of 6 gold
    assert "DURATION" in report
    assert "errors: 2 missed, 0 spurious, 2 wrong value" in report
    assert '2x missed      "l\'été de 2024"' in report
    assert "2x wrong_value 'trois jours'  gold=P3D predicted=P2D" in report
    short = format_timex_scores(scores, max_errors=1)
    assert "most frequent errors (1 of 2 groups)" in short
    assert sum("2x" in line for line in short.splitlines()) == 1


def test_timex_error_is_plain_data() -> None:
    error = TimexError("a", "missed", "hier", "2024-03-11", None, "[hier]")
    assert error.kind == "missed"
