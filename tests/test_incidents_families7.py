"""Collisions told with the vehicle a few words before the verb and at level crossings, falls
through the ice, collapses and rock falls; casualty sentences that go on from the sentence
before; water bodies with no unit; follow-ups that are no new event (each with sentences
written for the test)."""

from __future__ import annotations

import pytest

from incident_helpers import detect_in, detect_parsed, mention, types, units


def _units(recs):
    return sorted((r["adm1"], r["type"]) for r in recs)


# ---- event words

@pytest.mark.parametrize("sentence, typ", [
    ("A freight train heading from Aktobe to Kandyagash hit a minibus near the depot.", "crash"),
    ("A lorry hit a car at a railway crossing outside the town.", "crash"),
    ("At the level crossing a locomotive struck a tractor.", "crash"),
    ("На переезде электричка смяла легковой автомобиль.", "crash"),
    ("Тепловоз снёс грузовик, выехавший на пути.", "crash"),
    ("Теміржол өткелінде пойыз жеңіл көлікті соқты.", "crash"),
    ("Локомотив трактор сүйреп кетті.", "crash"),
    ("A jeep fell through the ice of the lake.", "accident"),
    ("Two anglers went under the ice on Sunday.", "accident"),
    ("Снегоход ушёл под лёд посреди озера.", "accident"),
    ("Грузовик провалился под тонкий лёд.", "accident"),
    ("Жеңіл көлік мұз астына кетті.", "accident"),
    ("Екі балықшы мұз ойығына түсіп кетті.", "accident"),
    ("Мектептің төбесі опырылып түсті.", "accident"),
    ("Қойманың қабырғасы құлап, жүк көлігін басып қалды.", "accident"),
    ("Кеніште тау жынысы құлап, бір кенші үйінді астында қалды.", "accident"),
    ("В забое обрушилась кровля.", "accident"),
    ("Двое проходчиков оказались под завалом.", "accident"),
    ("Three miners were trapped under rubble after the roof gave way.", "accident"),
    ("A rock fall at the pit injured a worker.", "accident"),
    ("Мужчина ранил ножом прохожего.", "attack"),
])
def test_new_event_words(sentence, typ):
    assert typ in types(sentence)


@pytest.mark.parametrize("sentence", [
    "A man was knocked down by a car near the school.",
    "A boy was hit by a bus on the way home.",
    "The van crashed into a fence.",
])
def test_collisions_told_before(sentence):
    assert "crash" in types(sentence)


@pytest.mark.parametrize("sentence", [
    "Car sales hit a record in May.",
    "Police hit a man with a baton near the car park.",
    "A new level crossing was opened near the station.",
    "Теміржол өткелі жөнделді.",
    "The ice on the river is still thick.",
])
def test_no_event_words(sentence):
    assert not [t for t in types(sentence) if t in ("crash", "accident")]


# ---- events on a lake, a river or a reservoir with no unit of its own

@pytest.mark.parametrize("text, lang, want", [
    # the dateline settlement
    ("PAVLODAR, June 3 - A boat capsized on Lake Zhasybay on Saturday, and two tourists drowned.", "en",
     [("Pavlodar Region", "accident")]),
    # the region whose emergency service the next sentence names
    ("A boat capsized on Lake Zhasybay on Saturday, and two tourists drowned. The emergencies department of "
     "Pavlodar Region said divers found the bodies.", "en", [("Pavlodar Region", "accident")]),
    ("На водохранилище Тасоткель в субботу перевернулась лодка, утонули двое рыбаков. Об этом сообщили в "
     "департаменте по ЧС Жамбылской области.", "ru", [("Jambyl Region", "crash")]),
    ("Қапшағай су қоймасында сенбі күні қайық аударылып, екі адам суға батып кетті.\n"
     "Алматы облысының төтенше жағдайлар департаменті мәлімдеді.", "kk", [("Almaty Region", "crash")]),
])
def test_water_body_takes_a_nearby_unit(text, lang, want):
    assert _units(detect_parsed(text, lang, "2023-06-05")) == want


def test_region_service_named_after_the_region():
    text = "A minibus overturned 80 km north of Balkash. Three passengers died, the Karaganda Region police said."
    assert _units(detect_parsed(text, "en", "2023-06-05")) == [("Karaganda Region", "crash")]


def test_a_river_takes_no_dateline_unit():
    # a river crosses many units, and a city that is a unit of its own says nothing of the land around
    recs = detect_parsed("ASTANA, June 3 - Two boys drowned in the Irtysh river on Saturday.", "en", "2023-06-05")
    assert [r["adm1"] for r in recs] == [None]


def test_water_body_in_the_unit_the_geoparser_gives_it():
    text = "Two anglers drowned in the Kapshagay reservoir on Sunday."
    m = mention(text, "Kapshagay reservoir", "facility", place="Kapshagay Reservoir")
    m["subkind"] = "reservoir"
    m["atom"] = "KZ-19"
    assert units(detect_in(text, [m], "2023-06-05")) == [("Almaty Region", "accident")]


@pytest.mark.parametrize("text, lang", [
    ("A boat capsized on Lake Sasykkol in Abai Region, and a man drowned. On Monday a wall collapsed in "
     "Ayagoz, injuring two workers.", "en"),
    ("На озере Сасыкколь в области Абай перевернулась лодка, утонул мужчина. В понедельник в Аягозе "
     "обрушилась стена, пострадали двое рабочих.", "ru"),
    ("Павлодар облысындағы Жасыбай көлінде қайық аударылып, бір адам суға батты. Ал сейсенбі күні "
     "Екібастұз қаласында ғимараттың төбесі құлап, екі жұмысшы жарақат алды.", "kk"),
])
def test_region_named_with_a_lake_stands_for_the_lake(text, lang):
    # the lake event is no unit-level re-mention of the collapse in a town of the region
    recs = detect_parsed(text, lang, "2023-06-07")
    assert len([r for r in recs if r["adm1"]]) == 2


# ---- a casualty sentence with no place of its own, after a sentence that sets the scene

_SCENE = [
    ("A bus overturned near Shu in Jambyl Region on Friday, injuring six people. The regional police said "
     "the driver was speeding.\nIn neighbouring Turkistan Region, a group of anglers went out onto a frozen "
     "pond near Kentau on Saturday. Two fishermen from Shymkent drowned; a third man swam to safety.", "en"),
    ("В пятницу у села Шу Жамбылской области перевернулся автобус, пострадали шесть человек.\nВ соседней "
     "Туркестанской области в субботу группа рыбаков вышла на лёд пруда у Кентау. Двое рыбаков из Шымкента утонули.",
     "ru"),
    ("Жұма күні Жамбыл облысының Шу ауылы маңында автобус аударылып, алты адам жарақат алды.\nКөрші Түркістан "
     "облысында сенбі күні балықшылар Кентау маңындағы тоғанның мұзына шықты. Шымкенттен келген екі балықшы суға "
     "батып кетті.", "kk"),
]


@pytest.mark.parametrize("text, lang", _SCENE)
def test_casualties_are_at_the_scene_just_set(text, lang):
    recs = detect_parsed(text, lang, "2023-05-10")
    assert sorted((r["adm1"], r["place"]) for r in recs if r["type"] == "accident" and r["place"] != "Shu") \
        == [("Turkistan Region", "Kentau")]
    assert "Jambyl Region" in {r["adm1"] for r in recs}


def test_scene_in_another_paragraph_is_not_inherited():
    text = ("A fight broke out at the central market of Taraz on Monday.\nThe akim of the region, speaking in "
            "Shu, promised more guards.\nThe fight started over a dispute between traders, police said.")
    recs = detect_parsed(text, "en", "2023-05-10")
    assert [r["adm1"] for r in recs if r["adm1"]] == ["Jambyl Region"]


# ---- the people of an event told before; a period's start is no event date

def test_participants_with_an_origin_are_no_new_protest():
    text = ("KENTAU, May 10 - About 200 miners of the Kentau mine blocked the gates of the administration on "
            "Monday, demanding wages unpaid since February, the akimat of Turkistan Region said.\n"
            "The protesters, some of whom had come by bus from Turkistan, 30 km to the south, carried placards. "
            "Police did not intervene.")
    recs = detect_parsed(text, "en", "2023-05-10")
    assert [(r["type"], r["date"]) for r in recs if r["adm1"]] == [("protest", "2023-05-08")]


def test_participants_alone_still_place_a_document():
    # with no other event, the participants' sentence is still the document's report
    text = ("Protesters in Taraz\n\nHundreds of protesters stood for hours outside the Taraz city akimat. "
            "The protesters carried placards.")
    recs = detect_parsed(text, "en", "2023-05-10")
    assert {r["adm1"] for r in recs} == {"Jambyl Region"}


# ---- follow-ups: the perpetrator detained, detainees before a court

@pytest.mark.parametrize("text, lang", [
    ("A man opened fire in a shop in Taraz on Monday, wounding two people. The suspect was detained two hours "
     "later at a checkpoint near Shu.", "en"),
    ("В понедельник в магазине в Таразе мужчина открыл стрельбу, ранены двое. Подозреваемого задержали через "
     "два часа на посту у Шу.", "ru"),
    ("A lorry hit a minibus near Shu on Monday, killing three people. The driver of the lorry was detained in Taraz.",
     "en"),
    ("A man stabbed two people at a bus stop in Taraz on Monday. A 25-year-old man suspected of the attack was "
     "detained in Shu on Tuesday.", "en"),
    ("В понедельник в Таразе мужчина ранил ножом двух человек на остановке. Подозреваемый в нападении задержан "
     "во вторник в Шу.", "ru"),
])
def test_perpetrator_detained_is_no_new_incident(text, lang):
    recs = detect_parsed(text, lang, "2023-05-10")
    assert "arrest" not in {r["type"] for r in recs}
    assert all(r["detained"] is None for r in recs)  # "two hours later" is no head count


@pytest.mark.parametrize("text, lang", [
    ("В понедельник в Таразе полиция задержала 30 участников несанкционированного митинга. В четверг суды Тараза "
     "начали рассматривать административные дела, задержанным грозят штрафы или аресты до 10 суток.", "ru"),
    ("Дүйсенбі күні Таразда рұқсат етілмеген митингіге қатысқан 30 адам ұсталды. Бейсенбі күні Тараз соттары "
     "әкімшілік істерді қарай бастады, ұсталғандарға айыппұл немесе 10 тәулікке дейін қамау қаупі төніп тұр.", "kk"),
])
def test_detainees_before_a_court_are_no_new_incident(text, lang):
    recs = detect_parsed(text, lang, "2023-05-10")
    assert len([r for r in recs if r["adm1"]]) == 1


def test_a_new_detention_elsewhere_still_counts():
    text = ("A man opened fire in a shop in Taraz on Monday, wounding two people. In Shu, police detained three "
            "activists at a rally.")
    assert _units(detect_parsed(text, "en", "2023-05-10")) == [("Jambyl Region", "arrest"), ("Jambyl Region", "shooting")]


# ---- one event per nest of places in one clause

@pytest.mark.parametrize("text, lang", [
    ("Three children were poisoned by carbon monoxide in a flat on Kenesary Street in the capital's Almaty "
     "district on Monday.", "en"),
    ("В понедельник трое детей отравились угарным газом в квартире на улице Кенесары в Сарыаркинском районе "
     "столицы.", "ru"),
    ("Дүйсенбі күні Сарыарқа ауданындағы Кенесары көшесіндегі үйде үш бала иіс газынан уланды.", "kk"),
])
def test_street_in_its_district_is_one_event(text, lang):
    assert _units(detect_parsed(text, lang, "2023-05-10")) == [("Astana", "accident")]


def test_listed_places_inside_one_district_stay_apart():
    text = "On Monday a wall collapsed on Kenesary Street and another on Abay Avenue in the capital's Saryarka district."
    recs = detect_parsed(text, "en", "2023-05-10")
    assert sorted(r["place"] for r in recs) == ["Abay Avenue", "Kenesary Street"]
