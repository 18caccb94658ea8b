"""Arrests of people suspected of something (a follow-up of an event the text told, or an
arrest of its own in a unit where nothing else happened), "another fire" told at the
same town, counts of events told at a town, "blew up" and take-off airports (sentences written
for the test)."""

from __future__ import annotations

import pytest

from incident_helpers import detect_parsed


def _rows(text, lang):
    return sorted((r["adm1"], r["type"]) for r in detect_parsed(text, lang, "2023-02-10"))


@pytest.mark.parametrize("text, lang", [
    ("A fire destroyed a warehouse in Kokshetau. In Pavlodar, police arrested two men suspected of assault.", "en"),
    ("В Кокшетау сгорел склад. В Павлодаре полиция задержала двух мужчин, подозреваемых в разбое.", "ru"),
])
def test_suspects_of_a_new_offence_held_where_nothing_was_told_are_an_arrest(text, lang):
    assert _rows(text, lang) == [("Akmola Region", "fire"), ("Pavlodar Region", "arrest")]


@pytest.mark.parametrize("text, lang", [
    ("Gunmen attacked a police station in Taraz. In Almaty, police detained a man suspected of the attack.", "en"),
    ("В Таразе напали на отделение полиции. В Алматы задержали мужчину, подозреваемого в нападении.", "ru"),
    ("Gunmen attacked a police station in Taraz. The gunman was detained in Almaty.", "en"),
    # held in the unit of the event told: its suspect
    ("A fire destroyed a warehouse in Kokshetau. Police in Kokshetau arrested two men suspected of arson.", "en"),
])
def test_the_suspect_of_the_event_told_is_no_new_incident(text, lang):
    rows = _rows(text, lang)
    assert len(rows) == 1 and rows[0][1] != "arrest"


@pytest.mark.parametrize("text, lang", [
    ("A fire broke out at a market in Taraz. Another fire destroyed a warehouse in Taraz later that day.", "en"),
    ("В Таразе загорелся рынок. Ещё один пожар произошёл в Таразе вечером: сгорел склад.", "ru"),
    ("Таразда базар өртенді. Тағы бір өрт Таразда кешке болды: қойма жанып кетті.", "kk"),
])
def test_another_event_of_the_kind_at_the_same_town_is_counted_apart(text, lang):
    assert _rows(text, lang) == [("Jambyl Region", "fire"), ("Jambyl Region", "fire")]


def test_another_number_of_people_is_no_other_event():
    assert _rows("Two people were injured in a crash in Aktau. Another 20 people were treated in hospital.", "en") == \
        [("Mangystau Region", "crash")]


@pytest.mark.parametrize("text, lang, n", [
    ("Three fires broke out in Almaty overnight, the emergencies department said.", "en", 3),
    ("За сутки в Шымкенте произошло пять ДТП, в которых пострадали семь человек.", "ru", 5),
    ("Ақтөбеде бір тәулікте үш өрт болды.", "kk", 3),
    # the count, then one of the events placed: still three
    ("Three fires broke out in Almaty overnight. The largest destroyed a warehouse in Medeu district.", "en", 3),
    # two cars in one collision are one crash
    ("Шымкентте екі көлік соқтығысты.", "kk", 1),
])
def test_a_count_of_events_told_at_a_town_is_that_many_events(text, lang, n):
    rows = _rows(text, lang)
    assert len(rows) == n and len(set(rows)) == 1


@pytest.mark.parametrize("text, lang, row", [
    ("A gas cylinder blew up in a flat in Taraz, injuring three.", "en", ("Jambyl Region", "explosion")),
    ("A plane carrying 98 people crashed shortly after take-off from Almaty airport.", "en", ("Almaty", "crash")),
    ("Самолёт разбился вскоре после взлёта из аэропорта Алматы.", "ru", ("Almaty", "crash")),
])
def test_blew_up_and_a_crash_after_take_off(text, lang, row):
    assert _rows(text, lang) == [row]


def test_an_ice_jam_blown_up_by_sappers_is_no_explosion():
    assert _rows("Sappers blew up the ice jam near Uralsk.", "en") == []


@pytest.mark.parametrize("text, lang, row", [
    ("В Кызылорде мужчину зарезали у кафе.", "ru", ("Kyzylorda Region", "attack")),
    ("Браконьеры застрелили инспектора в парке Алтын-Эмель.", "ru", ("Jetisu Region", "shooting")),
    ("Сотни жителей Актобе вышли против строительства полигона.", "ru", ("Aktobe Region", "protest")),
])
def test_russian_verbs_of_killing_and_protest(text, lang, row):
    assert _rows(text, lang) == [row]


def test_speaking_against_a_bill_is_no_protest():
    assert _rows("Депутаты выступили против законопроекта в Астане.", "ru") == []


@pytest.mark.parametrize("text, row", [
    # (near a city of republican significance: the region around it)
    ("Алматы маңында туристі сел ағызып кетті.", ("Almaty Region", "flood")),
    ("Павлодар маңында Ертіс өзеніне балықшы батып кетті.", ("Pavlodar Region", "accident")),
    ("Павлодарда Ертіс өзенінде балықшы суға батып кетті.", ("Pavlodar Region", "accident")),
    ("Алтынемел паркінде браконьерлер инспекторды атып өлтірді.", ("Jetisu Region", "shooting")),
    ("Талдықорғанда бұршақ егін мен көліктерді зақымдады.", ("Jetisu Region", "storm")),
])
def test_kazakh_mudflows_drownings_and_hail(text, row):
    assert _rows(text, "kk") == [row]


@pytest.mark.parametrize("text", ["Павлодарда күн батып кетті.", "Талдықорғанда бұршақ егіні жақсы шықты."])
def test_a_sunset_and_a_pea_harvest_are_no_events(text):
    assert _rows(text, "kk") == []


def test_a_bridge_over_a_river_that_collapsed_is_an_accident():
    text = "A road bridge over the Tobol river collapsed under a loaded truck near Kostanay, killing the driver."
    assert _rows(text, "en") == [("Kostanay Region", "accident")]


@pytest.mark.parametrize("text, lang, row", [
    ("Шахтёры объявили голодовку в посёлке Актас под Сараном.", "ru", ("Karaganda Region", "protest")),
    ("Miners went on hunger strike in the village of Aktas near Saran.", "en", ("Karaganda Region", "protest")),
    ("Қарағанды маңындағы Долинка кентінде колонияда тәртіпсіздік болды.", "kk", ("Karaganda Region", "riot")),
])
def test_a_settlement_near_another_is_one_site(text, lang, row):
    assert _rows(text, lang) == [row]


def test_two_settlements_joined_by_and_are_two_sites():
    assert len(_rows("Fires broke out in Saran and in Aktas.", "en")) == 2
