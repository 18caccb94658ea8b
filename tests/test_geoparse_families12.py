"""Geoparser rules from the twelfth round of checks (sentences written for the test)."""

from __future__ import annotations

import pytest

from geomap import geoparse
from incident_helpers import detect_parsed


def _found(text, lang="en", date="2023-03-14"):
    return [(m["text"], m["kind"], m["adm1"]) for m in geoparse.extract(text, date=date, lang=lang)]


@pytest.mark.parametrize("text, lang, surface, unit", [
    ("Smugglers were stopped on the highway near Sariagash at dawn.", "en", "Sariagash", "Turkistan Region"),
    ("A bus overturned on the road to Kizilorda on Sunday.", "en", "Kizilorda", "Kyzylorda Region"),
    ("Фура перевернулась под Сариагашем ночью.", "ru", "Сариагашем", "Turkistan Region"),
])
def test_misspelt_town_with_i_for_y(text, lang, surface, unit):
    assert (surface, "city", unit) in _found(text, lang)


def test_i_for_y_still_needs_a_cue_and_a_big_place():
    assert _found("Sariagash is far.") == []
    assert _found("Talks in Kirov went on.") in ([], [("Kirov", "foreign", None)])


@pytest.mark.parametrize("text, surface, unit", [
    ("Поезд задержался перед Сарыагашем из-за снега.", "Сарыагашем", "Turkistan Region"),
    ("Лёд сошёл с озера рядом с Балхашем.", "Балхашем", "Karaganda Region"),
])
def test_russian_instrumental_em_after_a_hushing_stem(text, surface, unit):
    assert (surface, "city", unit) in _found(text, "ru")


def test_village_named_after_its_field_stays_a_village():
    text = ("Drillers at the Zhetybai field downed tools on Monday; their families gathered in the village "
            "of Zhetybai. Later crews at Zhetybai returned to the rigs.")
    got = [(s, k) for s, k, _ in _found(text)]
    assert got == [("Zhetybai field", "facility"), ("Zhetybai", "village"), ("Zhetybai", "facility")]


@pytest.mark.parametrize("text", [
    "A report by the Kazakhstan International Bureau for Human Rights came out on Friday.",
    "The Kazakhstan Union of Journalists protested against the fines.",
    "The Aktobe Society of Veterans laid wreaths.",
])
def test_place_inside_the_name_of_a_civic_body(text):
    assert _found(text) == []


def test_field_and_its_village_in_one_event_count_once():
    text = "Drillers at the Zhetybai field went on strike and blocked the road at the village of Zhetybai."
    recs = [r for r in detect_parsed(text, "en", "2023-09-14") if r["adm1"]]
    assert len(recs) == 1 and recs[0]["adm1"] == "Mangystau Region"


@pytest.mark.parametrize("text, lang, surface", [
    ("Медь везли на завод в Алмалыке (Узбекистан) по железной дороге.", "ru", "Алмалыке"),
    ("The ore went by rail to a smelter in Almalyk (Uzbekistan) until last year.", "en", "Almalyk"),
    ("Жүк көлігі Алтай қаласында (Қытай) тұрып қалды.", "kk", "Алтай қаласында"),
])
def test_town_with_a_neighbour_in_brackets_is_foreign(text, lang, surface):
    got = {s: (k, u) for s, k, u in _found(text, lang)}
    assert got[surface] == ("foreign", None)


def test_kazakh_town_without_a_neighbour_in_brackets_stays():
    got = {s: (k, u) for s, k, u in _found("Жители села Алмалык (Енбекшиказахский район) вышли на сход.", "ru")}
    assert got.get("Алмалык") == ("village", "Almaty Region")


@pytest.mark.parametrize("text, spans", [
    ("Субсидии получат Павлодарскую и Костанайскую области.", ["Павлодарскую", "Костанайскую"]),
    ("Засуху пережили Атырауская, Мангистауская и Актюбинская области.",
     ["Атырауская", "Мангистауская", "Актюбинская"]),
    ("Гости из Павлодарской области и Костанайской области приехали.",
     ["Павлодарской области", "Костанайской области"]),
])
def test_plural_oblasti_after_feminine_singular_adjectives_stays_out(text, spans):
    assert [s for s, _, _ in _found(text, "ru")] == spans


@pytest.mark.parametrize("text, surface, unit", [
    # a monument or stadium named like a village lies where the text says, not in that village
    ("АСТАНА. Кеше елордада студенттер Бәйтерек монументі алдында флешмоб өткізді.", "Бәйтерек монументі", "Astana"),
    ("Петропавлда жанкүйерлер Қызылжар стадионында жиналды.", "Қызылжар стадионында", "North Kazakhstan Region"),
])
def test_kazakh_landmark_head_makes_a_facility(text, surface, unit):
    assert (surface, "facility", unit) in _found(text, "kk", "2023-05-02")


def test_capital_word_places_an_unlocated_landmark():
    text = "Алматыда жиын болды. Ал елордада көпшілік Бәйтерек монументі жанына жиналды."
    assert ("Бәйтерек монументі", "facility", "Astana") in _found(text, "kk", "2023-05-02")


def test_monument_word_after_a_name_is_no_settlement():
    assert _found("Тұрғындар Бәйтерек ескерткіші жанына гүл қойды.", "kk") == []


@pytest.mark.parametrize("text, surface", [
    ("«Қорғас» шекара өткелінде жүк көліктері кезекте тұрды.", "Қорғас"),
    ("Жүргізушілер Бахты шекара өткелінде екі күн күтті.", "Бахты шекара өткелінде"),
])
def test_kazakh_border_crossing_named_with_otkel(text, surface):
    assert [(s, k) for s, k, _ in _found(text, "kk", "2024-04-02")] == [(surface, "facility")]
