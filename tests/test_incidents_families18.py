"""Incident rules from the eighteenth round of checks (sentences written for the test,
geoparsed for real)."""

from __future__ import annotations

import pytest

from geomap.clauses import sentences
from incident_helpers import detect_parsed


def _records(text, lang="en", date="2005-08-16"):
    return sorted(((r["adm1"], r["type"], r["place"]) for r in detect_parsed(text, lang, date)), key=str)


@pytest.mark.parametrize("text", [
    "Грузовик съехал в кювет у пос. Каракемер Енбекшиказахского района. Пострадал водитель.",
    "Пожар произошёл на ул. Абая в г. Талгаре. Огонь потушили за час.",
    "Митинг прошёл в мкр. Самал. Собралось 40 человек.",
])
def test_address_abbreviations_end_no_sentence(text):
    first = text.split(". ")[0]
    spans = sentences(text)
    assert len(spans) == 2
    assert text[spans[0][0]:spans[0][1]].startswith(first)


def test_a_sentence_still_ends_after_a_full_word():
    text = "Пожар потушили в посёлке. Пострадавших нет."
    assert len(sentences(text)) == 2


def test_a_crash_near_a_village_is_no_fire_in_another_town():
    text = ("Автобус опрокинулся у Сарыозека, в Текели горел склад угля\n"
            "Рейсовый автобус опрокинулся в кювет у пос. Сарыозек Кербулакского р-на, пострадали 12 пассажиров.\n"
            "Ночью в г. Текели загорелся склад угля.")
    records = _records(text, "ru")
    assert [r[:2] for r in records] == [("Almaty Region", "crash"), ("Almaty Region", "fire")]


def test_a_headline_crash_alone_at_a_village_is_its_own_event():
    text = ("Bus overturns near Saryozek; coal store fire in Tekeli\n"
            "A coal store caught fire in Tekeli overnight, the emergencies department said.")
    assert sorted(r[1] for r in _records(text)) == ["crash", "fire"]


def test_a_headline_event_at_the_same_place_is_still_the_body_one():
    text = ("Explosion in Tekeli\n"
            "A fire broke out at a coal store in Tekeli overnight after a gas cylinder blew up.")
    assert len(_records(text)) == 1


@pytest.mark.parametrize("text", [
    "Morning brief: crash near Atasu, market fire in Karaganda, Zhezkazgan flights back\n"
    "A market burned in Karaganda overnight. Flights to Zhezkazgan resume on Friday.",
    "Утренняя сводка: ДТП под Атасу, пожар на рынке в Караганде, Жезказган снова принимает рейсы\n"
    "Ночью в Караганде горел рынок. Рейсы в Жезказган возобновятся в пятницу.",
])
def test_an_item_of_a_round_up_headline_that_opens_with_a_place_is_an_item(text):
    lang = "ru" if "Утренняя" in text else "en"
    units = {r[0] for r in _records(text, lang, "2024-11-12") if r[1] == "fire"}
    assert units == {"Karaganda Region"}


@pytest.mark.parametrize("text, lang", [
    ("Day in brief: fires in Aktobe, Khromtau and Kandyagash, crash near Kobda\n"
     "Warehouses burned in three towns during the day.", "en"),
    ("Итоги дня: пожары в Актобе, Хромтау и Кандыагаше, ДТП под Кобдой\n"
     "Днём горели склады в трёх городах.", "ru"),
])
def test_a_list_of_places_in_a_round_up_headline_stays_one_item(text, lang):
    fires = {r[2] for r in _records(text, lang, "2024-11-12") if r[1] == "fire" and r[0]}
    assert fires == {"Aktobe", "Khromtau", "Kandyagash"}


@pytest.mark.parametrize("text", [
    "The protesters came by bus from Satpayev and the village of Zhezdy, where the mines are idle.",
    "The strikers came on foot from Shakhtinsk.",
    "The protesters came from Satpayev.",
])
def test_where_protesters_came_from_is_no_site(text):
    assert _records(text, "en", "1996-03-12") == []


def test_a_crowd_that_came_to_a_square_is_there():
    text = "Several hundred miners came to the central square of Zhezkazgan to protest unpaid wages."
    assert [r[:2] for r in _records(text, "en", "1996-03-12")] == [("Karaganda Region", "protest")]


@pytest.mark.parametrize("text, lang", [
    ("Қазгидромет дауыл кешке қарай Алматы облысы мен Жетісу облысына ауысуы мүмкін екенін ескертті.", "kk"),
    ("Қазгидромет: боран түнде Солтүстік Қазақстан және Ақмола облыстарына ауысады.", "kk"),
    ("По данным синоптиков, к вечеру метель сместится в Акмолинскую и Северо-Казахстанскую области.", "ru"),
    ("Kazhydromet said the blizzard will move to Akmola and North Kazakhstan regions overnight.", "en"),
])
def test_weather_said_to_move_on_is_a_forecast(text, lang):
    assert _records(text, lang, "2026-01-20") == []


@pytest.mark.parametrize("text, lang", [
    ("Тараз қаласында дауыл он ағашты құлатып, тоғыз көлікті басып қалды.", "kk"),
    ("The storm tore roofs off 40 houses in Arkalyk overnight.", "en"),
])
def test_a_storm_that_did_damage_is_still_a_storm(text, lang):
    assert [r[1] for r in _records(text, lang, "2026-01-20")] == ["storm"]


def test_water_that_entered_houses_is_a_flood_even_after_a_long_subject():
    text = ("In Kazygurt district water up to a metre deep entered about 140 houses in the villages of "
            "Sarapkhana and Karabau.")
    assert {r[1] for r in _records(text, "en", "2016-04-11")} == {"flood"}


@pytest.mark.parametrize("text", [
    "Power lines came down in Karsakpay, leaving the village without electricity.",
    "A mudflow came down the Talgar gorge and buried the road.",
])
def test_what_came_down_without_flying_is_no_crash(text):
    assert "crash" not in {r[1] for r in _records(text, "en", "2019-05-23")}


def test_a_helicopter_that_came_down_crashed():
    text = "A Mi-8 helicopter came down near Shauildir on Tuesday, killing two."
    assert [r[1] for r in _records(text, "en", "2019-05-23")] == ["crash"]


@pytest.mark.parametrize("text, lang", [
    ("Kazselezashchita, the state mudflow service, keeps 40 observation posts in the Almaty and Jetisu regions.", "en"),
    ("Mudflow experts in Almaty say the danger has not gone away.", "en"),
    ("Селевая служба держит 40 постов наблюдения в Алматинской и Жетысуской областях.", "ru"),
])
def test_a_mudflow_service_is_no_mudflow(text, lang):
    assert _records(text, lang, "2023-07-15") == []


def test_the_akimat_of_a_district_that_promised_is_no_site_of_the_protest():
    text = ("About 200 residents of Kurkeles blocked the Shymkent-Saryagash road on Tuesday.\n"
            "Police persuaded the protesters to leave after the akimat of Saryagash district promised water tankers.")
    assert [r[:2] for r in _records(text, "en", "2020-07-14")] == [("Turkistan Region", "protest")]


def test_a_protest_outside_the_akimat_of_a_town_is_there():
    text = "About 300 people rallied outside the akimat of Zhanaozen on Monday."
    assert [r[:2] for r in _records(text, "en", "2020-07-14")] == [("Mangystau Region", "protest")]


def test_a_microdistrict_and_the_street_its_residents_blocked_are_one_protest():
    text = ("В микрорайоне Нурсат воду подают лишь по три часа в сутки, и вечером около 150 жителей "
            "перекрыли улицу Байтурсынова.")
    assert len(_records(text, "ru", "2019-06-05")) == 1


def test_protests_listed_at_two_parts_of_a_city_are_two():
    text = "Жители митинговали в микрорайоне Нурсат и в микрорайоне Самал."
    records = _records(text, "ru", "2019-06-05")
    assert len(records) == 2 and {r[0] for r in records} == {"Shymkent"}


@pytest.mark.parametrize("text, lang", [
    ("В Актобе городской суд арестовал двух мужчин, которые продавали в интернете несуществующие автомобили.", "ru"),
    ("Тараз қалалық соты екі адамды екі айға қамауға алды.", "kk"),
])
def test_a_court_ordering_an_arrest_is_a_ruling(text, lang):
    assert _records(text, lang, "2021-03-16") == []


def test_police_detaining_men_after_a_fight_is_still_an_arrest():
    text = "В Актобе полиция задержала двух мужчин после массовой драки у кафе."
    assert "Aktobe Region" in {r[0] for r in _records(text, "ru", "2021-03-16")}


@pytest.mark.parametrize("text, lang", [
    ("В Ушарале задержан житель Бишкека, которого киргизская милиция разыскивает за разбойное нападение.", "ru"),
    ("Police in Taraz detained a man wanted in Russia for robbery.", "en"),
])
def test_a_man_wanted_elsewhere_is_police_work(text, lang):
    assert _records(text, lang, "2021-03-16") == []


@pytest.mark.parametrize("text, lang", [
    ("В Мактааральском районе пограничники задержали двух жителей Жетысая, которые пытались перегнать скот.", "ru"),
    ("Border guards detained three men near Zhibek Zholy who had crossed from Uzbekistan.", "en"),
])
def test_border_guards_detaining_is_police_work(text, lang):
    assert _records(text, lang, "2021-03-16") == []


def test_border_guards_in_a_shoot_out_are_an_incident():
    text = "Border guards detained two smugglers near Zhibek Zholy after a shoot-out in which one guard was wounded."
    assert _records(text, "en", "2021-03-16") != []


@pytest.mark.parametrize("text, lang", [
    ("По словам задержанных, скот они купили у фермера и собирались продать в Кызылорде.", "ru"),
    ("Two of the detained are citizens of Uzbekistan who crossed at the Zhibek Zholy checkpoint.", "en"),
    ("Ұсталғандардың бірі – Теміртау тұрғыны.", "kk"),
])
def test_the_detainees_named_again_are_no_new_detention(text, lang):
    assert _records(text, lang, "2021-03-16") == []


@pytest.mark.parametrize("text, lang", [
    ("The driver was stabbed at a cafe in Darinskoe on Sunday.\nHe is in intensive care in Uralsk.", "en"),
    ("Водителя ударили ножом в кафе в селе Подстепное.\nПострадавший находится в реанимации в Уральске.", "ru"),
])
def test_where_a_victim_is_treated_is_no_site(text, lang):
    records = _records(text, lang, "2020-05-19")
    assert [r[:2] for r in records] == [("West Kazakhstan Region", "attack")]
    assert records[0][2] != "Oral"


@pytest.mark.parametrize("text, lang", [
    ("Жаңаарқа ауданында ұрылар малшыны соққыға жықты.\nБасынан ауыр жарақат алған малшы ауруханада ем алып жатыр.", "kk"),
    ("В Жанааркинском районе воры избили чабана.\nПострадавший чабан находится в больнице.", "ru"),
])
def test_the_injured_named_with_their_treatment_are_no_new_mishap(text, lang):
    assert [r[0] for r in _records(text, lang, "2018-08-10")] == ["Karaganda Region"]


@pytest.mark.parametrize("text", [
    "A fire was put out by 180 firefighters from Taldykorgan and Konaev, the former Kapshagay, helped by a helicopter.",
    "Пожар потушили пожарные из Талдыкоргана и Конаева (бывший Капшагай).",
])
def test_a_former_name_in_apposition_keeps_the_role_of_the_place(text):
    lang = "en" if text.startswith("A ") else "ru"
    assert _records(text, lang, "2023-08-14") == []


def test_a_headline_attack_in_a_region_is_the_body_shooting_in_it():
    text = ("Браконьеры обстреляли охотинспекторов в Джезказганской области\n"
            "В Улытауском районе Джезказганской области браконьеры открыли огонь по машине охотинспекции.")
    assert [r[:2] for r in _records(text, "ru", "1996-11-22")] == [("Karaganda Region", "shooting")]


@pytest.mark.parametrize("text, lang", [
    ("В Казалинском районе задержаны грузовики с саксаулом.", "ru"),
    ("Border guards have detained four men with 160 saiga horns in Zhanibek district.", "en"),
    ("Олар ұсталған кезде көлігінен барыстың терісі табылған.", "kk"),
])
def test_lorries_and_what_poachers_carry_held_are_police_work(text, lang):
    assert _records(text, lang, "2021-03-16") == []


def test_a_kazakh_headline_of_items_joined_by_and_keeps_each_event_at_its_place():
    text = ("Аягөз маңындағы өрт, Ертістегі балық қырылуы және Өскемендегі жиын\n"
            "Өскеменде 300-ге жуық тұрғын ауаның ластануына қарсы жиынға шықты.")
    records = _records(text, "kk", "2023-06-14")
    assert ("East Kazakhstan Region", "fire") not in {r[:2] for r in records}
    assert ("East Kazakhstan Region", "protest") in {r[:2] for r in records}


def test_a_kazakh_headline_listing_regions_stays_one_item():
    text = ("Ақтөбе, Батыс Қазақстан және Қостанай облыстарында су тасқыны\n"
            "Үш облыста жүздеген үйді су басты.")
    units = {r[0] for r in _records(text, "kk", "2024-04-08") if r[0]}
    assert units == {"Aktobe Region", "West Kazakhstan Region", "Kostanay Region"}


def test_a_russian_headline_item_after_and_keeps_its_own_event():
    text = ("Сход цистерн в Бейнеу, гибель тракториста у Кандыагаша и протест дальнобойщиков в Актау\n"
            "В Актау около 80 дальнобойщиков вышли на акцию протеста.")
    protests = {r[0] for r in _records(text, "ru", "2024-05-01") if r[1] == "protest"}
    assert protests == {"Mangystau Region"}
    assert "Aktobe Region" not in protests


def test_a_body_speaking_in_a_city_is_no_site():
    text = "В МВД в Астане напомнили, что на железнодорожных переездах страны часто происходят столкновения."
    assert "Astana" not in {r[0] for r in _records(text, "ru", "2024-05-01")}


def test_the_station_a_train_was_going_to_is_no_site():
    text = ("Днём на станции Аягоз сошли с рельсов четыре вагона грузового поезда, который шёл из Экибастуза "
            "на станцию Достык.")
    assert {r[0] for r in _records(text, "ru", "2022-09-01")} == {"Abai Region"}


def test_what_a_ministry_said_after_and_that_is_a_clause_of_its_own():
    text = ("A coach caught fire near Kordai on Tuesday.\n"
            "The ministry said roads were closed in the Akmola and Kostanay regions, and that it had recorded "
            "serious crashes in three other regions.")
    units = {r[0] for r in _records(text, "en", "2021-02-09") if r[0]}
    assert not units & {"Akmola Region", "Kostanay Region"}


def test_a_body_crash_told_at_its_region_is_the_headline_crash():
    text = ("Pile-up near Temirtau\n"
            "In Karaganda region, eight cars collided in poor visibility near the turn to Temirtau on Tuesday.")
    assert [r[:2] for r in _records(text, "en", "2021-02-09")] == [("Karaganda Region", "crash")]


def test_protesters_who_speak_in_a_later_sentence_are_no_new_protest():
    text = ("Meanwhile in Kentau about 150 residents blocked the Kentau-Turkestan road on Tuesday, demanding heat. "
            "The town's main boiler house has been working at half capacity since December, and flats are at "
            "10 degrees, protesters said.")
    assert [r[:2] for r in _records(text, "en", "2009-01-15")] == [("South Kazakhstan Region", "protest")]


@pytest.mark.parametrize("text, lang", [
    ("Scalding water floods Abay Avenue after heating main bursts\n"
     "A heating main burst under Abay Avenue in Almaty on Friday morning.", "en"),
    ("Семейде жылу магистралі жарылды\nСемейде түнде жылу магистралі жарылып, үйлер жылусыз қалды.", "kk"),
])
def test_a_burst_main_and_its_hot_water_are_one_mishap(text, lang):
    records = _records(text, lang, "2024-01-17")
    assert len(records) == 1 and records[0][1] == "accident"


def test_a_gas_blast_stays_a_blast():
    text = "Таразда көпқабатты үйде газ жарылды, екі адам зардап шекті."
    assert [r[1] for r in _records(text, "kk", "2024-01-17")] == ["explosion"]


def test_a_spring_flood_stays_a_flood_beside_a_water_main():
    text = "Паводок затопил 40 домов в Аягозе, вода повредила водовод."
    assert "flood" in {r[1] for r in _records(text, "ru", "2024-04-08")}


def test_boilers_fired_up_are_no_fire():
    text = "Officials in Shakhtinsk hoped to fire up the boilers again on Friday."
    assert _records(text, "en", "2019-12-21") == []


def test_a_round_up_headline_item_opened_by_a_place_after_a_list():
    text = ("Deep freeze: boilers fail in Kurchatov and Stepnogorsk, Semey residents rally over cold flats\n"
            "In Semey about 200 residents rallied outside the akimat on Friday.")
    protests = {r[0] for r in _records(text, "en", "2023-01-20") if r[1] == "protest"}
    assert protests == {"Abai Region"}


@pytest.mark.parametrize("text, lang", [
    ("Из-за метели в Аулиекольском и Карасуском районах закрыты участки дорог.", "ru"),
    ("Roads were closed in Akmola region due to the blizzard on Tuesday.", "en"),
    ("Боранға байланысты Қостанай – Рудный жолы жабылды.", "kk"),
])
def test_roads_closed_because_of_a_blizzard_are_a_measure(text, lang):
    assert _records(text, lang, "2024-01-20") == []


@pytest.mark.parametrize("text, lang", [
    ("Из-за метели закрыты дороги в Костанайской области, ветер сорвал крыши с 20 домов.", "ru"),
    ("Roads were closed in Akmola region due to the blizzard, which tore roofs off 30 houses.", "en"),
])
def test_a_blizzard_that_did_damage_is_still_a_storm(text, lang):
    assert "storm" in {r[1] for r in _records(text, lang, "2024-01-20")}


def test_a_swell_at_sea_is_no_unrest():
    text = "Из-за шторма закрыт порт Курык. Волнение на море до трёх метров ожидается до пятницы."
    assert "riot" not in {r[1] for r in _records(text, "ru", "2019-11-12")}
