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


def test_curated_districts_are_districts_of_their_unit_in_every_language():
    import geomap

    for text, lang in (("В Акжарском районе прошли учения.", "ru"), ("Ақжар ауданында өрт болды.", "kk"),
                       ("Floods hit Akzhar district.", "en")):
        got = [(m["kind"], m["adm1_iso"]) for m in geomap.extract(text, lang=lang, date="2024-05-01")]
        assert got == [("district", "KZ-59")], (text, got)
    got = [(m["text"], m["adm1_iso"]) for m in geomap.extract("В Житикаринском районе.", lang="ru", date="2024-05-01")]
    assert got == [("Житикаринском районе", "KZ-39")]


def test_a_stray_form_in_a_source_row_no_longer_names_that_district():
    from geomap.gazetteer import load

    g = load()
    akzhaiyk = g.places["adm2_610685"]
    assert (akzhaiyk.atom, akzhaiyk.name) == ("KZ-27", "Akzhaiyk District")
    assert "Akzhar" not in {n.form for n in g.forms_of("adm2_610685")}


def test_a_town_named_after_a_person_needs_a_place_cue_in_that_spelling():
    import geomap

    def got(text):
        return [(m["text"], m["adm1_iso"]) for m in geomap.extract(text, lang="en", date="2023-05-01")]

    assert got("A fire broke out in Kunayev on Monday.") == [("Kunayev", "KZ-19")]
    assert got("Dinmukhamed Kunayev led the republic for decades.") == []


def test_the_capitals_airport_by_its_2017_2022_name_in_three_languages():
    import geomap

    for text, lang in (("He landed at Nursultan Nazarbayev Airport.", "en"),
                       ("Самолёт приземлился в аэропорту имени Нурсултана Назарбаева.", "ru"),
                       ("Ұшақ Нұрсұлтан Назарбаев атындағы халықаралық әуежайында қонды.", "kk")):
        got = [(m["kind"], m["place"], m["adm1_iso"]) for m in geomap.extract(text, lang=lang, date="2019-05-01")]
        assert got == [("facility", "Astana International Airport", "KZ-71")], (text, got)


def test_districts_of_one_name_in_several_units_share_its_cyrillic_spellings():
    import geomap

    for region, iso in (("Солтүстік Қазақстан облысының", "KZ-59"), ("Ақмола облысының", "KZ-11")):
        got = [(m["kind"], m["adm1_iso"]) for m in geomap.extract(f"{region} Есіл ауданында өрт болды.", lang="kk",
                                                                   date="2024-05-01")]
        assert got == [("region", iso), ("district", iso)], (region, got)
