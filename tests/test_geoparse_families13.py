"""Geoparser rules from the thirteenth round of checks (sentences written for the test):
Kazakh in the 2021 Latin alphabet, and Kazakh names typed with a Russian look-alike letter."""

from __future__ import annotations

import pytest

from geomap import geoparse


def _found(text, lang="kk", date="2023-03-14"):
    return [(m["text"], m["kind"], m["adm1"]) for m in geoparse.extract(text, date=date, lang=lang)]


@pytest.mark.parametrize("text, surface, kind, unit", [
    # the 2021 alphabet writes ы as ı: "oblısı", and the name itself ("Ūlıtau", "Almatı")
    ("Keşe Ūlıtau oblısınıñ äkimi jiyn ötkizdi.", "Ūlıtau oblısınıñ", "region", "Ulytau Region"),
    ("Jaña mektep Almatı oblısınıñ Ile audanında aşıldı.", "Almatı oblısınıñ", "region", "Almaty Region"),
    ("Jaña mektep Almatı oblısınıñ Ile audanında aşıldı.", "Ile audanında", "district", "Almaty Region"),
    ("Jetisu oblısında qar jawdı.", "Jetisu oblısında", "region", "Jetisu Region"),
    ("Qızılorda qalasında su tasqını boldı.", "Qızılorda qalasında", "city", "Kyzylorda Region"),
])
def test_kazakh_latin_2021_head_nouns(text, surface, kind, unit):
    assert (surface, kind, unit) in _found(text)


def test_kazakh_latin_region_capital_is_not_the_region():
    # without the head noun the name is the city; with it, the region (Almaty city is a unit of its own)
    assert ("Almatıda", "city", "Almaty") in _found("Keşe Almatıda jiyn ötti.")
    assert ("Almatı oblısında", "region", "Almaty Region") in _found("Keşe Almatı oblısında jiyn ötti.")


@pytest.mark.parametrize("text", [
    "Qarağandı, Aqmola jäne Pavlodar oblıstarında boran soqtı.",   # 2021
    "Qaraǵandy, Aqmola jáne Pavlodar oblystarynda boran soqty.",   # 2018
    "Qaragandy, Akmola zhane Pavlodar oblystarynda boran sokty.",  # informal
])
def test_kazakh_latin_list_shares_its_plural_head(text):
    got = _found(text)
    assert [k for _, k, _ in got] == ["region"] * 3
    assert [u for _, _, u in got] == ["Karaganda Region", "Akmola Region", "Pavlodar Region"]


@pytest.mark.parametrize("text, surface, count, unit", [
    ("Naraazylyq 9 oblysta boldy, dep habarlady Azattyq.", "9 oblysta", 9, "region"),
    ("Jiyndar 11 qalada ötti, jäne eşkim ustalmadı.", "11 qalada", 11, "city"),
    ("Barlyq oblystarda qar jawdy.", "Barlyq oblystarda", None, "region"),
])
def test_kazakh_latin_quantified(text, surface, count, unit):
    got = [m for m in geoparse.extract(text, date="2023-03-14", lang="kk") if m["kind"] == "quantified"]
    assert [(m["text"], m["count"], m["unit"], m["adm1"]) for m in got] == [(surface, count, unit, None)]


def test_latin_quantified_not_counted_twice_in_a_mixed_text():
    text = "Жиындар 9 облыста өтті. Naraazylyq 5 oblysta boldy."
    got = [(m["text"], m["count"]) for m in geoparse.extract(text, date="2023-03-14", lang="kk")
           if m["kind"] == "quantified"]
    assert got == [("9 облыста", 9), ("5 oblysta", 5)]


@pytest.mark.parametrize("text, surface, kind, unit", [
    # к for қ, о for ө: one Kazakh letter typed with its Russian look-alike
    ("Кеше Талдыкорғанда жиын өтті.", "Талдыкорғанда", "city", "Jetisu Region"),
    ("Кеше Актөбе облысында жиын өтті.", "Актөбе облысында", "region", "Aktobe Region"),
    ("Кеше Шығыс Казақстан облысында жиын өтті.", "Шығыс Казақстан облысында", "region",
     "East Kazakhstan Region"),
])
def test_kazakh_name_with_a_russian_look_alike_letter(text, surface, kind, unit):
    assert (surface, kind, unit) in _found(text)


def test_look_alike_letters_keep_the_date():
    assert ("Талдыкорғанда", "city", "Almaty Region") in _found("Кеше Талдыкорғанда жиын өтті.", date="2021-05-01")


def test_look_alike_letters_make_no_place_of_an_ordinary_word():
    # capitalised Kazakh words that are not names stay out, however their letters are read
    assert _found("Қазір Үкімет отырысы өтті. Өкінішке қарай, Ғалымдар келмеді.") == []


@pytest.mark.parametrize("text, lang, surface", [
    ("The report was published by Kazinform. Almaty police said nothing more.", "en", "Almaty"),
    ("He spoke to Tengrinews. Aktobe residents were angry.", "en", "Aktobe"),
    ("Şımkent, 12 nauryz – Kazinform. Türkistan oblısında qar jawdı.", "kk", "Türkistan oblısında"),
])
def test_place_after_a_sentence_that_ends_with_a_name(text, lang, surface):
    assert surface in [s for s, _, _ in _found(text, lang)]


def test_capitalised_word_before_a_place_still_blocks_it_inside_a_sentence():
    # "Kazinform Almaty" with no full stop: the name of an office, not the city
    assert "Almaty" not in [s for s, _, _ in _found("The Kazinform Almaty bureau said nothing.", "en")]


def test_kazakh_mine_named_before_its_head_noun():
    got = _found("Шахтинск қаласының Костенко шахтасының кеншілері ереуілге шықты.")
    assert ("Костенко шахтасының", "facility", "Karaganda Region") in got
    assert _found("Шахтасы жабылды, кеншілер үйлеріне қайтты.") == []


@pytest.mark.parametrize("text, lang, surface", [
    ("Пожар на Зелёном базаре потушили за час.", "ru", "Зелёном базаре"),
    ("Пожар на Зеленом базаре потушили за час.", "ru", "Зеленом базаре"),
    ("Көк базарда өрт шықты.", "kk", "Көк базарда"),
    ("На Барахолке задержали карманника.", "ru", "Барахолке"),
])
def test_almaty_markets_are_known_facilities(text, lang, surface):
    assert (surface, "facility", "Almaty") in _found(text, lang)


@pytest.mark.parametrize("text, lang, surface, unit", [
    ("Больше всего аварий зарегистрировано в Караганде, Темиртау и Жезгазгане.", "ru", "Жезгазгане",
     "Karaganda Region"),
    ("Вчера в Жезгазгане прошёл митинг.", "ru", "Жезгазгане", "Karaganda Region"),
    ("Protests in Aktobe, Uralsk and Petropavlosk continued.", "en", "Petropavlosk", "North Kazakhstan Region"),
])
def test_one_wrong_letter_in_a_long_city_name_or_a_list_item(text, lang, surface, unit):
    assert (surface, "city", unit) in _found(text, lang, "2015-07-01")


def test_a_list_item_is_compared_only_after_a_place():
    # "и Жезгазганов" after a person: no list of places, no fuzzy match
    assert _found("Кайрат Ахметов и Жезгазганов пришли на встречу.", "ru") == []
    assert _found("Coach Ivanov and Karaganov watched.", "en") == []


def test_district_adjectives_after_a_plural_head_said_before():
    text = "Рост аварий зафиксирован в шести районах из девяти, сильнее всего в Абайском и Осакаровском."
    got = [(s, k) for s, k, _ in _found(text, "ru", "2015-07-01")]
    assert ("Абайском", "district") in got and ("Осакаровском", "district") in got


def test_district_adjective_without_any_head_noun_stays_out():
    # (no plural head noun before: the adjectives are surnames here)
    assert _found("Выступили Иван Осакаровский и Петр Нуринский.", "ru", "2015-07-01") == []


@pytest.mark.parametrize("text, lang, surface", [
    ("The talks on a railway to Almalyk, the Uzbek copper town, went on.", "en", "Almalyk"),
    ("Комиссияның келесі отырысы Ыстықкөл облысындағы Қарақол қаласында өтеді.", "kk", "Қарақол қаласында"),
    ("Отырысқа Бішкектен, Талас қаласынан және Астанадан делегациялар қатысты.", "kk", "Талас қаласынан"),
])
def test_neighbouring_towns_that_share_a_kazakh_village_name_are_foreign(text, lang, surface):
    assert (surface, "foreign", None) in _found(text, lang)


@pytest.mark.parametrize("text, lang, surface, kind, unit", [
    ("Жамбыл облысының Талас ауданында су тасқыны болды.", "kk", "Талас ауданында", "district", "Jambyl Region"),
    ("Жители села Алмалык Панфиловского района вышли на сход.", "ru", "Алмалык", "village", "Jetisu Region"),
])
def test_the_kazakh_namesakes_keep_their_place_with_a_head_noun(text, lang, surface, kind, unit):
    assert (surface, kind, unit) in _found(text, lang)


def test_district_adjectives_listed_after_a_plural_head_and_a_dash():
    text = ("В Текели закрыты 38 школ, а в пяти районах — Карасайском, Талгарском, Илийском, "
            "Енбекшиказахском и Жамбылском — приостановлена работа детских садов.")
    got = [s for s, k, _ in _found(text, "ru", "2015-07-01") if k == "district"]
    assert got == ["Карасайском", "Талгарском", "Илийском", "Енбекшиказахском", "Жамбылском"]


def test_station_named_after_a_village_takes_the_land_of_the_places_around_it():
    got = _found("Another 95,000 tonnes went east through Altynkol station near Khorgos.", "en", "2017-07-01")
    assert ("Altynkol station", "facility", "Almaty Region") in got


@pytest.mark.parametrize("text, found", [
    ("Oil washed up along the Caspian shore on the Buzachi peninsula.", True),
    ("Sturgeon spawn in the Caspian.", True),
    ("The Caspian Pipeline Consortium said exports rose.", False),
    ("Caspian Trans Corporation LLP owns the bus.", False),
])
def test_bare_caspian_is_the_sea_only_as_water(text, found):
    assert (("Caspian", "facility", None) in _found(text, "en")) is found


def test_both_towns_is_no_quantified_reference():
    got = _found("Гости приехали из Чимкента и Ташкента, и врачей в обоих городах предупредили.", "ru", "1995-07-01")
    assert [k for _, k, _ in got] == ["city", "foreign"]


def test_shared_district_name_after_a_settlement_is_that_settlements_district():
    got = _found("В селе Явленка, центре Есильского района, взорвался котёл.", "ru", "2012-11-27")
    assert ("Есильского района", "district", "North Kazakhstan Region") in got
    got = _found("В селе Явленка и в Есильском районе Астаны прошли сходы.", "ru", "2012-11-27")
    assert ("Есильском районе", "district", "Astana") in got


@pytest.mark.parametrize("text, lang", [
    ("Police detain 23 after fan brawl at Ordabasy-Kairat match", "en"),
    ("После матча Ордабасы-Кайрат задержали 23 болельщиков.", "ru"),
    ("Aktobe-Kairat game ended 2-1.", "en"),
])
def test_two_clubs_of_a_fixture_are_no_places(text, lang):
    assert [k for _, k, _ in _found(text, lang)] == []


def test_a_route_between_two_towns_keeps_both():
    assert [s for s, _, _ in _found("The Almaty-Astana train was late.")] == ["Almaty", "Astana"]


def test_kazakh_verb_to_move_is_no_street():
    got = _found("Облыс орталығы Шымкенттен Түркістанға көшеді.", "kk", "2018-09-01")
    assert [k for _, k, _ in got] == ["city", "city"]
    assert ("Абай көшесіндегі", "facility") in [(s, k) for s, k, _ in _found("Абай көшесіндегі үйде өрт шықты.")]


def test_street_takes_no_town_from_far_back_in_a_long_sentence():
    text = ("AKTOBE, March 5 - Prosecutors say the director collected 6.4 billion tenge from buyers in Atyrau, "
            "Uralsk and Kyzylorda between 2010 and 2012 and, according to the indictment, moved most of the "
            "money abroad through a small bank branch on Abulkhair Khan Avenue.")
    assert ("Abulkhair Khan Avenue", "facility", "Aktobe Region") in _found(text, "en", "2013-03-05")


@pytest.mark.parametrize("text, lang", [
    ("Irtysh Pavlodar, relegated last season, now play in the first league.", "en"),
    ("A bus carrying players of the Zhetysu football club overturned.", "en"),
    ("Жетісу футбол клубының автобусы аударылды.", "kk"),
])
def test_clubs_named_by_rivers_and_regions_are_no_places(text, lang):
    assert _found(text, lang, "2022-10-11") == []


def test_the_river_by_a_town_stays_a_river():
    assert ("Irtysh", "facility", None) in _found("The Irtysh near Pavlodar rose.", "en", "2022-10-11")
