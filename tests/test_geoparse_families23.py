"""Geoparser rules from the twenty-third round of checks (sentences written for the test)."""

from __future__ import annotations

import pytest

import geomap


def _found(text, lang="en", date="2024-01-12"):
    return [(m["text"], m["kind"], m["adm1"]) for m in geomap.extract(text, date, lang)]


@pytest.mark.parametrize("text, lang, surface", [
    ("Officers who worked at the Khorgos road crossing were held on Monday.", "en", "Khorgos road crossing"),
    ("Lorries waited for two days at the Kordai post on the Kyrgyz border.", "en", "Kordai post"),
    ("Задержаны инспекторы таможенного поста «Кордай» на границе с Кыргызстаном.", "ru", "Кордай"),
    ("Жүк көліктері Қордай бекетінде тұр.", "kk", "Қордай бекетінде"),
])
def test_a_crossing_named_with_a_post_or_road_crossing_head_is_the_crossing(text, lang, surface):
    got = [m for m in geomap.extract(text, "2012-02-20", lang) if m["text"] == surface]
    assert got and got[0]["kind"] == "facility" and got[0].get("subkind") == "border crossing", \
        geomap.extract(text, "2012-02-20", lang)
    assert got[0]["adm1"] in ("Almaty Region", "Jambyl Region")


@pytest.mark.parametrize("text, lang, town, unit", [
    ("The Almaty post office closed early on Friday.", "en", "Almaty", "Almaty"),
    ("Trucks queued at the Taraz crossing of the ring road.", "en", "Taraz", "Jambyl Region"),
])
def test_a_post_or_crossing_of_a_town_that_has_no_crossing_keeps_the_town(text, lang, town, unit):
    assert (town, "city", unit) in _found(text, lang), _found(text, lang)


def test_a_quoted_post_the_data_does_not_know_as_a_crossing_is_no_mention():
    text = "Сотрудники поста «Береке» остановили автомобиль в Таразе."
    got = _found(text, "ru")
    assert not any(t == "Береке" for t, _, _ in got) and ("Таразе", "city", "Jambyl Region") in got, got


@pytest.mark.parametrize("text, lang", [
    ("Turkistan akim replaces two district heads\nTURKISTAN, June 20 - The akim of Turkistan region, "
     "Zhanibek Orazbayev, replaced the akims of two districts on Thursday.", "en"),
    ("Kyzylorda deputy governor detained\nKYZYLORDA - Investigators detained a deputy akim of the Kyzylorda "
     "region on Monday.", "en"),
    ("Түркістан әкімі екі аудан басшысын ауыстырды\nТүркістан облысының әкімі екі аудан әкімін "
     "қызметінен босатты.", "kk"),
])
def test_a_bare_name_before_an_akim_in_the_headline_is_the_region_whose_akim_the_body_names(text, lang):
    first = geomap.extract(text, "2019-06-20", lang)[0]
    assert first["start"] == 0 and first["kind"] == "region", first


@pytest.mark.parametrize("text, lang", [
    ("Almaty akim sacks two deputies\nALMATY - The akim of Almaty dismissed two deputies. The Almaty "
     "region akim was away.", "en"),
    ("Түркістан әкімі мектепті аралады\nТүркістан қаласының әкімі жаңа мектепке барды. Түркістан "
     "облысының әкімі де келді.", "kk"),
    ("Turkistan akim opens a school\nTURKISTAN - The new school was opened in the town on Monday.", "en"),
])
def test_a_headline_akim_stays_the_citys_when_the_body_names_the_citys_akim_or_none(text, lang):
    first = geomap.extract(text, "2019-06-20", lang)[0]
    assert first["start"] == 0 and first["kind"] == "city", first


@pytest.mark.parametrize("text, lang, surface", [
    ("Trains on the Turksib were held up for six hours.", "en", "Turksib"),
    ("Движение по Турксибу на участке через Уштобе остановлено.", "ru", "Турксибу"),
    ("Түрксібте жүк пойызы тоқтап қалды.", "kk", "Түрксібте"),
])
def test_the_turksib_named_bare_is_the_railway_with_no_unit(text, lang, surface):
    got = [m for m in geomap.extract(text, "2024-10-08", lang) if m["text"] == surface]
    assert got and got[0]["kind"] == "facility" and got[0]["adm1"] is None, got


@pytest.mark.parametrize("text, lang, surface", [
    ("A fire broke out in a house in Turksib district of Almaty.", "en", "Turksib district"),
    ("В Турксибском районе Алматы сгорел дом.", "ru", "Турксибском районе"),
    ("Алматының Түрксіб ауданында үй өртенді.", "kk", "Түрксіб ауданында"),
])
def test_turksib_with_a_district_noun_stays_almatys_city_district(text, lang, surface):
    got = [m for m in geomap.extract(text, "2024-10-08", lang) if m["text"] == surface]
    assert got and got[0]["kind"] == "district" and got[0]["adm1"] == "Almaty", got


@pytest.mark.parametrize("text, lang, date, unit", [
    ("Gold plaques were found at the Berel mounds this summer.", "en", "2023-08-01", "East Kazakhstan Region"),
    ("Иссыкский курган раскопали в 1969 году, напоминают в музее.", "ru", "2019-05-01", "Almaty Region"),
    ("Ботай қонысында жаңа қазба басталды.", "kk", "2021-07-01", "North Kazakhstan Region"),
    ("Раскопки у курганов Бесшатыр продолжатся осенью.", "ru", "2021-07-01", "Almaty Region"),
    ("Раскопки у курганов Бесшатыр продолжатся осенью.", "ru", "2023-07-01", "Jetisu Region"),
])
def test_archaeological_sites_lie_in_the_unit_of_their_land_on_the_date(text, lang, date, unit):
    got = [m for m in geomap.extract(text, date, lang) if m["kind"] == "facility"]
    assert got and got[0]["adm1"] == unit, got


def test_the_soviet_name_of_turkmenabat_is_foreign():
    got = _found("Газ шёл по трубе из Чарджоу в Шымкент.", "ru", "1991-05-01")
    assert ("Чарджоу", "foreign", None) in got, got


@pytest.mark.parametrize("text, lang, date, ends", [
    ("Торғай облысында Арқалық – Есіл темір жол желісінде жүк пойызы рельстен шықты.", "kk", "1995-10-24",
     [("Арқалық", "city"), ("Есіл", "city")]),
    ("Builders of the Dostyk–Moiynty line say the rails will be laid by December.", "en", "2024-10-08",
     [("Dostyk", "village"), ("Moiynty", "village")]),
    ("The Zhetygen–Korgas railway was joined on Thursday.", "en", "2011-12-15",
     [("Zhetygen", "village"), ("Korgas", "village")]),
])
def test_the_ends_of_a_line_or_pipeline_named_by_them_are_settlements(text, lang, date, ends):
    got = [(m["text"], m["kind"]) for m in geomap.extract(text, date, lang)]
    assert all(e in got for e in ends), got


def test_a_pipeline_end_named_like_an_oil_field_is_not_forced_to_a_village():
    got = _found("Crude reaches the refinery through the Kumkol-Dzhusaly pipeline.", "en", "2018-03-01")
    assert not any(t == "Kumkol" and k == "village" for t, k, _ in got), got


@pytest.mark.parametrize("text, lang, surface, unit", [
    ("Археологи вернулись на Шымкентское городище.", "ru", "Шымкентское городище", "South Kazakhstan Region"),
    ("Находки Талгарского городища покажут в музее.", "ru", "Талгарского городища", "Almaty Region"),
])
def test_the_ruins_of_an_old_town_named_by_its_adjective_are_a_site_in_that_town_s_unit(text, lang, surface, unit):
    got = [m for m in geomap.extract(text, "2016-06-01", lang) if m["text"] == surface]
    assert got and got[0]["kind"] == "facility" and got[0]["adm1"] == unit, geomap.extract(text, "2016-06-01", lang)


@pytest.mark.parametrize("text, lang, surface, unit", [
    ("До 1775 года город назывался Яицким городком.", "ru", "Яицким городком", "West Kazakhstan Region"),
    ("Қала бұрын Әулиеата деп аталған.", "kk", "Әулиеата", "Jambyl Region"),
    ("В Аулие-Ате открыли музей.", "ru", "Аулие-Ате", "Jambyl Region"),
    ("Павлодар 1861 жылға дейін Коряков форпосты деп аталды.", "kk", "Коряков форпосты", "Pavlodar Region"),
])
def test_old_names_of_towns_are_the_towns(text, lang, surface, unit):
    got = [m for m in geomap.extract(text, "2016-06-01", lang) if m["text"] == surface]
    assert got and got[0]["adm1"] == unit, geomap.extract(text, "2016-06-01", lang)


@pytest.mark.parametrize("text, date, unit", [
    ("ALMATY, April 18 - The first day of the new metro stations was not smooth. A train stood for 12 minutes at "
     "Baikonur station, and the escalator at Almaly station stopped twice, Almaty Metro said.", "2015-04-18", "Almaty"),
    ("АСТАНА, 3 марта. Тестовый состав LRT остановился на станции «Байконур», сообщили в акимате Астаны.",
     "2026-03-03", "Astana"),
])
def test_a_metro_or_light_rail_station_named_after_a_place_lies_in_the_city_of_the_line(text, date, unit):
    lang = "en" if text.isascii() else "ru"
    got = [m for m in geomap.extract(text, date, lang) if m.get("subkind") == "railway station"]
    assert got and all(m["adm1"] == unit for m in got), geomap.extract(text, date, lang)


def test_a_railway_station_named_after_a_town_outside_a_metro_text_lies_in_that_town():
    got = [m for m in geomap.extract("A freight train derailed at Baikonur station on Sunday, the railway said.",
                                     "2015-04-18", "en") if m.get("subkind") == "railway station"]
    assert got and got[0]["adm1"] == "Kyzylorda Region", got


def test_each_quoted_station_of_a_metro_list_is_a_stop_in_the_city():
    text = ("АЛМАТЫ, 2 декабря. Метро Алматы открылось для пассажиров. Первая линия соединяет семь станций: "
            "«Райымбек батыр», «Жибек жолы», «Алмалы», «Абай», «Байконур», «Драмтеатр имени Ауэзова» и «Алатау».")
    got = [m for m in geomap.extract(text, "2011-12-02", "ru") if m.get("subkind") == "railway station"]
    assert len(got) == 7 and {m["adm1"] for m in got} == {"Almaty"}, got


@pytest.mark.parametrize("text, found", [
    ("Алматы метросында пойыз «Райымбек батыр» бекетінен «Алатау» бекетіне қарай жүріп келе жатқан.", True),
    ("Шекарадағы «Нұр жолы» бекетінде жүк көліктері тұр.", False),
])
def test_a_kazakh_quoted_stop_before_beket_is_a_station_only_in_a_text_on_the_metro(text, found):
    got = [m for m in geomap.extract(text, "2024-05-01", "kk") if m.get("subkind") == "railway station"]
    assert bool(got) is found and all(m["adm1"] == "Almaty" for m in got), got


def test_a_station_of_a_foreign_metro_is_no_place_of_ours():
    text = "МОСКВА, 14 февраля. Студента из Актобе избили у станции метро «Юго-Западная» в Москве."
    got = _found(text, "ru", "2020-02-14")
    assert not any(k == "facility" for _, k, _ in got), got


def test_a_crossing_named_by_a_kazakh_attributive_of_its_town_is_that_crossing():
    got = geomap.extract("Олар Қорғастағы шекара бекетінен өтті.", "2023-06-01", "kk")
    assert [(m["kind"], m["adm1"]) for m in got] == [("facility", "Jetisu Region")], got


@pytest.mark.parametrize("text, lang", [
    ("From Aralsk they hope to ride to the Kokaral dam.", "en"),
    ("Көкарал бөгетіне дейін жетті.", "kk"),
])
def test_the_kokaral_dam_lies_in_kyzylorda_region(text, lang):
    got = [m for m in geomap.extract(text, "2023-06-01", lang) if m["kind"] == "facility"]
    assert got and got[0]["adm1"] == "Kyzylorda Region", got


@pytest.mark.parametrize("text, lang, surface", [
    ("Деньги направят на ремонт в Жезказгане, Сатпаеве и Каражале.", "ru", "Сатпаеве"),
    ("Суды в Павлодаре, Курчатове и Семее рассмотрели дела.", "ru", "Курчатове"),
])
def test_a_town_named_after_a_person_after_a_comma_in_a_list_of_towns_is_the_town(text, lang, surface):
    got = [m for m in geomap.extract(text, "2020-02-19", lang) if m["text"] == surface]
    assert got and got[0]["kind"] == "city", geomap.extract(text, "2020-02-19", lang)


def test_a_surname_after_a_given_name_stays_the_person():
    got = _found("Академик Каныш Сатпаев родился в Баянауле.", "ru", "2020-02-19")
    assert not any(t.startswith("Сатпаев") for t, _, _ in got), got


def test_each_name_before_a_plural_street_noun_is_a_street_of_the_town():
    got = [(m["text"], m["kind"], m["adm1"]) for m in geomap.extract(
        "ALMATY, June 12 - Water was pumped out of the underpass at the crossing of Al-Farabi and Dostyk avenues.",
        "2020-06-12", "en")]
    assert ("Al-Farabi", "facility", "Almaty") in got and ("Dostyk", "facility", "Almaty") in got, got


def test_a_landmark_a_road_leads_to_keeps_its_own_reading():
    got = _found("Thousands jammed the road from Almaty to Medeu on Saturday.", "en", "2025-01-05")
    assert ("Medeu", "facility", "Almaty") in got, got
    got = _found("The road from Zhezkazgan to Ulytau was closed by snow.", "en", "2025-01-05")
    assert ("Ulytau", "village", "Ulytau Region") in got, got
