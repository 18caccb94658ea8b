"""Incident detection: triggers, clause tying, non-incident places, dedup, dates, figures,
unattributed scopes, records and frames.

Place mentions are written by hand here (the fields ``geoparse.extract`` returns), so
these tests exercise detection alone; ``test_eval_incidents`` runs the whole pipeline.
"""

from __future__ import annotations

import datetime as dt

import pytest

from geomap import adm1
from geomap.dates import find_dates
from geomap.documents import Document
from geomap.events import COLUMNS, RECORD_KEYS, TYPES, detect, incidents_frame, sentences
from geomap.figures import figures, parse_number
from geomap.triggers import find_triggers


def mention(text, surface, kind, place=None, unit=None, occurrence=0, **extra):
    """A place mention of the ``occurrence``-th ``surface`` in ``text``."""
    pos = -1
    for _ in range(occurrence + 1):
        pos = text.index(surface, pos + 1)
    iso = adm1.BY_NAME[unit].iso if unit else None
    m = {"start": pos, "end": pos + len(surface), "text": surface, "kind": kind,
         "place": place or surface, "adm1": unit, "adm1_iso": iso, "lat": None, "lon": None,
         "count": None, "unit": None, "confidence": 1.0}
    m.update(extra)
    return m


def run(text, mentions, date="2022-01-10", lang="en"):
    return detect(Document(id="t", text=text, date=date, lang=lang), mentions)


def units(records):
    return sorted(r["adm1"] for r in records if r["adm1"])


# ------------------------------------------------------------------ triggers

@pytest.mark.parametrize("sentence,expected", [
    ("Hundreds of people rallied outside the city hall.", "protest"),
    ("Riot police clashed with the crowd.", "clash"),
    ("Gunmen stormed the police building.", "attack"),
    ("A gas explosion destroyed the house.", "explosion"),
    ("The bus overturned and crashed into a ditch.", "crash"),
    ("Floods hit dozens of villages.", "flood"),
    ("Police detained the organisers.", "arrest"),
    ("В городе прошёл митинг против цен на газ.", "protest"),
    ("Ночью произошли массовые беспорядки.", "riot"),
    ("Во время столкновений пострадали люди.", "clash"),
    ("На улице прогремел взрыв.", "explosion"),
    ("Начался сильный паводок.", "flood"),
    ("Ауылда өрт шықты.", "fire"),
    ("Облыста су тасқыны болды.", "flood"),
    ("Қалада жер сілкінісі сезілді.", "earthquake"),
    ("Күдікті ұсталды.", "arrest"),
    ("Әкімдікке шабуыл жасалды.", "attack"),
])
def test_triggers_in_three_languages(sentence, expected):
    types = [h.type for h in find_triggers(sentence) if not h.weak]
    assert expected in types


def test_plans_threats_and_warnings_are_not_triggers():
    assert not find_triggers("They intended to seize the buildings by force.")
    assert not [h for h in find_triggers("He warned they would burn themselves in public.") if not h.weak]


def test_taxonomy_is_small_and_ends_with_other():
    assert "protest" in TYPES and "other" == TYPES[-1] and len(TYPES) <= 20
    assert len(set(TYPES)) == len(TYPES)


# ------------------------------------------------------------------ sentences

def test_sentences_keep_headline_and_abbreviations():
    text = "Blast in Arys\n\nThe blast happened at 6:45 p.m. local time. Police came. No. 5 was hit."
    spans = sentences(text)
    got = [text[a:b] for a, b in spans]
    assert got[0] == "Blast in Arys"
    assert "The blast happened at 6:45 p.m. local time." in got
    assert all(text[a:b] == s for (a, b), s in zip(spans, got))


# ------------------------------------------------------------------ tying / places

def test_place_tied_to_event_of_its_clause_only():
    text = "Protesters rallied in Aktau on Monday; the minister later spoke in Pavlodar."
    ms = [mention(text, "Aktau", "city", unit="Mangystau Region"),
          mention(text, "Pavlodar", "city", unit="Pavlodar Region")]
    recs = run(text, ms)
    assert units(recs) == ["Mangystau Region"]
    assert recs[0]["type"] == "protest"


def test_place_without_event_is_not_an_incident():
    text = "The governor of Kostanay visited Astana. Nothing else happened."
    ms = [mention(text, "Kostanay", "city", unit="Kostanay Region"),
          mention(text, "Astana", "city", unit="Astana")]
    assert run(text, ms) == []


@pytest.mark.parametrize("text,surface,unit", [
    ("ASTANA — A fire broke out at a warehouse in Karaganda.", "ASTANA", "Astana"),
    ("A depot exploded in Baizak district, 30 kilometres from the city of Taraz.", "Taraz", "Jambyl Region"),
    ("The bus carrying workers from Shymkent caught fire in Irgiz district.", "Shymkent", "Shymkent"),
    ("The bus overturned on the Aqtau–Beyneu road.", "Beyneu", "Mangystau Region"),
    ("A spokesman told reporters in Almaty that the fire was out in Irgiz district.", "Almaty", "Almaty"),
    ("The governor of Turkestan said the blast in Arys was under investigation.", "Turkestan", "Turkistan Region"),
])
def test_non_incident_places(text, surface, unit):
    ms = [mention(text, surface, "city" if unit != "Turkistan Region" else "region", unit=unit)]
    for other, kind, u in (("Karaganda", "city", "Karaganda Region"), ("Baizak district", "district", "Jambyl Region"),
                           ("Irgiz district", "district", "Aktobe Region"), ("Arys", "city", "Turkistan Region")):
        if other in text:
            ms.append(mention(text, other, kind, unit=u))
    recs = run(text, ms)
    assert all(r["place"] != surface for r in recs)


def test_foreign_and_country_mentions_are_not_incidents():
    text = "Protests in Kazakhstan were discussed at a press conference in Ankara."
    ms = [mention(text, "Kazakhstan", "country"), mention(text, "Ankara", "foreign")]
    recs = run(text, ms)
    assert [r for r in recs if r["adm1"]] == []


def test_trial_and_emergency_are_not_counted():
    text = ("The emergency regime will be lifted in the Pavlodar Region. "
            "The men will go on trial in Oral next week.")
    ms = [mention(text, "Pavlodar Region", "region", unit="Pavlodar Region"),
          mention(text, "Oral", "city", unit="West Kazakhstan Region")]
    assert run(text, ms) == []


def test_spread_to_places_inherits_the_event():
    text = "The protests began on January 2 in Zhanaozen. Since then they have spread to Aktobe and Oral."
    ms = [mention(text, "Zhanaozen", "city", unit="Mangystau Region"),
          mention(text, "Aktobe", "city", unit="Aktobe Region"),
          mention(text, "Oral", "city", unit="West Kazakhstan Region")]
    recs = run(text, ms, date="2022-01-05")
    assert units(recs) == ["Aktobe Region", "Mangystau Region", "West Kazakhstan Region"]
    assert {r["type"] for r in recs} == {"protest"}


# ------------------------------------------------------------------ dedup

def test_same_event_repeated_is_one_incident():
    text = ("Riots in Zhanaozen left 14 dead.\n\nDuring the riots in Zhanaozen on December 16, "
            "shops were looted. The riots in Zhanaozen shocked the country.")
    ms = [mention(text, "Zhanaozen", "city", unit="Mangystau Region", occurrence=i) for i in range(3)]
    recs = run(text, ms, date="2011-12-20")
    assert len(recs) == 1
    assert recs[0]["killed"] == 14
    assert recs[0]["date"] == "2011-12-16"


def test_distinct_dates_are_distinct_incidents():
    text = "On January 3 a rally was held in Aktobe. On January 4 another rally took place in Aktobe."
    ms = [mention(text, "Aktobe", "city", unit="Aktobe Region", occurrence=i) for i in range(2)]
    recs = run(text, ms, date="2022-01-15")
    assert [r["date"] for r in recs] == ["2022-01-03", "2022-01-04"]


def test_distinct_places_of_one_unit_stay_distinct():
    text = "Rallies were held in Atyrau, Kulsary and Orlik."
    ms = [mention(text, "Atyrau", "city", unit="Atyrau Region"),
          mention(text, "Kulsary", "city", unit="Atyrau Region"),
          mention(text, "Orlik", "village", unit="Atyrau Region")]
    assert units(run(text, ms)) == ["Atyrau Region"] * 3


def test_listed_targets_count_separately():
    text = "In Almaty the attackers captured seven weapons stores as well as the office of the security committee."
    ms = [mention(text, "Almaty", "city", unit="Almaty")]
    recs = run(text, ms)
    assert len(recs) == 8 and units(recs) == ["Almaty"] * 8


def test_listed_targets_after_a_colon():
    text = ("В Кызылординской области во время беспорядков пострадали здания: "
            "здание акимата, филиал партии и здание суда.")
    ms = [mention(text, "Кызылординской области", "region", unit="Kyzylorda Region")]
    assert len(run(text, ms, lang="ru")) == 3


def test_disaster_counts_once_per_unit():
    text = "Floods hit Atbasar district. In the town of Atbasar 19 streets are under water."
    ms = [mention(text, "Atbasar district", "district", unit="Akmola Region"),
          mention(text, "Atbasar", "city", unit="Akmola Region", occurrence=1)]
    assert len(run(text, ms)) == 1


# ------------------------------------------------------------------ dates

def test_dates_in_three_languages():
    ref = "2022-01-18"
    assert [d.iso for d in find_dates("on January 5 the crowd", ref)] == ["2022-01-05"]
    assert [d.iso for d in find_dates("Вечером 5 января", ref)] == ["2022-01-05"]
    assert [d.iso for d in find_dates("видео 6 қаңтарда түсірілген", ref)] == ["2022-01-06"]
    assert [d.iso for d in find_dates("On March 20, 2009, two people", ref)] == ["2009-03-20"]
    assert [d.key for d in find_dates("the December 2011 clashes", ref)] == ["2011-12"]


def test_day_without_year_before_the_new_year_goes_back():
    assert [d.iso for d in find_dates("police on December 30 detained him", dt.date(2002, 1, 2))] == ["2001-12-30"]


def test_record_date_is_explicit_or_the_document_date():
    text = "A fire broke out in Shymkent. On January 5 a protest was held in Shymkent."
    ms = [mention(text, "Shymkent", "city", unit="Shymkent", occurrence=i) for i in range(2)]
    recs = run(text, ms, date="2022-01-10")
    assert sorted((r["type"], r["date"]) for r in recs) == [("fire", "2022-01-10"), ("protest", "2022-01-05")]


# ------------------------------------------------------------------ figures

@pytest.mark.parametrize("sentence,expected", [
    ("He said 16 soldiers had been killed and roughly 8,000 people had been detained.", (16, None, 8000)),
    ("The blast left at least nine people dead and 90 injured.", (9, 90, None)),
    ("The plane crashed, killing 38 people.", (38, None, None)),
    ("Police detained 47 people.", (None, None, 47)),
    ("По официальным данным, погибли 225 человек.", (225, None, None)),
    ("В результате взрыва пострадали 23 человека.", (None, 23, None)),
    ("Өрт кезінде 12 адам қаза тапты.", (12, None, None)),
    ("The camp opened in 2019 and 300 people came.", (None, None, None)),
])
def test_figures(sentence, expected):
    f = figures(sentence)
    assert (f["killed"], f["injured"], f["detained"]) == expected


def test_number_words():
    assert parse_number("Fifty-two") == 52
    assert parse_number("8,000") == 8000
    assert parse_number("четверо") == 4


def test_figures_attach_to_the_place_or_to_the_document():
    text = ("An explosion in Arys killed two people. Nationwide, 8,000 people were detained during the unrest.")
    ms = [mention(text, "Arys", "city", unit="Turkistan Region")]
    recs = run(text, ms)
    placed = [r for r in recs if r["adm1"]]
    loose = [r for r in recs if not r["adm1"]]
    assert placed[0]["killed"] == 2 and placed[0]["detained"] is None
    assert loose and loose[0]["detained"] == 8000 and loose[0]["scope"] is None


# ------------------------------------------------------------------ unattributed

def test_unattributed_scope_from_a_quantified_mention():
    text = "Armed groups struck at 11 points at once, and checkpoints were taken over in 9 regions."
    ms = [mention(text, "9 regions", "quantified", place="9 regions", count=9, unit_="region")]
    ms[0]["count"] = 9
    recs = run(text, ms)
    scopes = {r["scope"]: r["count"] for r in recs if r["adm1"] is None and r["scope"]}
    assert scopes == {"9 regions": 9, "11 points": 11}
    assert all(r["adm1_iso"] is None for r in recs)


def test_vague_scope_has_no_count_and_named_members_are_not_a_scope():
    text = ("Protests broke out in many cities. On January 3 rallies began in seven other regions: "
            "the cities of Almaty and Astana.")
    ms = [mention(text, "many cities", "quantified", place="many cities"),
          mention(text, "seven other regions", "quantified", place="7 regions"),
          mention(text, "Almaty", "city", unit="Almaty"),
          mention(text, "Astana", "city", unit="Astana")]
    ms[1]["count"] = 7
    recs = run(text, ms)
    scopes = {r["scope"]: r["count"] for r in recs if r["scope"]}
    assert scopes == {"many cities": None}
    assert units(recs) == ["Almaty", "Astana"]


# ------------------------------------------------------------------ records and frames

def test_record_keys_order_and_evidence():
    text = "Headline\n\nA rally was held in Aktau. It ended peacefully."
    ms = [mention(text, "Aktau", "city", unit="Mangystau Region", lat=43.65, lon=51.17)]
    doc = Document(id="x1", text=text, date="2023-05-01", url="http://example.org/a", title="Headline")
    recs = detect(doc, ms)
    assert len(recs) == 1
    r = recs[0]
    assert tuple(r) == RECORD_KEYS
    assert r["evidence"] == text[r["start"]:r["end"]] == "A rally was held in Aktau."
    assert (r["mention_start"], r["mention_end"]) == (ms[0]["start"], ms[0]["end"])
    assert r["adm1_iso"] == "KZ-47" and r["lat"] == 43.65 and r["url"] == "http://example.org/a"
    assert r["doc_date"] == "2023-05-01" and 0 < r["confidence"] <= 1


def test_empty_frame_has_columns_and_dtypes():
    df = incidents_frame([])
    assert list(df.columns) == list(COLUMNS) and len(df) == 0
    assert str(df["killed"].dtype) == "Int64" and str(df["lat"].dtype) == "float64"


def test_frame_from_texts_and_dicts_runs_the_geoparser():
    df = incidents_frame([
        {"id": "a", "text": "A rally was held in Aktau on January 3.", "date": "2022-01-05", "lang": "en"},
        "No events here at all.",
    ])
    assert list(df.columns) == list(COLUMNS)
    assert list(df["doc"]) == ["a"] and list(df["adm1"]) == ["Mangystau Region"]


def test_frame_from_a_path(tmp_path):
    p = tmp_path / "news.jsonl"
    p.write_text('{"id": "n1", "text": "Floods hit Atbasar district, Akmola region.", "date": "2024-04-14"}\n',
                 encoding="utf-8")
    df = incidents_frame(str(p))
    assert list(df["adm1"]) == ["Akmola Region"] and list(df["type"]) == ["flood"]


def test_frame_is_the_same_with_several_jobs():
    docs = [{"id": f"d{i}", "text": t, "date": "2022-01-05"} for i, t in enumerate([
        "A rally was held in Aktau.", "Police detained 20 people in Almaty.", "Nothing happened.",
    ])]
    a = incidents_frame(docs, jobs=1)
    b = incidents_frame(docs, jobs=2)
    assert a.equals(b)


@pytest.mark.parametrize("text,surface,kind,unit,lang", [
    ("ДТП на трассе Алматы — Усть-Каменогорск: погибли пять человек.", "Алматы", "city", "Almaty", "ru"),
    ("Five were injured in the crash and taken to hospital in Taraz.", "Taraz", "city", "Jambyl Region", "en"),
    ("Двое пострадавших госпитализированы в Талдыкорган после аварии.", "Талдыкорган", "city", "Jetisu Region", "ru"),
    ("Митинг работников прошёл без разрешения акимата Мангистауской области.", "Мангистауской области",
     "region", "Mangystau Region", "ru"),
    ("Rallies were held in solidarity with Mangystau.", "Mangystau", "region", "Mangystau Region", "en"),
])
def test_more_non_incident_places(text, surface, kind, unit, lang):
    recs = run(text, [mention(text, surface, kind, unit=unit)], lang=lang)
    assert [r for r in recs if r["adm1"]] == []


def test_a_rally_in_front_of_a_regions_akimat_building_is_in_that_region():
    # the building is the site when the text names no town ("перед зданием акимата X области")
    text = "Работники вышли на площадь перед зданием акимата Мангистауской области."
    recs = run(text, [mention(text, "Мангистауской области", "region", unit="Mangystau Region")], lang="ru")
    assert units(recs) == ["Mangystau Region"]


def test_passive_report_names_the_event_place():
    text = "Rallies were also reported in Kyzylorda."
    recs = run(text, [mention(text, "Kyzylorda", "city", unit="Kyzylorda Region")])
    assert units(recs) == ["Kyzylorda Region"]


def test_arrests_at_a_protest_are_part_of_it():
    text = "Hundreds rallied in Oral on Saturday. Police detained 30 people in Oral."
    ms = [mention(text, "Oral", "city", unit="West Kazakhstan Region", occurrence=i) for i in range(2)]
    recs = run(text, ms)
    assert len(recs) == 1 and recs[0]["type"] == "protest" and recs[0]["detained"] == 30


def test_arrest_on_another_day_is_its_own_incident():
    text = "On December 28 villagers demonstrated in Bagys. On December 30 police detained their leader in Bagys."
    ms = [mention(text, "Bagys", "village", unit="South Kazakhstan Region", occurrence=i) for i in range(2)]
    recs = run(text, ms, date="2002-01-02")
    assert sorted((r["type"], r["date"]) for r in recs) == [("arrest", "2001-12-30"), ("protest", "2001-12-28")]


def test_background_events_keep_their_own_dates():
    text = ("Workers protested in Zhanaozen this week. The town is also known for the December 2011 "
            "clashes in Zhanaozen.")
    ms = [mention(text, "Zhanaozen", "city", unit="Mangystau Region", occurrence=i) for i in range(2)]
    recs = run(text, ms, date="2023-04-12")
    assert len(recs) == 2


def test_emergency_marks_units_in_a_flood_report_but_not_in_unrest():
    flood = "Floods hit the north. A state of emergency was declared in Kostanay Region."
    unrest = "Riots broke out in the capital. A state of emergency was declared in Kostanay Region."
    # (the riots are in the capital, Astana; no emergency unit in unrest)
    for text, expected in ((flood, ["Kostanay Region"]), (unrest, ["Astana"])):
        recs = run(text, [mention(text, "Kostanay Region", "region", unit="Kostanay Region")])
        assert units(recs) == expected
    negated = "Паводок продолжается. В Костанайской области режим ЧС пока не вводился."
    recs = run(negated, [mention(negated, "Костанайской области", "region", unit="Kostanay Region")], lang="ru")
    assert units(recs) == []


@pytest.mark.parametrize("sentence", [
    "A rally is planned for Saturday.",
    "Police did not detain anyone.",
    "Пожаров не было зафиксировано.",
    "Өрт болған жоқ.",
    "Власти призвали не допустить беспорядков.",
])
def test_planned_and_denied_events_are_not_triggers(sentence):
    assert [h for h in find_triggers(sentence) if not h.weak] == []


@pytest.mark.parametrize("sentence,expected", [
    ("Жители перекрыли трассу в знак протеста.", "protest"),
    ("Атырауда 50 адам әкімдік алдына жиналып, жалақы талап етті.", "protest"),
    ("Не менее 10 человек погибли при пожаре.", "fire"),
    ("The trouble started on February 7.", "riot"),
])
def test_more_triggers(sentence, expected):
    assert expected in [h.type for h in find_triggers(sentence) if not h.weak]


@pytest.mark.parametrize("sentence", [
    "He died of a heart attack.", "Riot police lined the square.", "Police seized drugs worth $1 million.",
    "The tenge crash hit savings.", "Аварийный дом снесли.", "Акции компании выросли.", "The fire department said.",
    "An arrest warrant was issued.", "Industry collapsed in the 1990s.",
])
def test_homonyms_are_not_event_triggers(sentence):
    assert [h for h in find_triggers(sentence) if not h.weak] == []


from hypothesis import given, settings, strategies as st  # noqa: E402


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Aa Zz.,;:—–-\n«»0123456789 riotfloodкүшмитинг погибли өрт")), max_size=300),
       st.sampled_from([None, "2022-01-05", "not a date"]))
def test_detect_never_fails_and_evidence_is_exact(text, date):
    ms = []
    if len(text) > 10:
        ms = [{"start": 3, "end": 8, "text": text[3:8], "kind": "city", "place": "Aktau",
               "adm1": "Mangystau Region", "adm1_iso": "KZ-47", "lat": None, "lon": None, "count": None,
               "unit": None, "confidence": 0.9}]
    for r in detect(Document(id="h", text=text, date=date), ms):
        assert r["evidence"] == text[r["start"]:r["end"]] and r["evidence"]
        assert r["type"] in TYPES


def test_events_named_only_as_charges_are_not_incidents():
    text = "Суд в Алматы приговорил пять человек за участие в массовых беспорядках."
    recs = run(text, [mention(text, "Алматы", "city", unit="Almaty")], lang="ru")
    assert recs == []
    text = "A court in Oral sentenced him to eight years for organising mass riots."
    assert run(text, [mention(text, "Oral", "city", unit="West Kazakhstan Region")]) == []


def test_scopes_in_russian_and_kazakh_and_located_ones():
    def scopes(text):
        return [(r["scope"], r["count"]) for r in detect(Document(id="s", text=text, date="2022-01-05"), [])
                if r["scope"]]
    assert scopes("Беспорядки прошли в девяти регионах страны.") == [("девяти регионах", 9)]
    assert scopes("Наразылық акциялары тоғыз облыста өтті.") == [("тоғыз облыста", 9)]
    assert scopes("Gatherings began in all districts of Mangystau region.") == []
    assert scopes("Митинги прошли во всех районах Мангистауской области.") == []


def test_death_toll_phrases():
    assert figures("The death toll rose to 225.")["killed"] == 225
    assert figures("Число погибших возросло до 12 человек.")["killed"] == 12
    assert figures("Аналогичные акции прошли, где задержаны ещё 20 человек.")["detained"] == 20


def test_partial_dates_stay_partial():
    text = "The town is known for the December 2011 clashes in Zhanaozen."
    recs = run(text, [mention(text, "Zhanaozen", "city", unit="Mangystau Region")], date="2023-04-12")
    assert [r["date"] for r in recs] == ["2011-12"]


def test_last_years_month():
    assert [d.key for d in find_dates('after last year\'s "Bloody January"', "2023-04-12")] == ["2022-01"]
    assert [d.key for d in find_dates("в январе прошлого года", "2023-04-12")] == ["2022-01"]


@pytest.mark.parametrize("text,surface", [
    ("Астана, 5 января. Митинг прошёл в Караганде.", "Астана"),
    ("Almaty, Jan 5 (Reuters) - Protesters rallied in Taraz.", "Almaty"),
])
def test_datelines_with_dates(text, surface):
    ms = [mention(text, surface, "city", unit="Astana" if surface == "Астана" else "Almaty")]
    other = "Караганде" if "Караганде" in text else "Taraz"
    ms.append(mention(text, other, "city", unit="Karaganda Region" if other == "Караганде" else "Jambyl Region"))
    assert [r["place"] for r in run(text, ms) if r["adm1"]] == [other]


def test_plain_list_of_attacked_buildings_counts_each():
    text = "Gunmen attacked the akimat, the police department and the prosecutor's office in Taraz on January 5."
    assert len(run(text, [mention(text, "Taraz", "city", unit="Jambyl Region")])) == 3
    text = "Rioters attacked police in Taraz and looted shops."
    assert len(run(text, [mention(text, "Taraz", "city", unit="Jambyl Region")])) == 1


def test_origin_carries_over_a_coordinated_list():
    text = "Crews from Pavlodar and Semey helped put out the fire in Bodene."
    ms = [mention(text, "Pavlodar", "city", unit="Pavlodar Region"), mention(text, "Semey", "city", unit="Abai Region"),
          mention(text, "Bodene", "village", unit="Abai Region")]
    recs = run(text, ms, date="2025-05-02")
    assert [r["place"] for r in recs] == ["Bodene"]


def test_unlocated_facility_outside_the_documents_units_is_not_trusted():
    text = "ASTANA — A wildfire hit the forest near Semey. The fire started in the Batpayev forestry."
    ms = [mention(text, "ASTANA", "city", place="Astana", unit="Astana"),
          mention(text, "Semey", "city", unit="Abai Region"),
          mention(text, "Batpayev forestry", "facility", unit="Astana", confidence=0.7)]  # a unit guessed
    assert units(run(text, ms, date="2023-06-12")) == ["Abai Region"]
    located = [dict(m) for m in ms]
    located[2].update(lat=51.1, lon=71.4)  # a located facility is trusted
    assert units(run(text, located, date="2023-06-12")) == ["Abai Region", "Astana"]
    sure = [dict(m) for m in ms]
    sure[2].update(confidence=1.0)  # and so is one whose unit is known (an annotated one)
    assert units(run(text, sure, date="2023-06-12")) == ["Abai Region", "Astana"]


def test_square_named_with_its_city_is_the_city():
    text = "Жители Атырау собрались на площади Исатая и Махамбета."
    ms = [mention(text, "Атырау", "city", place="Atyrau", unit="Atyrau Region"),
          mention(text, "площади Исатая и Махамбета", "facility", unit="Atyrau Region", subkind="square")]
    assert [r["place"] for r in run(text, ms, lang="ru")] == ["Atyrau"]


# ------------------------------------------------------------------ disasters per place

def test_fires_and_blasts_at_two_places_of_one_unit_are_two_incidents():
    text = ("A gas cylinder exploded in a cafe in Zhitikara on Monday. "
            "The same day a grain elevator burned down in Arkalyk.")
    ms = [mention(text, "Zhitikara", "city", unit="Kostanay Region"),
          mention(text, "Arkalyk", "city", unit="Kostanay Region")]
    assert units(run(text, ms)) == ["Kostanay Region"] * 2


def test_floods_stay_one_per_unit_across_places():
    text = "Meltwater flooded Zhitikara and Arkalyk. Floods also reached the village of Karasu."
    ms = [mention(text, "Zhitikara", "city", unit="Kostanay Region"),
          mention(text, "Arkalyk", "city", unit="Kostanay Region"),
          mention(text, "Karasu", "village", unit="Kostanay Region")]
    assert units(run(text, ms)) == ["Kostanay Region"]


def test_wildfire_is_one_per_unit_across_villages():
    text = "Степной пожар охватил сёла Жана-Аул и Кокпекты."
    ms = [mention(text, "Жана-Аул", "village", unit="Abai Region"),
          mention(text, "Кокпекты", "village", unit="Abai Region")]
    assert units(run(text, ms, lang="ru")) == ["Abai Region"]


def test_region_level_and_headline_disaster_join_the_placed_one():
    text = ("Mine blast in Karaganda region\n"
            "An explosion tore through a coal mine in Karaganda region on 3 May. "
            "The blast hit the Tentek shaft near Shakhtinsk at night.")
    ms = [mention(text, "Karaganda region", "region", unit="Karaganda Region"),
          mention(text, "Karaganda region", "region", unit="Karaganda Region", occurrence=1),
          mention(text, "Tentek shaft", "facility", unit="Karaganda Region"),
          mention(text, "Shakhtinsk", "city", unit="Karaganda Region")]
    recs = run(text, ms, date="2023-05-04")
    assert units(recs) == ["Karaganda Region"]


def test_unnamed_nearby_villages_do_not_split_a_disaster():
    text = ("A warehouse exploded at the Kapshagay depot on 2 June. "
            "Windows were blown out in nearby villages.")
    ms = [mention(text, "Kapshagay depot", "facility", unit="Almaty Region")]
    assert units(run(text, ms, date="2022-06-03")) == ["Almaty Region"]


# ------------------------------------------------------------------ trigger families

@pytest.mark.parametrize("sentence,expected", [
    # English: strikes by what workers did, derailments, pedestrians hit, dam breaches, avalanches, leaks
    ("About 300 bus drivers stopped work on Monday over unpaid wages.", "protest"),
    ("Welders refused to start their shifts at the yard.", "protest"),
    ("Four wagons left the rails outside the station.", "crash"),
    ("A cyclist was hit by a delivery truck on the bypass.", "crash"),
    ("An embankment was breached overnight and water poured into the streets.", "flood"),
    ("An avalanche swept a tourist group off the slope.", "accident"),
    ("A chlorine leak at the water plant sent six workers to hospital.", "accident"),
    # Russian: verb forms of fire, crashes, leaks, strikes, detentions
    ("Ночью сгорели три жилых дома.", "fire"),
    ("На складе выгорело всё оборудование.", "fire"),
    ("Грузовик опрокинулся на повороте.", "crash"),
    ("Легковушка столкнулась с маршруткой на перекрёстке.", "crash"),
    ("Пять вагонов сошли с рельсов у разъезда.", "crash"),
    ("Автомобиль съехал в кювет и перевернулся.", "crash"),
    ("На станции произошла утечка аммиака.", "accident"),
    ("Рабочие рудника второй день не выходят на смены.", "protest"),
    ("Водители маршруток отказались выходить на линию.", "protest"),
    ("Сход лавины перекрыл перевал.", "accident"),
    ("Активиста доставили в отдел полиции.", "arrest"),
    ("Талые воды подтопили огороды.", "flood"),
    # Kazakh: rallies, detentions, drownings, crashes, deaths, fires, floods, strikes
    ("Үш қалада наразылық жиындары өтті.", "protest"),
    ("Полиция екі белсендіні ұстады.", "arrest"),
    ("Бала өзенде суға кетті.", "accident"),
    ("Жеңіл көлік бағанға соғылып, жүргізуші жарақат алды.", "crash"),
    ("Автобус жолдан шығып аударылды.", "crash"),
    ("Қойма түнде жанып кетті.", "fire"),
    ("Бөгет бұзылып, ауылды су басты.", "flood"),
    ("Кеншілер жұмысқа шықпай, жалақыны көтеруді талап етті.", "protest"),
    ("Тау-кен жұмысшылары шахтаға түсуден бас тартты.", "protest"),
])
def test_trigger_families(sentence, expected):
    assert expected in [h.type for h in find_triggers(sentence) if not h.weak]


@pytest.mark.parametrize("sentence", [
    "Жол апатында екі адам көз жұмды.", "Аварияда екі адам скончались.", "Екі жұмысшы опат болды.",
])
def test_death_words_are_weak(sentence):
    assert any(h.weak for h in find_triggers(sentence))


# ------------------------------------------------------------------ places that are not where it happened

@pytest.mark.parametrize("text,surface,kind,unit,lang", [
    ("Двое рабочих с ожогами доставлены в больницу Жезказгана после взрыва.", "Жезказгана", "city", "Ulytau Region", "ru"),
    ("Зардап шеккендер Мақтаарал ауданының ауруханасына жеткізілді.", "Мақтаарал", "district", "Turkistan Region", "kk"),
    ("Өрт сөндірушілер Сарқан мен Үшарал қалаларынан келді.", "Сарқан", "city", "Jetisu Region", "kk"),
    ("Поезд, следовавший из Петропавловска в Кокшетау, столкнулся с тягачом.", "Кокшетау", "city", "Akmola Region", "ru"),
    ("Часть задержанных этапирована в Караганду.", "Караганду", "city", "Karaganda Region", "ru"),
    ("Районный суд в Сарыагаше арестовал двоих участников драки.", "Сарыагаше", "city", "Turkistan Region", "ru"),
])
def test_hospitals_origins_destinations_and_courts_are_not_incident_places(text, surface, kind, unit, lang):
    recs = run(text, [mention(text, surface, kind, unit=unit)], lang=lang)
    assert [r for r in recs if r["adm1"]] == []


def test_victims_residence_is_not_the_accident_place_but_protesters_place_is():
    text = "Жол апатынан зардап шеккендердің арасында Талғар қаласының тұрғындары бар."
    assert units(run(text, [mention(text, "Талғар", "city", unit="Almaty Region")], lang="kk")) == []
    text2 = "Талғар қаласының тұрғындары әкімдік алдына жиналып, наразылық білдірді."
    assert units(run(text2, [mention(text2, "Талғар", "city", unit="Almaty Region")], lang="kk")) == ["Almaty Region"]


# ------------------------------------------------------------------ events told over two sentences

def test_next_sentence_toll_and_event_attach_to_the_place_just_told():
    text = ("Near the village of Akkol two lorries collided on Friday. Three people died. "
            "The wreckage caught fire and the crash blocked the road for hours.")
    ms = [mention(text, "Akkol", "village", unit="Akmola Region")]
    recs = run(text, ms, date="2024-03-02")
    assert [r["adm1"] for r in recs] == ["Akmola Region"]
    assert recs[0]["killed"] == 3


def test_countrywide_totals_do_not_attach_to_the_place_just_told():
    text = "Взрыв газа в Атбасаре разрушил дом. Всего по стране задержаны 40 человек."
    ms = [mention(text, "Атбасаре", "city", unit="Akmola Region")]
    recs = run(text, ms, lang="ru")
    placed = [r for r in recs if r["adm1"]]
    assert len(placed) == 1 and placed[0]["detained"] is None


def test_route_dash_does_not_split_a_clause():
    text = "Жамбыл облысының Шу ауданында Алматы – Ташкент тас жолында екі көлік соқтығысты."
    ms = [mention(text, "Шу ауданында", "district", unit="Jambyl Region"),
          mention(text, "Алматы", "city", unit="Almaty"), mention(text, "Ташкент", "foreign")]
    assert units(run(text, ms, lang="kk")) == ["Jambyl Region"]


def test_arrests_after_a_riot_word_are_the_news():
    text = "В Шардаре после массовой драки задержаны 11 человек."
    ms = [mention(text, "Шардаре", "city", unit="Turkistan Region")]
    recs = run(text, ms, lang="ru")
    assert units(recs) == ["Turkistan Region"]


@pytest.mark.parametrize("sentence", [
    "Аким облыс орталығында жол апаты туралы хабар алды.",
    "Министр узнал об аварии из соцсетей.",
    "The governor was informed of the crash by phone.",
    "Activists in two other towns plan similar marches next month.",
])
def test_events_named_as_topics_or_plans_are_not_triggers(sentence):
    assert [h for h in find_triggers(sentence) if not h.weak] == []


@pytest.mark.parametrize("sentence,expected", [
    ("Протестующие снесли памятник у здания акимата.", "riot"),
    ("A crowd toppled the statue of the former governor.", "riot"),
    ("Ашынған топ ескерткішті құлатты.", "riot"),
])
def test_toppling_monuments_is_unrest(sentence, expected):
    assert expected in [h.type for h in find_triggers(sentence)]


def test_floodwater_entering_homes_is_not_a_seizure():
    assert "seizure" not in [h.type for h in find_triggers("Floodwater entered homes in the lower streets.")]


def test_scope_listed_after_a_dash_is_not_unattributed():
    text = "Акции прошли в трёх областях — Костанайской, Павлодарской и Туркестанской."
    ms = [mention(text, "Костанайской", "region", unit="Kostanay Region"),
          mention(text, "Павлодарской", "region", unit="Pavlodar Region"),
          mention(text, "Туркестанской", "region", unit="Turkistan Region")]
    recs = run(text, ms, lang="ru")
    assert [r for r in recs if r["adm1"] is None] == []


def test_month_may_is_not_a_modal():
    assert "arrest" in [h.type for h in find_triggers("TARAZ, May 3 - Police detained six men.")]


def test_club_named_after_a_city_is_not_the_incident_place():
    text = "Police detained 9 supporters of FC Tobol Kostanay after a fight at the Central Stadium in Aktobe."
    ms = [mention(text, "Kostanay", "city", unit="Kostanay Region"),
          mention(text, "Aktobe", "city", unit="Aktobe Region")]
    assert units(run(text, ms)) == ["Aktobe Region"]


@pytest.mark.parametrize("text,lang", [
    ("KOSTANAY, 4 April - Officials met on Monday. A warehouse burned down on the outskirts of the city.", "en"),
    ("КОСТАНАЙ, 4 апреля. Власти провели совещание. Ночью на окраине города сгорел склад.", "ru"),
])
def test_the_city_may_point_to_the_dateline_city(text, lang):
    surface = text.split(",")[0]
    ms = [mention(text, surface, "city", place="Kostanay", unit="Kostanay Region")]
    assert units(run(text, ms, date="2024-04-04", lang=lang)) == ["Kostanay Region"]


def test_worst_hit_units_of_a_flood_are_affected():
    text = ("Floods have reached homes in the north. The worst-hit are Akmola and Pavlodar regions. "
            "In Kokshetau, water entered 40 houses.")
    ms = [mention(text, "Akmola", "region", place="Akmola Region", unit="Akmola Region"),
          mention(text, "Pavlodar", "region", place="Pavlodar Region", unit="Pavlodar Region"),
          mention(text, "Kokshetau", "city", unit="Akmola Region")]
    assert units(run(text, ms, date="2024-04-05")) == ["Akmola Region", "Pavlodar Region"]


def test_residential_house_is_not_residents():
    text = "Кентау қаласында тұрғын үйде газ жарылды."
    ms = [mention(text, "Кентау қаласында", "city", place="Kentau", unit="Turkistan Region")]
    assert units(run(text, ms, lang="kk")) == ["Turkistan Region"]


@pytest.mark.parametrize("sentence,expected", [
    ("Жүк пойызының үш вагоны рельстен шығып кетті.", "crash"),
    ("Жұмысшылар алаңға шығып, жалақы талап етті.", "protest"),
    ("Қоймадан от шығып, бүкіл ғимарат өртенді.", "fire"),
])
def test_kazakh_k_to_gh_alternation(sentence, expected):
    assert expected in [h.type for h in find_triggers(sentence)]


@pytest.mark.parametrize("sentence,expected", [
    ("Неизвестные поджёг склад.", "arson"), ("Боевики подорвали опору ЛЭП.", "explosion"),
    ("Толпа разграбила магазины.", "riot"), ("На озере затонула лодка.", "accident"),
    ("A man was stabbed outside a bar.", "attack"), ("Three died in a stampede at the stadium.", "accident"),
    ("Белгісіз біреу үйге от қойды.", "arson"), ("Қарулы адам екі күзетшіні атып өлтірді.", "shooting"),
])
def test_more_trigger_families(sentence, expected):
    assert expected in [h.type for h in find_triggers(sentence)]


@pytest.mark.parametrize("sentence", [
    "Farmers fear losses if spring floods reach the fields.",
    "Rescuers held drills on fighting forest fires near the reservoir.",
    "Спасатели провели учения по тушению пожаров на нефтебазе.",
    "Қалада өрт қауіпсіздігі бойынша оқу-жаттығу өтті.",
    "Облыста су тасқынының алдын алу жұмыстары жүргізілуде.",
])
def test_drills_prevention_and_conditions_are_not_events(sentence):
    assert [h for h in find_triggers(sentence) if not h.weak] == []


@pytest.mark.parametrize("sentence,expected", [
    ("A military training jet crashed near the airfield.", "crash"),
    ("Во время учений на полигоне взорвался снаряд.", "explosion"),
])
def test_accidents_during_training_are_events(sentence, expected):
    assert expected in [h.type for h in find_triggers(sentence)]


@pytest.mark.parametrize("sentence", [
    "Предприятие столкнулось с нехваткой кадров.",
    "Регион столкнулся с проблемой дефицита воды.",
    "The ministry ordered contractors to stop work on the bridge.",
    "Завод прекратил работу на время ремонта.",
    "Қазақстан жиынтығы Астанада жеңіске жетті.",
    "Әкім жағдайды бақылауда ұстады.",
])
def test_idioms_are_not_event_triggers(sentence):
    assert [h for h in find_triggers(sentence) if not h.weak] == []


@pytest.mark.parametrize("sentence,expected", [
    ("Жители заблокировали трассу на Шымкент.", "protest"),
    ("На разъезде толпа остановила пассажирский поезд.", "protest"),
    ("Тұрғындар пойызды тоқтатып, жалақы талап етті.", "protest"),
])
def test_blocking_roads_and_trains(sentence, expected):
    assert expected in [h.type for h in find_triggers(sentence)]


def test_blocked_accounts_are_not_a_protest():
    assert [h for h in find_triggers("Банк заблокировал счета компании.") if not h.weak] == []


def test_burned_buildings_listed_after_a_colon_count_separately():
    text = "В Каскелене произошли беспорядки: подожжены здание акимата, офис партии и гостиница."
    ms = [mention(text, "Каскелене", "city", unit="Almaty Region")]
    assert len(run(text, ms, lang="ru")) == 3


@pytest.mark.parametrize("sentence,expected", [
    ("A gas pipeline ruptured under the main street.", "accident"),
    ("The roof of the sports hall caved in.", "accident"),
    ("На улице произошёл порыв теплотрассы.", "accident"),
    ("Монтажник упал с высоты на стройке.", "accident"),
    ("Жұмысшы биіктіктен құлап кетті.", "accident"),
])
def test_industrial_and_utility_accidents(sentence, expected):
    assert expected in [h.type for h in find_triggers(sentence)]


@pytest.mark.parametrize("sentence", [
    "Since the start of the year 1,240 road accidents were recorded in the region.",
    "За прошлый год в области произошло 320 пожаров.",
    "Жыл басынан бері облыста 150 өрт тіркелді.",
])
def test_statistics_over_a_period_are_not_incidents(sentence):
    assert [h for h in find_triggers(sentence) if not h.weak] == []


def test_a_few_events_in_a_year_still_count():
    assert "fire" in [h.type for h in find_triggers("In 2019 two fires broke out at the depot.")]


def test_large_crowds_in_a_dated_year_are_still_protests():
    assert "protest" in [h.type for h in find_triggers("In 2011 about 3,000 people protested in the square.")]


def test_a_facility_fire_told_apart_from_its_town_is_the_town_fire():
    text = ("A fire broke out at a market in Taraz on Sunday. "
            "Firefighters fought the blaze at the Central Market for five hours.")
    ms = [mention(text, "Taraz", "city", unit="Jambyl Region"),
          mention(text, "Central Market", "facility", unit="Jambyl Region")]
    assert units(run(text, ms, date="2024-05-06")) == ["Jambyl Region"]


def test_a_facility_fire_and_a_town_crash_stay_two():
    text = "A bus overturned in Zhanatas. A fire broke out at the Karatau phosphate plant."
    ms = [mention(text, "Zhanatas", "city", unit="Jambyl Region"),
          mention(text, "Karatau phosphate plant", "facility", unit="Jambyl Region")]
    assert units(run(text, ms)) == ["Jambyl Region"] * 2


@pytest.mark.parametrize("sentence", [
    "Около ста человек собрались у акимата с требованием снизить цены.",
    "Жители собрались на стихийный сход у здания сельского акимата.",
    "Ауыл тұрғындары әкімдік алдында жиналды.",
    "Residents gathered at the akimat demanding gas.",
    "Bus drivers staged a walkout at the depot.",
    "Кеншілер жер астынан шықпай отыр.",
])
def test_gatherings_outside_offices_are_protests(sentence):
    assert "protest" in [h.type for h in find_triggers(sentence)]


@pytest.mark.parametrize("sentence", [
    "Officials gathered at the akimat for the annual meeting.",
    "Журналисты собрались у здания акимата перед брифингом.",
])
def test_gatherings_without_demands_are_not_protests(sentence):
    assert "protest" not in [h.type for h in find_triggers(sentence)]


def test_quantified_places_of_a_plan_or_inside_a_named_unit_are_not_unattributed():
    text = "A rally was held in Taraz. Activists in four other regions plan similar pickets."
    ms = [mention(text, "Taraz", "city", unit="Jambyl Region"),
          mention(text, "four other regions", "quantified", place="4 regions", count=4)]
    recs = run(text, ms)
    assert [r for r in recs if r["adm1"] is None] == []
    text2 = "Ақмола облысының бірнеше ауданында су тасқыны жалғасуда."
    ms2 = [mention(text2, "Ақмола облысының", "region", place="Akmola Region", unit="Akmola Region"),
           mention(text2, "бірнеше ауданында", "quantified", place="several districts")]
    recs2 = run(text2, ms2, lang="kk")
    assert [r for r in recs2 if r["adm1"] is None] == [] and units(recs2) == ["Akmola Region"]


def test_scope_phrase_of_a_plan_is_not_unattributed():
    text = "Pickets were held in Taraz; unions in five regions plan to strike next month."
    ms = [mention(text, "Taraz", "city", unit="Jambyl Region")]
    assert [r for r in run(text, ms) if r["adm1"] is None] == []


def test_after_an_indefinite_event_tells_a_new_one():
    text = "Last year the club was fined after a mass brawl in Kostanay."
    ms = [mention(text, "Kostanay", "city", unit="Kostanay Region")]
    assert units(run(text, ms)) == ["Kostanay Region"]
    text2 = "The governor resigned after the riots in Kostanay."
    ms2 = [mention(text2, "Kostanay", "city", unit="Kostanay Region")]
    assert units(run(text2, ms2)) == []


def test_event_in_a_relative_clause_about_victims_is_background():
    text = "В Таразе родственники шахтёров, погибших при взрыве, вышли на пикет."
    ms = [mention(text, "Таразе", "city", unit="Jambyl Region")]
    recs = run(text, ms, lang="ru")
    assert [r["type"] for r in recs] == ["protest"]
    text2 = "In Satpayev relatives of miners who died in the blast held a vigil."
    ms2 = [mention(text2, "Satpayev", "city", unit="Ulytau Region")]
    assert [r["type"] for r in run(text2, ms2, date="2024-01-10")] == ["protest"]


@pytest.mark.parametrize("sentence", [
    "Полиция қызметкерлері наразыларды күштеп таратты.", "Police dispersed the crowd with tear gas.",
    "ОМОН разогнал участников акции.",
])
def test_dispersals_are_protests(sentence):
    assert "protest" in [h.type for h in find_triggers(sentence)]


def test_wind_dispersing_clouds_is_not_a_protest():
    assert find_triggers("Ветер разогнал тучи над городом.") == []


@pytest.mark.parametrize("sentence,expected", [
    ("Перевернувшийся грузовик перекрыл дорогу на час.", "crash"),
    ("Опрокинувшийся бензовоз загорелся.", "crash"),
    ("Вооружённые люди ворвались в здание районного суда.", "seizure"),
])
def test_russian_participles_and_break_ins(sentence, expected):
    assert expected in [h.type for h in find_triggers(sentence)]


@pytest.mark.parametrize("sentence,expected", [
    ("Youths hurled bottles at the riot police line.", "clash"),
    ("Police used water cannons near the square.", "clash"),
    ("Полиция применила светошумовые гранаты.", "clash"),
    ("Two workers were hurt when scaffolding collapsed.", "accident"),
    ("The water level in the Ural has risen by a metre.", "flood"),
    ("Forty miners refused to come to the surface.", "protest"),
])
def test_crowd_control_collapses_rising_rivers_and_sit_downs(sentence, expected):
    assert expected in [h.type for h in find_triggers(sentence)]
