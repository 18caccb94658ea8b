"""Geoparser rules from the sixteenth round of checks (sentences written for the test)."""

from __future__ import annotations

import geomap


def _found(text, lang="en", date="2024-04-09"):
    return [(m["text"], m["kind"], m["adm1"]) for m in geomap.extract(text, date, lang)]


def test_a_unit_noun_before_the_names_of_districts_and_regions():
    got = _found("Hail damaged crops in the districts of Sarysu, Talas and Moiynkum.")
    assert got == [("Sarysu", "district", "Jambyl Region"), ("Talas", "district", "Jambyl Region"),
                   ("Moiynkum", "district", "Jambyl Region")]
    got = _found("New schools opened in the regions of Abai and Ulytau, and in the district of Baidibek.")
    assert got == [("Abai", "region", "Abai Region"), ("Ulytau", "region", "Ulytau Region"),
                   ("Baidibek", "district", "Turkistan Region")]
    got = _found("Град прошёл в районах Сарысу и Мойынкум, а аким района Байдибек объявил ЧС.", "ru")
    assert [(t, k) for t, k, _ in got] == [("Сарысу", "district"), ("Мойынкум", "district"),
                                           ("Байдибек", "district")]


def test_a_unit_noun_before_a_town_or_a_named_city_district_is_not_read_so():
    got = _found("The office was in the Bostandyk district of Almaty.")
    assert ("Almaty", "city", "Almaty") in got
    got = _found("Без тепла остались дома в Ауэзовском и Алатауском районах Алматы. Пожар был в районе Кентау.",
                 "ru")
    assert ("Алматы", "city", "Almaty") in got and ("Кентау", "city", "Turkistan Region") in got


def test_the_neighbours_side_of_a_border_town():
    got = _found("На китайской стороне, в Хоргосе, скопились фуры, а на казахстанской стороне в Хоргосе пусто.",
                 "ru", "2023-03-01")
    assert [(t, k) for t, k, _ in got] == [("Хоргосе", "foreign"), ("Хоргосе", "village")]
    got = _found("On the Chinese side, at Khorgos, trucks waited; on the Kazakh side, at Khorgos, none did.")
    assert [(t, k) for t, k, _ in got] == [("Khorgos", "foreign"), ("Khorgos", "village")]
    got = _found("Қытай жағындағы Қорғаста кезек ұзарды.", "kk")
    assert [(t, k) for t, k, _ in got][-1] == ("Қорғаста", "foreign")


def test_a_namesake_abroad_keeps_the_spelling_of_the_text():
    got = geomap.extract("Trucks queued at the Kyrgyz post at Ak-Zhol.", "2023-03-01", "en")
    assert [(m["text"], m["kind"], m["place"]) for m in got] == [("Ak-Zhol", "foreign", "Ak-Zhol")]


def test_the_kokshetau_area_was_north_kazakhstans_from_1997_to_1999():
    text = "Fires broke out near Kokshetau, Shchuchinsk and Zerenda; crews came from Makinsk and Stepnogorsk."
    units = {d: {t: a for t, _, a in _found(text, date=d)} for d in ("1997-05-02", "1998-04-14", "1999-04-08")}
    for town in ("Kokshetau", "Shchuchinsk", "Zerenda"):
        assert [units[d][town] for d in sorted(units)] == ["Akmola Region", "North Kazakhstan Region", "Akmola Region"]
    for town in ("Makinsk", "Stepnogorsk"):  # (Bulandy district and Stepnogorsk were Akmola's throughout)
        assert {units[d][town] for d in units} == {"Akmola Region"}
    got = _found("Бывшая Кокшетауская область и Акмолинская область.", "ru", "1998-11-20")
    assert [a for _, _, a in got] == ["North Kazakhstan Region", "Akmola Region"]


def test_every_transfer_names_a_unit_and_a_window():
    from geomap import adm1
    from geomap.gazetteer import load

    gaz = load()
    assert gaz.transfers
    for pid, spans in gaz.transfers.items():
        assert pid in gaz.places and gaz.places[pid].atom
        for first, last, iso in spans:
            assert first <= last and iso in adm1.UNITS and iso != gaz.places[pid].atom
