"""Inflected, old and alphabet variants of known places, each on invented text."""

from geomap import geoparse


def _got(text, lang, date="2023-07-01"):
    return [(m["text"], m["kind"], m["adm1_iso"]) for m in geoparse.extract(text, date=date, lang=lang)]


def test_russian_hyphenated_name_declines_its_first_part():
    got = _got("Катер вернулся в порт Форта-Шевченко, а волонтёры остались в Форте-Шевченко.", "ru")
    assert [t for t, _, a in got if a == "KZ-47"] == ["Форта-Шевченко", "Форте-Шевченко"]
    # the nominative is still found
    assert ("Форт-Шевченко", "city", "KZ-47") in _got("Форт-Шевченко готовится к лету.", "ru")


def test_short_foreign_city_in_oblique_cases():
    got = _got("Торговцы из Оша продают фрукты, а в Оше открыли рынок.", "ru")
    assert [(t, k) for t, k, _ in got] == [("Оша", "foreign"), ("Оше", "foreign")]
    # ordinary words that merely begin like such a name stay out
    assert _got("Мы ошибались, и наша оценка была неверной.", "ru") == []


def test_district_adjectives_of_vowel_final_names():
    got = _got("Дожди прошли в Аршалынском и Айыртауском районах, а также в Карасуском районе.", "ru")
    assert ("Аршалынском", "district", "KZ-11") in got or any(t.startswith("Аршалынском") for t, _, _ in got)
    isos = {a for _, _, a in got}
    assert {"KZ-11", "KZ-59", "KZ-39"} <= isos


def test_soviet_name_of_the_region_in_kazakh_spelling():
    got = _got("Маңғышлақтағы мұнай кәсіпшіліктері туралы кітап шықты.", "kk", "1985-03-01")
    assert got and got[0][0].startswith("Маңғышлақ") and got[0][2] == "KZ-47"


def test_kazakh_official_latin_alphabet_with_ia_and_district_head():
    got = _got("Aıagóz aýdanynda ótken jıynǵa 200 adam qatysty.", "kk")
    assert got == [("Aıagóz aýdanynda", "district", "KZ-10")]


def test_quoted_speech_followed_by_a_speech_verb_is_ordinary_text():
    got = _got("«Жүктер Қостанайдағы қоймаға жеткізілді», – деді ол.", "kk")
    assert ("Қостанайдағы", "city", "KZ-39") in got
    # a quoted name is still no place of its own inside
    assert not any(t.startswith("Алматы") and k == "city" for t, k, _ in _got("«Алматы Арена» кешенінде концерт өтті.", "kk"))


def test_bare_town_named_after_a_person_after_the_text_placed_it():
    text = ("A new school opened in Satpayev on Friday. Satpayev is named after the geologist Kanysh Satpayev, "
            "who studied the ores.")
    got = _got(text, "en")
    assert [t for t, _, a in got if a == "KZ-62"] == ["Satpayev", "Satpayev"]
    # with no earlier mention of the town, a bare surname stays the person
    assert _got("Kanysh Satpayev was a geologist. Satpayev studied the ores.", "en") == []


def test_kazakh_name_of_a_foreign_river_with_its_head():
    got = _got("Қала суды Еділ өзенінен алады.", "kk")
    assert got == [("Еділ өзенінен", "foreign", None)]
    # the same word as a given name is no river
    assert _got("Еділ Ахметов жиналысқа келді.", "kk") == []


def test_dateline_names_the_town_not_the_region_of_that_name():
    got = _got("ҰЛЫТАУ – Ұлытауға келген туристер саны артты. Ұлытау облысының әкімдігі хабарлады.", "kk")
    assert got[0][:2] == ("ҰЛЫТАУ", "village") and got[1][:2] == ("Ұлытауға", "village")
    assert got[2][:2] == ("Ұлытау облысының", "region")


def test_road_from_a_town_to_a_namesake_of_a_region_ends_in_the_town():
    got = _got("Snow closed the road from Zhezkazgan to Ulytau for a day.", "en")
    assert ("Ulytau", "village", "KZ-62") in got
    got = _got("На дороге от Жезказгана до Улытау перевернулся грузовик.", "ru")
    assert ("Улытау", "village", "KZ-62") in got
    # with no road, the bare name is still the region
    assert _got("Tourists love Ulytau.", "en")[0][:2] == ("Ulytau", "region")


def test_two_letter_foreign_city_in_kazakh_cases():
    got = _got("Оштан келген саудагерлер Алматыда тұрады.", "kk")
    assert got[0] == ("Оштан", "foreign", None)
