"""A batch of short French wire-style articles written for the tests, varied by place and date."""

from __future__ import annotations

from pathlib import Path

_PLACES = (
    ("BAMAKO", "Mopti"),
    ("NIAMEY", "Tillabéri"),
    ("OUAGADOUGOU", "Djibo"),
    ("BEYROUTH", "Alep"),
    ("BAGDAD", "Mossoul"),
)
_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi")
_TEMPLATE = (
    "{capital} (AFP) - Au moins {n} civils ont été tués {day} dans l'explosion d'une bombe "
    "au marché de {town}, a indiqué une source sécuritaire.\n"
    "Des hommes armés ont ensuite attaqué un poste de police de {town}, selon des "
    "témoins joints par téléphone.\n"
    "Les autorités ont décrété trois jours de deuil national.\n"
)


def write_wire_batch(folder: Path, count: int) -> list[Path]:
    """``count`` distinct articles as ``.txt`` files in ``folder`` (created if needed)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for k in range(count):
        capital, town = _PLACES[k % len(_PLACES)]
        text = _TEMPLATE.format(capital=capital, town=town, n=k + 2, day=_DAYS[k % len(_DAYS)])
        path = folder / f"depeche-{k:03d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
