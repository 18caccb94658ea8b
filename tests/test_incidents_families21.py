"""Incident rules from the twenty-first round of checks (sentences written for the test,
geoparsed for real)."""

from __future__ import annotations

import pytest

from incident_helpers import detect_parsed


def _records(text, lang="en", date="2021-03-03"):
    return sorted(((r["adm1"], r["type"], r["place"]) for r in detect_parsed(text, lang, date)), key=str)


@pytest.mark.parametrize("text, lang, caught_in", [
    ("ASTANA, Sept 15 - Three remand prisoners broke out of the detention centre in Astana overnight, "
     "taking a guard hostage. Two of the fugitives were detained on Tuesday at the railway station in "
     "Karaganda.", "en", "Karaganda Region"),
    ("АСТАНА, 15 сентября. Трое подследственных сбежали из следственного изолятора в Астане, захватив в "
     "заложники контролёра. Двоих беглецов задержали во вторник на вокзале в Караганде.", "ru",
     "Karaganda Region"),
    ("Ақтөбе облысындағы колониядан үш сотталушы қашып кетті, олар жолда көлік жүргізушісін ұрып-соғып, "
     "машинасын тартып алған. Екі қашқын сенбі күні Ырғыз ауданында ұсталды.", "kk", None),
])
def test_escapees_caught_again_end_the_escape_told_before(text, lang, caught_in):
    got = _records(text, lang, "2020-09-15")
    assert not any(t == "arrest" for _, t, _ in got), got
    if caught_in:
        assert not any(a == caught_in for a, _, _ in got), got


def test_an_arrest_with_no_escape_told_before_stays_an_arrest():
    got = _records("Police detained two fugitives at the railway station in Karaganda on Tuesday.", "en")
    assert ("Karaganda Region", "arrest", "Karaganda") in got, got


@pytest.mark.parametrize("text", [
    "Семей қаласындағы тергеу изоляторында ұсталып отырған ер адамның туыстары шағым түсірді.",
    "Атыраудағы тергеу изоляторында ұсталып отырған 12 адамның ісі сотқа жіберілді.",
])
def test_being_held_in_custody_is_no_detention(text):
    assert not any(t == "arrest" for _, t, _ in _records(text, "kk", "2023-03-20")), _records(text, "kk", "2023-03-20")


@pytest.mark.parametrize("text", [
    "Семейде полиция төрт адамды ұстап алды, олар дүкенді тонаған.",
])
def test_a_kazakh_detention_told_with_a_gerund_is_still_one(text):
    got = _records(text, "kk", "2023-03-20")
    assert ("Abai Region", "arrest", "Semey") in got, got


@pytest.mark.parametrize("text, lang", [
    ("Қапшағай қаласының кіреберісінде автобус жүк көлігімен соқтығысты, жеті адам жарақат алды. Түркістандағы "
     "кесенеге зиярат сенбіге жоспарланған. Жарақат алған ақсақалдардың жағдайы тұрақты, деп хабарлады дәрігерлер.",
     "kk"),
    ("A bus collided with a lorry at the entrance to Kapshagay, injuring seven. A visit to the mausoleum in "
     "Turkistan is planned for Saturday. The injured passengers are in stable condition, doctors said.", "en"),
])
def test_the_condition_of_the_injured_is_no_new_mishap(text, lang):
    got = _records(text, lang, "2021-10-01")
    assert [a for a, _, _ in got] == ["Almaty Region"], got


def test_a_kazakh_place_of_the_thing_a_bus_heads_for_is_its_destination():
    text = ("«Қайсар» жанкүйерлерін Түркістандағы ойынға алып бара жатқан автобус Шиелі кентінің маңында жүк "
            "көлігімен соқтығысты.")
    got = _records(text, "kk", "2021-10-01")
    assert [a for a, _, _ in got] == ["Kyzylorda Region"], got


@pytest.mark.parametrize("text, lang", [
    ("Ақтауда қонақүй өртенді. Облыс әкімдігі тексеру жүргізетінін хабарлады; өткен жылы Ақтау мен Жаңаөзендегі "
     "қонақүйлерде үш өрт тіркелген.", "kk"),
    ("A fire broke out at a hotel in Aktau on Monday. Last year three fires were recorded in hotels in Aktau and Zhanaozen.", "en"),
])
def test_events_registered_over_a_past_year_are_a_tally(text, lang):
    got = _records(text, lang, "2022-03-01")
    assert got == [("Mangystau Region", "fire", "Aktau")], got


def test_a_year_that_opens_a_long_period_dates_no_event():
    text = ("ШЫМКЕНТ, 15 сәуір. Дүйсенбі түні Шымкенттегі газет редакциясының ғимаратында өрт шықты. Өрт жертөледен "
            "басталып, 1930 жылдардан бергі газет тігінділерінің бір бөлігі жанып кетті.")
    got = _records(text, "kk", "2016-04-15")
    assert got == [("South Kazakhstan Region", "fire", "Shymkent")], got


@pytest.mark.parametrize("text, lang", [
    ("Гидрометцентр Казахстана предупредил о гололёде и сильном ветре в Гурьевской, Уральской и Актюбинской "
     "областях.", "ru"),
    ("В Актюбинской области буря обошлась без последствий.", "ru"),
    ("Алматы облысында да, Қарағанды облысында да дауыл айтарлықтай зиян келтірмеді.", "kk"),
    ("In Aktobe region the storm caused no damage.", "en"),
])
def test_a_warned_storm_or_one_that_did_no_harm_is_no_event(text, lang):
    assert _records(text, lang, "2022-06-10") == []


def test_the_regions_of_a_forecast_in_a_relative_clause_do_not_place_the_event():
    text = ("Густой туман, о котором синоптики предупреждали в Алматинской, Жамбылской и Южно-Казахстанской "
            "областях, стал причиной двух аварий на трассе Алматы — Бишкек у Кордая.")
    got = _records(text, "ru", "2010-12-09")
    assert [a for a, _, _ in got] == ["Jambyl Region"], got
