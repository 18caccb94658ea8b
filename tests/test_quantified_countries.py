"""Counts of countries are quantified mentions (unit "country") and never incidents."""

from __future__ import annotations

import geomap


def _quants(text, lang, date="2023-03-19"):
    return [(m["text"], m["count"], m["unit"], m["adm1"]) for m in geomap.extract(text, date, lang)
            if m["kind"] == "quantified"]


def test_counts_of_countries_in_three_languages():
    assert _quants("Observers from 41 countries watched the vote in Taraz.", "en") == \
        [("41 countries", 41, "country", None)]
    assert _quants("Голосование прошло в 48 зарубежных странах и в Таразе.", "ru") == \
        [("48 зарубежных странах", 48, "country", None)]
    assert _quants("Сайлауға 27 елден бақылаушылар келді.", "kk") == [("27 елден", 27, "country", None)]
    assert _quants("Делегаттар бірнеше шет елдерде болды.", "kk") == [("бірнеше шет елдерде", None, "country", None)]
    assert _quants("Delegations from several foreign countries arrived.", "en") == \
        [("several foreign countries", None, "country", None)]


def test_two_countries_and_all_countries_point_back_or_everywhere():
    assert _quants("Talks between the two countries resumed in Astana.", "en") == []
    assert _quants("Переговоры двух стран продолжились.", "ru") == []
    assert _quants("These five countries signed the accord.", "en") == []
    assert _quants("Trade with all countries grew.", "en") == []
    # the settlements of Kazakh ("елді мекен") stay villages, and "two countries" is no count
    assert _quants("Екі елдің басшылары кездесті, ал үш елді мекенде су тасқыны болды.", "kk") == \
        [("үш елді мекенде", 3, "village", None)]


def test_a_count_of_countries_is_no_incident_and_no_unattributed_statement():
    doc = {"id": "c1", "date": "2022-01-06", "lang": "en",
           "text": "Protests against fuel prices were held in 12 countries, and in Aktau police detained 40 people."}
    frame = geomap.incidents([doc])
    assert [a for a in frame["adm1"] if a] == ["Mangystau Region"]
    assert [s for s in frame["scope"] if isinstance(s, str) and s] == []
