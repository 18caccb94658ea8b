"""Counting families found with short news texts written for the test: a rally that is only
applied for, statistics of a period told with "this year" (in the three languages), and a
court named by its city with the old event it tries."""

from __future__ import annotations

import pytest

from incident_helpers import detect_parsed, types


# ---- a rally applied for is a plan

@pytest.mark.parametrize("sentence", [
    "Activists in Uralsk have applied to the city akimat for a permit to hold a rally on Sunday.",
    "The group sought permission to stage a protest outside the akimat in Uralsk.",
    "Жители Семея подали заявку на проведение митинга против повышения тарифов.",
    "Белсенділер Семейде митинг өткізуге рұқсат сұрады.",
    "Белсенділер әкімдікке митинг өткізуге өтініш берді.",
])
def test_a_rally_applied_for_is_no_event(sentence):
    assert [t for t in types(sentence) if t == "protest"] == []


@pytest.mark.parametrize("sentence", [
    "The rally, held without a permit, drew 200 people in Uralsk.",
    "They sent a request for help after the flood in Uralsk.",
    "Оралда рұқсатсыз митинг өтті.",
])
def test_a_permit_named_elsewhere_keeps_the_event(sentence):
    assert types(sentence) != []


def test_a_permit_text_gives_no_row():
    text = ("Жители Семея подали заявку на проведение митинга против повышения тарифов. "
            "В акимате пока не ответили.")
    assert [r for r in detect_parsed(text, "ru", "2024-09-10") if r["adm1"]] == []


# ---- statistics of "this year"

@pytest.mark.parametrize("sentence", [
    "Биыл Қарағанды облысында 250 өрт тіркелді.",
    "Осы жылы облыста 1 200 жол апаты болды.",
    "В этом году в области произошло 312 пожаров.",
    "В 2023 году в регионе зарегистрировано 45 пожаров.",
])
def test_a_total_of_this_year_is_no_event(sentence):
    assert types(sentence) == []


@pytest.mark.parametrize("sentence", [
    "В 2019 году в Актобе произошли два пожара.",
    "Биыл Таразда үлкен өрт болды.",
    "В этом году в Таразе сгорел рынок.",
])
def test_one_event_of_this_year_still_counts(sentence):
    assert types(sentence) == ["fire"]


def test_a_statistics_paragraph_adds_nothing_to_the_fire():
    text = ("Павлодарда жексенбі күні Камзин көшесіндегі қоймада өрт шықты. "
            "Зардап шеккендер жоқ. "
            "Биыл облыста 412 өрт тіркелді.")
    recs = [r for r in detect_parsed(text, "kk", "2024-06-10") if r["adm1"]]
    assert [(r["adm1"], r["type"]) for r in recs] == [("Pavlodar Region", "fire")]


# ---- a verdict or a trial names an old event as its case

@pytest.mark.parametrize("sentence", [
    "Суд Караганды приговорил к 10 годам заключения мужчину, устроившего стрельбу в торговом центре в прошлом году.",
    "Шымкент қалалық соты былтыр дәмханада төбелес шығарған екі жігітті 3 жылға соттады.",
    "A court in Aktobe sentenced a man to life in prison for the 2016 shooting at a gun shop.",
    "Суд в Таразе начал рассматривать дело водителя, совершившего ДТП на трассе.",
    "Five men went on trial in Almaty for the January riots.",
])
def test_a_verdict_sentence_tells_no_event(sentence):
    assert types(sentence) == []


def test_a_verdict_text_gives_no_row_but_the_news_of_the_day_does():
    text = ("Суд Караганды приговорил к 10 годам заключения мужчину, устроившего стрельбу в торговом "
            "центре в прошлом году. В тот же день в Темиртау сгорел склад.")
    recs = [r for r in detect_parsed(text, "ru", "2024-03-10") if r["adm1"]]
    assert [(r["adm1"], r["type"]) for r in recs] == [("Karaganda Region", "fire")]


# ---- event verbs: Russian passives, a Kazakh break-in, an aircraft that went down

@pytest.mark.parametrize("sentence,typ", [
    ("Был сбит пешеход.", "crash"),
    ("Сбита школьница.", "crash"),
    ("Пешеход был насмерть сбит на переходе.", "crash"),
    ("Сорвана кровля школы.", "storm"),
    ("Бұзақылар дүкенге басып кіріп, кассаны тонады.", "seizure"),
    ("Ауылға сел басып кірді.", "accident"),
    ("Үйге су басып кірді.", "flood"),
    ("A helicopter went down near the village.", "crash"),
])
def test_event_verbs(sentence, typ):
    assert types(sentence) == [typ]


@pytest.mark.parametrize("sentence", ["Сбита цена на бензин.", "The share price went down on Monday."])
def test_idioms_of_the_same_verbs_are_no_event(sentence):
    assert types(sentence) == []


# ---- commemorations, mock events of drills, preparations for a flood

@pytest.mark.parametrize("sentence", [
    "В Алматы почтили память погибших в январских событиях 2022 года.",
    "Алматыда Қаңтар оқиғасында қаза тапқандарды еске алды.",
    "Residents of Almaty commemorated the dead of the 2022 shootings.",
    "В Шымкенте спасатели провели учения: условный пожар в торговом центре потушили за 20 минут.",
    "Условно подтоплены три улицы.",
    "Rescuers in Kostanay region are preparing for spring floods.",
    "Облыс су тасқынына дайындалып жатыр.",
    "Идёт подготовка к паводку в Костанайской области.",
])
def test_commemorations_drills_and_preparations_are_no_event(sentence):
    assert types(sentence) == []


@pytest.mark.parametrize("sentence,typ", [
    ("В тяжёлых условиях пожарные тушили пожар.", "fire"),
    ("В учебном заведении произошёл пожар.", "fire"),
    ("Ауылды су басты, тұрғындар көшуге дайындалып жатыр.", "flood"),
])
def test_the_same_words_elsewhere_keep_the_event(sentence, typ):
    assert types(sentence)[0] == typ


# ---- events counted in settlements of one district

@pytest.mark.parametrize("lang,text,n", [
    ("en", "Fires broke out in two villages of Sairam district on Sunday, destroying five homes.", 2),
    ("ru", "В трёх сёлах Сайрамского района вчера произошли пожары. Огонь уничтожил 5 жилых домов.", 3),
    ("kk", "Сайрам ауданының үш ауылында өрт шықты.", 3),
    ("ru", "Акции протеста прошли в двух сёлах Сайрамского района.", 2),
    # one event that reached several settlements, and area disasters, stay one
    ("en", "A steppe fire spread to three villages of Sairam district on Sunday.", 1),
    ("ru", "Паводок подтопил три села Сайрамского района.", 1),
    ("kk", "Сайрам ауданының үш ауылын өрт шалды.", 1),
    ("en", "Fires broke out in several villages of Sairam district on Sunday.", 1),
])
def test_events_in_counted_villages_of_a_district(lang, text, n):
    recs = [r for r in detect_parsed(text, lang, "2024-07-01") if r["adm1"]]
    assert [r["adm1"] for r in recs] == ["Turkistan Region"] * n


def test_a_commemoration_text_gives_no_row():
    text = ("ALMATY, Jan 5 - Residents of Almaty on Friday commemorated the victims of the January 2022 "
            "shootings. Flowers were laid at the memorial on Republic Square.")
    assert [r for r in detect_parsed(text, "en", "2024-01-05") if r["adm1"]] == []


# ---- totals over a running period (this month, this week, за неделю, осы айда, өткен аптада)

@pytest.mark.parametrize("sentence", [
    "The region has seen 12 fires this month.",
    "За неделю в регионе зарегистрировано 35 ДТП.",
    "В текущем году на дорогах области погибли 48 человек.",
    "Осы айда облыста 12 өрт болды.",
    "Өткен аптада облыста 30 жол апаты тіркелді.",
    "Жыл басынан бері облыс жолдарында 48 адам қаза тапты.",
])
def test_a_total_of_a_running_period_is_no_event(sentence):
    assert types(sentence) == []


@pytest.mark.parametrize("sentence,typ", [
    ("В 2011 году в Жанаозене погибли 16 человек.", "killing"),
    ("This week a fire destroyed a shop in Taraz.", "fire"),
    ("Былтыр Таразда базар өртенді.", "fire"),
    ("За сутки в Таразе сгорел склад.", "fire"),
    ("Осы аптада Таразда екі өрт болды.", "fire"),
])
def test_one_event_of_a_period_still_counts(sentence, typ):
    assert types(sentence) == [typ]


# ---- plans told with a future time or a Kazakh "жоспарлап"

@pytest.mark.parametrize("sentence", [
    "Ұйымдастырушылар келесі аптада Астанада да митинг өткізуді жоспарлап отыр.",
    "Белсенділер Астанада митинг өткізуді жоспарлап отыр.",
    "Next week's rally in Astana has been approved.",
    "На следующей неделе в Астане пройдёт митинг.",
])
def test_a_rally_of_next_week_is_a_plan(sentence):
    assert types(sentence) == []


# ---- "last year" dates a background event; a foreign event is not the one just told

def test_last_year_dates_a_background_event_apart_from_the_news():
    text = ("В Актобе паводок затопил 30 дачных участков. "
            "В прошлом году вода подтопила в Актюбинской области 2 тысячи домов.")
    recs = [r for r in detect_parsed(text, "ru", "2024-04-02") if r["adm1"]]
    assert sorted(r["date"] for r in recs) == ["2023", "2024-04-02"]


def test_a_month_of_last_year_keeps_one_date():
    from geomap.dates import find_dates
    assert [d.key for d in find_dates("Былтыр Таразда базар өртенді.", "2024-09-12")] == ["2023"]
    assert [d.key for d in find_dates("in January last year", "2024-09-12")] == ["2023-01"]


def test_an_event_abroad_after_a_home_event_is_not_carried_home():
    text = ("KARAGANDA, Feb 17 - Five miners were killed by a methane explosion at the Abaiskaya mine in the "
            "town of Abai early on Tuesday. Methane blasts at mines near Donetsk in Ukraine killed dozens last year.")
    recs = [r for r in detect_parsed(text, "en", "2024-02-17") if r["adm1"]]
    assert [(r["adm1"], r["type"]) for r in recs] == [("Karaganda Region", "explosion")]


# ---- two places of one city in one sentence are two events; "not a single fire" is none

@pytest.mark.parametrize("lang,text", [
    ("en", "Two separate fires broke out in Almaty on Monday. "
           "A warehouse burned in Alatau district, and a cafe caught fire in Medeu district."),
    ("ru", "В Алматы в понедельник произошли два пожара. "
           "В Алатауском районе сгорел склад, а в Медеуском районе загорелось кафе."),
    ("kk", "Алматыда дүйсенбі күні екі өрт болды. "
           "Алатау ауданында қойма өртенді, ал Медеу ауданында дәмхана жанып кетті."),
])
def test_two_districts_of_a_city_in_one_sentence_are_two_fires(lang, text):
    recs = [r for r in detect_parsed(text, lang, "2024-05-20") if r["adm1"]]
    assert [(r["adm1"], r["type"]) for r in recs] == [("Almaty", "fire")] * 2


def test_a_district_told_after_the_city_fire_is_the_same_fire():
    text = "A fire broke out in Almaty on Monday. A warehouse burned in Alatau district."
    recs = [r for r in detect_parsed(text, "en", "2024-05-20") if r["adm1"]]
    assert [(r["adm1"], r["type"]) for r in recs] == [("Almaty", "fire")]


@pytest.mark.parametrize("sentence", [
    "Департамент мәліметінше, соңғы аптада Сарыарқа және Есіл аудандарында бірде-бір өрт тіркелмеген.",
    "За неделю в Сарыаркинском районе не зарегистрировано ни одного пожара.",
    "В Есильском районе пожаров не зарегистрировано.",
    "Есіл ауданында өрт болмаған.",
])
def test_not_a_single_fire_is_none(sentence):
    assert types(sentence) == []


# ---- "маусым" as a season; a Kazakh "since the season began" total

def test_a_swimming_season_total_is_no_event_and_no_june():
    from geomap.dates import find_dates
    s = "Шомылу маусымы басталғалы Павлодар облысында 14 адам суға батып кетті."
    assert types(s) == []
    assert find_dates(s, "2024-08-02") == []
    assert [d.key for d in find_dates("Маусым айында Таразда өрт болды.", "2024-08-02")] == ["2024-06"]


# ---- danger classes, fears and yearly totals

@pytest.mark.parametrize("sentence", [
    "В горах Алматы объявлена лавинная опасность.",
    "The avalanche risk remains high in the mountains above Almaty.",
    "Жители опасаются нового подтопления.",
    "Жыл сайын облыста 500-ге жуық өрт тіркеледі.",
    "Жыл басынан бері облыста 300-ден астам өрт болды.",
    "Every year, around 500 fires break out in the region.",
])
def test_dangers_fears_and_yearly_totals_are_no_event(sentence):
    assert types(sentence) == []


@pytest.mark.parametrize("sentence,typ", [
    ("Лавина сошла на трассу, опасность сохраняется.", "accident"),
    ("An avalanche buried two skiers at Shymbulak.", "accident"),
    ("The flood put 300 homes at risk.", "flood"),
    ("2011 жылы Жаңаөзенде 16 адам қаза тапты.", "killing"),
])
def test_events_near_those_words_still_count(sentence, typ):
    assert types(sentence) == [typ]


# ---- a count of events told only at unit level

@pytest.mark.parametrize("lang,text,n", [
    ("ru", "В субботу в Костанайской области произошли три ДТП, погибли пять человек.", 3),
    ("kk", "Сенбі күні Қостанай облысында үш жол апаты болып, бес адам қаза тапты.", 3),
    ("ru", "В Костанайской области два человека погибли в ДТП.", 1),
    ("en", "Floods hit three villages in Kostanay region.", 1),
])
def test_counted_events_of_a_region(lang, text, n):
    recs = [r for r in detect_parsed(text, lang, "2024-10-05") if r["adm1"]]
    assert [r["adm1"] for r in recs] == ["Kostanay Region"] * n
