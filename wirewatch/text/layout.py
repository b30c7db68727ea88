"""Article layout: paragraphs (one per line), sub-headings, the dateline and the agency sign-off.

The cues (how long a sub-heading may be, what a dateline or a sign-off looks like) are in
``resources/<lang>/layout.yaml``; this module only knows their shape.
"""

from __future__ import annotations

import enum
import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from wirewatch.errors import ResourceError
from wirewatch.lang.resources import load_resource

Span = tuple[int, int]

_PLACEHOLDER = re.compile(r"\{(agency|agencies|dash|place)\}")
_BEFORE_DATELINE = 2  # lines that may come before the dateline: a title, when it was published


class ParagraphRole(enum.StrEnum):
    """What a paragraph is in the article."""

    BODY = "body"
    HEADING = "heading"
    SIGNOFF = "signoff"


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One non-blank line of the text.

    ``number`` is its 1-based line number in the text (blank lines counted). ``start`` and
    ``end`` delimit the line without its surrounding whitespace or line break. ``body_start``
    is ``start``, or the offset just after the dateline and the space after it.
    """

    number: int
    start: int
    end: int
    role: ParagraphRole
    body_start: int


@dataclass(frozen=True, slots=True)
class Layout:
    """The paragraphs of a text and the spans of its dateline, sign-off and sub-headings.

    ``dateline`` runs from the place to the dash included (``BEYROUTH (AFP) -``);
    ``dateline_place`` is the place alone (``BEYROUTH``).
    """

    paragraphs: tuple[Paragraph, ...]
    dateline: Span | None
    dateline_place: Span | None
    signoff: Span | None
    headings: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class _Rules:
    max_words: int
    sentence_end: re.Pattern[str]
    sentence_break: re.Pattern[str]
    hashtag: re.Pattern[str]
    datelines: tuple[re.Pattern[str], ...]
    signoffs: tuple[re.Pattern[str], ...]
    published: tuple[re.Pattern[str], ...] = ()


def analyse_layout(text: str, lang: str = "fr") -> Layout:
    """The layout of ``text`` (normalised: see ``wirewatch.text.normalise``), one paragraph a line.

    A sub-heading is a short line without final punctuation, a hashtag line or a short
    all-caps line, and only when body text follows it (a one-line text is body); so is a line
    that only says when the article was published (``published`` in layout.yaml). The
    dateline is looked for at the start of the first paragraph, or of a later one when the
    lines before it are a title (no final punctuation) and a publication line; those lines
    are headings. The sign-off is the last line when it is an agency sign-off and not the
    only line.
    """
    rules = _rules(lang)
    lines = list(_lines(text))
    if not lines:
        return Layout((), None, None, None, ())

    last = len(lines) - 1
    _, last_start, last_end = lines[last]
    is_signoff = last > 0 and _is_signoff(text, last_start, last_end, rules)
    signoff_index = last if is_signoff else None
    looks_like_heading = [_looks_like_heading(text[start:end], rules) for _, start, end in lines]

    # A line that only says when the article was published, among the first ones, is no
    # body text (not a body paragraph that opens with "Updated figures ...").
    published = [
        index < _BEFORE_DATELINE and any(p.fullmatch(text, start, end) for p in rules.published)
        for index, (_, start, end) in enumerate(lines)
    ]
    # The dateline opens the first paragraph, or the one after a title and the line that
    # says when it was published ("Liban : quatre civils tués ...", "11 juin 2024",
    # "BEYROUTH, 11 juin (Reuters) - ..."): the lines before it are headings.
    dateline_index: int | None = None
    dateline_match: re.Match[str] | None = None
    for index in range(min(_BEFORE_DATELINE + 1, len(lines))):
        if index == signoff_index:
            break
        _, start, end = lines[index]
        dateline_match = _match_dateline(text, start, end, rules)
        if dateline_match is not None:
            dateline_index = index
            looks_like_heading[index] = False
            for before in range(index):  # (a title is one whatever its length)
                looks_like_heading[before] = True
            break
        title = index == 0 and rules.sentence_end.search(text[start:end]) is None
        if not (looks_like_heading[index] or published[index] or title):
            break
    for index, is_published in enumerate(published):
        looks_like_heading[index] = looks_like_heading[index] or is_published

    roles = _roles(looks_like_heading, signoff_index)
    paragraphs = []
    for index, ((number, start, end), role) in enumerate(zip(lines, roles, strict=True)):
        body_start = start
        if index == dateline_index and dateline_match is not None:
            after_dash = dateline_match.end("dash")
            rest = text[after_dash:end]
            body_start = after_dash + len(rest) - len(rest.lstrip())
        paragraphs.append(Paragraph(number, start, end, role, body_start))

    dateline = place = signoff = None
    if dateline_match is not None:
        dateline = (dateline_match.start(), dateline_match.end("dash"))
        place = dateline_match.span("place")
    if signoff_index is not None:
        signoff = lines[signoff_index][1:]
    return Layout(
        paragraphs=tuple(paragraphs),
        dateline=dateline,
        dateline_place=place,
        signoff=signoff,
        headings=tuple((p.start, p.end) for p in paragraphs if p.role is ParagraphRole.HEADING),
    )


def _lines(text: str) -> Iterator[tuple[int, int, int]]:
    """(line number, start, end) of each non-blank line, whitespace stripped."""
    offset = 0
    for number, line in enumerate(text.split("\n"), start=1):
        stripped = line.strip()
        if stripped:
            start = offset + len(line) - len(line.lstrip())
            yield number, start, start + len(stripped)
        offset += len(line) + 1


def _roles(looks_like_heading: list[bool], signoff_index: int | None) -> list[ParagraphRole]:
    # Walk backwards: a heading-like line is a heading only when real body text follows it.
    roles = [ParagraphRole.BODY] * len(looks_like_heading)
    body_follows = False
    for index in reversed(range(len(looks_like_heading))):
        if index == signoff_index:
            roles[index] = ParagraphRole.SIGNOFF
        elif not looks_like_heading[index]:
            body_follows = True
        elif body_follows:
            roles[index] = ParagraphRole.HEADING
    return roles


def _looks_like_heading(line: str, rules: _Rules) -> bool:
    if rules.hashtag.fullmatch(line):
        return True
    if len(line.split()) > rules.max_words:
        return False
    if line.isupper():
        return True
    if rules.sentence_break.search(line):
        return False
    return rules.sentence_end.search(line) is None


def _is_signoff(text: str, start: int, end: int, rules: _Rules) -> bool:
    return any(pattern.fullmatch(text, start, end) for pattern in rules.signoffs)


def _match_dateline(text: str, start: int, end: int, rules: _Rules) -> re.Match[str] | None:
    for pattern in rules.datelines:
        match = pattern.match(text, start, end)
        if match is not None:
            return match
    return None


@functools.cache
def _rules(lang: str) -> _Rules:
    data = load_resource(lang, "layout")
    agency = rf"(?<!\w){_alternation(data['agencies'])}(?!\w)"
    parts = {
        "agency": agency,
        "agencies": f"{agency}(?:{data['agency_separator']}{agency})*",
        "dash": _alternation(data["dashes"]),
        "place": str(data["dateline"]["place"]),
    }
    heading = data["heading"]
    datelines = tuple(
        _compile(lang, "dateline.patterns", pattern, parts)
        for pattern in data["dateline"]["patterns"]
    )
    for pattern in datelines:
        if not {"place", "dash"} <= pattern.groupindex.keys():
            raise ResourceError(
                f"resource {lang}/layout.yaml: dateline pattern {pattern.pattern!r} "
                "needs groups 'place' and 'dash'"
            )
    return _Rules(
        max_words=heading["max_words"],
        sentence_end=re.compile(
            f"{_characters(heading['final_punctuation'])}"
            rf"(?:{_characters(heading['closing_marks'])}|\s)*$"
        ),
        sentence_break=_compile(lang, "heading.sentence_break", heading["sentence_break"], parts),
        hashtag=_compile(lang, "heading.hashtag", heading["hashtag"], parts),
        datelines=datelines,
        signoffs=tuple(
            _compile(lang, "signoff.patterns", pattern, parts)
            for pattern in data["signoff"]["patterns"]
        ),
        published=tuple(
            _compile(lang, "published.patterns", pattern, parts)
            for pattern in data.get("published", {}).get("patterns", ())
        ),
    )


def _alternation(items: Iterable[str]) -> str:
    # Longest first, so that "APS" is tried before "AP".
    return "(?:" + "|".join(re.escape(i) for i in sorted(items, key=len, reverse=True)) + ")"


def _characters(items: Iterable[str]) -> str:
    return "[" + "".join(re.escape(i) for i in items) + "]"


def _compile(lang: str, key: str, pattern: str, parts: dict[str, str]) -> re.Pattern[str]:
    expanded = _PLACEHOLDER.sub(lambda m: parts[m[1]], pattern)
    try:
        return re.compile(expanded)
    except re.error as exc:
        raise ResourceError(
            f"resource {lang}/layout.yaml: invalid regex at {key} ({pattern!r}): {exc}"
        ) from exc
