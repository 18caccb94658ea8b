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
    ("Пограничники задержали у Кордая двух мужчин, которые открыли огонь по наряду.", "ru", "arrest"),
    ("В Таразе задержали мужчину, который избил соседа.", "ru", "arrest"),
    ("Полиция Таразда екі күдіктіні ұстады.", "kk", "arrest"),
])
def test_seizures_and_arrests_of_people_stay(sentence, lang, typ):
    assert [r["type"] for r in detect_parsed(sentence, lang, "2023-01-18")] == [typ]


def test_strike_spreading_within_a_unit_is_one_strike():
    text = ("The strike began on Monday at the Tentekskaya and Kostenko mines in Shakhtinsk and spread on "
            "Wednesday to pits in Saran and Abai.")
    recs = detect_parsed(text, "en", "2019-03-01")
    assert [(r["adm1"], r["type"]) for r in recs] == [("Karaganda Region", "protest")]


def test_strike_spreading_to_another_unit_is_counted_there():
    text = "The strike began on Monday at a mine in Shakhtinsk and spread on Wednesday to pits in Ekibastuz."
    recs = detect_parsed(text, "en", "2019-03-01")
    assert sorted(r["adm1"] for r in recs) == ["Karaganda Region", "Pavlodar Region"]


def test_mines_listed_in_a_town_are_the_towns_event():
    text = "Miners walked out at the Tentekskaya and Kostenko mines in Shakhtinsk and at a pit in Saran."
    recs = detect_parsed(text, "en", "2019-03-01")
    assert sorted(r["place"] for r in recs) == ["Saran", "Shakhtinsk"]


@pytest.mark.parametrize("sentence, place", [
    ("About 800 miners blocked the road at the entrance to Karaganda.", "Karaganda"),
    ("Drivers blocked the highway at the approaches to Aktobe for two hours.", "Aktobe"),
])
def test_entrance_to_a_town_is_there(sentence, place):
    assert [r["place"] for r in detect_parsed(sentence, "en", "2019-03-01")] == [place]


def test_entering_a_week_of_a_hunger_strike_is_no_seizure():
    sentence = "In Satpayev, 40 teachers entered the third week of a hunger strike in the akimat."
    assert [r["type"] for r in detect_parsed(sentence, "en", "2019-03-01")] == ["protest"]


@pytest.mark.parametrize("sentence, n", [
    ("Bus drivers in Oral downed tools on Monday.", 1),
    ("Welders at a plant in Aksu walked out over unpaid wages.", 1),
    ("The minister walked out of the meeting in Astana.", 0),
    ("The delegation walked out in Astana after the speech.", 0),
])
def test_walkouts_by_workers(sentence, n):
    assert len(detect_parsed(sentence, "en", "2019-03-01")) == n


@pytest.mark.parametrize("sentence, lang, unit", [
    ("Six cars were set on fire in a courtyard in the Yesil district.", "en", "Astana"),
    ("Сотрудники ДЧС в Таразе потушили пожар на складе.", "ru", "Jambyl Region"),
])
def test_words_that_begin_like_court_are_no_court(sentence, lang, unit):
    assert [r["adm1"] for r in detect_parsed(sentence, lang, "2024-03-10")] == [unit]


def test_court_seat_is_still_no_site():
    recs = detect_parsed("The court in Taraz jailed the man who set fire to a market.", "en", "2024-03-10")
    assert all(r["place"] != "Taraz" for r in recs)


def test_blocked_railway_crossing_is_a_protest_and_train_destinations_no_sites():
    text = "Шахтёры на сутки перекрыли железнодорожный переезд у посёлка Ачисай, остановив поезда на Ташкент и Алматы."
    recs = detect_parsed(text, "ru", "1998-07-14")
    assert [(r["type"], r["adm1"]) for r in recs] == [("protest", "South Kazakhstan Region")]


def test_crash_at_a_railway_crossing_stays_a_crash():
    assert "crash" in types("На железнодорожном переезде у Ачисая поезд столкнулся с автобусом.")


def test_bus_bound_for_a_town_crashed_elsewhere():
    recs = detect_parsed("Автобус на Шымкент перевернулся у села Аксукент.", "ru", "2010-07-14")
    assert [r["place"] for r in recs] != ["Shymkent"] and len(recs) == 1


def test_two_where_clauses_joined_by_and_keep_their_own_towns():
    text = ("Похожие акции в июне прошли в Текели, где горняки комбината перекрыли главную улицу, и в "
            "Жезказгане, где медеплавильщики провели митинг у здания корпорации.")
    recs = detect_parsed(text, "ru", "2010-07-14")
    assert sorted(r["adm1"] for r in recs) == ["Almaty Region", "Karaganda Region"]


@pytest.mark.parametrize("text, lang", [
    ("Инициаторы обещают новый митинг в Атырау 21 мая.", "ru"),
    ("Organisers promised another rally in Atyrau on May 21.", "en"),
    ("Текелі және Сарқан қалаларындағы мұғалімдер де ереуілге қосылатынын ескертті.", "kk"),
    ("The president in Astana called the protests the result of rumours.", "en"),
    ("Президент в пятницу в Астане назвал протесты «результатом слухов».", "ru"),
])
def test_plans_and_words_on_protests_are_no_protest(text, lang):
    assert detect_parsed(text, lang, "2016-04-30") == []


def test_event_dated_after_the_article_is_not_counted():
    text = "Активисты проведут митинг в Атырау 21 мая. 24 апреля митинг прошёл в Актобе."
    assert [r["place"] for r in detect_parsed(text, "ru", "2016-04-30")] == ["Aktobe"]


@pytest.mark.parametrize("text, lang", [
    ("Текелі қаласындағы мұғалімдер ереуілге шықты.", "kk"),
    ("В Атырау прошёл митинг, аким обещал разобраться.", "ru"),
    ("Protesters in Astana called for the minister to resign.", "en"),
])
def test_protests_stay(text, lang):
    assert [r["type"] for r in detect_parsed(text, lang, "2016-04-30")] == ["protest"]


@pytest.mark.parametrize("text, lang", [
    ("Полиция проверяет, связаны ли поджоги с серией похожих случаев в Караганде летом.", "ru"),
    ("Police are checking whether the arson is linked to similar cases in Karaganda last summer.", "en"),
    ("На защиту от паводков в Западно-Казахстанской и Атырауской областях направят 30 млрд тенге.", "ru"),
    ("The budget gives 30 billion tenge for protection against floods in Atyrau Region.", "en"),
    ("Атырау облысында су тасқынына қарсы бөгет салынады.", "kk"),
])
def test_comparisons_and_protection_are_no_event_there(text, lang):
    assert detect_parsed(text, lang, "2016-10-16") == []


def test_taxi_route_from_a_station_ends_are_no_sites():
    text = ("Мужчина заказал такси от вокзала Петропавловска до Булаево, а на трассе у села Бесколь "
            "ударил водителя ножом и забрал выручку.")
    recs = detect_parsed(text, "ru", "2016-10-16")
    assert len(recs) == 1 and recs[0]["place"] not in ("Petropavl", "Bulayevo")


def test_from_with_a_cause_is_no_route():
    text = "Ещё одна семья из трёх человек погибла от угарного газа в Арыси."
    assert [r["adm1"] for r in detect_parsed(text, "ru", "2016-10-16")] == ["South Kazakhstan Region"]


@pytest.mark.parametrize("text, lang, date, unit", [
    ("In Taraz a man opened fire in a cafe. In the capital, six cars were set on fire overnight.", "en",
     "2019-06-10", "Astana"),
    ("В столице прошёл митинг против поправок.", "ru", "2019-06-10", "Astana"),
    ("Сайлау күні елордада наразылық акциясы болды.", "kk", "2019-06-10", "Astana"),
    ("In the capital, riot police dispersed a rally.", "en", "1995-06-10", "Almaty"),
])
def test_the_capital_is_the_capital_of_the_day(text, lang, date, unit):
    assert unit in [r["adm1"] for r in detect_parsed(text, lang, date)]


@pytest.mark.parametrize("text, lang", [
    ("В столице Киргизии прошёл митинг.", "ru"),
    ("A fire broke out in the Kyrgyz capital.", "en"),
    ("Protesters rallied in the capital of Kyrgyzstan.", "en"),
    ("Protesters rallied in the regional capital on Monday.", "en"),
])
def test_other_capitals_are_not_astana(text, lang):
    assert "Astana" not in [r["adm1"] for r in detect_parsed(text, lang, "2019-06-10")]


def test_people_gathering_in_a_story_of_protests_is_a_rally():
    text = ("В Актобе прошёл митинг против поправок. В Жанаозене 29 апреля несколько десятков человек "
            "собрались на центральной площади.")
    assert sorted(r["adm1"] for r in detect_parsed(text, "ru", "2016-04-30")) == ["Aktobe Region", "Mangystau Region"]


def test_people_gathering_in_another_story_is_no_rally():
    text = "Наурыз мерекесінде Шымкенттегі алаңда 300-ге жуық адам жиналды."
    assert detect_parsed(text, "kk", "2016-03-22") == []


def test_headline_town_over_a_part_of_it_is_one_event():
    text = ("Қонаевта ер адам көршісін пышақтап өлтірді\n"
            "ҚОНАЕВ. 14 қыркүйек. 12 қыркүйек күні кешке қаланың 4-шағынауданындағы үйдің ауласында ер адам "
            "көршісін пышақпен жарақаттаған.\n")
    recs = [r for r in detect_parsed(text, "kk", "2024-09-14") if r["adm1"] == "Almaty Region"]
    assert len(recs) == 1


def test_workers_of_a_mine_rallying_in_town_are_one_rally():
    text = ("«Қазақмыс» корпорациясына қарасты Оңтүстік кенішінің 200-ге жуық жұмысшысы Жезқазған "
            "қаласындағы әкімдік ғимаратының алдына жиналып, жалақыны көтеруді талап етті.")
    assert [r["place"] for r in detect_parsed(text, "kk", "2024-04-16")] == ["Zhezkazgan"]


@pytest.mark.parametrize("tail, n", [
    (" у здания управления внутренних дел Алмалинского района и у департамента КНБ, а также", 2),
    (" outside the akimat and at the police department on Monday", 2),
    (" у здания акимата в Таразе", 0),
])
def test_targets_with_their_own_preposition(tail, n):
    from geomap.targets import _targets
    assert len(_targets(tail)) == n


@pytest.mark.parametrize("text", [
    "Mangystau court upholds prison terms for oil strike leaders",
    "Appeal court in Aktau upheld the jail sentences of two strike leaders.",
    "Police in Almaty seized 120 kilograms of hashish and two pistols in a raid on a warehouse.",
    "Police raided a flat in Taraz and found weapons.",
])
def test_rulings_and_police_raids_are_no_incident(text):
    assert detect_parsed(text, "en", "2024-03-10") == []


@pytest.mark.parametrize("text", [
    "Police said gunmen raided a bank in Taraz.",
    "Armed men raided a bank in Taraz on Monday.",
])
def test_raids_by_others_stay_attacks(text):
    assert [r["type"] for r in detect_parsed(text, "en", "2024-03-10")] == ["attack"]


@pytest.mark.parametrize("text, lang", [
    ("Өткен аптада осындай ереуіл Бөрлі ауданының орталығы Ақсай қаласында да болған.", "kk"),
    ("Забастовка прошла в Бурлинском районе, в центре района Аксае.", "ru"),
])
def test_a_district_and_its_centre_are_one_place(text, lang):
    assert len(detect_parsed(text, lang, "2024-03-19")) == 1


def test_gerund_after_after_is_an_action():
    text = "Three inmates of a colony in Semey escaped on Tuesday night after stabbing a guard."
    assert [r["adm1"] for r in detect_parsed(text, "en", "2017-03-15")] == ["East Kazakhstan Region"]


def test_after_the_shooting_still_points_back():
    text = "После стрельбы в Таразе полиция усилила патрулирование."
    assert detect_parsed(text, "ru", "2017-03-15") == []


@pytest.mark.parametrize("text, typ", [
    ("Талдықорғанда қару ұстаған адам валюта айырбастау пунктін тонап, 8 млн теңге алып кетті.", "attack"),
    ("Мамырсу ауылында ер адам ағасын балтамен өлтірді. Семейде көлік өртелді.", "attack"),
])
def test_kazakh_robbery_and_murder_with_a_weapon(text, typ):
    assert typ in [r["type"] for r in detect_parsed(text, "kk", "2025-10-07")]


@pytest.mark.parametrize("sentence", ["Кассир жарақат алмады.", "Жолаушылар жарақат алмаған."])
def test_kazakh_not_injured_is_no_accident(sentence):
    assert "accident" not in types(sentence)


@pytest.mark.parametrize("text, lang, unit", [
    ("Қонаевта ер адам көршісін пышақтап өлтірді. Оны келесі күні полицейлер Алматыдағы туысының пәтерінен "
     "тауып, ұстады.", "kk", "Almaty Region"),
    ("В Конаеве мужчина зарезал соседа. Его задержали на следующий день в Алматы.", "ru", "Almaty Region"),
    ("A man stabbed his neighbour to death in Konaev. He was detained the next day in Almaty.", "en", "Almaty Region"),
])
def test_the_perpetrator_detained_elsewhere_is_no_arrest_there(text, lang, unit):
    assert [r["adm1"] for r in detect_parsed(text, lang, "2024-09-14")] == [unit]


def test_groups_gathering_in_several_towns_of_a_protest_story():
    text = ("Алматыда наразылық акциясы өтті. Тағы бірнеше қалада шағын топтар жиналғанымен, олар тез "
            "тарап кетті.")
    recs = detect_parsed(text, "kk", "2019-06-10")
    assert any(r["adm1"] is None and r["scope"] for r in recs)


@pytest.mark.parametrize("text, lang", [
    ("С января по июнь на дорогах региона произошло 1 200 дорожно-транспортных происшествий.", "ru"),
    ("Больше всего аварий зарегистрировано в Караганде и Темиртау.", "ru"),
    ("В Сатпаеве и Балхаше число ДТП снизилось на 15 процентов.", "ru"),
    ("В Алматы за тот же период зарегистрировано 2 300 ДТП.", "ru"),
    ("The number of road accidents in Karaganda rose by 10 percent.", "en"),
    ("In the first half of the year 300 fires were recorded in Karaganda region.", "en"),
    ("Қарағандыда жол апаттарының саны азайды.", "kk"),
])
def test_statistics_of_events_are_no_event(text, lang):
    assert detect_parsed(text, lang, "2015-08-04") == []


def test_an_event_beside_a_number_of_victims_stays():
    recs = detect_parsed("В Караганде произошло ДТП, число пострадавших растёт.", "ru", "2015-08-04")
    assert [r["type"] for r in recs] == ["crash"]


@pytest.mark.parametrize("text, lang, date", [
    ("A dust storm closed Aktau airport for five hours on Sunday afternoon.", "en", "2023-05-20"),
    ("По подозрению в убийстве задержан его сосед, уроженец Талгара.", "ru", "2019-05-20"),
])
def test_no_event_here(text, lang, date):
    assert detect_parsed(text, lang, date) == []


def test_rioters_storming_an_airport_stay_an_attack():
    assert "attack" in types("Rioters storm the airport in Almaty.")


def test_people_in_the_streets_after_a_quake_are_no_protest():
    text = ("Землетрясение ощутили жители Жетысуской области. В Талдыкоргане около 4 тысяч человек ночью "
            "вышли на улицы, но повреждений зданий не выявлено.")
    assert [r["type"] for r in detect_parsed(text, "ru", "2026-03-10")] == ["earthquake"]


def test_the_unit_of_a_destination_is_no_site():
    text = ("A bus carrying 40 shift workers from Beineu to the Tengiz field in Atyrau Region collided with a "
            "lorry near the village of Sayotes.")
    assert [r["adm1"] for r in detect_parsed(text, "en", "2023-05-20")] == ["Mangystau Region"]


def test_one_of_the_robbers_detained_elsewhere_is_no_arrest_there():
    text = "В Шымкенте двое мужчин ограбили обменный пункт. Одного из них задержали через день в Сарыагаше."
    assert [r["adm1"] for r in detect_parsed(text, "ru", "2019-05-20")] == ["Shymkent"]


def test_a_further_fire_at_a_street_of_the_same_city_stays_apart():
    text = ("Крупный пожар вспыхнул в ночь на вторник на рынке в Алматы. В тот же день на проспекте Райымбека "
            "в Алмалинском районе загорелся склад мебельной фабрики.")
    assert len([r for r in detect_parsed(text, "ru", "2023-11-21") if r["type"] == "fire"]) == 2


def test_a_warehouse_fire_in_a_wildfire_story_is_its_own_fire():
    text = ("Temperatures of up to 46 degrees have set off grass fires in South Kazakhstan Region near Arys. "
            "On Sunday a fire destroyed a warehouse holding cotton on the outskirts of Saryagash.")
    recs = detect_parsed(text, "en", "2010-08-03")
    assert len([r for r in recs if r["type"] == "fire"]) == 2


def test_a_wildfire_reaching_a_village_is_still_the_wildfire():
    text = ("Дала өрті Абай облысында тоқтамай тұр. Жалын ауылдың шетіндегі үш шаруа қожалығына жетіп, екі "
            "қора өртенді.")
    assert len([r for r in detect_parsed(text, "kk", "2022-07-10") if r["type"] == "fire"]) == 1


def test_a_collapse_in_an_earthquake_story_is_the_quakes_damage():
    text = ("Землетрясение ощутили жители Жетысуской области. В Сарканде обрушилась стена старого склада "
            "зерна, пострадавших нет.")
    assert [r["type"] for r in detect_parsed(text, "ru", "2026-03-10")] == ["earthquake"]


def test_a_collapse_in_another_story_stays_an_accident():
    text = "В Сарканде обрушилась стена старого склада зерна, пострадали двое рабочих."
    assert [r["type"] for r in detect_parsed(text, "ru", "2026-03-10")] == ["accident"]
