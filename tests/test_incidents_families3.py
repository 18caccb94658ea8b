"""Response measures and descriptions that are no new events (controlled blasting, water
cutting roads, cracked walls, the scene of an event, meeting places, origin lists), warnings
of what may come, and weekday words inside names (each with sentences written for the test)."""

from __future__ import annotations

import datetime

import pytest

from geomap.dates import find_dates
from incident_helpers import detect_in, mention, units, types


def run(text, mentions, date="2024-04-10", lang="en"):
    return detect_in(text, mentions, date, lang)


# ---- controlled blasting is a measure

@pytest.mark.parametrize("sentence", [
    "Sappers blew up the ice near the bridge to let the river flow.",
    "Army engineers carried out a controlled explosion of the ice jam on the Ural.",
    "Саперы взрывают ледяные заторы выше по течению Тобола.",
    "Взрывотехники подорвали лёд у моста, чтобы спасти дамбу.",
    "Сапёрлар өзендегі мұз кептелісін жарды.",
])
def test_controlled_blasting_is_no_explosion(sentence):
    assert "explosion" not in types(sentence)


@pytest.mark.parametrize("sentence", [
    "A gas explosion destroyed a house in the village.",
    "Two workers were killed in a blast during blasting operations at the quarry.",
    "Во время взрывных работ на руднике погибли двое горняков.",
    "Взрыв газа разрушил подъезд жилого дома.",
])
def test_real_explosions_stay(sentence):
    assert "explosion" in types(sentence)


# ---- nature cutting roads is no blockade

@pytest.mark.parametrize("sentence", [
    "Meltwater blocked the road to three villages.",
    "Snow blocked the highway for two days.",
    "Паводковая вода перекрыла дорогу между сёлами.",
    "Снег перекрыл трассу на перевале.",
])
def test_water_or_snow_on_roads_is_no_protest(sentence):
    assert "protest" not in types(sentence)


@pytest.mark.parametrize("sentence", [
    "Residents blocked the road to demand repairs.",
    "Жители перекрыли трассу, требуя восстановить свет.",
])
def test_people_blocking_roads_protest(sentence):
    assert "protest" in types(sentence)


# ---- a Kazakh crack is no blast; a burst pipe is a mishap

@pytest.mark.parametrize("sentence", [
    "Жер сілкінісінен кейін мектептің қабырғасы жарылды.",
    "Аязда жолдың асфальты жарылып кетті.",
])
def test_kazakh_cracks_are_no_explosion(sentence):
    assert "explosion" not in types(sentence)


def test_kazakh_boiler_blast_and_burst_pipe():
    assert "explosion" in types("Мектептің қазандығы жарылып, екі адам жараланды.")
    assert types("Су құбыры жарылып, көшені су алды.")[0] == "accident"


# ---- warnings and forecasts

@pytest.mark.parametrize("sentence", [
    "Floodwater could reach the town by the weekend.",
    "Heavy floods are expected in the north next week.",
    "В ближайшие дни в районе может произойти подтопление.",
    "Ожидается паводок в трёх районах области.",
    "Өзен суы ауылды басуы мүмкін.",
    "Таяу күндері су тасқыны күтілуде.",
])
def test_warnings_of_what_may_come_are_no_incident(sentence):
    assert [t for t in types(sentence) if t != "killing"] == []


def test_a_fire_that_may_have_been_arson_still_happened():
    assert "fire" in types("Пожар мог быть связан с поджогом.")
    assert "fire" in types("Пожар может быть связан с поджогом.")


# ---- the scene of an event told elsewhere

@pytest.mark.parametrize("sentence", [
    "Rescue teams were sent to the scene of the crash from the regional centre.",
    "На место аварии выехали спасатели из областного центра.",
    "Апат орнына облыс орталығынан құтқарушылар жіберілді.",
])
def test_the_scene_of_an_event_is_no_new_report(sentence):
    assert [t for t in types(sentence) if t in ("crash", "accident")] == []


def test_specialists_sent_from_a_list_of_kazakh_towns_are_origins():
    text = ("Павлодар облысының Ақсу қаласында жылу қазандығы жарылып, бір адам жарақат алды. "
            "Жарылыс салдарын жою үшін Павлодар мен Екібастұздан мамандар келді.")
    ms = [mention(text, "Павлодар облысының", "region", "Pavlodar Region"),
          mention(text, "Ақсу қаласында", "city", "Pavlodar Region"),
          mention(text, "Павлодар", "city", "Pavlodar Region", nth=1),
          mention(text, "Екібастұздан", "city", "Pavlodar Region")]
    recs = [r for r in run(text, ms, lang="kk") if r["adm1"]]
    assert [r["place"] for r in recs] == ["Ақсу қаласында"]


# ---- meetings

def test_the_place_of_a_meeting_is_no_incident():
    text = ("The river flooded two villages in Akmola Region on Monday. "
            "At a meeting in Astana the minister reported on the floods in the north.")
    ms = [mention(text, "Akmola Region", "region", "Akmola Region"), mention(text, "Astana", "city", "Astana")]
    assert units(run(text, ms)) == [("Akmola Region", "flood")]


def test_the_place_of_a_kazakh_meeting_is_no_incident():
    text = ("Ақмола облысында екі ауылды су басты. "
            "Төтенше жағдайлар министрі Астанада өткен кеңесте су тасқынының салдарын баяндады.")
    ms = [mention(text, "Ақмола облысында", "region", "Akmola Region"), mention(text, "Астанада", "city", "Astana")]
    assert units(run(text, ms, lang="kk")) == [("Akmola Region", "flood")]


# ---- weekday words in names

def test_a_weekday_inside_a_title_is_no_date():
    ref = datetime.date(2022, 1, 12)
    assert find_dates("The Sunday Times reported the arrests.", ref) == []
    assert find_dates("Crowds left the Friday Mosque after prayers.", ref) == []
    assert find_dates("The anniversary of Bloody Sunday was marked quietly.", ref) == []
    (d,) = find_dates("Police detained 20 people on Sunday.", ref)
    assert (d.month, d.day) == (1, 9)
    (d,) = find_dates("Police said Monday that three people died.", ref)
    assert (d.month, d.day) == (1, 10)


# ---- a crash re-told from a reference point; the detention of a suspect

def test_a_crash_retold_with_a_reference_point_is_the_same_crash():
    text = ("Алматы облысының Қаскелең ауданында жексенбі күні екі жеңіл көлік соқтығысып, үш адам қаза тапты. "
            "Апат Ұзынағаш ауылынан 15 шақырым жерде болды.")
    ms = [mention(text, "Алматы облысының", "region", "Almaty Region"),
          mention(text, "Қаскелең ауданында", "district", "Almaty Region"),
          mention(text, "Ұзынағаш ауылынан", "village", "Almaty Region")]
    recs = [r for r in run(text, ms, lang="kk") if r["adm1"]]
    assert len(recs) == 1 and recs[0]["adm1"] == "Almaty Region"


def test_the_detention_of_a_suspect_is_part_of_the_event():
    text = ("В селе Каратобе 20 человек отравились на поминках. "
            "Виновным считают продавца из Уральска; его задержали.")
    ms = [mention(text, "Каратобе", "village", "West Kazakhstan Region"),
          mention(text, "Уральска", "city", "West Kazakhstan Region")]
    assert units(run(text, ms, lang="ru")) == [("West Kazakhstan Region", "accident")]



def test_detentions_with_a_place_of_their_own_still_count():
    text = ("В селе Каратобе 20 человек отравились на поминках. "
            "В Уральске в тот же день задержали двух продавцов.")
    ms = [mention(text, "Каратобе", "village", "West Kazakhstan Region"),
          mention(text, "Уральске", "city", "West Kazakhstan Region")]
    assert units(run(text, ms, lang="ru")) == [("West Kazakhstan Region", "accident"), ("West Kazakhstan Region", "arrest")]


# ---- missed events: groups held or gathered, a crash placed only by its road

@pytest.mark.parametrize("sentence", [
    "Smaller groups of activists were held near the square.",
    "Three journalists were held for several hours.",
])
def test_people_held_are_detained(sentence):
    assert "arrest" in types(sentence)


@pytest.mark.parametrize("sentence", [
    "Elections were held in the region on Sunday.",
    "Officials were held responsible for the delay.",
])
def test_things_held_are_no_detention(sentence):
    assert "arrest" not in types(sentence)


@pytest.mark.parametrize("sentence", [
    "Hundreds of residents gathered outside the town hall to demand repairs.",
    "Сотни вкладчиков собрались у банка, требуя вернуть деньги.",
    "Группы людей собирались также в Таразе, требуя отставки акима.",
    "Жүздеген жұмысшы зауыт алдында жиналып, жалақы талап етті.",
])
def test_crowds_gathered_with_a_demand_protest(sentence):
    assert "protest" in types(sentence)


@pytest.mark.parametrize("sentence", [
    "Thousands gathered for the Nauryz celebration in the park.",
    "Сотни людей собрались на концерт.",
])
def test_crowds_gathered_to_celebrate_do_not(sentence):
    assert "protest" not in types(sentence)


def test_a_crash_placed_only_by_its_road_goes_to_the_region_named_elsewhere():
    text = ("Автобус опрокинулся на трассе Лисаковск – Рудный в понедельник. Пострадали 10 человек. "
            "В тот же день в Житикаре сгорел склад. Спасатели Костанайской области работали на обоих местах.")
    ms = [mention(text, "Лисаковск", "city", "Kostanay Region"), mention(text, "Рудный", "city", "Kostanay Region"),
          mention(text, "Житикаре", "city", "Kostanay Region"),
          mention(text, "Костанайской области", "region", "Kostanay Region")]
    recs = [r for r in run(text, ms, lang="ru") if r["adm1"]]
    assert sorted(r["type"] for r in recs) == ["crash", "fire"]


def test_a_road_between_two_regions_gives_no_unit():
    text = "Автобус опрокинулся на трассе Лисаковск – Есиль. Спасатели Костанайской области выехали."
    ms = [mention(text, "Лисаковск", "city", "Kostanay Region"), mention(text, "Есиль", "city", "Akmola Region"),
          mention(text, "Костанайской области", "region", "Kostanay Region")]
    assert [r for r in run(text, ms, lang="ru") if r["adm1"] and r["type"] == "crash"] == []


# ---- limits of the rules above

@pytest.mark.parametrize("sentence, kind", [
    ("Жители, ожидавшие автобус, погибли при взрыве на остановке.", "explosion"),
    ("Возможно, взрыв произошел из-за утечки газа.", "explosion"),
    ("The explosion damaged a building slated for demolition.", "explosion"),
    ("Көлік жолда жарылды, жүргізуші қаза тапты.", "explosion"),
])
def test_events_that_happened_near_the_new_cue_words_stay(sentence, kind):
    assert kind in types(sentence)


@pytest.mark.parametrize("sentence", [
    "Meetings with local people were held in Aktau.",
    "Consultations with residents were held in the akimat.",
])
def test_meetings_held_with_people_are_no_detention(sentence):
    assert "arrest" not in types(sentence)


def test_an_event_placed_by_its_reporting_police_stays_apart_from_another_type():
    text = ("Микроавтобус опрокинулся на трассе в воскресенье. Полиция Актюбинской области начала расследование. "
            "В тот же день в Кандыагаше сгорел жилой дом.")
    ms = [mention(text, "Актюбинской области", "region", "Aktobe Region"),
          mention(text, "Кандыагаше", "city", "Aktobe Region")]
    assert units(run(text, ms, lang="ru")) == [("Aktobe Region", "crash"), ("Aktobe Region", "fire")]


@pytest.mark.parametrize("text, label, lang", [
    ("Meltwater flooded several villages of Taiynsha district.", "several villages of Taiynsha district", "en"),
    ("Талая вода подтопила несколько сел Тайыншинского района.", "несколько сел Тайыншинского района", "ru"),
    ("Бейнеу ауданының 12 ауылын су басты.", "Бейнеу ауданының 12 ауылын", "kk"),
])
def test_counted_villages_of_a_named_district_are_no_unattributed_statement(text, label, lang):
    ms = [mention(text, label, "quantified")]
    assert [r for r in run(text, ms, lang=lang) if r["adm1"] is None] == []


@pytest.mark.parametrize("sentence", [
    "Floods threaten villages in Atyrau Region.",
    "Паводок угрожает трём сёлам района.",
    "Тасқын үш ауылға қауіп төндіріп тұр.",
    "Су тасқыны ауылға жетуі ықтимал.",
])
def test_a_threat_told_after_the_event_word_is_no_incident(sentence):
    assert types(sentence) == []


def test_a_flood_that_struck_and_threatens_more_still_struck():
    assert "flood" in types("Паводок затопил село и угрожает соседнему.")


@pytest.mark.parametrize("sentence", [
    "Снежные заносы перекрыли трассу на перевале.",
    "Метель перекрыла дорогу к селу.",
    "A blizzard blocked the highway.",
    "Еріген су жолды жауып тастады.",
    "Police blocked the road to the site.",
    "Дорожная полиция перекрыла трассу из-за гололеда.",
    "Полиция жолды жауып тастады.",
])
def test_roads_closed_by_weather_or_by_officials_are_no_protest(sentence):
    assert "protest" not in types(sentence)


@pytest.mark.parametrize("sentence", [
    "Ауыл тұрғындары жолды жауып тастады.",
    "Жители перекрыли трассу, полиция прибыла.",
    "Residents blocked the road near the police station.",
])
def test_roads_blocked_by_residents_are_a_protest(sentence):
    assert "protest" in types(sentence)


def test_a_town_a_settlement_is_subordinate_to_is_no_second_place():
    text = "Кентау қаласына қарасты Мырғалымсай кентінде бала шахтаға құлап кетті."
    ms = [mention(text, "Кентау қаласына", "city", "Turkistan Region"),
          mention(text, "Мырғалымсай кентінде", "village", "Turkistan Region")]
    recs = [r for r in run(text, ms, lang="kk") if r["adm1"]]
    assert [r["place"] for r in recs] == ["Мырғалымсай кентінде"]


def test_a_dated_retelling_of_a_crash_from_a_reference_point_is_the_same_crash():
    text = ("Сейсенбі күні Ақмола облысының Зеренді ауданында автобус жүк көлігімен соқтығысып, төрт адам қаза тапты. "
            "Апат сейсенбі күні кешке Көкшетау қаласынан 12 шақырым жерде болды.")
    ms = [mention(text, "Ақмола облысының", "region", "Akmola Region"),
          mention(text, "Зеренді ауданында", "district", "Akmola Region"),
          mention(text, "Көкшетау қаласынан", "city", "Akmola Region")]
    recs = [r for r in run(text, ms, date="2023-03-01", lang="kk") if r["adm1"]]
    assert len(recs) == 1


@pytest.mark.parametrize("sentence", [
    "Пожар произошел в доме на улице 9 Мая в Петропавловске.",
    "В посёлке 1 Мая задержаны двое.",
    "8 Наурыз көшесінде өрт шықты.",
])
def test_a_day_and_month_naming_a_street_or_village_is_no_date(sentence):
    assert find_dates(sentence, datetime.date(2023, 6, 12)) == []


def test_a_day_and_month_before_a_street_name_stays_a_date():
    (d,) = find_dates("Взрыв произошел 3 июня на ул. Абая.", datetime.date(2023, 6, 12))
    assert (d.month, d.day) == (6, 3)


def test_a_kazakh_region_that_rescuers_were_sent_from_is_an_origin():
    text = ("Павлодар облысының Ақсу қаласында зауытта жарылыс болды. "
            "Жарылыс салдарын жою үшін Қарағанды облысынан құтқарушылар жіберілді.")
    ms = [mention(text, "Павлодар облысының", "region", "Pavlodar Region"),
          mention(text, "Ақсу қаласында", "city", "Pavlodar Region"),
          mention(text, "Қарағанды облысынан", "region", "Karaganda Region")]
    assert units(run(text, ms, lang="kk")) == [("Pavlodar Region", "explosion")]
