"""Incident rules from the twelfth round of checks: official measures, plans, statements,
routes and places told together (sentences written for the test, geoparsed for real)."""

from __future__ import annotations

import pytest

from incident_helpers import detect_parsed, types


@pytest.mark.parametrize("sentence, lang", [
    ("Police seize 120 kg of hashish in Almaty.", "en"),
    ("Customs officers seized 300 phones at the Khorgos crossing.", "en"),
    ("Police seized weapons and ammunition from a flat in Taraz.", "en"),
    ("«Қорғас» шекара өткелінде кеденшілер Қытайдан заңсыз әкелінген 300 телефонды ұстады.", "kk"),
    ("Шекарашылар «Қордай» бекетінде екі тонна контрабандалық жемісті ұстады.", "kk"),
    ("Пограничники задержали две тонны контрабандных фруктов на посту «Кордай».", "ru"),
])
def test_goods_seized_by_officials_are_no_incident(sentence, lang):
    assert detect_parsed(sentence, lang, "2023-01-18") == []


@pytest.mark.parametrize("sentence, lang, typ", [
    ("Protesters seized the akimat building in Almaty.", "en", "seizure"),
    ("Rioters seized 50 guns from a hunting shop in Taldykorgan.", "en", "seizure"),
    ("Gunmen seized 12 hostages in a bank in Taraz.", "en", "seizure"),
    ("Пограничники задержали двух контрабандистов с тонной фруктов у Кордая.", "ru", "arrest"),
    ("В Таразе задержали мужчину с 5 кг гашиша.", "ru", "arrest"),
    ("Полиция Таразда екі күдіктіні ұстады.", "kk", "arrest"),
])
def test_seizures_and_arrests_of_people_stay(sentence, lang, typ):
    assert [r["type"] for r in detect_parsed(sentence, lang, "2023-01-18")] == [typ]
