"""Incident rules from the nineteenth round of checks (sentences written for the test,
geoparsed for real)."""

from __future__ import annotations

import pytest

from incident_helpers import detect_parsed


def _records(text, lang="en", date="2021-03-03"):
    return sorted(((r["adm1"], r["type"], r["place"]) for r in detect_parsed(text, lang, date)), key=str)


def _units(text, lang="en", date="2021-03-03"):
    return sorted(r["adm1"] for r in detect_parsed(text, lang, date))


def test_a_one_comma_headline_opened_by_a_place_tells_two_things():
    text = ("Ақтөбеде такси жүргізушілері наразылық білдірді, Қандыағаш маңында жүк пойызы рельстен шықты\n\n"
            "Бүгін таңертең Ақтөбеде 80-ге жуық такси жүргізушісі әкімдік алдына жиналды.")
    got = _records(text, "kk")
    assert [t for a, t, _ in got if a == "Aktobe Region"].count("protest") == 1, got
    assert any(t == "crash" for _, t, _ in got), got


@pytest.mark.parametrize("text", [
    "Almaty, Astana brace for a week of heavy snow and ice",
    "In Taraz, a bus caught fire on Tole Bi Street",
])
def test_a_one_comma_headline_that_is_a_list_or_a_lead_place_stays_whole(text):
    got = _records(text + "\n\nNo one was hurt.")
    assert all(t != "protest" for _, t, _ in got), got
    if "Taraz" in text:
        assert [a for a, t, _ in got if t == "fire"] == ["Jambyl Region"], got


@pytest.mark.parametrize("text, lang", [
    ("In Kostanay about 70 bus drivers went on strike on Monday. They gathered outside the depot in the "
     "Kunay microdistrict.", "en"),
    ("В Семее около 50 водителей отказались выходить на линию. Они собрались у здания автопарка в "
     "микрорайоне Восточный.", "ru"),
    ("Таразда 60-қа жуық жүргізуші жұмысқа шықпады. Олар «Жайлау» шағынауданындағы автопарк алдына жиналды.",
     "kk"),
])
def test_the_crowd_just_told_gathering_somewhere_is_the_same_protest(text, lang):
    assert len(_records(text, lang)) == 1, _records(text, lang)


def test_a_crowd_in_another_unit_is_still_a_protest_of_its_own():
    text = "In Kostanay about 70 bus drivers went on strike. In Petropavl, workers of a depot also rallied."
    assert _units(text) == ["Kostanay Region", "North Kazakhstan Region"]


def test_a_round_up_of_last_week_under_a_dateline_is_not_dated_by_it():
    text = ("ҚЫЗЫЛОРДА, 21 мамыр — Өткен аптада облыста бірнеше оқиға тіркелді, ал Арал қаласында "
            "жүргізушілер жұмысқа шықпады.\n\nДүйсенбі күні Арал қаласында 40-қа жуық автобус жүргізушісі "
            "жалақы үшін наразылық білдірді.")
    assert _units(text, "kk", "2019-05-21") == ["Kyzylorda Region"]


def test_a_dateline_still_dates_the_news_of_the_day():
    text = ("ALMATY, May 21 (Reuters) - About 200 people rallied in Almaty on Tuesday.\n\n"
            "On May 14 about 50 people had rallied in Almaty over the same demands.")
    assert _units(text, "en", "2019-05-21") == ["Almaty", "Almaty"]  # (the rally of the day and the one a week before)


def test_mishaps_told_and_then_counted_together_are_no_new_one():
    text = ("A coach crashed near Taraz on Monday. On Tuesday a lorry hit a car near Shu. "
            "The Interior Ministry in Astana promised a review. \"Three fatal accidents in one week is too many,\" "
            "a senator said.")
    got = _records(text, date="2023-10-16")
    assert all(a == "Jambyl Region" for a, _, _ in got), got


def test_a_crowd_at_a_town_over_a_park_near_it_is_one_protest_at_the_town():
    text = ("Ал Алматы облысында Талғар ауданының тұрғындары Іле-Алатау ұлттық паркінің шекарасындағы тас "
            "карьеріне қарсы Талғар қаласында жиын өткізді.")
    got = _records(text, "kk")
    assert got == [("Almaty Region", "protest", "Talgar")], got


def test_two_towns_in_a_clause_keep_their_own_gatherings():
    text = "Residents rallied in Talgar and in Esik over the quarry."
    assert len(_records(text)) == 2


@pytest.mark.parametrize("text, lang, adm1", [
    ("The body of a shepherd was found frozen near his winter camp in Ulytau district, the police said.", "en",
     "Ulytau Region"),
    ("Rescuers found the frozen body of a hunter near Ridder on Tuesday.", "en", "East Kazakhstan Region"),
])
def test_people_found_frozen_died_in_a_mishap(text, lang, adm1):
    assert _records(text, lang, "2023-12-22") == [(adm1, "accident", _records(text, lang, "2023-12-22")[0][2])]


def test_drownings_since_the_start_of_a_month_are_a_tally():
    text = "Since the start of June, 14 people have drowned in the rivers of Kyzylorda region."
    assert _records(text, date="2015-06-22") == []


def test_what_a_new_region_took_over_from_another_is_no_seizure():
    assert _records("Abai region took over the Semey hospitals from East Kazakhstan region.", date="2022-07-01") == []
    assert _units("Gunmen took over the akimat building in Taraz.") == ["Jambyl Region"]


def test_cracked_ice_is_no_blast():
    text = "Жексенбі күні Алакөлде Ақши ауылы маңында жарылған мұз 23 балықшыны жағадан алысқа ағызып әкетті."
    assert all(t != "explosion" for _, t, _ in _records(text, "kk", "2025-03-10"))
    assert [t for _, t, _ in _records("Таразда үйде газ баллоны жарылды.", "kk")] == ["explosion"]


def test_a_storm_that_will_subside_is_the_weather_ahead():
    text = ("По данным Казгидромета, буран стихнет к пятнице, но в Павлодарской и Восточно-Казахстанской "
            "областях ещё ожидается ветер до 20 м/с.")
    assert _records(text, "ru", "2023-01-10") == []


@pytest.mark.parametrize("text, lang", [
    ("Спасатели ДЧС отработали на реке Урал в черте Уральска спасение рыбаков с льдины и поиск человека, "
     "провалившегося под лёд.", "ru"),
    ("По легенде учений, на складе в Костанае произошёл пожар.", "ru"),
    ("Firefighters in Pavlodar trained on a scenario simulating a fire at the refinery.", "en"),
])
def test_what_a_drill_acts_out_is_no_event(text, lang):
    assert _records(text, lang) == []


def test_a_real_mishap_after_a_shift_is_still_one():
    text = "Шахтёр, отработавший смену, погиб при обвале в шахте в Шахтинске."
    assert _units(text, "ru") == ["Karaganda Region"]


def test_a_mishap_told_on_a_river_and_then_at_a_village_on_it_is_one():
    text = ("ТАЛДЫКОРГАН, 7 июля — Водолазы ДЧС Алматинской области ищут мужчину, пропавшего после того, как "
            "на реке Или перевернулась моторная лодка.\nЛодка с четырьмя рыбаками опрокинулась в пятницу вечером "
            "в десяти километрах ниже села Баканас Балхашского района.")
    assert _units(text, "ru", "2008-07-07") == ["Almaty Region"]


@pytest.mark.parametrize("text, lang", [
    ("Last winter 86 people died of carbon monoxide poisoning, most of them in the Karaganda and Pavlodar regions.",
     "en"),
    ("Департамент мәліметінше, 2022 жылдың маусымынан бері өңірде иіс газынан 9 адам қаза тапқан.", "kk"),
    ("Karaganda region topped the list with 31 deaths, followed by East Kazakhstan region with 24.", "en"),
    ("Больше всего погибших в Карагандинской области — 28, затем идут Восточно-Казахстанская (19) и "
     "Туркестанская (17) области.", "ru"),
    ("Такие датчики есть только на шахтах Караганды, где после каждой крупной аварии их проверяют.", "ru"),
])
def test_tallies_rankings_and_every_accident_are_no_event(text, lang):
    assert _records(text, lang, "2024-01-20") == []


@pytest.mark.parametrize("text, lang, adm1", [
    ("Рабочего убило током на подстанции в Таразе.", "ru", "Jambyl Region"),
    ("Шымкентте жұмысшыны ток соғып кетті.", "kk", "Shymkent"),
    ("An electrician was killed by a 10-kilovolt line at a grain elevator in Atbasar.", "en", "Akmola Region"),
])
def test_electrocution_is_a_mishap(text, lang, adm1):
    assert _records(text, lang) == [(adm1, "accident", _records(text, lang)[0][2])]


def test_a_grid_fault_at_a_substation_is_still_no_mishap():
    assert _records("Авария на подстанции в Актобе оставила город без света.", "ru") == []


def test_a_methane_flash_is_a_blast():
    assert [t for _, t, _ in _records("A methane flash at the Saranskaya mine in Saran injured five miners.")] \
        == ["explosion"]


def test_what_the_victim_was_doing_after_while_keeps_the_place():
    text = ("A scaffold collapsed at a building site in Astana. In August, an electrician was killed by a live line "
            "while repairing a conveyor in Atbasar.")
    assert _units(text) == ["Akmola Region", "Astana"]


def test_a_person_swept_away_by_water_drowned_and_a_bridge_swept_away_is_a_flood():
    assert [t for _, t, _ in _records("A guide was swept away by meltwater near Ridder.")] == ["accident"]
    assert [t for _, t, _ in _records("The bridge was swept away by the water near Ridder.")] == ["flood"]


def test_the_next_sentence_placing_the_mishap_again_by_a_district_is_the_same_mishap():
    text = ("A mountain guide drowned on Monday while leading tourists across a river in the Katon-Karagay "
            "National Park. The guide was swept away by meltwater about 15 km upstream of the village of Berel, "
            "in Katon-Karagay district.")
    assert _units(text, "en", "2020-06-28") == ["East Kazakhstan Region"]


def test_two_districts_in_two_sentences_keep_two_mishaps():
    text = ("В Бурлинском районе на газопроводе произошёл взрыв. В Чингирлауском районе на газопроводе "
            "произошёл ещё один взрыв.")
    assert len(_records(text, "ru")) == 2


def test_a_station_trains_went_round_via_is_no_site():
    text = ("Арыс стансасында жүк пойызы рельстен шығып, цистерналар өртенді. Апат салдарынан жолаушылар "
            "пойыздары Бадам стансасы арқылы айналып жүрді.")
    assert _units(text, "kk", "2017-06-10") == ["South Kazakhstan Region"]


def test_a_road_stretch_through_a_district_is_the_site():
    text = ("Астана – Көкшетау тас жолының Бұланды ауданы арқылы өтетін бөлігінде жүк көлігі аударылып, "
            "жүргізуші қаза тапты.")
    assert _units(text, "kk", "2017-02-15") == ["Akmola Region"]


@pytest.mark.parametrize("text, lang", [
    ("Late on Tuesday two young men attacked a woman at a bus stop on Abay Avenue in Almaty and took her bag. "
     "Both suspects were detained the next morning in a flat in the Orbita-3 microdistrict.", "en"),
    ("Сенбіге қараған түні Сарыарқа ауданындағы түнгі клубта екі топ жастың арасында төбелес болды. "
     "Күдікті жексенбі күні таңертең Жеңіс даңғылында ұсталды.", "kk"),
])
def test_the_perpetrator_of_a_crime_or_brawl_detained_is_no_new_arrest(text, lang):
    assert len(_records(text, lang)) == 1, _records(text, lang)


def test_protesters_detained_after_a_rally_keep_their_reading():
    text = "About 300 people rallied in Zhanaozen on Monday. Police detained 20 protesters in Zhanaozen."
    assert _units(text) == ["Mangystau Region"]


def test_near_a_place_of_the_city_is_in_the_city():
    text = "GUNMEN ROB MONEY CHANGERS NEAR ALMATY'S GREEN MARKET\nTwo gunmen robbed money changers on Tuesday."
    assert _units(text) == ["Almaty"]
    assert _units("A bus overturned near Almaty on Tuesday.") == ["Almaty Region"]


def test_neither_used_violence_is_no_riot():
    assert _records("Neither of them used violence in Turkistan, the judge noted.") == []
