"""Places people are moved to, Kazakh written in Latin letters, and the evidence of a row
whose place is told in a sentence of its own (each with sentences written for the test)."""

from __future__ import annotations

import pytest

from geomap.events import detect
from geomap.documents import Document
from geomap.triggers import cyrillic_view, find_triggers, is_latin_kazakh
from incident_helpers import detect_in, mention


# ---- a town people are evacuated, moved or brought to is a destination

@pytest.mark.parametrize("text, surface, lang", [
    ("На складе прогремел взрыв, и власти эвакуировали почти 900 местных жителей в Туркестан.", "Туркестан", "ru"),
    ("Пожар уничтожил общежитие, студентов вывезли на автобусах в Кызылорду.", "Кызылорду", "ru"),
    ("Вода затопила дома, около 300 семей переселили в Аральск.", "Аральск", "ru"),
    ("A blast hit the depot and nearly 900 residents of the settlement were bused to Turkistan.", "Turkistan", "en"),
    ("The river flooded the village and 300 families were brought by rescuers to Aralsk.", "Aralsk", "en"),
    ("Жарылыстан кейін 900 тұрғын Түркістанға көшірілді.", "Түркістанға", "kk"),
    ("Су тасқыны болып, 300 отбасы Арал қаласына эвакуацияланды.", "Арал", "kk"),
])
def test_destination_of_people_moved_is_no_event_place(text, surface, lang):
    recs = detect_in(text, [mention(text, surface, "city", unit="Turkistan Region")], "2024-04-10", lang)
    assert [r for r in recs if r["adm1"]] == []


def test_event_place_named_with_a_destination_stays():
    text = "В Кентау прогремел взрыв на нефтебазе, около 900 жителей вывезли в Туркестан."
    ms = [mention(text, "Кентау", "city", unit="Turkistan Region"),
          mention(text, "Туркестан", "city", unit="Turkistan Region", place="Turkistan")]
    recs = detect_in(text, ms, "2024-04-10", "ru")
    assert [r["place"] for r in recs if r["adm1"]] == ["Кентау"]


def test_locative_after_evacuation_verb_is_the_event_place():
    text = "Из-за пожара эвакуировали 200 человек в Таразе."
    recs = detect_in(text, [mention(text, "Таразе", "city", unit="Jambyl Region")], "2024-04-10", "ru")
    assert [r["adm1"] for r in recs] == ["Jambyl Region"]


# ---- Kazakh in Latin letters

LATIN = "Shymkent qalasynda kópqabatty úıde órt shyqty. Úsh adam qaza tapty."


@pytest.mark.parametrize("text", [
    LATIN,
    "Aqtóbe oblysynda jol apaty boldy.",
    "Shymkent qalasynda ko'pqabatty u'ide o'rt s'yqty.",
])
def test_latin_kazakh_is_recognised(text):
    assert is_latin_kazakh(text, "kk") and is_latin_kazakh(text, None)


@pytest.mark.parametrize("text, lang", [
    ("A fire broke out in a block of flats in Shymkent.", None),
    ("В Шымкенте горел жилой дом, Almaty Plaza закрыт.", "ru"),
    ("Шымкент қаласында өрт шықты, Astana Hub хабарлады.", "kk"),
    (LATIN, "en"),
])
def test_other_text_is_not_latin_kazakh(text, lang):
    assert not is_latin_kazakh(text, lang)


def test_cyrillic_view_keeps_offsets():
    text = "Talgar aýdanynda órt shyqty, eki adam qaza tapty."
    cyr, back = cyrillic_view(text)
    assert cyr == "Талгар ауданында өрт шықты, екі адам қаза тапты."
    assert len(back) == len(cyr) + 1 and back[-1] == len(text)
    i = cyr.index("шықты")
    assert text[back[i]: back[i + len("шықты")]] == "shyqty"


def test_latin_kazakh_text_gives_incidents_with_evidence_in_the_text():
    text = "Taraz qalasynda saýda ortalyǵynda órt shyqty. Eki adam qaza tapty. Sonymen qatar Qulan aýylynda jol apaty boldy."
    ms = [mention(text, "Taraz qalasynda", "city", unit="Jambyl Region", place="Taraz"),
          mention(text, "Qulan aýylynda", "village", unit="Jambyl Region", place="Kulan")]
    recs = detect(Document(id="t", text=text, date="2024-10-03", lang="kk"), ms)
    got = sorted((r["place"], r["type"]) for r in recs)
    assert got == [("Kulan", "crash"), ("Taraz", "fire")]
    for r in recs:
        assert r["evidence"] == text[r["start"]: r["end"]]
        assert text[r["mention_start"]: r["mention_end"]] in ("Taraz qalasynda", "Qulan aýylynda")
    assert [r["killed"] for r in recs if r["place"] == "Taraz"] == [2]


def test_digraph_spelling_is_read():
    assert [h.type for h in find_triggers(cyrillic_view("Zhol apaty boldy, ort shyqty.")[0])][:1] == ["crash"]


# ---- a grave situation named in a text about a disaster places it; that sentence is the evidence

@pytest.mark.parametrize("text, surface, lang", [
    ("Жамбыл облысында су тасқыны салдарынан 8 ауыл су астында қалды. Түркістан облысының Созақ ауданында да жағдай қиын. "
     "Елімізде 6 өңірде төтенше жағдай режимі жарияланды.", "Түркістан облысының", "kk"),
    ("Паводок затопил 8 сёл в Жамбылской области. Сложная ситуация и в Туркестанской области. "
     "Режим ЧС введён в шести регионах страны.", "Туркестанской области", "ru"),
    ("Floods swept through eight villages of Jambyl Region. In Turkistan Region the situation remains critical. "
     "A state of emergency is in force in six regions.", "Turkistan Region", "en"),
])
def test_grave_situation_in_a_disaster_text(text, surface, lang):
    first = {"kk": "Жамбыл облысында", "ru": "Жамбылской области", "en": "Jambyl Region"}[lang]
    ms = [mention(text, first, "region", unit="Jambyl Region"), mention(text, surface, "region", unit="Turkistan Region")]
    recs = detect_in(text, ms, "2024-04-10", lang)
    got = {r["adm1"]: r for r in recs if r["adm1"]}
    assert sorted(got) == ["Jambyl Region", "Turkistan Region"]
    row = got["Turkistan Region"]
    assert row["type"] == "flood"
    assert row["start"] <= row["mention_start"] < row["mention_end"] <= row["end"]


@pytest.mark.parametrize("text, surface, lang", [
    ("Қарағанды облысында экономикалық жағдай күрделі.", "Қарағанды облысында", "kk"),
    ("В Карагандинской области ситуация на рынке труда остаётся сложной.", "Карагандинской области", "ru"),
])
def test_grave_situation_alone_is_no_event(text, surface, lang):
    recs = detect_in(text, [mention(text, surface, "region", unit="Karaganda Region")], "2024-04-10", lang)
    assert [r for r in recs if r["adm1"]] == []


@pytest.mark.parametrize("text", [
    "Mr O'Brien said you're right: they'll meet at the office, and it's the first meeting of the year.",
    "Adam and the men of the village were at the market when the fire broke out.",
])
def test_english_with_apostrophes_is_not_latin_kazakh(text):
    assert not is_latin_kazakh(text, None)


@pytest.mark.parametrize("text, expected", [
    ("Taraz kalasynda ort shykty.", ["fire"]),
    ("Oblysta su taskyny boldy.", ["flood"]),
    ("Audanda zhol apaty boldy.", ["crash"]),
])
def test_informal_spelling_without_kazakh_letters(text, expected):
    assert is_latin_kazakh(text, "kk")
    assert [h.type for h in find_triggers(cyrillic_view(text)[0])] == expected


def test_event_place_after_a_comma_is_no_destination():
    text = "Из Арыси эвакуированы жители, а в Таразе горел рынок."
    recs = detect_in(text, [mention(text, "Таразе", "city", unit="Jambyl Region")], "2024-04-10", "ru")
    assert [r["adm1"] for r in recs] == ["Jambyl Region"]


def test_the_2021_letters_are_read():
    text = "Taraz qalasında sauda ortalığında ört şıqtı, üş adam qaza taptı."
    cyr, back = cyrillic_view(text)
    assert "өрт шықты" in cyr and "қаза тапты" in cyr
    assert [h.type for h in find_triggers(cyr)] == ["fire", "killing"]
