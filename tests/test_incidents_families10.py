"""Event words for hostage taking, burst pipes and heating mains, well blowouts, emergency
landings with smoke on board, anthrax and ice storms; origins of responders and destinations
of victims; junctions and nested city parts as one place (each with sentences written for
the test)."""

from __future__ import annotations

import pytest

from incident_helpers import detect_in, detect_parsed, mention, types


def _units(recs):
    return sorted((r["adm1"], r["type"]) for r in recs)


# ---- event words

@pytest.mark.parametrize("sentence, typ", [
    ("Two robbers held three clerks of the small post office hostage for an hour.", "seizure"),
    ("Вооружённый мужчина взял двух продавцов сетевого магазина в заложники.", "seizure"),
    ("A heating main burst under the school yard overnight.", "accident"),
    ("A water pipe ruptured near the hospital.", "accident"),
    ("Ночью произошёл прорыв теплотрассы у школы.", "accident"),
    ("Прорвало водопровод на центральной улице.", "accident"),
    ("Ауылда жылу құбыры жарылды.", "accident"),
    ("A gas well blew out at the field on Monday.", "accident"),
    ("На скважине возникло открытое фонтанирование нефти.", "accident"),
    ("Кен орнында ашық фонтан пайда болды.", "accident"),
    ("The airliner made an emergency landing after smoke filled the cabin.", "accident"),
    ("Самолёт совершил вынужденную посадку из-за задымления в салоне.", "accident"),
    ("Anthrax was confirmed in cattle at a farm.", "accident"),
    ("В селе выявили сибирскую язву у коровы.", "accident"),
    ("Ауылда сібір жарасы анықталды.", "accident"),
    ("Freezing rain snapped power lines in six villages.", "storm"),
    ("A digger damaged a gas pipeline during roadworks.", "accident"),
    ("Микроавтобус съехал в арык у дороги.", "crash"),
    ("При ремонте дороги повредили газопровод.", "accident"),
    ("Жол жөндеу кезінде газ құбыры зақымданды.", "accident"),
    ("Из-за ледяного дождя оборваны провода в пяти сёлах.", "storm"),
    ("Көктайғақ салдарынан электр желілері үзілді.", "storm"),
])
def test_new_event_words(sentence, typ):
    assert typ in types(sentence)


@pytest.mark.parametrize("sentence", [
    "Crews were fighting the blaze all night.",
    "The region keeps fighting corruption.",
    "Vets vaccinated the herds against anthrax.",
    "Сибирская язва в области последний раз была в 2009 году.",
    "The airliner made an emergency landing because a passenger fell ill.",
    "The talks on hostages took a week.",
])
def test_no_new_event(sentence):
    got = types(sentence)
    assert "clash" not in got and "accident" not in got and "seizure" not in got


# ---- origins of responders, destinations of victims

def test_crews_from_a_garrison_and_a_list_of_origins_are_no_sites():
    text = ("Crews sent from Aralsk, Kazaly and two neighbouring districts were fighting the fire in Zhosaly, "
            "helped by lorries from the garrison in Kyzylorda.")
    ms = [mention(text, "Aralsk", "city", "Kyzylorda Region"), mention(text, "Kazaly", "village", "Kyzylorda Region"),
          mention(text, "two neighbouring districts", "quantified", count=2),
          mention(text, "Zhosaly", "village", "Kyzylorda Region", place="Zhosaly"),
          mention(text, "Kyzylorda", "city", "Kyzylorda Region", place="Kyzylorda")]
    recs = detect_in(text, ms, "2023-06-01")
    assert [(r["adm1"], r["place"]) for r in recs] == [("Kyzylorda Region", "Zhosaly")]


@pytest.mark.parametrize("text, lang, dest, site", [
    ("Four workers were taken to a burns unit in Oral after a boiler exploded in Aksai.", "en", "Oral", "Aksai"),
    ("Четверо рабочих, пострадавших при взрыве котла в Аксае, доставлены в ожоговый центр Уральска.", "ru", "Уральска", "Аксае"),
    ("Ақсайдағы жарылыстан зардап шеккен төрт жұмысшы Оралдағы күйік орталығына жеткізілді.", "kk", "Оралдағы", "Ақсайдағы"),
])
def test_the_town_victims_were_taken_to_is_no_site(text, lang, dest, site):
    ms = [mention(text, dest, "city", "West Kazakhstan Region", place="Oral"),
          mention(text, site, "city", "West Kazakhstan Region", place="Aksai")]
    recs = detect_in(text, ms, "2023-06-01", lang=lang)
    assert {r["place"] for r in recs} == {"Aksai"}


def test_the_region_of_a_kazakh_origin_district_is_no_site():
    text = "Өртті сөндіруге Жамбыл облысының Шу ауданынан келген құтқарушылар көмектесті."
    ms = [mention(text, "Жамбыл облысының", "region", "Jambyl Region"),
          mention(text, "Шу ауданынан", "district", "Jambyl Region")]
    assert detect_in(text, ms, "2023-06-01", lang="kk") == [] or \
        all(r["adm1"] is None for r in detect_in(text, ms, "2023-06-01", lang="kk"))


# ---- one place: junctions and city parts

def test_a_junction_of_two_streets_is_one_place():
    text = "A tram and a lorry collided at the junction of Abai Avenue and Seifullin Street on Monday."
    ms = [mention(text, "Abai Avenue", "facility", "Almaty"), mention(text, "Seifullin Street", "facility", "Almaty")]
    assert _units(detect_in(text, ms, "2023-06-01")) == [("Almaty", "crash")]
    text = "Трамвай столкнулся с грузовиком на перекрёстке улиц Абая и Гоголя в Алмалинском районе."
    ms = [mention(text, "Абая", "village", "Almaty Region"), mention(text, "Гоголя", "village", "Turkistan Region"),
          mention(text, "Алмалинском районе", "district", "Almaty")]
    assert _units(detect_in(text, ms, "2023-06-01", lang="ru")) == [("Almaty", "crash")]


def test_a_city_district_and_a_part_of_it_are_one_place():
    text = "A water main burst in Saryarka district, near the Samal microdistrict, on Monday."
    ms = [mention(text, "Saryarka district", "district", "Astana"),
          dict(mention(text, "Samal microdistrict", "district", "Astana"), subkind="microdistrict")]
    assert _units(detect_in(text, ms, "2023-06-01")) == [("Astana", "accident")]
    text = "В микрорайоне Самал Сарыаркинского района загорелся склад."
    ms = [dict(mention(text, "Самал", "district", "Astana"), subkind="microdistrict"),
          dict(mention(text, "Сарыаркинского района", "district", "Astana"), subkind="city district")]
    assert _units(detect_in(text, ms, "2023-06-01", lang="ru")) == [("Astana", "fire")]
    text = "Түнде Сарыарқа ауданындағы «Самал» базарында өрт шықты."
    ms = [dict(mention(text, "Сарыарқа ауданындағы", "district", "Astana"), subkind="city district"),
          dict(mention(text, "Самал", "facility", "Astana"), subkind="market")]
    assert _units(detect_in(text, ms, "2023-06-01", lang="kk")) == [("Astana", "fire")]


# ---- separate events kept apart; "next to X" and "the outskirts of X" locate the event

def test_next_to_and_outskirts_locate_the_event():
    text = "Fuel tanks caught fire at a depot next to Shu railway station on Sunday."
    ms = [mention(text, "Shu railway station", "facility", "Jambyl Region")]
    assert _units(detect_in(text, ms, "2023-06-01")) == [("Jambyl Region", "fire")]
    text = "The roof of a large furniture warehouse on the southern outskirts of Taraz collapsed under snow."
    ms = [mention(text, "Taraz", "city", "Jambyl Region")]
    assert _units(detect_in(text, ms, "2023-06-01")) == [("Jambyl Region", "accident")]
    text = "The convoy was travelling to Taraz when the lorry overturned."
    ms = [mention(text, "Taraz", "city", "Jambyl Region")]
    assert detect_in(text, ms, "2023-06-01") == [] or all(r["adm1"] is None for r in detect_in(text, ms, "2023-06-01"))


def test_an_event_brought_in_as_a_further_one_in_another_district_stays_apart():
    text = ("Five people died when a bus collided with a lorry in Baidibek district on Monday.\n"
            "Hours earlier a car skidded off the road into a canal near the village of Kyzylzhar in Tole Bi district.")
    ms = [mention(text, "Baidibek district", "district", "Turkistan Region"),
          mention(text, "Kyzylzhar", "village", "Turkistan Region"),
          mention(text, "Tole Bi district", "district", "Turkistan Region")]
    recs = detect_in(text, ms, "2023-06-01")
    assert sorted(r["place"] for r in recs) == ["Baidibek district", "Kyzylzhar"]


def test_a_town_fire_told_as_a_further_event_of_a_steppe_fire_text_is_its_own():
    text = ("Степной пожар охватил 5 тысяч гектаров в Бескарагайском районе.\n"
            "В тот же день в самом Курчатове загорелся склад на улице Ленина.")
    ms = [mention(text, "Бескарагайском районе", "district", "Abai Region"),
          mention(text, "Курчатове", "city", "Abai Region", place="Kurchatov")]
    recs = detect_in(text, ms, "2023-06-01", lang="ru")
    assert sorted(r["place"] for r in recs) == ["Kurchatov", "Бескарагайском районе"]


@pytest.mark.parametrize("sentence", [
    "Two shepherds froze to death on the pasture.",
    "Двое пастухов замёрзли насмерть на пастбище.",
    "Екі малшы далада үсіп өлді.",
])
def test_freezing_to_death_is_a_mishap(sentence):
    assert "accident" in types(sentence)


# ---- a road event placed only by its ends and a reference point of one unit

@pytest.mark.parametrize("text, lang, ms", [
    ("Кеше Қарағанды – Балқаш тас жолында Ақшатау ауылынан 130 шақырым жерде автобус аударылды.", "kk",
     [("Қарағанды", "city"), ("Балқаш", "city"), ("Ақшатау ауылынан", "village")]),
    ("Вчера на трассе Караганда – Балхаш в 130 километрах от Акшатау опрокинулся автобус.", "ru",
     [("Караганда", "city"), ("Балхаш", "city"), ("Акшатау", "village")]),
    ("Yesterday a bus overturned on the Karaganda-Balkhash highway 130 km from Akshatau.", "en",
     [("Karaganda", "city"), ("Balkhash", "city"), ("Akshatau", "village")]),
])
def test_a_road_event_with_ends_and_a_reference_point_in_one_unit_gets_that_unit(text, lang, ms):
    mentions = [mention(text, surface, kind, "Karaganda Region") for surface, kind in ms]
    recs = detect_in(text, mentions, "2023-06-01", lang=lang)
    assert [(r["adm1"], r["type"]) for r in recs] == [("Karaganda Region", "crash")]
    mentions[0]["adm1"], mentions[0]["adm1_iso"] = "Astana", "KZ-AST"
    assert all(r["adm1"] is None for r in detect_in(text, mentions, "2023-06-01", lang=lang))


# ---- unattributed power cuts after a storm; a Kazakh locative before an ablative

def test_villages_left_without_power_in_unnamed_districts_after_a_storm():
    text = "Қатты дауыл үйлердің шатырын ұшырды.\nБірнеше ауданда 40 ауыл жарықсыз қалды."
    ms = [mention(text, "Бірнеше ауданда", "quantified", count=None),
          mention(text, "40 ауыл", "quantified", count=40)]
    recs = detect_in(text, ms, "2023-06-01", lang="kk")
    assert [(r["scope"], r["type"]) for r in recs if r["scope"]] == [("Бірнеше ауданда", "storm")]
    text = "Уровень воды в реке поднялся.\nВ ряде районов без света остались 40 сёл."
    ms = [mention(text, "ряде районов", "quantified"), mention(text, "40 сёл", "quantified", count=40)]
    assert not [r for r in detect_in(text, ms, "2023-06-01", lang="ru") if r["scope"] == "ряде районов"]


def test_a_kazakh_locative_place_before_an_ablative_reference_is_the_site():
    text = "Кеше Жамбыл облысының Шу ауданында, Төле би ауылынан 12 шақырым жерде автобус аударылды."
    ms = [mention(text, "Жамбыл облысының", "region", "Jambyl Region"),
          mention(text, "Шу ауданында", "district", "Jambyl Region", place="Shu District"),
          mention(text, "Төле би ауылынан", "village", "Jambyl Region", place="Tole bi")]
    recs = detect_in(text, ms, "2023-06-01", lang="kk")
    assert [(r["adm1"], r["place"]) for r in recs] == [("Jambyl Region", "Shu District")]


@pytest.mark.parametrize("text, lang, village, fresh", [
    ("Степной пожар охватил 8 тысяч гектаров в Жарминском районе. В тот же день в селе Калбатау сгорел жилой дом.",
     "ru", "Калбатау", True),
    ("Степной пожар охватил 8 тысяч гектаров в Жарминском районе. В тот же день огонь подошёл к селу Калбатау.",
     "ru", "Калбатау", False),
    ("A steppe fire spread over 8,000 hectares in Zharma district. Separately, a house burned down in the village of Kalbatau.",
     "en", "Kalbatau", True),
    ("Жарма ауданында дала өрті 8 мың гектарды шарпыды. Сол күні өрт Қалбатау ауылына жетті.", "kk", "Қалбатау", False),
])
def test_a_village_fire_of_its_own_in_a_wildfire_text(text, lang, village, fresh):
    district = next(w for w in ("Жарминском районе", "Zharma district", "Жарма ауданында") if w in text)
    ms = [mention(text, district, "district", "Abai Region"), mention(text, village, "village", "Abai Region")]
    recs = detect_in(text, ms, "2023-06-01", lang=lang)
    assert len(recs) == (2 if fresh else 1)


def test_a_district_then_a_market_in_it_is_one_place_but_a_list_is_two():
    text = "Вчера в Бухар-Жырауском районе на рынке «Береке» произошёл пожар."
    ms = [mention(text, "Бухар-Жырауском районе", "district", "Karaganda Region"),
          dict(mention(text, "Береке", "facility", "Karaganda Region"), subkind="market")]
    assert len(detect_in(text, ms, "2023-06-01", lang="ru")) == 1
    text = "Вчера в Бухар-Жырауском районе и на рынке «Береке» произошли пожары."
    ms = [mention(text, "Бухар-Жырауском районе", "district", "Karaganda Region"),
          dict(mention(text, "Береке", "facility", "Karaganda Region"), subkind="market")]
    assert len(detect_in(text, ms, "2023-06-01", lang="ru")) == 2
