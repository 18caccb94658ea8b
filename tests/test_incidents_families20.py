"""Incident rules from the twentieth round of checks (sentences written for the test,
geoparsed for real)."""

from __future__ import annotations

import pytest

from incident_helpers import detect_parsed


def _records(text, lang="en", date="2021-03-03"):
    return sorted(((r["adm1"], r["type"], r["place"]) for r in detect_parsed(text, lang, date)), key=str)


def test_a_fire_inspection_is_no_fire():
    text = ("TARAZ, May 4 - A fire broke out in the laundry of the regional hospital in Taraz on "
            "Tuesday, and 90 patients were evacuated. The building, put up in 1968 when the town was still called "
            "Dzhambul, had failed a fire inspection last autumn, the prosecutor said.")
    got = _records(text, date="2021-05-04")
    assert [t for a, t, _ in got if a == "Jambyl Region"] == ["fire"], got


@pytest.mark.parametrize("text, lang", [
    ("The health ministry in Astana said 312 people had been poisoned at summer camps across the country "
     "since June 1.", "en"),
    ("В Кентау с конца июня кишечной инфекцией отравились 39 человек, сообщили в санэпидслужбе.", "ru"),
])
def test_many_people_since_a_month_are_a_tally(text, lang):
    assert _records(text, lang) == [], _records(text, lang)


def test_one_event_since_a_month_is_still_news():
    text = "A fire that has burned since June 1 in the reeds near Balkhash spread to a village on Monday."
    got = _records(text)
    assert any(t == "fire" for _, t, _ in got), got


def test_a_headline_of_two_items_each_with_its_place_splits_at_the_comma():
    text = ("Корь в Таразе, пожар в общежитии Актобе\n\n"
            "В Актобе ночью загорелось общежитие колледжа, 40 студентов эвакуированы.")
    got = _records(text, "ru")
    assert [a for a, t, _ in got if t == "fire"] == ["Aktobe Region"], got


def test_a_headline_whose_second_side_goes_on_with_a_preposition_stays_whole():
    text = "Bus overturns near Taraz, in Jambyl region\n\nSix passengers were hurt."
    got = _records(text)
    assert [a for a, t, _ in got if t in ("crash", "accident")] == ["Jambyl Region"], got


def test_a_burst_boiler_at_a_heating_plant_is_an_accident():
    text = "A boiler burst at a heating plant in Ekibastuz on Monday night, and one worker was scalded."
    got = _records(text)
    assert ("Pavlodar Region", "accident", "Ekibastuz") in got, got


@pytest.mark.parametrize("text, lang", [
    ("A fire broke out on Monday in the laundry of the children's hospital in Taraz.", "en"),
    ("Ночью произошёл пожар в инфекционной больнице города Тараза.", "ru"),
])
def test_a_hospital_where_a_fire_broke_out_is_the_scene(text, lang):
    assert [a for a, t, _ in _records(text, lang) if t == "fire"] == ["Jambyl Region"], _records(text, lang)


def test_a_hospital_the_hurt_were_taken_to_is_no_scene():
    text = "After a fire at a flat in Shu, two children were taken to a hospital in Taraz."
    assert "Taraz" not in [p for _, _, p in _records(text)], _records(text)


def test_a_fight_at_a_district_of_the_town_its_sentence_names_is_one_fight():
    text = ("В Караганде в ночь на субботу в общежитии колледжа в районе имени Казыбек би произошла драка "
            "между студентами, один из них получил ножевое ранение.")
    got = _records(text, "ru", "2019-06-01")
    assert [a for a, t, _ in got] == ["Karaganda Region"], got


def test_crews_sent_from_a_neighbouring_region_do_not_place_the_fire_there():
    text = ("SEMEY, July 14 - Fire broke out on the top floor of a shopping centre in Semey on Thursday. "
            "Crews were sent from Kurchatov and from the neighbouring East Kazakhstan region, and a fire "
            "train came from Oskemen.")
    got = _records(text, date="2023-07-14")
    assert [a for a, t, _ in got if t == "fire"] == ["Abai Region"], got


def test_a_military_parade_is_no_protest():
    text = "Астанада әскери шеру өтті, оған 5 мыңнан астам әскери қызметші қатысты."
    assert all(t != "protest" for _, t, _ in _records(text, "kk")), _records(text, "kk")


@pytest.mark.parametrize("text, lang", [
    ("Комитет өкілінің айтуынша, шабуылдар Алматы, Шымкент және Ақтөбе қалаларында жоспарланған.", "kk"),
    ("По данным КНБ, теракты планировались в Алматы и Шымкенте.", "ru"),
])
def test_attacks_planned_in_a_list_of_towns_are_no_events(text, lang):
    assert _records(text, lang, "2025-01-20") == [], _records(text, lang, "2025-01-20")


def test_a_kazakh_wounding_with_a_knife_is_an_attack():
    text = "Қазан айында Шымкенттің Абай ауданында тінту кезінде күдікті пышақпен полиция қызметкерін жаралады."
    assert [(a, t) for a, t, _ in _records(text, "kk", "2025-11-20")] == [("Shymkent", "attack")]
