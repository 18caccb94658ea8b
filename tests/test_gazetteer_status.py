"""Settlements without town status are villages in the built gazetteer, whatever the sources tag them."""

from geomap import geoparse


def test_rural_district_centres_are_villages():
    for text, lang in (("Жители Бейнеу вышли на площадь.", "ru"), ("Flooding reached Shetpe and Kuryk.", "en"),
                       ("Отдых в Боровом испортила погода.", "ru")):
        got = geoparse.extract(text, date="2023-07-01", lang=lang)
        assert got and all(m["kind"] == "village" for m in got), got
    # towns with town status stay cities
    got = geoparse.extract("Flooding reached Zhetysay and Shardara.", date="2023-07-01", lang="en")
    assert [m["kind"] for m in got] == ["city", "city"]
