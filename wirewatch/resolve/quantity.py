"""Number phrases to values: "plus de 246 civils", "deux cent quarante-six", "270.000",
"1,5 million", "une trentaine de raids", "des centaines de milliers de victimes" -> a
``Quantity``, and ACLED's fatality figure for it.

A small grammar over ``resources/<lang>/numbers.yaml``: an optional bound word, then a
vague word, a number (words, or digits with the language's separators: "270.000" in French,
"270,000" in English, "2.5m") or an approximate-number noun, then an optional range ("10 à
15"). Counts joined by a coordinator add up ("13 soldiers and one gendarme":
``parse_quantities`` and ``combine``). The conventions of a ``Quantity``:

- exact ("dix", "270 000"; "aucune victime", "no casualties": 0): ``value == low == high``;
- lower bound ("plus de 246", "au moins 12"): ``value == low`` is the stated figure (246,
  not 247: ACLED's conservative reading), ``high`` None, ``lower_bound``;
- upper bound and near ("jusqu'à 50", "moins de 50", "près de 40"): ``value == high``,
  ``low`` None, ``approximate``;
- approximate ("environ 40", "quelque 200.000", "une trentaine", "deux centaines", a decimal
  that is not a whole number): ``value`` is the round figure, ``low`` and ``high`` None, since
  "une trentaine" may be 28 as well as 33;
- range ("10 à 15", "entre 20 et 30", "deux ou trois"): ``value == low`` (the conservative
  end), ``high`` the other end, ``approximate``;
- vague ("plusieurs", "de nombreux", "des dizaines", "des centaines de milliers"): ``value``
  and ``high`` None, ``vague`` and ``approximate``, ``low`` the least the words allow
  ("plusieurs" 2, "des dizaines" 20, "des centaines de milliers" 200 000), ``concept`` the
  unit or kind the words name ("hundred") and ``scale`` what multiplies it (1000).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Generic, TypeVar

from wirewatch.lang import load_resource

_GROUP = 1000  # digits come in groups of three: a smaller multiplier scales within a group
_PLURAL = 2  # a plural unit ("des dizaines") is at least two of it
_MAX_DIGITS = 15  # longer digit strings are identifiers, not counts
_LARGEST = Decimal(10) ** 18  # no count is larger; beyond it the words are not a count
_UNKNOWN = "unknown"
_LOWER, _UPPER, _NEAR, _APPROXIMATE = "lower", "upper", "near", "approximate"

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "`": "'"})
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " "})
_WORD = r"(?P<word>[^\W\d_]+'?|,)"  # commas are words: they coordinate counts
_PHRASE = re.compile(_WORD)

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Quantity:
    """The value of a number phrase (see the module docstring for the conventions).

    ``value`` is the best figure (None when vague); ``low``/``high`` the least and most the
    words allow (None: no limit stated); ``lower_bound`` for "plus de", "au moins";
    ``approximate`` for anything but an exact figure; ``vague`` when there is no number at
    all. For a vague count, ``concept`` names what the words count in ("several", "many",
    "unknown", "ten", "dozen", "hundred", "thousand", ...) and ``scale`` what multiplies it
    ("des centaines de milliers": "hundred" times 1000).
    """

    value: int | None
    low: int | None
    high: int | None
    lower_bound: bool
    approximate: bool
    vague: bool
    concept: str | None = None
    scale: int = 1


UNKNOWN_COUNT = Quantity(None, None, None, False, True, True, concept=_UNKNOWN)
"""Deaths reported with no number at all; ``acled_fatalities(UNKNOWN_COUNT)`` is 10."""

_ONE = Quantity(1, 1, 1, False, False, False)
ONE = _ONE  # one person named with no number ("the chief", a headline's bare "Trader")
_ZERO = Quantity(0, 0, 0, False, False, False)


@dataclass(frozen=True, slots=True)
class _Lexicon(Generic[T]):
    """Phrases (tuples of word tokens) to what they mean, matched longest first."""

    entries: dict[tuple[str, ...], T]
    longest: int

    @classmethod
    def of(cls, pairs: list[tuple[str, T]]) -> _Lexicon[T]:
        entries = {key: meaning for text, meaning in pairs if (key := _phrase(text))}
        return cls(entries, max(map(len, entries), default=0))

    def match(self, words: tuple[str, ...], i: int) -> tuple[T, int] | None:
        for n in range(min(self.longest, len(words) - i), 0, -1):
            meaning = self.entries.get(words[i : i + n])
            if meaning is not None:
                return meaning, i + n
        return None


@dataclass(frozen=True, slots=True)
class _Magnitude:
    concept: str
    value: int
    plural: bool


@dataclass(frozen=True, slots=True)
class _Vague:
    concept: str
    low: int | None


@dataclass(frozen=True, slots=True)
class _Table:
    token: re.Pattern[str]  # words, and digits with the language's separators
    group: str  # the characters that group thousands
    abbreviations: dict[str, str]  # "m" glued to digits -> "million"
    values: _Lexicon[int]
    links: _Lexicon[bool]
    joiners: _Lexicon[bool]
    coordinators: _Lexicon[bool]
    zero: _Lexicon[bool]
    singular: frozenset[str]
    multipliers: _Lexicon[_Magnitude]
    approximations: _Lexicon[_Magnitude]
    vague: _Lexicon[_Vague]
    bounds: _Lexicon[str]
    ranges: _Lexicon[frozenset[tuple[str, ...]]]  # link -> openers it needs (() for none)
    conventions: dict[str, dict[str, int]]


@dataclass(frozen=True, slots=True)
class _Tokens:
    words: tuple[str, ...]  # "" for digits and other tokens
    numbers: Mapping[int, Decimal] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _Amount:
    """A number ("deux cent", "1,5 million", "une trentaine") or a vague plural."""

    number: Decimal | None  # None: a vague plural ("des dizaines")
    approximate: bool
    end: int
    unit: int = 1  # the multiplier the number ends on ("trois millions": 10**6)
    concept: str | None = None  # a vague plural's unit ("ten")
    magnitude: int = 1  # its value (10)
    scale: int = 1  # what multiplies it ("de milliers": 1000)


def _token_pattern(group: str, decimal: str) -> re.Pattern[str]:
    """Digits grouped by thousands ("270.000", "270,000"), or plain with an optional
    decimal part ("1,5", "1.5"), optionally glued to a letter suffix ("2.5m"; a suffix that
    is no known abbreviation makes the token no number: "10pm"); else a word or a comma.
    A number before "-" and a letter is part of a compound ("a 38-year-old"), no count."""
    g, d = re.escape(group), re.escape(decimal)
    glued = re.escape("".join(c for c in group + decimal if not c.isspace()))  # "1.2.3"
    return re.compile(
        rf"(?<![0-9{glued}])(?:"
        rf"(?P<grouped>[0-9]{{1,3}}(?:[{g}][0-9]{{3}})+)(?:[{d}](?P<fraction>[0-9]+))?"
        rf"|(?P<plain>[0-9]+)(?:[{d}](?P<decimals>[0-9]+))?"
        rf")(?P<suffix>[^\W\d_]+)?(?![\w]|[{glued}][0-9]|-[^\W\d_])"
        rf"|{_WORD}"
        r"|\w+"
    )


@functools.cache
def _table(lang: str) -> _Table:
    data: dict[str, Any] = load_resource(lang, "numbers")

    def magnitudes(key: str) -> _Lexicon[_Magnitude]:
        pairs = [
            (word, _Magnitude(concept, entry["value"], plural))
            for concept, entry in data[key].items()
            for plural, words in (
                (False, entry.get("words", ())),
                (True, entry.get("plurals", ())),
            )
            for word in words
        ]
        return _Lexicon.of(pairs)

    openers: dict[str, set[tuple[str, ...]]] = {}
    for entry in data["ranges"]:
        openers.setdefault(entry["link"], set()).add(_phrase(entry.get("opener", "")))
    group = "".join(data["thousands_separators"])
    decimal = "".join(data["decimal_separators"])
    return _Table(
        token=_token_pattern(group, decimal),
        group=group,
        abbreviations={
            abbreviation.lower(): entry["words"][0]
            for entry in data["multipliers"].values()
            for abbreviation in entry.get("abbreviations", ())
        },
        values=_Lexicon.of(list(data["values"].items())),
        links=_Lexicon.of([(w, True) for w in data["number_links"]]),
        joiners=_Lexicon.of([(w, True) for w in data["joiners"]]),
        coordinators=_Lexicon.of([(w, True) for w in data["coordinators"]]),
        zero=_Lexicon.of([(w, True) for w in data["zero"]]),
        singular=frozenset(w for word in data["singular"] for w in _phrase(word)),
        multipliers=magnitudes("multipliers"),
        approximations=magnitudes("approximation_values"),
        vague=_Lexicon.of(
            [
                (word, _Vague(concept, entry.get("low")))
                for concept, entry in data["vague_kinds"].items()
                for word in entry["words"]
            ]
        ),
        bounds=_Lexicon.of(
            [(word, kind) for kind, words in data["bound_kinds"].items() for word in words]
        ),
        ranges=_Lexicon.of([(link, frozenset(found)) for link, found in openers.items()]),
        conventions={name: dict(codes) for name, codes in data["vague_conventions"].items()},
    )


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text).lower()
    return text.translate(_APOSTROPHES).translate(_SPACES)


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(m.group("word") for m in _PHRASE.finditer(_clean(text)))


def _tokens(text: str, table: _Table) -> _Tokens:
    words: list[str] = []
    numbers: dict[int, Decimal] = {}
    for m in table.token.finditer(_clean(text)):
        number = _digits(m, table.group)
        suffix = m.group("suffix")
        if number is not None and suffix and suffix not in table.abbreviations:
            number = None  # "10pm": not a count
        if number is not None:
            numbers[len(words)] = number
        words.append(m.group("word") or "")
        if number is not None and suffix:
            words.append(table.abbreviations[suffix])  # "2.5m": 2.5 million
    return _Tokens(tuple(words), numbers)


def _digits(m: re.Match[str], group: str) -> Decimal | None:
    """ "270.000", "270 000", "270,000" (groups of three) or "1,5", "1.5", "12" (plain)."""
    grouped, plain = m.group("grouped"), m.group("plain")
    if grouped:
        whole = "".join(c for c in grouped if c not in group)
        fraction = m.group("fraction") or "0"
    elif plain:
        whole, fraction = plain, m.group("decimals") or "0"
    else:
        return None
    if len(whole) > _MAX_DIGITS:
        return None
    return Decimal(f"{whole}.{fraction}")


def parse_quantity(text: str, lang: str = "fr") -> Quantity | None:
    """The first quantity in ``text`` (a number phrase such as "plus de 246 civils"), or None
    when it holds none."""
    table = _table(lang)
    tokens = _tokens(text, table)
    for start in range(len(tokens.words)):
        found = _quantity_at(tokens, start, table)
        if found is not None:
            return found[0]
    return None


def parse_quantities(text: str, lang: str = "fr") -> list[Quantity]:
    """The quantities of a count phrase that add up: the first one and each one a
    coordinator joins to it ("13 soldiers, a gendarme and an unknown number of civilians":
    13, 1, unknown). A phrase that opens on a singular word ("the village chief", "him")
    and holds no number right after it counts one. Empty when the phrase holds no count."""
    table = _table(lang)
    tokens = _tokens(text, table)
    words = tokens.words
    parts: list[Quantity] = []
    i = 0
    first = next(
        (
            (start, found)
            for start in range(len(words))
            if (found := _quantity_at(tokens, start, table)) is not None
        ),
        None,
    )
    if words and words[0] in table.singular and (first is None or first[0] > 1):
        parts, i = [_ONE], 1  # "the chief" (not "the two soldiers")
    elif first is not None:
        parts, i = [first[1][0]], first[1][1]
    while parts and i < len(words):
        link = table.coordinators.match(words, i)
        if link is None:
            i += 1
            continue
        j = link[1]
        while (more := table.coordinators.match(words, j)) is not None:
            j = more[1]  # ", and"
        found = _quantity_at(tokens, j, table)
        if found is None and j + 1 < len(words):
            # "and his two children", "et ses deux enfants": a determiner before the number
            found = _quantity_at(tokens, j + 1, table)
        if found is not None:
            parts.append(found[0])
            i = found[1]
        elif j < len(words) and words[j] in table.singular:
            parts.append(_ONE)
            i = j + 1
        else:
            i = j
    return parts


def combine(parts: list[Quantity]) -> Quantity | None:
    """One quantity for counts that add up. Exact parts sum; bounds and approximations carry
    over; a vague part leaves the total a lower bound at the sum of what is known (all vague:
    the first part's kind, with the sum of their least values)."""
    if len(parts) <= 1:
        return parts[0] if parts else None
    known = [p for p in parts if not p.vague]
    vague = [p for p in parts if p.vague]
    lows = [p.low for p in parts]
    low = sum(x for x in lows if x is not None) if any(x is not None for x in lows) else None
    if not known:
        first = vague[0]
        lower = any(p.lower_bound for p in parts)
        return Quantity(None, low, None, lower, True, True, first.concept, first.scale)
    value = sum(p.value for p in known if p.value is not None)
    highs = [p.high for p in parts]
    return Quantity(
        value=value,
        low=low if all(p.low is not None for p in known) else None,
        high=None if vague or None in highs else sum(h for h in highs if h is not None),
        lower_bound=bool(vague) or any(p.lower_bound for p in parts),
        approximate=bool(vague) or any(p.approximate for p in parts),
        vague=False,
    )


def total_fatalities(
    parts: list[Quantity], convention: str = "acled", *, lang: str = "fr"
) -> int | None:
    """ACLED's fatality figure for counts that add up: the sum of the known parts' figures.
    A vague part stands for the whole toll's convention figure, unless what is known already
    exceeds it ("a commander and an unspecified number of fighters": 10 under "acled"); with
    no figure for it (convention "none"), the known sum stands, or None when nothing is."""
    known = [acled_fatalities(p, convention, lang=lang) for p in parts if not p.vague]
    vague = [acled_fatalities(p, convention, lang=lang) for p in parts if p.vague]
    figures = [f for f in known if f is not None]
    total = sum(figures) if figures else None
    coded = [f for f in vague if f is not None]
    if not coded:
        return total
    return max(total or 0, max(coded))


def acled_fatalities(
    quantity: Quantity, convention: str = "acled", *, lang: str = "fr"
) -> int | None:
    """ACLED's fatality figure for a count of deaths: the conservative figure (``low`` when
    the words give one, else ``value``), and for a vague count the figure ``convention``
    codes it as ("acled": "several", "many", unknown and "tens" 10, "dozens" 12, "hundreds"
    100; "none": None). Raises ValueError for a convention the resource does not define."""
    conventions = _table(lang).conventions
    if convention not in conventions:
        known = ", ".join(sorted(conventions))
        raise ValueError(f"unknown fatality convention {convention!r}; known conventions: {known}")
    if not quantity.vague:
        return quantity.low if quantity.low is not None else quantity.value
    figure = conventions[convention].get(quantity.concept or _UNKNOWN)
    return None if figure is None else figure * quantity.scale


def _quantity_at(tokens: _Tokens, i: int, table: _Table) -> tuple[Quantity, int] | None:
    """The quantity that starts at word ``i`` and where it ends; a bound word with no number
    after it ("some soldiers") is read again as a vague word."""
    bound = table.bounds.match(tokens.words, i)
    if bound is not None:
        found = _bounded_at(tokens, bound[1], table, bound[0])
        if found is not None:
            return found
    zero = table.zero.match(tokens.words, i)  # "no casualties", "aucune victime"
    if zero is not None:
        return _ZERO, zero[1]
    return _bounded_at(tokens, i, table, None)


def _bounded_at(
    tokens: _Tokens, i: int, table: _Table, kind: str | None
) -> tuple[Quantity, int] | None:
    vague = table.vague.match(tokens.words, i)
    if vague is not None:
        several, after = vague
        plural = _amount(tokens, after, table)
        if plural is not None and plural.number is None:  # "plusieurs centaines"
            return _vague(plural, several.low or _PLURAL, kind), plural.end
        quantity = Quantity(None, several.low, None, kind == _LOWER, True, True, several.concept)
        return quantity, after
    amount = _amount(tokens, i, table)
    if amount is None:
        return None
    if amount.number is None:  # "des dizaines"
        return _vague(amount, _PLURAL, kind), amount.end
    ranged = _range(tokens, i, amount, table)
    if ranged is not None:
        return ranged
    end = amount.end
    if kind is None:  # "30 environ", "dix au moins"
        suffix = table.bounds.match(tokens.words, amount.end)
        if suffix is not None:
            kind, end = suffix
    return _figure(amount.number, amount.approximate, kind), end


def _vague(amount: _Amount, count: int, kind: str | None) -> Quantity:
    low = count * amount.magnitude * amount.scale
    return Quantity(None, low, None, kind == _LOWER, True, True, amount.concept, amount.scale)


def _figure(number: Decimal, approximate: bool, kind: str | None) -> Quantity:
    value = _whole(number)
    approximate = approximate or number != value
    if kind == _LOWER:
        return Quantity(value, value, None, True, approximate, False)
    if kind in (_UPPER, _NEAR):
        return Quantity(value, None, value, False, True, False)
    if kind == _APPROXIMATE or approximate:
        return Quantity(value, None, None, False, True, False)
    return Quantity(value, value, value, False, False, False)


def _whole(number: Decimal) -> int:
    return int(number.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _range(
    tokens: _Tokens, start: int, first: _Amount, table: _Table
) -> tuple[Quantity, int] | None:
    """ "10 à 15", "deux ou trois", "entre 20 et 30", "deux à trois millions", "between six
    and about ten"."""
    link = table.ranges.match(tokens.words, first.end)
    if link is None or first.number is None:
        return None
    openers, after = link
    if not any(tokens.words[max(start - len(o), 0) : start] == o for o in openers):
        return None
    bound = table.bounds.match(tokens.words, after)
    second = _amount(tokens, after, table)
    if second is None and bound is not None:
        second = _amount(tokens, bound[1], table)
    if second is None or second.number is None:
        return None
    low, high = first.number, second.number
    if first.unit == 1 and second.unit > 1 and low * second.unit < high:
        low *= second.unit  # "deux à trois millions": two millions
    if not low < high:
        return None
    return Quantity(_whole(low), _whole(low), _whole(high), False, True, False), second.end


def _amount(tokens: _Tokens, i: int, table: _Table) -> _Amount | None:
    """A number, an approximate-number noun ("une trentaine", "deux centaines") or a vague
    plural ("dizaines", "des millions"), with the magnitudes after it ("de milliers")."""
    words = tokens.words
    cardinal = _cardinal(tokens, i, table)
    number, unit, end = cardinal if cardinal is not None else (None, 1, i)
    noun = table.approximations.match(words, end)
    if noun is None and number is None:
        noun = table.multipliers.match(words, end)  # "des millions"
        if noun is None or not noun[0].plural:
            return None
    if noun is None:
        if number is None or number > _LARGEST:
            return None
        return _Amount(number, False, end, unit)
    magnitude, end = noun
    scale = 1
    while (joiner := table.joiners.match(words, end)) is not None:
        more = table.approximations.match(words, joiner[1]) or table.multipliers.match(
            words, joiner[1]
        )
        if more is None or scale * more[0].value > _LARGEST:
            break
        scale, end = scale * more[0].value, more[1]
    if number is None and magnitude.plural:
        return _Amount(None, True, end, 1, magnitude.concept, magnitude.value, scale)
    total = (Decimal(1) if number is None else number) * magnitude.value * scale
    return None if total > _LARGEST else _Amount(total, True, end)


def _cardinal(tokens: _Tokens, i: int, table: _Table) -> tuple[Decimal, int, int] | None:
    """A number in words, digits or both ("quatre-vingt-dix-neuf", "deux mille cinq cents",
    "1,5 million"): its value, the multiplier it ends on, and where it ends. Stops at the
    first word that does not compose ("deux trois" is 2)."""
    words, n = tokens.words, len(tokens.words)
    total, group = Decimal(0), Decimal(0)
    last_add: int | None = None  # a value added to the group: only smaller ones may follow
    last_scale: int | None = None  # a multiplier of a thousand or more: only smaller ones
    unit, j, started = 1, i, False
    while j < n:
        digits = tokens.numbers.get(j)
        if digits is not None:
            if started:
                break
            group, last_add, unit, j, started = digits, 0, 1, j + 1, True
            continue
        value = table.values.match(words, j)
        if value is not None:
            if last_add is not None and value[0] >= last_add:
                break
            group, last_add, unit, j, started = group + value[0], value[0], 1, value[1], True
            continue
        multiplier = table.multipliers.match(words, j)
        if multiplier is not None:
            magnitude, after = multiplier
            factor = group if started and group else Decimal(1)
            if not started and magnitude.plural:
                break  # "des millions": a vague plural, not a number
            if magnitude.value < _GROUP:
                if group >= magnitude.value:
                    break
                group, unit = factor * magnitude.value, magnitude.value if not total else 1
            else:
                if last_scale is not None and magnitude.value >= last_scale:
                    break
                unit = magnitude.value if not total else 1
                total, group, last_scale = (
                    total + factor * magnitude.value,
                    Decimal(0),
                    magnitude.value,
                )
            last_add, j, started = None, after, True
            continue
        link = table.links.match(words, j) if started else None
        following = table.values.match(words, link[1]) if link is not None else None
        if link is None or following is None or (last_add is not None and following[0] >= last_add):
            break
        j = link[1]
    if not started:
        return None
    return total + group, unit, j
