"""Invented news sentences for families of place mentions: towns written with a space where the
data hyphenates them, villages named after a person, rural districts (okrugs)."""

import geomap


def _found(text, lang, date="2024-05-01"):
    return [(m["text"], m["kind"], m["adm1_iso"]) for m in geomap.extract(text, lang=lang, date=date)]


def test_hyphenated_town_written_with_a_space():
    assert ("Fort Shevchenko", "city", "KZ-47") in _found("Tourists flocked to Fort Shevchenko on the Caspian coast.", "en")
    assert ("Taldy Korgan", "city", "KZ-33") in _found("A new school opened in Taldy Korgan on Monday.", "en")


def test_sea_before_town_word_is_no_town():
    found = _found("The Aral Sea town of Aralsk saw record heat this week.", "en")
    assert ("Aral Sea", "facility", None) in found
    assert ("Aralsk", "city", "KZ-43") in found
    assert not any(k == "city" and "Sea" in t for t, k, _ in found)


def test_village_named_after_person_in_the_genitive():
    found = _found("В посёлке Габидена Мустафина Бухар-Жырауского района прорвало водопровод.", "ru")
    assert ("Габидена Мустафина", "village", "KZ-35") in found


def test_person_name_alone_is_no_village():
    assert _found("Книги Габидена Мустафина переиздали в этом году.", "ru") == []
