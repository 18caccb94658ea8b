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
