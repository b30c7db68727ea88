"""Tests for wirewatch.evaluate.timeml: reading ISO-TimeML gold files (hand-written fixtures)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from wirewatch.errors import InputError
from wirewatch.evaluate import GoldTimex, read_timeml, read_timeml_dir

# Two small documents written for these tests, in the French TimeBank's layout.
PORT = """<?xml version="1.0" encoding="UTF-8"?>
<!-- un document d'essai -->
<TimeML>
<DOCID>essai-0001</DOCID>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2024-03-12" /></DCT>
<TEXT>
Des obus sont <EVENT class="OCCURRENCE" eid="e1" eiid="ei1">tombés</EVENT> sur le port \
<TIMEX3 anchorTimeID="t0" tid="t1" type="TIME" value="2024-03-11TEV">lundi soir</TIMEX3>, \
selon Durand &amp; Fils.
<SIGNAL sid="s1">Depuis</SIGNAL> <TIMEX3 tid="t2" type="DURATION" value="P3D">trois jours\
</TIMEX3>, la ville, classée &lt;zone rouge&gt;, <EVENT class="I_STATE" eid="e2" eiid="ei2">\
espère</EVENT> une trêve avant <TIMEX3 tid="t3" type="DATE" value="2024-SU">l'&#233;t&#233; \
<SIGNAL sid="s2">de</SIGNAL> 2024</TIMEX3>.
</TEXT>
<TLINK eventInstanceID="ei1" lid="l1" relType="BEFORE" relatedToTime="t0" />
<SLINK eventInstanceID="ei2" lid="l2" relType="MODAL" subordinatedEventInstance="ei1" />
</TimeML>
"""

PORT_TEXT = (
    "\nDes obus sont tombés sur le port lundi soir, selon Durand & Fils.\n"
    "Depuis trois jours, la ville, classée <zone rouge>, espère une trêve avant l'été de 2024.\n"
)

# No DOCID, a timex nested in an event, a non-consuming (empty) TIMEX3, a DCT with a time.
COUNCIL = """<TimeML>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="TIME" value="2024-03-13T08:30"/>\
</DCT>
<TEXT>Le conseil <EVENT class="OCCURRENCE" eid="e1" eiid="ei1">se réunira <TIMEX3 tid="t1" \
type="DATE" value="2024-03-19">mardi prochain</TIMEX3></EVENT><TIMEX3 tid="t2" type="DURATION" \
value="P6D" beginPoint="t0" endPoint="t1"/> à Lyon.</TEXT>
<TLINK eventInstanceID="ei1" lid="l1" relType="IS_INCLUDED" relatedToTime="t1"/>
</TimeML>
"""


def _write(directory: Path, name: str, content: str) -> Path:
    path = directory / name
    path.write_text(content, encoding="utf-8")
    return path


def test_timeml_reads_text_with_tags_removed_and_entities_decoded(tmp_path: Path) -> None:
    document = read_timeml(_write(tmp_path, "port.tml", PORT))
    assert document.text == PORT_TEXT
    assert document.doc_id == "essai-0001"
    assert document.creation_time == date(2024, 3, 12)
    assert document.path == str(tmp_path / "port.tml")


def test_timeml_timex_offsets_are_exact(tmp_path: Path) -> None:
    document = read_timeml(_write(tmp_path, "port.tml", PORT))
    assert document.timexes[0] == GoldTimex(34, 44, "lundi soir", "TIME", "2024-03-11TEV", "t1")
    expected = [
        ("lundi soir", "TIME", "2024-03-11TEV", "t1"),
        ("trois jours", "DURATION", "P3D", "t2"),
        ("l'été de 2024", "DATE", "2024-SU", "t3"),
    ]
    assert [(t.text, t.type, t.value, t.tid) for t in document.timexes] == expected
    for timex in document.timexes:
        assert timex.start == PORT_TEXT.index(timex.text)
        assert document.text[timex.start : timex.end] == timex.text


def test_timeml_excludes_the_dct_from_timexes(tmp_path: Path) -> None:
    document = read_timeml(_write(tmp_path, "port.tml", PORT))
    assert "t0" not in {timex.tid for timex in document.timexes}


def test_timeml_nested_and_empty_timexes(tmp_path: Path) -> None:
    document = read_timeml(_write(tmp_path, "conseil-0002.tml", COUNCIL))
    assert document.text == "Le conseil se réunira mardi prochain à Lyon."
    assert document.doc_id == "conseil-0002"  # no DOCID: the file name
    assert document.creation_time == date(2024, 3, 13)
    assert document.timexes == (
        GoldTimex(22, 36, "mardi prochain", "DATE", "2024-03-19", "t1"),
        GoldTimex(36, 36, "", "DURATION", "P6D", "t2"),
    )


def test_timeml_tags_in_a_default_namespace(tmp_path: Path) -> None:
    content = COUNCIL.replace("<TimeML>", '<TimeML xmlns="http://www.timeml.org/site/">')
    document = read_timeml(_write(tmp_path, "ns.tml", content))
    assert document.creation_time == date(2024, 3, 13)
    assert [timex.text for timex in document.timexes] == ["mardi prochain", ""]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("Ceci n'est pas du XML.", "not well-formed XML"),
        ("<TimeML><TEXT>un texte", "not well-formed XML"),
        (PORT.replace("&amp;", "&nbsp;"), "not well-formed XML"),
        (PORT.replace(' functionInDocument="CREATION_TIME"', ""), "CREATION_TIME"),
        (PORT.replace('value="2024-03-12"', 'value="2024-13"'), "not a YYYY-MM-DD date"),
        ("<TimeML><DOCID>x</DOCID></TimeML>", "no <TEXT> element"),
        (PORT.replace(' value="P3D"', ""), "TIMEX3 't2' has no value attribute"),
        (PORT.replace(' type="DURATION"', ""), "TIMEX3 't2' has no type attribute"),
    ],
    ids=[
        "plain-text",
        "truncated",
        "html-entity",
        "no-creation-time",
        "bad-creation-date",
        "no-text",
        "timex-without-value",
        "timex-without-type",
    ],
)
def test_timeml_bad_file_raises_input_error(tmp_path: Path, content: str, message: str) -> None:
    path = _write(tmp_path, "mauvais.tml", content)
    with pytest.raises(InputError, match=message) as caught:
        read_timeml(path)
    assert "mauvais.tml" in str(caught.value)


def test_timeml_missing_file_raises_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"absent\.tml") as caught:
        read_timeml(tmp_path / "absent.tml")
    assert isinstance(caught.value.__cause__, OSError)


def test_timeml_dir_reads_every_tml_sorted_by_name(tmp_path: Path) -> None:
    _write(tmp_path, "b.tml", PORT)
    _write(tmp_path, "a.tml", COUNCIL)
    _write(tmp_path, "notes.txt", "pas un document")
    documents = read_timeml_dir(tmp_path)
    assert [Path(document.path).name for document in documents] == ["a.tml", "b.tml"]


def test_timeml_dir_without_tml_raises_input_error(tmp_path: Path) -> None:
    _write(tmp_path, "notes.txt", "pas un document")
    with pytest.raises(InputError, match=r"no \.tml file"):
        read_timeml_dir(tmp_path)


def test_timeml_dir_that_is_not_a_directory_raises_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a directory"):
        read_timeml_dir(_write(tmp_path, "port.tml", PORT))
