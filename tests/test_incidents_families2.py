"""More event families: work stoppages, vehicles leaving the road, sea storms, mine gas
outbursts, Kazakh flood phrases; a relative "where" clause; one area event per unit and
type; event words inside place names; officials' meetings; animal deaths (each with
sentences written for the test)."""

from __future__ import annotations

import pytest

from geomap.figures import figures
from incident_helpers import detect_in, mention, units, types


def run(text, mentions, date="2024-04-10", lang="en"):
    return detect_in(text, mentions, date, lang)


# ---- work stoppages

@pytest.mark.parametrize("sentence", [
    "About 250 drivers of the city bus company in Taraz have stopped work over unpaid wages.",
    "Miners at the pit downed tools on Monday.",
    "The miners refuse to go up until the debts are paid.",
    "Около 300 рабочих медеплавильного завода в Балхаше прекратили работу.",
    "Балқаш мыс қорыту зауытының 300-ге жуық жұмысшысы жұмысты тоқтатты.",
    "Горняки отказались подниматься на поверхность.",
    "Кеншілер жер бетіне шығудан бас тартты.",
])
def test_work_stoppages_by_workers_are_protests(sentence):
    assert "protest" in types(sentence)


@pytest.mark.parametrize("sentence", [
    "The smelter stopped work for scheduled repairs.",
    "Завод прекратил работу на время ремонта.",
    "Зауыт жөндеу кезінде жұмысты тоқтатты.",
])
def test_a_plant_that_stopped_work_is_no_strike(sentence):
    assert "protest" not in types(sentence)


def test_a_strike_named_far_from_its_workers_goes_to_the_mine_region():
    text = ("About 250 workers at the Shalkiya zinc-lead mine in Kyzylorda Region have stopped work, "
            "a union official said.")
    ms = [mention(text, "Shalkiya", "village", "Kyzylorda Region"), mention(text, "Kyzylorda Region", "region",
                                                                            "Kyzylorda Region")]
    assert units(run(text, ms)) == [("Kyzylorda Region", "protest")]


# ---- vehicles leaving the road, collisions

@pytest.mark.parametrize("sentence", [
    "A minibus slid off a snowy pass road near Kegen.",
    "A lorry plunged into a ravine on the mountain road.",
    "A car veered off the highway at night.",
    "Грузовик съехал в кювет под Шу.",
    "Автобус жолдан шығып кетті.",
    "Жеңіл көлік жолдан тайып кетті.",
    "Two lorries collided on the bypass.",
    "Екі жүк көлігі соқтығысты.",
    "На трассе столкнулись два автобуса.",
    "A bus went off the mountain road near Kegen.",
    "The driver drove into a ditch.",
])
def test_vehicles_leaving_the_road_and_collisions_are_crashes(sentence):
    assert "crash" in types(sentence)


@pytest.mark.parametrize("sentence", [
    "Автобус сорвался в пропасть на перевале.",
    "Машина упала с моста.",
    "Жүк көлігі өзенге құлады.",
])
def test_falls_into_rivers_and_ravines_are_accidents(sentence):
    assert "accident" in types(sentence)


@pytest.mark.parametrize("sentence", [
    "Protesters went down the road to the akimat.",
    "We drove down the highway to Almaty.",
    "A boy went into the river to swim.",
    "Курс тенге упал в понедельник.",
])
def test_ordinary_movement_is_no_crash(sentence):
    assert not {"crash", "accident"} & set(types(sentence))


# ---- storms, sea storms and people swept overboard

@pytest.mark.parametrize("sentence, kind", [
    ("Wind tore the roofs off 12 houses in the village.", "storm"),
    ("A gale tore the roof off the school.", "storm"),
    ("Ураган сорвал крыши с шести домов.", "storm"),
    ("Шторм на Каспии выбросил на берег рыболовецкое судно.", "storm"),
    ("Қатты жел он үйдің шатырын ұшырды.", "storm"),
    ("Одного рыбака смыло за борт.", "accident"),
    ("A deckhand was washed overboard.", "accident"),
])
def test_storm_words_and_overboard(sentence, kind):
    assert kind in types(sentence)


def test_a_storm_warning_and_a_storm_of_outrage_are_no_storms():
    assert types("Синоптики объявили штормовое предупреждение по всему побережью.") == []
    assert types("Решение вызвало шторм возмущения в соцсетях.") == []


# ---- mine gas outbursts

@pytest.mark.parametrize("sentence", [
    "A methane outburst at the mine killed two miners.",
    "An outburst of coal and gas trapped three men.",
    "На шахте произошёл внезапный выброс метана.",
    "Шахтада метан шығарындысы болды.",
])
def test_mine_gas_outbursts_are_accidents(sentence):
    assert "accident" in types(sentence)


def test_emissions_are_no_outbursts():
    assert types("Выбросы метана в атмосферу сократились на треть.") == []


# ---- Kazakh flood phrases

def test_kazakh_water_covering_villages_is_a_flood_in_the_named_district():
    text = "Ақмола облысының Ерейментау ауданында еріген қар суы үш ауылды басып қалды."
    ms = [mention(text, "Ақмола облысының", "region", "Akmola Region"),
          mention(text, "Ерейментау ауданында", "district", "Akmola Region"),
          mention(text, "үш ауылды", "quantified", count=3)]
    recs = run(text, ms, lang="kk")
    assert units(recs) == [("Akmola Region", "flood")]
    assert not [r for r in recs if r["adm1"] is None]  # the villages lie in the named district
    assert "flood" in types("Көктемгі тасқын сулары бірнеше үйді басып кетті.")
    assert "flood" in types("Онда 40 үйдің ауласын су алды.")
    assert types("Ол дүкеннен су алды.") == []
    assert "flood" in types("The Tobol broke its banks.")


# ---- attribution: a relative "where" clause

def test_a_where_clause_takes_the_place_just_named():
    text = ("In Kostanay Region the worst damage is in Zhitikara district, where the Tobol burst its banks "
            "and cut off three villages.")
    ms = [mention(text, "Kostanay Region", "region", "Kostanay Region"),
          mention(text, "Zhitikara district", "district", "Kostanay Region"),
          mention(text, "three villages", "quantified", count=3)]
    recs = run(text, ms)
    assert units(recs) == [("Kostanay Region", "flood")]
    assert not [r for r in recs if r["adm1"] is None]
    text = "В Аягозе, где сгорел рынок, прошла проверка."
    ms = [mention(text, "Аягозе", "city", "Abai Region")]
    assert units(run(text, ms, lang="ru")) == [("Abai Region", "fire")]


def test_several_villages_flooded_with_the_worst_hit_named_are_that_unit():
    text = ("Вода дошла до Сарыагашского района. Подтоплены несколько сёл, сильнее всего пострадали "
            "Дарбаза и Жибек жолы.")
    ms = [mention(text, "Сарыагашского района", "district", "Turkistan Region"),
          mention(text, "несколько сёл", "quantified"),
          mention(text, "Дарбаза", "village", "Turkistan Region"),
          mention(text, "Жибек жолы", "village", "Turkistan Region")]
    recs = run(text, ms, lang="ru")
    assert units(recs) == [("Turkistan Region", "flood")]  # one flood, no unattributed villages
    assert len(recs) == 1


# ---- one area event per unit and type

def test_a_flood_and_a_storm_in_one_region_are_two_events():
    text = ("Water from the Ili flooded part of Balkhash district in Almaty Region on Monday. "
            "A storm tore the roofs off 20 houses in Kaskelen the same day.")
    ms = [mention(text, "Balkhash district", "district", "Almaty Region"),
          mention(text, "Almaty Region", "region", "Almaty Region"),
          mention(text, "Kaskelen", "city", "Almaty Region")]
    assert units(run(text, ms)) == [("Almaty Region", "flood"), ("Almaty Region", "storm")]
    # two places flooded in one region stay one flood
    text = "Floods hit Atbasar and Esil in Akmola Region."
    ms = [mention(text, "Atbasar", "city", "Akmola Region"), mention(text, "Esil", "city", "Akmola Region"),
          mention(text, "Akmola Region", "region", "Akmola Region")]
    assert units(run(text, ms)) == [("Akmola Region", "flood")]


# ---- event words inside place names, officials' meetings

def test_an_event_word_inside_a_place_name_is_no_event():
    text = "Подтоплены сёла Мырзакент и Атакент."
    ms = [mention(text, "Мырзакент", "village", "Turkistan Region"), mention(text, "Атакент", "village", "Turkistan Region")]
    assert {r["type"] for r in run(text, ms, lang="ru")} == {"flood"}
    assert types("Боевики атаковали здание, атака длилась час.") == ["attack", "attack", "attack"]


def test_an_officials_meeting_is_no_protest_but_a_workers_rally_is():
    text = "Облыс әкімі Кентау қаласында өткен жиында жаңа мектептер құрылысын талқылады."
    ms = [mention(text, "Кентау қаласында", "city", "Turkistan Region")]
    assert run(text, ms, lang="kk") == []
    assert "protest" in types("Жанаозенде мұнайшылар жиын өткізіп, жалақыны көтеруді талап етті.")


# ---- livestock disease and animal deaths

def test_animal_deaths_and_livestock_disease_are_no_incidents_but_anthrax_is():
    text = "Vets confirmed anthrax on a farm in Zharma district of Abai Region, where two cows died."
    ms = [mention(text, "Zharma district", "district", "Abai Region"), mention(text, "Abai Region", "region", "Abai Region")]
    recs = run(text, ms)
    assert [(r["adm1"], r["type"]) for r in recs] == [("Abai Region", "accident")]
    assert recs[0]["killed"] is None  # (cows are no casualties)
    text = "Vets vaccinated cattle against anthrax on every farm in Zharma district."
    ms = [mention(text, "Zharma district", "district", "Abai Region")]
    assert run(text, ms) == []
    text = "Облыста сібір жарасы соңғы рет 2016 жылы Жарма ауданында тіркелген."
    ms = [mention(text, "Жарма ауданында", "district", "Abai Region")]
    assert run(text, ms, lang="kk") == []
    text = "Жарма ауданында ірі қара арасында аусыл тіркелді, 40 бас мал қырылды."
    ms = [mention(text, "Жарма ауданында", "district", "Abai Region")]
    assert run(text, ms, lang="kk") == []
    assert figures("погибли 300 голов скота")["killed"] is None
    assert figures("погибли 3 человека и 40 коров")["killed"] == 3
    assert "killing" in types("Бас инженер қаза тапты.")


def test_injuring_and_wounding_give_injured_figures():
    assert figures("A minibus slid off the road near Kordai, injuring four people.")["injured"] == 4
    assert figures("The attackers fled after wounding two policemen.")["injured"] == 2


def test_a_storm_and_a_flood_told_in_one_sentence_are_one_event():
    text = "A storm brought heavy rain that flooded 50 houses in Kaskelen and tore roofs off in Talgar, Almaty Region."
    ms = [mention(text, "Kaskelen", "city", "Almaty Region"), mention(text, "Talgar", "city", "Almaty Region"),
          mention(text, "Almaty Region", "region", "Almaty Region")]
    assert len(run(text, ms)) == 1


def test_a_gathering_in_front_of_the_akimat_is_still_a_rally():
    assert types("Аудан әкімдігі алдында жиын өтті.") == ["protest"]
    assert types("Облыс әкімі жиында құрылысты талқылады.") == []


def test_houses_and_things_are_no_casualties():
    assert figures("в результате паводка пострадали 200 домов")["injured"] is None
    assert figures("The storm damaged 40 houses and injured 3 people.")["injured"] == 3
    assert figures("40 үй зардап шекті, 5 адам жарақат алды")["injured"] == 5


def test_an_event_named_as_the_topic_of_a_discussion_is_no_report():
    assert types("Officials gathered at a meeting in the akimat to discuss the floods.") == []
    assert types("На совещании обсудили последствия паводка.") == []


# ---- an event placed only by a near reference point

def test_an_event_near_a_town_with_no_other_place_is_in_the_towns_unit():
    text = ("На трассе Костанай – Рудный, в пятнадцати километрах от Тобыла, столкнулись автобус и грузовик. "
            "Погибли два человека.")
    ms = [mention(text, "Костанай", "city", "Kostanay Region"), mention(text, "Рудный", "city", "Kostanay Region"),
          mention(text, "Тобыла", "village", "Kostanay Region")]
    recs = run(text, ms, lang="ru")
    assert units(recs) == [("Kostanay Region", "crash")]
    assert recs[0]["killed"] == 2 and recs[0]["confidence"] < 0.8
    # far away, or measured from a city that is a unit of its own: no guess
    far = "A lorry overturned 120 km from Aral on Friday."
    assert units(run(far, [mention(far, "Aral", "city", "Kyzylorda Region")])) == []
    city = "An earthquake struck 30 km south of Almaty."
    assert units(run(city, [mention(city, "Almaty", "city", "Almaty")])) == []
    # a named unit in the clause wins over the reference point
    text = "Қостанай облысында Арқалық қаласынан 30 шақырым жерде дала өрті шықты."
    ms = [mention(text, "Қостанай облысында", "region", "Kostanay Region"),
          mention(text, "Арқалық қаласынан", "city", "Kostanay Region")]
    assert [r["place"] for r in run(text, ms, lang="kk")] == ["Қостанай облысында"]
    # Kazakh tells the distance after the town
    text = "Арқалық қаласынан 30 шақырым жерде дала өрті шықты."
    ms = [mention(text, "Арқалық қаласынан", "city", "Kostanay Region")]
    assert units(run(text, ms, lang="kk")) == [("Kostanay Region", "fire")]
    text = "Жол полициясы хабарлады. Автобус Арқалық қаласынан Астанаға бара жатқанда аударылды."
    ms = [mention(text, "Арқалық қаласынан", "city", "Kostanay Region"), mention(text, "Астанаға", "city", "Astana")]
    assert units(run(text, ms, lang="kk")) == []  # an origin, not a reference point


@pytest.mark.parametrize("sentence, kind", [
    ("На трассе произошло лобовое столкновение.", "crash"),
    ("На шахте произошло газодинамическое явление.", "accident"),
    ("Hail the size of eggs damaged crops and cars in Sarkand.", "storm"),
])
def test_head_on_collisions_gas_dynamic_events_and_hail(sentence, kind):
    assert kind in types(sentence)
