"""Parts of a city (microdistricts) and abbreviated street words, each on invented text."""

from geomap import facilities, geoparse


def _got(text, lang, date="2024-03-01"):
    return [(m["text"], m["kind"], m.get("subkind"), m["adm1_iso"])
            for m in geoparse.extract(text, date=date, lang=lang)]


def test_unknown_named_microdistricts_take_the_city_of_their_sentence():
    got = _got("В Шымкенте в микрорайоне Кайтпас отключили воду.", "ru")
    assert ("Кайтпас", "district", "microdistrict", "KZ-79") in got
    got = _got("Алматының Жетісу-3 шағын ауданында су тасқыны болды.", "kk")
    assert ("Алматының", "city", None, "KZ-75") in got
    assert ("Жетісу-3", "district", "microdistrict", "KZ-75") in got
    got = _got("In Oral, police searched the Zhuldyz microdistrict.", "en")
    assert ("Zhuldyz", "district", "microdistrict", "KZ-27") in got


def test_numbered_microdistricts_keep_their_head_word():
    got = _got("В Актау в 12-м микрорайоне и в мкр. 7 горели машины.", "ru")
    assert ("12-м микрорайоне", "district", "microdistrict", "KZ-47") in got
    assert ("мкр. 7", "district", "microdistrict", "KZ-47") in got
    got = _got("In Aktau a gas pipe burst in the 31st microdistrict.", "en")
    assert ("31st microdistrict", "district", "microdistrict", "KZ-47") in got
    got = _got("Ақтаудың 5-ші шағын ауданында жарық сөнді.", "kk")
    assert ("5-ші шағын ауданында", "district", "microdistrict", "KZ-47") in got


def test_microdistrict_head_word_rules_out_the_rural_district_of_that_name():
    # Karasu is also a district of Kostanay Region; after "микрорайоне" it is a part of the city
    got = _got("В Таразе в микрорайоне Карасу прорвало трубу.", "ru")
    assert ("Карасу", "district", "microdistrict", "KZ-31") in got
    assert not any(a == "KZ-39" for *_, a in got)


def test_a_microdistrict_name_of_several_cities_follows_the_city_of_its_sentence():
    # the gazetteer knows a Samal in Almaty; a Samal named in a Shymkent sentence is Shymkent's
    got = _got("В Шымкенте в мкр. Самал-1 прошел ливень.", "ru")
    assert ("Самал-1", "district", "microdistrict", "KZ-79") in got


def test_abbreviated_street_words():
    recs = facilities.find("Авария на ул. Сатпаева, пробка на пр. Абая и на пл. Республики. "
                           "A crash on Furmanov St. and on Dostyk Ave.")
    assert [(r["name"], r["subkind"]) for r in recs] == [
        ("ул. Сатпаева", "street"), ("пр. Абая", "street"), ("пл. Республики", "square"),
        ("Furmanov St.", "street"), ("Dostyk Ave.", "street")]
    # an abbreviated street is not the place named after the same person ("ул. Толе би" is no village)
    got = _got("В Алматы на ул. Толе би сбили пешехода.", "ru")
    assert ("ул. Толе би", "facility", "street", "KZ-75") in got
    assert len(got) == 2


def test_no_name_no_microdistrict():
    assert [r for r in facilities.find("New microdistricts were built. The microdistrict grew.")
            if r["subkind"] == "microdistrict"] == []


def test_kazakh_genitive_town_before_a_street_is_the_town():
    got = _got("Қостанайдың Әл-Фараби даңғылында жол апаты болды.", "kk")
    assert got[0][:2] == ("Қостанайдың", "city") and got[0][3] == "KZ-39"
    assert got[1][1:] == ("facility", "street", "KZ-39")
