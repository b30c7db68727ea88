"""The ISO-TimeML gold reader: a ``.tml`` file -> its plain text, creation date and TIMEX3 spans.

A TimeML document (the French TimeBank's format) is XML: a ``<DCT>`` holding the TIMEX3 whose
``functionInDocument`` is ``CREATION_TIME``, a ``<TEXT>`` whose characters are the article with
inline ``<EVENT>``, ``<TIMEX3>`` and ``<SIGNAL>`` tags, then TLINK/SLINK/ALINK elements.

``TimemlDocument.text`` is every character inside ``<TEXT>`` with the tags removed and the XML
entities decoded, leading and trailing newlines included, so that for every gold expression
``document.text[timex.start:timex.end] == timex.text`` (offsets count Python characters).
Links, events and signals are not read.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from wirewatch.errors import InputError

__all__ = ["GoldTimex", "TimemlDocument", "read_timeml", "read_timeml_dir"]


@dataclass(frozen=True, slots=True)
class GoldTimex:
    """One annotated time expression: its extent in ``TimemlDocument.text`` and its TIMEX3 value.

    ``type`` is ``DATE``, ``TIME``, ``DURATION`` or ``SET``; ``value`` is the ISO-TimeML value
    as written (``1999-05-18``, ``1999-05-20TEV``, ``P2Y``, ``PRESENT_REF`` ...).
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    tid: str


@dataclass(frozen=True, slots=True)
class TimemlDocument:
    """One gold document: the plain text of ``<TEXT>``, its creation date and its timexes.

    ``timexes`` holds the TIMEX3 elements inside ``<TEXT>`` only (never the DCT), in text order.
    """

    doc_id: str
    text: str
    creation_time: date
    timexes: tuple[GoldTimex, ...]
    path: str


def read_timeml(path: str | Path) -> TimemlDocument:
    """Read one ISO-TimeML file; a missing, unreadable or malformed file raises ``InputError``."""
    file = Path(path)
    try:
        root = ET.parse(file).getroot()
    except OSError as exc:
        raise InputError(f"{file}: cannot read the TimeML file ({exc.strerror or exc})") from exc
    except ET.ParseError as exc:
        raise InputError(f"{file}: not well-formed XML, so not a TimeML file ({exc})") from exc

    text_element = _first(root, "TEXT")
    if text_element is None:
        raise InputError(f"{file}: no <TEXT> element; a TimeML file needs one")
    creation_time = _creation_time(root, file)
    text, timexes = _flatten(text_element, file)
    doc_id_element = _first(root, "DOCID")
    doc_id = (doc_id_element.text or "").strip() if doc_id_element is not None else ""
    return TimemlDocument(
        doc_id=doc_id or file.stem,
        text=text,
        creation_time=creation_time,
        timexes=timexes,
        path=str(file),
    )


def read_timeml_dir(path: str | Path) -> list[TimemlDocument]:
    """Read every ``*.tml`` file of a directory, sorted by file name.

    A path that is not a directory, or a directory without any ``.tml`` file, raises
    ``InputError``.
    """
    directory = Path(path)
    if not directory.is_dir():
        raise InputError(f"{directory}: not a directory of TimeML files")
    files = sorted(p for p in directory.glob("*.tml") if p.is_file())
    if not files:
        raise InputError(f"{directory}: no .tml file in this directory")
    return [read_timeml(file) for file in files]


def _local_name(tag: object) -> str:
    """The tag without any ``{namespace}`` prefix ('' for comments and processing instructions)."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def _first(root: ET.Element, name: str) -> ET.Element | None:
    """The first element named ``name`` in document order, at any depth."""
    for element in root.iter():
        if _local_name(element.tag) == name:
            return element
    return None


def _creation_time(root: ET.Element, file: Path) -> date:
    """The date of the first TIMEX3 whose ``functionInDocument`` is ``CREATION_TIME``."""
    for element in root.iter():
        if (
            _local_name(element.tag) == "TIMEX3"
            and element.get("functionInDocument") == "CREATION_TIME"
        ):
            value = element.get("value", "")
            try:
                return date.fromisoformat(value[:10])
            except ValueError as exc:
                raise InputError(
                    f"{file}: the CREATION_TIME TIMEX3 has value {value!r}, not a YYYY-MM-DD date"
                ) from exc
    raise InputError(f'{file}: no TIMEX3 with functionInDocument="CREATION_TIME" (the DCT)')


@dataclass(slots=True)
class _OpenTimex:
    """A TIMEX3 seen while flattening ``<TEXT>``: its element and its character extent."""

    element: ET.Element
    start: int
    end: int


def _flatten(text_element: ET.Element, file: Path) -> tuple[str, tuple[GoldTimex, ...]]:
    """The characters of ``<TEXT>`` without tags, and its TIMEX3 elements with their offsets."""
    parts: list[str] = []
    found: list[_OpenTimex] = []

    def walk(element: ET.Element, position: int) -> int:
        # Returns the position after the element's content (its tail excluded).
        if element.text:
            parts.append(element.text)
            position += len(element.text)
        for child in element:
            start = position
            if _local_name(child.tag) == "TIMEX3":
                opened = _OpenTimex(child, start, start)
                found.append(opened)  # appended before its content: document order
                position = walk(child, position)
                opened.end = position
            else:
                position = walk(child, position)
            if child.tail:
                parts.append(child.tail)
                position += len(child.tail)
        return position

    walk(text_element, 0)
    text = "".join(parts)
    timexes = tuple(_gold_timex(item, text, file) for item in found)
    return text, timexes


def _gold_timex(item: _OpenTimex, text: str, file: Path) -> GoldTimex:
    """A ``GoldTimex`` from a TIMEX3 element; a missing ``type`` or ``value`` raises."""
    element = item.element
    tid = element.get("tid", "")
    for attribute in ("type", "value"):
        if element.get(attribute) is None:
            where = f"TIMEX3 {tid!r}" if tid else f"the TIMEX3 at character {item.start}"
            raise InputError(f"{file}: {where} has no {attribute} attribute")
    return GoldTimex(
        start=item.start,
        end=item.end,
        text=text[item.start : item.end],
        type=element.get("type", ""),
        value=element.get("value", ""),
        tid=tid,
    )
