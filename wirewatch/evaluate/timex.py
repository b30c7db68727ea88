"""Time-expression metrics: detection (strict and lenient) and normalisation against TimeML gold.

Definitions, per document, then summed over documents:

* **Gold** expressions are the document's TIMEX3 with a non-empty extent (a non-consuming,
  empty TIMEX3 has no words to find and is left out). **Predicted** expressions are what the
  predictor returns, each with offsets into ``TimemlDocument.text``; empty ones are left out
  too.
* **Matching.** Every (gold, prediction) pair sharing at least one character is a candidate;
  pairs are taken greedily, largest character overlap first (ties: identical extents first,
  then the pair whose extents differ by fewest characters, then text order), and each gold and
  each prediction is used at most once.
* **Lenient** true positives (``lenient_tp``) are the matched pairs; **strict** true positives
  (``strict_tp``) are the matched pairs whose offsets are identical.
  Precision = tp / predicted, recall = tp / gold, F1 = their harmonic mean; each is 0.0 when
  its denominator is 0.
* **Value.** A matched pair has the correct value when the predicted value equals the gold
  value exactly, after trimming spaces and upper-casing both (TimeML values are upper
  case). There is no partial
  credit: ``1999-05-20`` against ``1999-05-20TEV`` is wrong; ``SET`` values and ``PRESENT_REF``
  count like any other. A prediction without a value (``None``) is never correct.
  ``value_accuracy`` = value_correct / lenient_tp; ``value_accuracy_over_gold`` =
  value_correct / gold (the end-to-end score: found *and* normalised).
* **Errors.** An unmatched gold is ``missed``, an unmatched prediction ``spurious``, a matched
  pair with an incorrect value ``wrong_value``. A boundary difference alone is not an error
  (it shows as lenient minus strict).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from wirewatch.evaluate.timeml import GoldTimex, TimemlDocument

__all__ = [
    "PredictedTimex",
    "TimexError",
    "TimexScores",
    "format_timex_scores",
    "score_timexes",
]

_CONTEXT_CHARS = 30  # on each side of the expression: about 60 characters of context in all


@dataclass(frozen=True, slots=True)
class PredictedTimex:
    """A time expression found by a system: offsets into the document text, and its value.

    ``value`` is an ISO-TimeML value string, or ``None`` when the expression was detected but
    not normalised.
    """

    start: int
    end: int
    text: str
    value: str | None


@dataclass(frozen=True, slots=True)
class TimexError:
    """One missed, spurious or wrongly valued expression, with its context for reading."""

    doc_id: str
    kind: str  # "missed" | "spurious" | "wrong_value"
    text: str
    gold_value: str | None
    predicted_value: str | None
    context: str


@dataclass(frozen=True, slots=True)
class TimexScores:
    """Counts and rates of time-expression detection and normalisation over a gold corpus.

    ``by_type`` maps each gold TIMEX3 type to (value_correct, gold count).
    """

    documents: int
    gold: int
    predicted: int
    strict_tp: int
    lenient_tp: int
    value_correct: int
    by_type: dict[str, tuple[int, int]]
    errors: tuple[TimexError, ...]

    @property
    def strict_precision(self) -> float:
        """Strict true positives over predictions."""
        return _ratio(self.strict_tp, self.predicted)

    @property
    def strict_recall(self) -> float:
        """Strict true positives over gold expressions."""
        return _ratio(self.strict_tp, self.gold)

    @property
    def strict_f1(self) -> float:
        """Harmonic mean of strict precision and recall."""
        return _f1(self.strict_precision, self.strict_recall)

    @property
    def lenient_precision(self) -> float:
        """Lenient (overlap) true positives over predictions."""
        return _ratio(self.lenient_tp, self.predicted)

    @property
    def lenient_recall(self) -> float:
        """Lenient (overlap) true positives over gold expressions."""
        return _ratio(self.lenient_tp, self.gold)

    @property
    def lenient_f1(self) -> float:
        """Harmonic mean of lenient precision and recall."""
        return _f1(self.lenient_precision, self.lenient_recall)

    @property
    def value_accuracy(self) -> float:
        """Correct values over lenient matches."""
        return _ratio(self.value_correct, self.lenient_tp)

    @property
    def value_accuracy_over_gold(self) -> float:
        """Correct values over all gold expressions."""
        return _ratio(self.value_correct, self.gold)


def score_timexes(
    documents: Sequence[TimemlDocument],
    predict: Callable[[TimemlDocument], Sequence[PredictedTimex]],
    progress: Callable[[int, int], None] | None = None,
) -> TimexScores:
    """Run ``predict`` on every document and score its expressions against the gold.

    ``progress`` is called with (documents done, documents in all) after each document.
    A prediction whose offsets fall outside the document, or whose text is not the text at
    its offsets, raises ``ValueError`` (a bug in the predictor, not a scoring matter).
    """
    gold_total = predicted_total = strict_tp = lenient_tp = value_correct = 0
    correct_by_type: Counter[str] = Counter()
    gold_by_type: Counter[str] = Counter()
    errors: list[TimexError] = []
    for done, document in enumerate(documents, start=1):
        gold = [timex for timex in document.timexes if timex.end > timex.start]
        predicted = []
        for prediction in predict(document):
            _check_prediction(prediction, document)
            if prediction.end > prediction.start:
                predicted.append(prediction)
        gold_total += len(gold)
        predicted_total += len(predicted)
        gold_by_type.update(timex.type for timex in gold)

        pairs = _match(gold, predicted)
        matched_gold = {g for g, _ in pairs}
        matched_predicted = {p for _, p in pairs}
        lenient_tp += len(pairs)
        document_errors: list[tuple[int, TimexError]] = []
        for g, p in pairs:
            gold_timex, prediction = gold[g], predicted[p]
            if (gold_timex.start, gold_timex.end) == (prediction.start, prediction.end):
                strict_tp += 1
            if _same_value(gold_timex.value, prediction.value):
                value_correct += 1
                correct_by_type[gold_timex.type] += 1
            else:
                error = _error(
                    document, "wrong_value", gold_timex, gold_timex.value, prediction.value
                )
                document_errors.append((gold_timex.start, error))
        for g, gold_timex in enumerate(gold):
            if g not in matched_gold:
                error = _error(document, "missed", gold_timex, gold_timex.value, None)
                document_errors.append((gold_timex.start, error))
        for p, prediction in enumerate(predicted):
            if p not in matched_predicted:
                error = _error(document, "spurious", prediction, None, prediction.value)
                document_errors.append((prediction.start, error))
        document_errors.sort(key=lambda item: item[0])
        errors.extend(error for _, error in document_errors)
        if progress is not None:
            progress(done, len(documents))

    return TimexScores(
        documents=len(documents),
        gold=gold_total,
        predicted=predicted_total,
        strict_tp=strict_tp,
        lenient_tp=lenient_tp,
        value_correct=value_correct,
        by_type={
            type_: (correct_by_type[type_], count) for type_, count in sorted(gold_by_type.items())
        },
        errors=tuple(errors),
    )


def format_timex_scores(scores: TimexScores, max_errors: int = 20) -> str:
    """A plain-text report: detection and value tables, then the most frequent errors.

    Errors are grouped by kind and expression (case-insensitive); the ``max_errors`` largest
    groups are listed, each with its count and one example in context.
    """
    lines = [
        f"time expressions: {scores.documents} documents, {scores.gold} gold, "
        f"{scores.predicted} predicted",
        "",
        f"{'detection':<10} {'precision':>9} {'recall':>7} {'f1':>7} {'tp':>6}",
        f"{'strict':<10} {scores.strict_precision:>9.3f} {scores.strict_recall:>7.3f} "
        f"{scores.strict_f1:>7.3f} {scores.strict_tp:>6}",
        f"{'lenient':<10} {scores.lenient_precision:>9.3f} {scores.lenient_recall:>7.3f} "
        f"{scores.lenient_f1:>7.3f} {scores.lenient_tp:>6}",
        "",
        f"value accuracy: {scores.value_accuracy:.3f} of lenient matches "
        f"({scores.value_correct}/{scores.lenient_tp}), "
        f"{scores.value_accuracy_over_gold:.3f} of gold ({scores.value_correct}/{scores.gold})",
    ]
    if scores.by_type:
        lines += ["", f"{'gold type':<10} {'correct':>7} {'gold':>6} {'accuracy':>9}"]
        for type_, (correct, count) in scores.by_type.items():
            lines.append(f"{type_:<10} {correct:>7} {count:>6} {_ratio(correct, count):>9.3f}")

    kinds = Counter(error.kind for error in scores.errors)
    lines += [
        "",
        f"errors: {kinds['missed']} missed, {kinds['spurious']} spurious, "
        f"{kinds['wrong_value']} wrong value",
    ]
    groups: dict[tuple[str, str], list[TimexError]] = {}
    for error in scores.errors:
        groups.setdefault((error.kind, " ".join(error.text.lower().split())), []).append(error)
    ranked = sorted(groups.values(), key=lambda group: -len(group))[: max(max_errors, 0)]
    if ranked:
        lines.append(f"most frequent errors ({len(ranked)} of {len(groups)} groups):")
    for group in ranked:
        example = group[0]
        lines.append(
            f"  {len(group):>3}x {example.kind:<11} {example.text!r}  "
            f"gold={example.gold_value or '-'} predicted={example.predicted_value or '-'}  "
            f"[{example.doc_id}] {example.context}"
        )
    return "\n".join(lines)


def _ratio(numerator: int, denominator: int) -> float:
    """numerator / denominator, or 0.0 when the denominator is 0."""
    return numerator / denominator if denominator else 0.0


def _f1(precision: float, recall: float) -> float:
    """The harmonic mean of precision and recall, 0.0 when both are 0."""
    total = precision + recall
    return 2 * precision * recall / total if total else 0.0


def _same_value(gold: str, predicted: str | None) -> bool:
    """Whether a predicted value is the gold value (exact, case-insensitive)."""
    return predicted is not None and predicted.strip().upper() == gold.strip().upper()


def _check_prediction(prediction: PredictedTimex, document: TimemlDocument) -> None:
    """Raise ``ValueError`` when a prediction's offsets do not point at its text."""
    if not 0 <= prediction.start <= prediction.end <= len(document.text):
        raise ValueError(
            f"{document.doc_id}: predicted offsets {prediction.start}:{prediction.end} fall "
            f"outside the document text ({len(document.text)} characters)"
        )
    actual = document.text[prediction.start : prediction.end]
    if actual != prediction.text:
        raise ValueError(
            f"{document.doc_id}: predicted text {prediction.text!r} is not the text "
            f"{actual!r} at offsets {prediction.start}:{prediction.end}"
        )


def _match(gold: Sequence[GoldTimex], predicted: Sequence[PredictedTimex]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching by largest overlap: (gold index, prediction index) pairs."""
    candidates: list[tuple[int, int, int, int, int]] = []
    for g, gold_timex in enumerate(gold):
        for p, prediction in enumerate(predicted):
            overlap = min(gold_timex.end, prediction.end) - max(gold_timex.start, prediction.start)
            if overlap > 0:
                difference = abs(gold_timex.start - prediction.start) + abs(
                    gold_timex.end - prediction.end
                )
                candidates.append((-overlap, difference, g, p, overlap))
    candidates.sort()
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, _, g, p, _ in candidates:
        if g not in used_gold and p not in used_predicted:
            used_gold.add(g)
            used_predicted.add(p)
            pairs.append((g, p))
    return pairs


def _error(
    document: TimemlDocument,
    kind: str,
    span: GoldTimex | PredictedTimex,
    gold_value: str | None,
    predicted_value: str | None,
) -> TimexError:
    """A ``TimexError`` about ``span`` (the gold expression when there is one)."""
    return TimexError(
        doc_id=document.doc_id,
        kind=kind,
        text=span.text,
        gold_value=gold_value,
        predicted_value=predicted_value,
        context=_context(document.text, span.start, span.end),
    )


def _context(text: str, start: int, end: int) -> str:
    """About 60 characters around ``text[start:end]``, on one line, the expression in brackets."""
    before = text[max(start - _CONTEXT_CHARS, 0) : start]
    after = text[end : end + _CONTEXT_CHARS]
    one_line = " ".join(f"{before}[{text[start:end]}]{after}".split())
    prefix = "..." if start > _CONTEXT_CHARS else ""
    suffix = "..." if end + _CONTEXT_CHARS < len(text) else ""
    return f"{prefix}{one_line}{suffix}"
