"""Geoparser rules from the twenty-second round of checks (sentences written for the test)."""

from __future__ import annotations

import pytest

import geomap


def _found(text, lang="en", date="2024-01-12"):
    return [(m["text"], m["kind"], m["adm1"]) for m in geomap.extract(text, date, lang)]


def _unit_of(text, surface, lang, date):
    got = [m for m in geomap.extract(text, date, lang) if m["text"] == surface]
    assert got, (surface, geomap.extract(text, date, lang))
    return got[0]["adm1"]


@pytest.mark.parametrize("text, lang", [
    ('Students marched across Almaty on Tuesday and police closed the square. "I studied at the '
     'institute on Kunaev Street," said Bakhyt Omarov, now a teacher in Taraz. Almaty police said '
     "six people were held.", "en"),
    ("Студенты прошли по Алматы, полиция оцепила площадь. «Нас гнали до самой улицы Фурманова», — "
     "рассказывает Ерлан Сейтказиев, ныне живущий в Таразе. ГУВД Алматы сообщило о задержаниях.", "ru"),
])
def test_a_town_past_the_end_of_a_quote_does_not_place_its_street(text, lang):
    street = [m for m in geomap.extract(text, "2016-12-16", lang) if m.get("subkind") == "street"]
    assert street and street[0]["adm1"] == "Almaty", street


def test_a_town_right_after_a_quoted_facility_name_still_places_it():
    text = "Горняки шахты «Молодёжная» в Хромтау начали забастовку. В Астане прошло совещание."
    got = [m for m in geomap.extract(text, "2020-03-01", "ru") if m["kind"] == "facility"]
    assert got and got[0]["adm1"] == "Aktobe Region", got


@pytest.mark.parametrize("text, surface, lang", [
    ("Студенты Алма-Аты вышли на площадь. В Жамбыле (бывший Джамбул) ночью загорелось общежитие.",
     "Жамбыле", "ru"),
    ("Students rallied in Alma-Ata. In Zhambyl (formerly Dzhambul) a dormitory caught fire.", "Zhambyl", "en"),
])
def test_a_shared_name_with_another_name_of_a_town_in_apposition_is_that_town(text, surface, lang):
    assert _unit_of(text, surface, lang, "1996-12-17") == "Jambyl Region"


def test_an_apposition_naming_no_other_reading_changes_nothing():
    text = "Жаркент (ранее Панфилов) и Талдыкорган готовятся к паводку."
    got = _found(text, "ru", "2021-04-01")
    assert ("Жаркент", "city", "Almaty Region") in got and ("Панфилов", "city", "Almaty Region") in got, got


@pytest.mark.parametrize("text", [
    "Название района напоминает о генерале Иване Панфилове, чья дивизия формировалась в Алма-Ате.",
    "Улица названа в честь генерала Ивана Панфилова, а школа — в честь Бауыржана Момышулы.",
])
def test_an_inflected_surname_after_a_given_name_is_a_person(text):
    got = _found(text, "ru", "2025-08-20")
    assert not any(t.startswith("Панфилов") for t, _, _ in got), got


def test_the_old_name_of_a_town_in_any_case_is_still_the_town():
    got = _found("Жаркент с 1942 по 1991 год назывался Панфиловом.", "ru", "2025-08-20")
    assert ("Панфиловом", "city", "Jetisu Region") in got, got


@pytest.mark.parametrize("text, surface, unit", [
    ("Астананың аудандары және олардың аттастары: бір тәуліктің оқиғалары", "Астананың", "Astana"),
    ("Алматының аудандарында жарық сөнді.", "Алматының", "Almaty"),
])
def test_a_kazakh_town_in_the_genitive_before_a_district_noun_is_the_town(text, surface, unit):
    got = [m for m in geomap.extract(text, "2024-09-12", "kk") if m["text"] == surface]
    assert got and got[0]["kind"] == "city" and got[0]["adm1"] == unit, got


def test_a_district_named_with_its_noun_stays_a_district_after_a_genitive_town():
    got = _found("Ақтөбенің Астана ауданында пәтер өртенді.", "kk", "2025-04-08")
    assert ("Астана ауданында", "district", "Aktobe Region") in got, got


@pytest.mark.parametrize("headline", [
    "SHYMKENT WEEK IN REVIEW: market fire in Turan, robbery in Al-Farabi",
    "Shymkent: market fire in Turan, robbery in Al-Farabi",
])
def test_a_bare_name_in_the_headline_is_the_city_district_the_body_names(headline):
    # (the headline's names read as villages of the region around the city, which the body names)
    text = (f"{headline}\nSHYMKENT, Jan 25 - Seven months after Shymkent left South Kazakhstan Region, fire "
            "destroyed 14 stalls at a small market in Turan district on Monday. On Wednesday two men robbed "
            "a pharmacy in Al-Farabi district, police said.")
    got = [m for m in geomap.extract(text, "2019-01-25", "en") if m["start"] < text.index("\n")]
    assert [(m["text"], m["kind"], m["adm1"]) for m in got if m["text"] != headline.split()[0].rstrip(":")] == [
        ("Turan", "district", "Shymkent"), ("Al-Farabi", "district", "Shymkent")], got


def test_the_former_russian_name_of_a_district_centre_is_placed_in_its_district():
    text = "В Нуринском районе, у села Киевка, рейсовый автобус из Караганды столкнулся с грузовиком."
    got = _found(text, "ru", "2024-03-20")
    assert ("Киевка", "village", "Karaganda Region") in got, got


@pytest.mark.parametrize("text, lang, date, surface, unit", [
    ("У мавзолея Ходжи Ахмеда Ясави собрались тысячи паломников.", "ru", "2010-06-01",
     "мавзолея Ходжи Ахмеда Ясави", "South Kazakhstan Region"),
    ("Автобус с паломниками ехал к подземной мечети Бекет-Ата.", "ru", "2019-05-01",
     "подземной мечети Бекет-Ата", "Mangystau Region"),
    ("В Дворце Республики прошёл концерт.", "ru", "2019-05-01", "Дворце Республики", "Almaty"),
    ("Давка произошла на высокогорном катке «Медеу».", "ru", "2008-09-22", "высокогорном катке «Медеу»", "Almaty"),
    ("Қожа Ахмет Ясауи кесенесіне келушілер саны артты.", "kk", "2020-06-01",
     "Қожа Ахмет Ясауи кесенесіне", "Turkistan Region"),
    ("Арыстан баб кесенесіне бара жатқан автобус аударылды.", "kk", "2020-06-01",
     "Арыстан баб кесенесіне", "Turkistan Region"),
    ("Pilgrims gathered at the Aisha Bibi Mausoleum on Sunday.", "en", "2020-06-01",
     "Aisha Bibi Mausoleum", "Jambyl Region"),
])
def test_shrines_and_landmarks_with_their_head_noun_in_any_case(text, lang, date, surface, unit):
    got = [m for m in geomap.extract(text, date, lang) if m["text"] == surface]
    assert got and got[0]["kind"] == "facility" and got[0]["adm1"] == unit, geomap.extract(text, date, lang)


@pytest.mark.parametrize("date, unit", [("2020-06-01", "Karaganda Region"), ("2023-06-01", "Ulytau Region")])
def test_a_landmark_follows_the_unit_of_its_land_on_the_date(date, unit):
    got = _found("Алаша хан кесенесі жанында дала өрті шықты.", "kk", date)
    assert ("Алаша хан кесенесі", "facility", unit) in got, got


@pytest.mark.parametrize("text, surface", [
    ("Тобыл мен Есіл тасыды: Қостанай облысында үйлерді су басты.", "Тобыл"),
    ("Тобыл мен Есіл тасыды: Қостанай облысында үйлерді су басты.", "Есіл"),
    ("Есіл тасып, Петропавлда үйлерді су басты.", "Есіл"),
    ("Тобылдағы судың ең жоғары деңгейі қала тұсында 15 сәуірде күтіледі.", "Тобылдағы"),
])
def test_a_kazakh_river_named_by_what_it_does_is_the_river(text, surface):
    got = [m for m in geomap.extract(text, "2024-04-12", "kk") if m["text"] == surface]
    assert got and got[0]["kind"] == "facility" and got[0]["adm1"] is None, got


def test_water_in_a_town_is_still_the_town():
    got = _found("Алматыдағы су тапшылығы шешілмеді.", "kk", "2024-04-12")
    assert got == [("Алматыдағы", "city", "Almaty")], got


def test_an_iranian_caspian_port_is_foreign():
    got = _found("Судно, шедшее с грузом зерна из Актау в иранский порт Энзели, получило пробоину.", "ru", "2017-03-18")
    assert ("Энзели", "foreign", None) in got and not any(a == "Mangystau Region" and t == "Энзели" for t, _, a in got), got


def test_the_city_keeps_its_head_noun_beside_a_village_of_the_name_placed_by_its_district():
    text = ("Water flooded 26 houses in the village of Aktobe in Karmakshy district on Sunday. The village shares "
            "its name with the city of Aktobe in the north-west of the country.")
    got = _found(text, "en", "2026-01-20")
    assert ("Aktobe", "village", "Kyzylorda Region") in got and ("Aktobe", "city", "Aktobe Region") in got, got


def test_a_town_a_neighbour_leases_is_ours():
    got = _found("Experts from Baikonur, the town leased to Russia, were flown in.", "en", "2026-01-20")
    assert ("Baikonur", "city", "Kyzylorda Region") in got, got


def test_a_road_to_a_town_is_no_river():
    got = _found("Жители села Маканчи перекрыли дорогу на Урджар. Паводок на Тоболе.", "ru", "2024-11-12")
    assert ("Урджар", "village", "Abai Region") in got and ("Тоболе", "facility", None) in got, got


@pytest.mark.parametrize("text, lang", [
    ("Пожар в общежитии в микрорайоне Самал города Жанаозен Мангистауской области.", "ru"),
    ("A fire broke out in a hostel in the Samal microdistrict of Zhanaozen.", "en"),
])
def test_a_known_part_of_one_town_named_with_another_town_lies_in_that_town(text, lang):
    got = _found(text, lang, "2007-10-02")
    assert got and got[0][1] == "district" and got[0][2] == "Mangystau Region", got


def test_a_part_named_with_its_own_town_keeps_its_place():
    got = _found("Пожар в микрорайоне Самал в Алматы.", "ru", "2007-10-02")
    assert got[0] == ("Самал", "district", "Almaty"), got


@pytest.mark.parametrize("date, unit", [("2010-01-01", "South Kazakhstan Region"), ("2018-06-20", "Turkistan Region")])
def test_the_region_named_by_its_centre_with_a_head_noun(date, unit):
    got = _found('"My father still says Shymkent oblast," she said. Shymkent city police said.', "en", date)
    assert ("Shymkent oblast", "region", unit) in got and got[-1][1] == "city", got


@pytest.mark.parametrize("text, lang, town", [
    ("Fire aboard the tanker Almaty was put out in Aktau port.", "en", "Almaty"),
    ("Сухогруз «Астана» под казахстанским флагом сел на мель у порта Курык.", "ru", "Астана"),
])
def test_a_ship_named_after_a_town_is_no_mention_of_it(text, lang, town):
    got = _found(text, lang, "2017-03-18")
    assert not any(t == town for t, _, _ in got) and got, got


@pytest.mark.parametrize("text, lang, town", [
    ("The ferry Aktau – Baku was cancelled because of the storm.", "en", "Aktau"),
    ("«Ертіс» деп аталатын баржа Ресейдің Омбы қаласына бет алған екен.", "kk", "Ресейдің"),
])
def test_a_route_after_a_vessel_and_an_unquoted_cyrillic_word_stay_places(text, lang, town):
    assert any(t == town for t, _, _ in _found(text, lang, "2017-03-18"))


def test_a_district_named_after_a_person_with_its_head_noun_is_the_district():
    got = _found("Пожар в районе имени Казыбек би Караганды.", "ru", "2022-03-01")
    assert ("Казыбек би", "district", "Karaganda Region") in got, got
