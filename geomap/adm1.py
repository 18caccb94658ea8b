"""Kazakhstan's first-level units (ADM1) and how they changed over time.

Pure data and logic, no I/O. The 20 units in force since 2022-06-08 are the
*atoms*: every earlier unit is a union of atoms, so a place located in an atom
can be resolved to the unit of any date without touching geometry.

Reforms covered:

* 2018-06-19: South Kazakhstan Region (KZ-YUZ) became Turkistan Region (KZ-61),
  and Shymkent (KZ-79) became a city of republican significance.
* 2022-06-08: Abai (KZ-10) left East Kazakhstan (KZ-63), Jetisu (KZ-33) left
  Almaty Region (KZ-19) and Ulytau (KZ-62) left Karaganda Region (KZ-35).

Astana's name changed (Nur-Sultan 2019-03-23 to 2022-09-17) but not its unit,
so it is one unit with one canonical name throughout.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Iterable

REFORM_2018 = _dt.date(2018, 6, 19)
REFORM_2022 = _dt.date(2022, 6, 8)


@dataclass(frozen=True)
class Unit:
    """One ADM1 unit, identified by its ISO 3166-2 code."""

    iso: str
    name: str  # canonical English name (CONTRACT.md)
    name_ru: str
    name_kk: str
    city: bool = False  # a city of republican significance


UNITS: dict[str, Unit] = {
    u.iso: u
    for u in [
        Unit("KZ-10", "Abai Region", "Абайская область", "Абай облысы"),
        Unit("KZ-11", "Akmola Region", "Акмолинская область", "Ақмола облысы"),
        Unit("KZ-15", "Aktobe Region", "Актюбинская область", "Ақтөбе облысы"),
        Unit("KZ-19", "Almaty Region", "Алматинская область", "Алматы облысы"),
        Unit("KZ-23", "Atyrau Region", "Атырауская область", "Атырау облысы"),
        Unit("KZ-27", "West Kazakhstan Region", "Западно-Казахстанская область", "Батыс Қазақстан облысы"),
        Unit("KZ-31", "Jambyl Region", "Жамбылская область", "Жамбыл облысы"),
        Unit("KZ-33", "Jetisu Region", "Область Жетысу", "Жетісу облысы"),
        Unit("KZ-35", "Karaganda Region", "Карагандинская область", "Қарағанды облысы"),
        Unit("KZ-39", "Kostanay Region", "Костанайская область", "Қостанай облысы"),
        Unit("KZ-43", "Kyzylorda Region", "Кызылординская область", "Қызылорда облысы"),
        Unit("KZ-47", "Mangystau Region", "Мангистауская область", "Маңғыстау облысы"),
        Unit("KZ-55", "Pavlodar Region", "Павлодарская область", "Павлодар облысы"),
        Unit("KZ-59", "North Kazakhstan Region", "Северо-Казахстанская область", "Солтүстік Қазақстан облысы"),
        Unit("KZ-61", "Turkistan Region", "Туркестанская область", "Түркістан облысы"),
        Unit("KZ-YUZ", "South Kazakhstan Region", "Южно-Казахстанская область", "Оңтүстік Қазақстан облысы"),
        Unit("KZ-62", "Ulytau Region", "Область Улытау", "Ұлытау облысы"),
        Unit("KZ-63", "East Kazakhstan Region", "Восточно-Казахстанская область", "Шығыс Қазақстан облысы"),
        Unit("KZ-71", "Astana", "Астана", "Астана", city=True),
        Unit("KZ-75", "Almaty", "Алматы", "Алматы", city=True),
        Unit("KZ-79", "Shymkent", "Шымкент", "Шымкент", city=True),
    ]
}

BY_NAME: dict[str, Unit] = {u.name: u for u in UNITS.values()}

#: The 20 units in force since 2022-06-08; every place is located in one of them.
ATOMS: tuple[str, ...] = tuple(sorted(iso for iso in UNITS if iso != "KZ-YUZ"))


@dataclass(frozen=True)
class Version:
    """A unit with the territory it had between two dates (inclusive; None = open)."""

    iso: str
    valid_from: _dt.date | None
    valid_to: _dt.date | None
    atoms: tuple[str, ...]

    @property
    def unit(self) -> Unit:
        return UNITS[self.iso]

    def in_force(self, on: _dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= on) and (
            self.valid_to is None or on <= self.valid_to
        )


_DAY = _dt.timedelta(days=1)


def _versions() -> tuple[Version, ...]:
    out: list[Version] = []
    split_2022 = {"KZ-63": ("KZ-10",), "KZ-19": ("KZ-33",), "KZ-35": ("KZ-62",)}
    for iso in ATOMS:
        if iso in ("KZ-10", "KZ-33", "KZ-62"):
            out.append(Version(iso, REFORM_2022, None, (iso,)))
        elif iso in split_2022:
            out.append(Version(iso, None, REFORM_2022 - _DAY, tuple(sorted((iso,) + split_2022[iso]))))
            out.append(Version(iso, REFORM_2022, None, (iso,)))
        elif iso in ("KZ-61", "KZ-79"):
            out.append(Version(iso, REFORM_2018, None, (iso,)))
        else:
            out.append(Version(iso, None, None, (iso,)))
    out.append(Version("KZ-YUZ", None, REFORM_2018 - _DAY, ("KZ-61", "KZ-79")))
    return tuple(sorted(out, key=lambda v: (v.iso, v.valid_from or _dt.date.min)))


#: Every version of every unit: the crosswalk between eras.
VERSIONS: tuple[Version, ...] = _versions()


def to_date(value: _dt.date | str | None) -> _dt.date:
    """A date from a ``date``, a ``YYYY-MM-DD`` string, or None (today)."""
    if value is None:
        return _dt.date.today()
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    try:
        return _dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise ValueError(f"not a YYYY-MM-DD date: {value!r}") from None


#: The capital moved from Almaty to Akmola (now Astana) on this day.
CAPITAL_MOVED = _dt.date(1997, 12, 10)


def capital_on(on: _dt.date | str | None) -> Unit:
    """The unit of the country's capital on a date: Almaty before 1997-12-10, Astana after."""
    return BY_NAME["Astana" if to_date(on) >= CAPITAL_MOVED else "Almaty"]


def versions_on(on: _dt.date | str | None) -> list[Version]:
    """The unit versions in force on a date, sorted by ISO code."""
    day = to_date(on)
    return [v for v in VERSIONS if v.in_force(day)]


def units_on(on: _dt.date | str | None) -> list[Unit]:
    """The units in force on a date (16, 17 or 20), sorted by ISO code."""
    return [v.unit for v in versions_on(on)]


def unit_for_atom(atom: str, on: _dt.date | str | None) -> Unit:
    """The unit that contained the land of ``atom`` (a current ISO code) on a date."""
    day = to_date(on)
    for v in VERSIONS:
        if atom in v.atoms and v.in_force(day):
            return v.unit
    raise KeyError(f"unknown ADM1 atom {atom!r}")


def resolve_unit(iso_or_name: str, on: _dt.date | str | None) -> Unit:
    """Map a unit named in any era onto the unit in force on a date.

    A unit that still exists maps to itself; one that has since split maps to
    the unit holding most of its land today (the first atom listed, i.e. the
    unit that kept its name). South Kazakhstan maps to Turkistan Region from
    2018-06-19. Use :func:`split_atoms` to know whether the mapping is exact.
    """
    unit = UNITS.get(iso_or_name) or BY_NAME[iso_or_name]
    day = to_date(on)
    for v in VERSIONS:
        if v.iso == unit.iso and v.in_force(day):
            return unit
    if unit.iso == "KZ-YUZ":
        return unit_for_atom("KZ-61", day)
    return unit_for_atom(unit.iso, day)


def split_atoms(iso: str, then: _dt.date | str | None, now: _dt.date | str | None) -> tuple[str, ...]:
    """Atoms of unit ``iso`` as of ``then`` that belong to other units as of ``now``.

    Empty when the unit's land maps to one unit on ``now``.
    """
    then_v = [v for v in VERSIONS if v.iso == iso and v.in_force(to_date(then))]
    if not then_v:
        return ()
    targets = {unit_for_atom(a, now).iso for a in then_v[0].atoms}
    return tuple(sorted(then_v[0].atoms)) if len(targets) > 1 else ()


def canonical_names(units: Iterable[Unit]) -> list[str]:
    return [u.name for u in units]
