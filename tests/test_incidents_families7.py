"""Collisions told with the vehicle a few words before the verb and at level crossings, falls
through the ice, collapses and rock falls; casualty sentences that go on from the sentence
before; water bodies with no unit; follow-ups that are no new event (each with sentences
written for the test)."""

from __future__ import annotations

import pytest

from incident_helpers import detect_in, detect_parsed, mention, types, units


def _units(recs):
    return sorted((r["adm1"], r["type"]) for r in recs)


# ---- event words

@pytest.mark.parametrize("sentence, typ", [
    ("A freight train heading from Aktobe to Kandyagash hit a minibus near the depot.", "crash"),
    ("A lorry hit a car at a railway crossing outside the town.", "crash"),
    ("At the level crossing a locomotive struck a tractor.", "crash"),
    ("На переезде электричка смяла легковой автомобиль.", "crash"),
    ("Тепловоз снёс грузовик, выехавший на пути.", "crash"),
    ("Теміржол өткелінде пойыз жеңіл көлікті соқты.", "crash"),
    ("Локомотив трактор сүйреп кетті.", "crash"),
    ("A jeep fell through the ice of the lake.", "accident"),
    ("Two anglers went under the ice on Sunday.", "accident"),
    ("Снегоход ушёл под лёд посреди озера.", "accident"),
    ("Грузовик провалился под тонкий лёд.", "accident"),
    ("Жеңіл көлік мұз астына кетті.", "accident"),
    ("Екі балықшы мұз ойығына түсіп кетті.", "accident"),
    ("Мектептің төбесі опырылып түсті.", "accident"),
    ("Қойманың қабырғасы құлап, жүк көлігін басып қалды.", "accident"),
    ("Кеніште тау жынысы құлап, бір кенші үйінді астында қалды.", "accident"),
    ("В забое обрушилась кровля.", "accident"),
    ("Двое проходчиков оказались под завалом.", "accident"),
    ("Three miners were trapped under rubble after the roof gave way.", "accident"),
])
def test_new_event_words(sentence, typ):
    assert typ in types(sentence)


@pytest.mark.parametrize("sentence", [
    "Car sales hit a record in May.",
    "A new level crossing was opened near the station.",
    "Теміржол өткелі жөнделді.",
    "The ice on the river is still thick.",
])
def test_no_event_words(sentence):
    assert not [t for t in types(sentence) if t in ("crash", "accident")]


# ---- events on a lake, a river or a reservoir with no unit of its own

@pytest.mark.parametrize("text, lang, want", [
    # the dateline settlement
    ("PAVLODAR, June 3 - A boat capsized on Lake Zhasybay on Saturday, and two tourists drowned.", "en",
     [("Pavlodar Region", "accident")]),
    # the region whose emergency service the next sentence names
    ("A boat capsized on Lake Zhasybay on Saturday, and two tourists drowned. The emergencies department of "
     "Pavlodar Region said divers found the bodies.", "en", [("Pavlodar Region", "accident")]),
    ("На водохранилище Тасоткель в субботу перевернулась лодка, утонули двое рыбаков. Об этом сообщили в "
     "департаменте по ЧС Жамбылской области.", "ru", [("Jambyl Region", "crash")]),
    ("Қапшағай су қоймасында сенбі күні қайық аударылып, екі адам суға батып кетті.\n"
     "Алматы облысының төтенше жағдайлар департаменті мәлімдеді.", "kk", [("Almaty Region", "crash")]),
])
def test_water_body_takes_a_nearby_unit(text, lang, want):
    assert _units(detect_parsed(text, lang, "2023-06-05")) == want


def test_a_river_takes_no_dateline_unit():
    # a river crosses many units, and a city that is a unit of its own says nothing of the land around
    recs = detect_parsed("ASTANA, June 3 - Two boys drowned in the Irtysh river on Saturday.", "en", "2023-06-05")
    assert [r["adm1"] for r in recs] == [None]


def test_water_body_in_the_unit_the_geoparser_gives_it():
    text = "Two anglers drowned in the Kapshagay reservoir on Sunday."
    m = mention(text, "Kapshagay reservoir", "facility", place="Kapshagay Reservoir")
    m["subkind"] = "reservoir"
    m["atom"] = "KZ-19"
    assert units(detect_in(text, [m], "2023-06-05")) == [("Almaty Region", "accident")]


@pytest.mark.parametrize("text, lang", [
    ("A boat capsized on Lake Sasykkol in Abai Region, and a man drowned. On Monday a wall collapsed in "
     "Ayagoz, injuring two workers.", "en"),
    ("На озере Сасыкколь в области Абай перевернулась лодка, утонул мужчина. В понедельник в Аягозе "
     "обрушилась стена, пострадали двое рабочих.", "ru"),
    ("Павлодар облысындағы Жасыбай көлінде қайық аударылып, бір адам суға батты. Ал сейсенбі күні "
     "Екібастұз қаласында ғимараттың төбесі құлап, екі жұмысшы жарақат алды.", "kk"),
])
def test_region_named_with_a_lake_stands_for_the_lake(text, lang):
    # the lake event is no unit-level re-mention of the collapse in a town of the region
    recs = detect_parsed(text, lang, "2023-06-07")
    assert len([r for r in recs if r["adm1"]]) == 2
