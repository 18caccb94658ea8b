"""A headline that places its event by the town it happened near, and an undated headline
beside an event of another type told days before the article (sentences written for the
test, geoparsed for real)."""

from __future__ import annotations

import pytest

from incident_helpers import detect_parsed, types


def _rows(recs):
    return sorted((r["adm1"], r["type"], r["place"]) for r in recs if r["adm1"])


@pytest.mark.parametrize("text, lang", [
    ("Riot at a prison near Pavlodar\nPAVLODAR, May 3 - Inmates of a prison colony in the village of "
     "Shiderty rioted on Sunday and set fire to a workshop, police said.\n", "en"),
    ("Бунт в колонии под Карагандой\nКАРАГАНДА, 16 октября. Заключённые колонии в посёлке Долинка "
     "устроили беспорядки и подожгли здание столовой.\n", "ru"),
])
def test_headline_near_a_town_is_the_body_event(text, lang):
    recs = detect_parsed(text, lang, "2015-05-04")
    riots = [r for r in recs if r["type"] == "riot"]
    assert len(riots) == 1
    # the record is placed where the body says it happened, not at the town of the headline
    assert riots[0]["place"] not in ("Pavlodar", "Karaganda")


def test_headline_naming_the_town_itself_stays_apart_from_a_district_event():
    # (not a reference point: the headline's town is where it happened, and the rule leaves it)
    text = ("Riot in Pavlodar prison\nPAVLODAR, May 3 - Inmates of a prison colony in the village of "
            "Shiderty rioted on Sunday, police said.\n")
    assert len([r for r in detect_parsed(text, "en", "2015-05-04") if r["type"] == "riot"]) == 2


def test_undated_headline_is_not_an_older_event_of_another_type():
    text = ("Two miners killed in roof fall near Satpayev\n"
            "SATPAYEV, March 14 - Two miners were killed when part of a roof fell in at a copper mine "
            "near Satpayev late on Monday, the emergencies department said.\n"
            "It was the second accident in the region this month. On March 2 a boiler exploded at the "
            "heating plant of Zhezdy, leaving residents without heat for two days.\n")
    rows = _rows(detect_parsed(text, "en", "2023-03-14"))
    assert ("Ulytau Region", "explosion", "Zhezdy") in [(a, t, p.replace("Jezdy", "Zhezdy")) for a, t, p in rows]
    assert len(rows) == 2


def test_undated_headline_still_joins_the_same_days_event_of_another_type():
    text = ("Three hurt near Satpayev\n"
            "SATPAYEV, March 14 - A gas cylinder exploded in a garage in Satpayev on Monday, hurting "
            "three people.\n")
    assert len(detect_parsed(text, "en", "2023-03-14")) == 1


@pytest.mark.parametrize("sentence", [
    "Freezing rain snapped wires and brought down 60 poles in Akkol district.",
    "Ice on power lines left 14 villages in Akkol district without electricity.",
])
def test_ice_on_power_lines_is_a_storm(sentence):
    assert [r["type"] for r in detect_parsed(sentence, "en", "1998-01-13")] == ["storm"]


@pytest.mark.parametrize("sentence", [
    "Ice on the river broke up early near Akkol.",
    "Freezing rain is forecast for Akkol district on Friday.",
])
def test_ice_without_damage_is_no_event(sentence):
    assert detect_parsed(sentence, "en", "1998-01-13") == []


@pytest.mark.parametrize("text, unit", [
    ("Two men drowned on Tuesday when the ice gave way under their car on the Kengir reservoir, five "
     "kilometres from Zhezkazgan.", "Ulytau Region"),
    ("Three miners were killed and five injured when part of a roof fell in at a mine near Satpayev.",
     "Ulytau Region"),
    ("A fisherman went missing on Sunday when his boat capsized on the Bukhtarma reservoir near Zyryanovsk.",
     "East Kazakhstan Region"),
])
def test_when_after_a_casualty_tells_where(text, unit):
    assert [r["adm1"] for r in detect_parsed(text, "en", "2023-01-18")] == [unit]


@pytest.mark.parametrize("sentence", [
    "Крупнейший выброс в регионе произошёл в 1985 году на месторождении Тенгиз.",
    "Горящий фонтан на скважине тушили больше года.",
])
def test_blowout_words(sentence):
    assert "accident" in types(sentence)


@pytest.mark.parametrize("sentence", [
    "Выбросы в атмосферу на месторождении Тенгиз выросли на 5%.",
    "Выброс вредных веществ на месторождении Кашаган превысил норму.",
    "Выброс мусора у дороги возмутил жителей.",
])
def test_emissions_are_no_blowout(sentence):
    assert "accident" not in types(sentence)


@pytest.mark.parametrize("text, lang", [
    ("Ақтөбе облысының Темір ауданындағы Шұбарқұдық стансасында жүк пойызының 14 вагоны рельстен шығып "
     "кетті. Вагондарда Жаңажол кен орнынан тиелген мұнай болған. Адам шығыны жоқ, бірақ 200 тоннаға жуық "
     "мұнай жерге төгілді.", "kk"),
    ("На станции Шубаркудук Темирского района с рельсов сошли 14 вагонов грузового поезда. В вагонах была "
     "нефть с месторождения Жанажол. Около 200 тонн нефти разлилось на землю.", "ru"),
])
def test_cargo_origin_is_no_site_of_the_spill(text, lang):
    recs = detect_parsed(text, lang, "2010-11-23")
    assert [r["type"] for r in recs] == ["crash"]
    assert "Zhanazhol" not in str(recs[0]["place"]) and "Темирского" not in str(recs[0]["place"])
