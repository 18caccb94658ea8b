"""The detention of the person answerable for a mishap told before (its owner, operator or
director) as a follow-up, hostage-taking and armed robbery as events, the collapse of a part
of a building, and a back-reference to a crash that lends no type of its own (each with
sentences written for the test)."""

from __future__ import annotations

import pytest

from incident_helpers import detect_in, detect_parsed, mention, types, units


def _units(recs):
    return sorted((r["adm1"], r["type"]) for r in recs)


# ---- detentions of the person answerable for a mishap

@pytest.mark.parametrize("text, lang, unit, typ", [
    ("A boat capsized on the Ural near Uralsk on Monday and two people drowned. Police have detained the boat operator.",
     "en", "West Kazakhstan Region", "accident"),
    ("A gas cylinder exploded in a cafe in Taraz on Monday, injuring four. The owner of the cafe was detained.",
     "en", "Jambyl Region", "explosion"),
    ("В понедельник в кафе в Таразе взорвался газовый баллон, пострадали четверо. Владелец кафе задержан.",
     "ru", "Jambyl Region", "explosion"),
    ("В понедельник на складе в Темиртау произошёл пожар. Директор предприятия задержан.",
     "ru", "Karaganda Region", "fire"),
    ("Дүйсенбіде Таразда дәмханада газ баллоны жарылып, төрт адам жарақат алды. Дәмхана иесі ұсталды.",
     "kk", "Jambyl Region", "explosion"),
    ("Дүйсенбіде Теміртаудағы қоймада өрт шықты. Қойманың жауапты тұлғасы ұсталды.",
     "kk", "Karaganda Region", "fire"),
])
def test_detention_of_the_answerable_is_no_new_event(text, lang, unit, typ):
    assert _units(detect_parsed(text, lang, "2024-03-04")) == [(unit, typ)]


@pytest.mark.parametrize("text, lang", [
    ("Police detained the owner of a cafe in Taraz on Monday.", "en"),
    ("В понедельник в Таразе задержан владелец кафе.", "ru"),
])
def test_detention_with_no_mishap_told_stays(text, lang):
    assert [t for _, t in _units(detect_parsed(text, lang, "2024-03-04"))] == ["arrest"]


@pytest.mark.parametrize("text, lang", [
    ("A fire broke out at a market in Taraz on Monday. On Tuesday police detained ten participants of a rally in Shymkent.",
     "en"),
    ("В понедельник на рынке в Таразе произошёл пожар. Во вторник в Шымкенте задержали десять участников митинга.",
     "ru"),
])
def test_political_detentions_stay(text, lang):
    recs = _units(detect_parsed(text, lang, "2024-03-04"))
    assert ("Jambyl Region", "fire") in recs
    assert {t for u, t in recs if u == "Shymkent"} & {"arrest", "protest"}


# ---- hostage-taking and armed robbery

@pytest.mark.parametrize("sentence", [
    "Three cashiers were held hostage for two hours.",
    "A gunman took four hostages at a petrol station.",
    "The hostage-taking lasted five hours.",
    "An armed man walked into a shop and demanded money from the cashier.",
    "Two masked robbers held up a bank on Monday.",
    "Мужчина взял в заложники двух продавщиц.",
    "Кассиры два часа находились в заложниках.",
    "Вооружённые грабители напали на обменный пункт.",
    "Неизвестный ворвался в отделение банка и потребовал деньги.",
    "Қарулы адам дүкен қызметкерлерін кепілге алды.",
    "Бөлімшеде қарулы тонау болды.",
])
def test_hostage_and_robbery_words(sentence):
    assert {"seizure", "attack"} & set(types(sentence))


@pytest.mark.parametrize("sentence", [
    "The minister held talks on the hostage issue abroad.",
    "Workers demanded money owed to them since March.",
    "Officials were held responsible for the delay.",
    "Рабочие потребовали выплатить деньги.",
    "Банк кепілге алынған мүлікті сатады.",
])
def test_no_hostage_or_robbery(sentence):
    assert not {"seizure", "attack"} & set(types(sentence))


@pytest.mark.parametrize("text, lang, unit", [
    ("Police freed two shop assistants who had been held hostage for three hours in Kandyagash on Monday.",
     "en", "Aktobe Region"),
    ("В понедельник в Кандыагаше мужчина взял в заложники двух продавщиц.", "ru", "Aktobe Region"),
    ("Дүйсенбіде Қандыағашта қарулы адам дүкен қызметкерлерін кепілге алды.", "kk", "Aktobe Region"),
])
def test_hostage_taking_is_counted(text, lang, unit):
    assert [u for u, _ in _units(detect_parsed(text, lang, "2024-03-04"))] == [unit]


# ---- collapses of building parts with nobody hurt

@pytest.mark.parametrize("sentence", [
    "The roof of a school gym collapsed overnight.",
    "The ceiling of the old cinema hall caved in.",
    "Мектептің спорт залының төбесі құлады.",
    "Дүкеннің шатыры опырылды.",
    "Қойманың қабырғасы құлап түсті.",
])
def test_collapse_of_a_building_part(sentence):
    assert "accident" in types(sentence)


def test_crash_and_collapse_of_one_day_are_two():
    # the crash is placed at the region only (its clause names a reference point), a later
    # "after the accident" is placed by the police reporting it: neither joins the collapse
    text = ("СЕМЕЙ, 2 қазан – Абай облысының Жарма ауданында, Шар қаласынан 40 шақырым жерде екі жеңіл көлік "
            "соқтығысып, екі адам қаза тапты.\n"
            "Сол күні Аягөз қаласында ескі кітапхананың шатыры опырылды. Ешкім зардап шеккен жоқ.\n"
            "Апаттан кейін облыстың полиция департаменті жолда тексеруді күшейтті.")
    recs = detect_parsed(text, "kk", "2024-10-02")
    assert sorted(r["type"] for r in recs if r["adm1"] == "Abai Region") == ["accident", "crash"]


# ---- a facility whose unit is sure counts without coordinates

_AIRPORT_TEXT = ("ATYRAU, May 3 - A cargo plane from Aktau skidded off the runway at Kokshetau Central Airfield "
                 "on Friday, injuring two crew members. On Thursday a fire destroyed a warehouse in Rudny.")


def _airport_mentions(confidence):
    ms = [mention(_AIRPORT_TEXT, "ATYRAU", "city", "Atyrau Region"),
          mention(_AIRPORT_TEXT, "Aktau", "city", "Mangystau Region"),
          mention(_AIRPORT_TEXT, "Kokshetau Central Airfield", "facility", "Akmola Region"),
          mention(_AIRPORT_TEXT, "Rudny", "city", "Kostanay Region")]
    ms[2]["confidence"] = confidence
    return ms


def test_annotated_facility_counts_without_coordinates():
    recs = detect_in(_AIRPORT_TEXT, _airport_mentions(1.0), "2023-05-03")
    assert units(recs) == [("Akmola Region", "crash"), ("Kostanay Region", "fire")]


def test_guessed_facility_outside_the_units_of_the_text_does_not():
    recs = detect_in(_AIRPORT_TEXT, _airport_mentions(0.7), "2023-05-03")
    assert ("Akmola Region", "crash") not in units(recs)


# ---- a settlement named as a part of its city

@pytest.mark.parametrize("text, lang", [
    ("Inmates of a colony in the Kengir settlement of Zhezkazgan set fire to mattresses on Monday.", "en"),
    ("Дүйсенбіде Жезқазған қаласының Кеңгір кентінде өрт шықты.", "kk"),
])
def test_settlement_part_of_a_city_is_one_event(text, lang):
    assert len(detect_parsed(text, lang, "2024-02-12")) == 1


def test_settlement_and_city_listed_are_two():
    assert len(detect_parsed("Fires broke out in Kengir and in Zhezkazgan on Monday.", "en", "2024-02-12")) == 2


def test_a_flood_named_again_with_no_place_of_its_own_adds_no_unit():
    text = ("Spring floods hit Kostanay Region on Monday, and the town of Lisakovsk was cut off. "
            "The Tobol river threatened Rudny and Zhitikara. "
            "The governor, who flew to Arkalyk, called the floods the worst in forty years.")
    assert _units(detect_parsed(text, "en", "2024-04-10")) == [("Kostanay Region", "flood")]
    text = ("Spring floods hit Kostanay Region on Monday, and the town of Lisakovsk was cut off. "
            "The Ural river threatened Uralsk and Aksai. "
            "The governor called the floods the worst in forty years.")
    assert _units(detect_parsed(text, "en", "2024-04-10")) == [("Kostanay Region", "flood")]
