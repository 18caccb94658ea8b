"""Geoparser rules from the twenty-first round of checks (sentences written for the test)."""

from __future__ import annotations

import pytest

import geomap


def _found(text, lang="en", date="2024-01-12"):
    return [(m["text"], m["kind"], m["adm1"]) for m in geomap.extract(text, date, lang)]


@pytest.mark.parametrize("opening", ["In Almaty itself,", "In Almaty on Monday,", "In Almaty,"])
def test_a_sentence_set_in_a_town_places_a_street_far_into_it(opening):
    text = ("Floods cut roads in Talgar district of Almaty region and in Karasai district. "
            f"{opening} a water main under the yard of the old city tram depot burst overnight and flooded "
            "the cellars on Zheltoksan Street.")
    got = _found(text)
    assert ("Zheltoksan Street", "facility", "Almaty") in got, got


def test_a_town_far_back_without_a_scene_comma_does_not_place_the_street():
    text = ("Floods cut roads in Talgar district of Almaty region. Buyers from Almaty and villagers "
            "who had come for the weekend market stood for hours in the mud of the bazaar on Abai Street.")
    got = _found(text)
    assert ("Abai Street", "facility", "Almaty") not in got, got


@pytest.mark.parametrize("text", [
    "Өрт алаңы 500 шаршы метрге жетті.",
    "Ойын алаңы жөнделіп жатыр.",
    "Сауда алаңы уақытша жабылды.",
])
def test_a_kazakh_site_noun_before_alan_is_no_square(text):
    assert _found("Түркістанда қойма өртенді. " + text, "kk") == [("Түркістанда", "city", "Turkistan Region")]


def test_a_named_kazakh_square_at_a_sentence_start_stays():
    got = _found("Астана алаңында жиын өтті.", "kk")
    assert got and got[0][1] == "facility", got


def test_a_name_the_rules_refuse_is_not_taken_back_as_a_misspelling():
    got = _found("Он сказал, что в Карагандинском государственном университете введут пропуска.", "ru")
    assert got == [], got


@pytest.mark.parametrize("text", [
    "Павлодарский государственный университет имени С. Торайгырова принял 300 студентов.",
    "Школа имени Абая в Семее закрыта на карантин.",
    "общежитие Восточно-Казахстанского государственного технического университета в Усть-Каменогорске",
])
def test_a_person_or_a_place_an_institution_is_named_after_is_no_mention(text):
    got = _found(text, "ru")
    assert not any(t in ("Торайгырова", "Абая", "Восточно-Казахстанского") for t, _, _ in got), got


def test_a_unit_named_after_a_person_keeps_its_name():
    got = _found("В селе имени Жамбыла сгорел дом.", "ru")
    assert [k for t, k, _ in got if t == "Жамбыла"] == ["village"], got


@pytest.mark.parametrize("text, kept", [
    ("Досмұхамедов атындағы Атырау университетінің ғимараты алдына ата-аналар жиналды.", []),
    ("Қызылорда мемлекеттік университетінің жатақханасында өрт шықты.", []),
    ("Шымкенттегі медицина университетінің студенттері демалысқа шықты.", ["Шымкенттегі"]),
    ("Түлектер Ресей университеттерінде оқиды.", ["Ресей"]),
])
def test_a_kazakh_institution_named_by_a_place_in_the_nominative_is_no_place(text, kept):
    assert [t for t, _, _ in _found(text, "kk")] == kept


def test_the_earlier_items_of_a_kazakh_list_of_microdistricts_are_microdistricts():
    got = _found("Жаңаөзендегі жарылыстан кейін газ қызметі Самал, Арай және Шұғыла шағынаудандарындағы "
                 "800 үйді аралап шықты.", "kk")
    micro = [(t, a) for t, k, a in got if k == "district"]
    assert micro == [("Самал", "Mangystau Region"), ("Арай", "Mangystau Region"), ("Шұғыла", "Mangystau Region")], got


def test_a_kazakh_name_in_the_locative_takes_no_head_noun_after_it():
    got = _found("Ақтөбеде облыс әкімінің бұрынғы орынбасары сотталды.", "kk")
    assert got == [("Ақтөбеде", "city", "Aktobe Region")], got


def test_an_ordinary_word_in_a_kazakh_case_is_no_village_even_in_its_region():
    got = _found("Атырау облысында жаттығу басталды. Теңіздегі жаттығуға үш кеме қатысты.", "kk")
    assert [t for t, _, _ in got] == ["Атырау облысында"], got


@pytest.mark.parametrize("text, span, place", [
    ("Павлодар облысында Ертістегі балық қырылды.", "Ертістегі", "Irtysh River"),
    ("Атырауда жел соқты. Каспийде әскери катер өртенді.", "Каспийде", "Caspian Sea"),
])
def test_a_kazakh_locative_of_a_river_or_a_sea_is_the_water(text, span, place):
    got = geomap.extract(text, "2020-05-01", "kk")
    assert [(m["text"], m["kind"], m["place"], m["adm1"]) for m in got if m["text"] == span] == \
        [(span, "facility", place, None)], got


@pytest.mark.parametrize("text, lang, span", [
    ("Conscripts fired at the Matybulak training range in Jambyl region.", "en", "Matybulak training range"),
    ("Сарбаздар Жамбыл облысындағы Матыбұлақ полигонында жаттығу өткізді.", "kk", "Матыбұлақ полигонында"),
])
def test_a_military_range_is_a_facility(text, lang, span):
    got = _found(text, lang)
    assert (span, "facility", "Jambyl Region") in got, got


def test_a_kazakh_customs_post_is_a_facility():
    got = _found("АТЫРАУ, 9 қазан. Құрманғазы кеден бекетінің бұрынғы бастығы сотталды.", "kk")
    assert any(t == "Құрманғазы кеден бекетінің" and k == "facility" for t, k, _ in got), got


@pytest.mark.parametrize("text, lang, span", [
    ("Ардагер Қандағарды еске алды.", "kk", "Қандағарды"),
    ("Сот Анталиядағы вилланы тәркіледі.", "kk", "Анталиядағы"),
])
def test_foreign_towns_in_kazakh_spelling(text, lang, span):
    assert (span, "foreign", None) in _found(text, lang)


def test_the_panfilov_park_is_in_almaty_not_the_town_once_called_panfilov():
    got = _found("Veterans laid flowers in the Park of 28 Panfilov Guardsmen on Monday.")
    assert got == [("Park of 28 Panfilov Guardsmen", "facility", "Almaty")], got


@pytest.mark.parametrize("text, span, sub", [
    ("Туристы заблудились в Чарынском каньоне в воскресенье.", "Чарынском каньоне", "canyon"),
    ("Мальчик утонул у Кольсайского озера.", "Кольсайского озера", "lake"),
])
def test_a_natural_feature_named_by_a_russian_adjective_has_no_unit(text, span, sub):
    got = geomap.extract(text, "2021-05-01", "ru")
    assert [(m["text"], m["kind"], m.get("subkind"), m["adm1"]) for m in got] == [(span, "facility", sub, None)], got


def test_the_mountains_of_a_region_named_by_its_adjective_are_the_region():
    got = _found("Лавинная опасность объявлена в горах Алма-Атинской области.", "ru", "1991-02-01")
    assert got == [("Алма-Атинской области", "region", "Almaty Region")], got


def test_a_resort_the_data_knows_stays_in_quotation_marks_but_a_desert_in_a_film_title_does_not():
    assert ("Чимбулаке", "facility", "Almaty") in _found("Подъёмники на «Чимбулаке» остановили.", "ru")
    assert _found("Его фильм «Қызылқұм қызы» көрсетілді.", "kk") == []


def test_a_person_described_by_a_russian_adjective_of_a_place_is_no_mention():
    assert _found("Карагандинский альпинист сорвался со скалы.", "ru") == []
    assert _found("Алматинская область выделила деньги.", "ru") == [("Алматинская область", "region", "Almaty Region")]


def test_a_kazakh_contest_named_by_a_part_of_the_world_is_no_place():
    got = _found("Азия ойындары Астанада ашылды. Ол кейін Азияға барды.", "kk", "2011-01-30")
    assert [t for t, _, _ in got] == ["Астанада", "Азияға"], got


@pytest.mark.parametrize("text, span, kind", [
    ("Ұлытау тауының етегінде мал жайылып жүр.", "Ұлытау тауының", "facility"),
    ("Құрама Шолпан-Ата қаласында жаттықты.", "Шолпан-Ата қаласында", "foreign"),
])
def test_kazakh_mountains_in_the_genitive_and_a_kyrgyz_resort(text, span, kind):
    got = _found(text, "kk")
    assert [(t, k) for t, k, _ in got] == [(span, kind)], got


def test_astana_arenas_are_in_astana():
    got = _found("OSKEMEN - Fans of Torpedo fought with Barys supporters at the Barys Arena on Friday.")
    assert ("Barys Arena", "facility", "Astana") in got, got


@pytest.mark.parametrize("text, lang, span, adm1", [
    ("Water washed away the road to Aksu in Burlin district, cutting the village off.", "en", "Aksu",
     "West Kazakhstan Region"),
    ("The earth dam of a farm pond gave way above Akkol in Kargaly district.", "en", "Akkol", "Aktobe Region"),
    ("Дауыл Шу ауданының Ақсу ауылындағы мектептің шатырын ұшырды.", "kk", "Ақсу ауылындағы", "Jambyl Region"),
])
def test_a_settlement_with_namesakes_lies_in_the_district_named_with_it(text, lang, span, adm1):
    got = _found(text, lang, "2024-04-05")
    assert [a for t, _, a in got if t == span] == [adm1], got


def test_a_big_town_with_its_own_district_keeps_its_reading():
    got = _found("Floods hit Aksu in Pavlodar region and the village of Aksu in Burlin district.")
    assert [a for t, _, a in got if t == "Aksu"] == ["Pavlodar Region", "West Kazakhstan Region"], got


def test_a_kazakh_unit_in_the_attributive_after_a_name_describes_the_next_word():
    got = _found("Атырау облысының Құрманғазы ауданындағы Ақкөл ауылында су тасыды. Бұл Ақкөлді Ақмола "
                 "облысындағы Ақкөл қаласымен шатастырмау керек.", "kk")
    assert [a for t, _, a in got if t.startswith("Ақкөл")] == ["Atyrau Region", "Atyrau Region", "Akmola Region"], got


@pytest.mark.parametrize("text, span, adm1", [
    ("Jem qalasynda jol jóndeldi.", "Jem qalasynda", "Aktobe Region"),
    ("Apat Qarabutaq aýylynyń mańynda boldy.", "Qarabutaq aýylynyń", "Aktobe Region"),
])
def test_a_place_known_by_its_russian_spelling_is_found_in_kazakh_latin_letters(text, span, adm1):
    got = _found(text, "kk", "2024-01-01")
    assert (span, adm1) in [(t, a) for t, _, a in got], got


def test_kazakh_latin_streets_are_facilities_of_their_town():
    got = _found("ASTANA. Qabanbaı batyr dańǵylynda kólik soqtyǵysty. Almatyda Baızaqov kóşesiniń boıynda "
                 "jol jóndeldi.", "kk", "2024-01-01")
    assert ("Qabanbaı batyr dańǵylynda", "facility", "Astana") in got, got
    assert ("Almatyda", "city", "Almaty") in got and ("Baızaqov kóşesiniń", "facility", "Almaty") in got, got


def test_a_pit_named_by_the_adjective_a_town_shares_with_a_region_is_in_the_town():
    got = _found("В Абае на шахте «Абайская» остановили добычу.", "ru", "2021-11-05")
    assert ("Абайская", "facility", "Karaganda Region") in got, got


def test_a_deposit_named_by_a_town_adjective_is_a_facility_of_the_town():
    got = _found("Хромтауское месторождение хромитов разрабатывается с 1938 года.", "ru", "2020-01-01")
    assert got and got[0][1:] == ("facility", "Aktobe Region"), got


def test_other_mentions_of_a_name_follow_its_placed_mention_when_all_agree():
    got = _found("Шу ауданында автобус аударылды, Ақсу ауылында мектептің шатырын жел ұшырды\n\n"
                 "Сол күні кешке қатты дауыл Шу ауданының Ақсу ауылындағы мектептің шатырын ұшырып әкетті.",
                 "kk", "2007-05-15")
    assert [a for t, _, a in got if t.startswith("Ақсу")] == ["Jambyl Region", "Jambyl Region"], got


def test_mentions_of_a_name_placed_in_two_units_keep_their_own_readings():
    got = _found("Floods hit Aksu in Burlin district. It was not Aksu in Pavlodar region, whose plant works on.",
                 "en", "2024-04-05")
    assert [a for t, _, a in got if t == "Aksu"] == ["West Kazakhstan Region", "Pavlodar Region"], got
