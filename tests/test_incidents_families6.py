"""Collisions told by their verb, injuries told with "when", the aftermath of a blizzard and
the shaking of an earthquake; quantified places that name their owner; sentences that only
refer back or sum up; events on a lake or a river named with its district (each with
sentences written for the test)."""

from __future__ import annotations

import pytest

from incident_helpers import detect_parsed, types


def _units(recs):
    return sorted((r["adm1"], r["type"]) for r in recs)


# ---- event words: collisions, injuries, blizzard aftermath, quake shaking

@pytest.mark.parametrize("sentence, typ", [
    ("Four people were hurt after their minibus hit a lorry on the highway.", "crash"),
    ("A jeep struck a tractor at the crossroads.", "crash"),
    ("The driver of a car ran over a pedestrian near the market.", "crash"),
    ("Snowdrifts closed the road for two days.", "storm"),
    ("Dozens of cars were stranded by heavy snow on the pass.", "storm"),
    ("Метель бушевала всю ночь.", "storm"),
    ("Снежные заносы остановили движение на трассе.", "storm"),
    ("Из-за снегопада на перевале застряли 30 машин.", "storm"),
    ("Боран салдарынан 30 көлік тас жолда қамалып қалды.", "storm"),
    ("Көліктер қар басқан жолда тұрып қалды.", "storm"),
    ("Бұрқасын екі күнге созылды.", "storm"),
    ("Грузовик протаранил легковой автомобиль.", "crash"),
    ("Легковушка въехала в грузовик на трассе.", "crash"),
    ("Автобус жүк көлігімен соқтықты.", "crash"),
    ("The shaking reached magnitude 4 in the city.", "earthquake"),
    ("Қалада дүмпу 4 балға жетті.", "earthquake"),
])
def test_new_event_words(sentence, typ):
    assert typ in types(sentence)


@pytest.mark.parametrize("sentence", [
    "The team hit a new record this season.",
    "The akim was shaking hands with the workers.",
    "The car market struck a deal with the importers.",
    "Водители застряли в пробке у въезда в город.",
    "Көліктер жолда тұрып қалды.",
])
def test_no_event_word(sentence):
    assert not {"crash", "storm", "earthquake"} & set(types(sentence))


def test_injured_when_places_the_event_of_the_clause_after_it():
    recs = detect_parsed("Three workers were injured when a crane fell at a building site in Atyrau on Monday.",
                         "en", "2024-05-14")
    assert [r["adm1"] for r in recs] == ["Atyrau Region"]


@pytest.mark.parametrize("text, lang, unit", [
    ("Six tourists were injured when their bus hit a truck near Zharkent on Sunday.", "en", "Jetisu Region"),
    ("В воскресенье у Жаркента автобус с туристами врезался в грузовик.", "ru", "Jetisu Region"),
    ("Жексенбі күні Жаркент маңында туристер мінген автобус жүк көлігімен соқтығысты.", "kk", "Jetisu Region"),
])
def test_collision_in_three_languages(text, lang, unit):
    assert _units(detect_parsed(text, lang, "2024-05-14")) == [(unit, "crash")]


@pytest.mark.parametrize("text, lang", [
    ("A quake of magnitude 5 struck near Zharkent on Monday. In Almaty the shaking reached magnitude 3.", "en"),
    ("В понедельник у Жаркента произошло землетрясение магнитудой 5. В Алматы толчки ощущались силой 3 балла.",
     "ru"),
    ("Дүйсенбі күні Жаркент маңында 5 магнитудалы жер сілкінісі болды. Алматыда дүмпу 3 балға жетті.", "kk"),
])
def test_quake_shaking_in_a_second_unit(text, lang):
    recs = detect_parsed(text, lang, "2024-05-14")
    assert _units(recs) == [("Almaty", "earthquake"), ("Jetisu Region", "earthquake")]


def test_shaking_that_was_not_felt_is_none():
    text = "A quake of magnitude 5 struck western China on Monday. In Almaty the shaking was not felt."
    assert not [r for r in detect_parsed(text, "en", "2024-05-14") if r["adm1"]]


# ---- a quantified phrase that names its owner: the event lies in the owner's unit

@pytest.mark.parametrize("text, lang, unit", [
    ("Meltwater flooded 40 homes in two villages of Kargaly district on Sunday, officials said.", "en", "Aktobe Region"),
    ("В воскресенье талые воды подтопили несколько сёл Тайыншинского района.", "ru", "North Kazakhstan Region"),
    ("Жексенбі күні Сайрам ауданының үш ауылын су басты.", "kk", "Turkistan Region"),
])
def test_quantified_villages_of_a_named_district(text, lang, unit):
    recs = detect_parsed(text, lang, "2024-04-07")
    assert _units(recs) == [(unit, "flood")]
    assert all(r["scope"] is None for r in recs)


@pytest.mark.parametrize("text, lang", [
    ("Floods cut off three villages of Zhambyl district in North Kazakhstan Region.", "en"),
    ("Паводок затопил три села Жамбылского района Северо-Казахстанской области.", "ru"),
    ("Солтүстік Қазақстан облысы Жамбыл ауданының екі ауылын су басты.", "kk"),
])
def test_owner_of_a_quantified_phrase_is_read_in_its_context(text, lang):
    recs = detect_parsed(text, lang, "2024-04-07")
    assert [(r["adm1"], r["type"]) for r in recs] == [("North Kazakhstan Region", "flood")]


def test_quantified_phrase_without_a_name_stays_unattributed():
    recs = detect_parsed("Meltwater flooded homes in three regions on Sunday.", "en", "2024-04-07")
    assert [(r["adm1"], r["scope"]) for r in recs] == [(None, "three regions")]


# ---- an event on a lake or a river goes to the district named with it, and counts apart

@pytest.mark.parametrize("text, lang", [
    ("On Sunday a boy drowned in a pond near Usharal. The same day a fisherman drowned in Lake Alakol "
     "in Alakol district, a resident of Almaty.", "en"),
    ("В воскресенье у Ушарала в пруду утонул мальчик. В тот же день в озере Алаколь Алакольского района "
     "утонул 50-летний житель Алматы.", "ru"),
    ("Жексенбі күні Үшарал маңында тоғанда бала суға кетті. Сол күні Алакөл ауданындағы Алакөл "
     "көлінде Алматы тұрғыны суға батып кетті.", "kk"),
])
def test_drowning_in_a_lake_of_a_named_district_is_its_own_event(text, lang):
    recs = detect_parsed(text, lang, "2024-07-16")
    assert _units(recs) == [("Jetisu Region", "accident"), ("Jetisu Region", "accident")]


def test_residence_after_a_district_is_not_a_place_of_it():
    text = "В озере Маралды Щербактинского района утонул житель Павлодара."
    assert _units(detect_parsed(text, "ru", "2024-07-16")) == [("Pavlodar Region", "accident")]


# ---- period totals are statistics, not events

@pytest.mark.parametrize("text, lang", [
    ("In the past month 31 people died in road accidents in Kostanay Region.", "en"),
    ("Since the start of the summer 14 people have drowned in Kostanay Region.", "en"),
    ("За последний месяц в Костанайской области в авариях погибли 31 человек.", "ru"),
    ("С начала лета в Костанайской области утонули уже 14 человек.", "ru"),
    ("Соңғы бір айда Қостанай облысында жол апаттарынан 31 адам қаза тапты.", "kk"),
])
def test_period_total_is_no_incident(text, lang):
    assert not [r for r in detect_parsed(text, lang, "2024-07-16") if r["adm1"]]


@pytest.mark.parametrize("sentence, typ", [
    ("In 2019 two fires broke out at the depot.", "fire"),
    ("A bus overturned near Rudny on Monday; in the past month 31 people died in road accidents.", "crash"),
])
def test_events_told_one_by_one_beside_a_period_stay(sentence, typ):
    assert typ in types(sentence)


# ---- a ranking frame or a restatement is no new event

@pytest.mark.parametrize("sentence", [
    "It is the deadliest accident in the country's mines since 1998.",
    "It was the worst flood in the district in forty years.",
    "Это крупнейшая авария на предприятиях области с 2010 года.",
    "Это самый крупный пожар в регионе за последние десять лет.",
    "Бұл 2010 жылдан бері облыс кеніштеріндегі ең ауыр апат.",
    "This is the second fire at the market this month.",
    "Это уже третий пожар на рынке за месяц.",
    "Бұл айдағы базардағы үшінші өрт.",
])
def test_ranking_frame_is_no_event(sentence):
    assert types(sentence) == []


@pytest.mark.parametrize("sentence, typ", [
    ("It was the first time protesters stormed the akimat.", "attack"),
    ("The worst floods in decades hit 20 villages.", "flood"),
    ("Это второй раз, когда протестующие перекрыли трассу.", "protest"),
    ("Второй пожар произошёл на складе.", "fire"),
])
def test_event_beside_a_ranking_word_stays(sentence, typ):
    assert typ in types(sentence)


def test_ranked_past_event_still_counts():
    text = ("A methane blast killed four miners at a coal mine in Shakhtinsk on Friday. It is the deadliest accident "
            "in the region's pits since 2008, when a blast at a mine in Saran killed 30 miners.")
    recs = detect_parsed(text, "en", "2024-02-10")
    assert sorted(r["place"] for r in recs) == ["Saran", "Shakhtinsk"]


@pytest.mark.parametrize("text, lang", [
    ("On Monday 300 workers at the Tengiz field stopped work. The protest took place in the shift camp at Kulsary.", "en"),
    ("В понедельник 300 рабочих месторождения Тенгиз прекратили работу. Акция прошла в вахтовом посёлке Кульсары.", "ru"),
    ("Дүйсенбі күні Теңіз кен орнында 300 жұмысшы жұмысқа шықпады. Наразылық Құлсары қаласындағы вахталық "
     "қалашықта өтті.", "kk"),
])
def test_restated_protest_is_one(text, lang):
    assert _units(detect_parsed(text, lang, "2024-02-10")) == [("Atyrau Region", "protest")]


def test_restated_protest_in_another_unit_still_counts():
    text = "On Monday 300 workers at the Tengiz field stopped work. The protest took place in Almaty."
    assert _units(detect_parsed(text, "en", "2024-02-10")) == [("Almaty", "protest"), ("Atyrau Region", "protest")]


# ---- stations that recorded an event are where it was measured

@pytest.mark.parametrize("text, lang", [
    ("A quake of magnitude 5 struck near Zharkent on Monday. \"The stations in Talgar and Kapal recorded 14 "
     "aftershocks,\" a seismologist said.", "en"),
    ("В понедельник у Жаркента произошло землетрясение. Сейсмостанции в Талгаре и Капале зафиксировали 14 афтершоков.",
     "ru"),
    ("Дүйсенбі күні Жаркент маңында жер сілкінісі болды. Талғар мен Қапалдағы станциялар 14 афтершокты тіркеді.", "kk"),
])
def test_recording_stations_are_no_incident_place(text, lang):
    assert _units(detect_parsed(text, lang, "2024-05-14")) == [("Jetisu Region", "earthquake")]


def test_stations_attacked_are_the_site():
    recs = detect_parsed("Gunmen attacked the police stations in Taraz on Monday.", "en", "2024-05-14")
    assert _units(recs) == [("Jambyl Region", "attack")]
