"""Geoparser rules from the twenty-fourth round of checks (sentences written for the test)."""

from __future__ import annotations

import pytest

import geomap


def _found(text, lang="en", date="2024-01-12"):
    return [(m["text"], m["kind"], m["adm1"]) for m in geomap.extract(text, date, lang)]


@pytest.mark.parametrize("text, lang, surface, unit", [
    ("Copper miners stay underground\n\nSATPAYEV, Oct 5 - About 600 miners refused to come up.", "en",
     "SATPAYEV", "Ulytau Region"),
    ("Шахтёры вышли на смену\nСАТПАЕВ, 5 октября. Около 600 горняков вышли на работу.", "ru",
     "САТПАЕВ", "Ulytau Region"),
])
def test_a_dateline_in_capitals_is_a_town_even_when_its_name_is_a_persons(text, lang, surface, unit):
    assert (surface, "city", unit) in _found(text, lang, "2023-10-05")


def test_a_persons_name_in_capitals_inside_a_line_is_no_dateline():
    assert _found("Workers thanked SATPAYEV, the geologist, in a letter.", "en", "2023-10-05") == []


def test_the_dateline_cue_licenses_no_namesake_village_of_a_town():
    # "АКТОБЕ" needs no cue; a cue would let the villages called Ак-Тюбе through later
    text = ("В Актобе нашли клад\nАКТОБЕ, 12 сентября. Монеты принадлежали купцу, торговавшему у стен "
            "укрепления Ак-Тюбе.")
    assert [m[0] for m in _found(text, "ru", "2016-09-12")] == ["Актобе", "АКТОБЕ"]


@pytest.mark.parametrize("text", [
    # the dateline after a blank line and a byline
    "Seven detained at a picket\n\nBy our correspondent\nALMATY, Dec 16 - Police in Almaty detained seven "
    "activists on Monday who had unrolled a banner with the names of the dead near the monument on "
    "Zhibek Zholy Street, marking 13 years since the shooting in Zhanaozen. Zhanaozen and Aktau held "
    "vigils; Mangystau region police said all was calm.",
])
def test_a_street_far_after_the_datelines_town_in_its_sentence_lies_in_that_town(text):
    street = [m for m in geomap.extract(text, "2024-12-16", "en") if m["text"] == "Zhibek Zholy Street"]
    assert street and street[0]["adm1"] == "Almaty", geomap.extract(text, "2024-12-16", "en")


def test_a_street_far_after_another_town_in_its_sentence_is_not_placed_there():
    text = ("Vigils held\n\nALMATY, Dec 16 - Police in Zhanaozen detained seven activists on Monday who "
            "had unrolled a banner with the names of the dead near the monument on Zhibek Zholy Street, "
            "marking 13 years since the shooting. Almaty and Astana were calm.")
    street = [m for m in geomap.extract(text, "2024-12-16", "en") if m["text"] == "Zhibek Zholy Street"]
    assert street and street[0]["adm1"] == "Almaty"


def test_a_paragraph_that_opens_in_a_town_places_its_city_parts():
    text = ("New regions wait for buses\n\nTALDYKORGAN, July 5 - In Taldykorgan a bus broke down.\n"
            "In Taldykorgan the fares rose too, and in Taldykorgan people complained.\n"
            "In Semey, the capital of Abai Region, about 150 people gathered outside the akimat. They said "
            "carriers had promised new buses on the long route from the Zhuldyz microdistrict to the station.")
    part = [m for m in geomap.extract(text, "2022-07-05", "en") if m["text"].startswith("Zhuldyz")]
    assert part and part[0]["adm1"] == "Abai Region", geomap.extract(text, "2022-07-05", "en")


def test_an_opening_in_town_without_a_comma_places_a_street_far_into_the_sentence():
    text = ("Regional round-up\nSEMEY, Oct 2 - Roads in Semey were closed, and Semey schools shut.\n"
            "In Petropavl a fire broke out on Wednesday night in the laundry of a provisional hospital set up "
            "in a college dormitory on Zhambyl Street.")
    street = [m for m in geomap.extract(text, "2020-10-02", "en") if m["text"] == "Zhambyl Street"]
    assert street and street[0]["adm1"] == "North Kazakhstan Region", geomap.extract(text, "2020-10-02", "en")


@pytest.mark.parametrize("text, lang, surface, unit", [
    # the works the data lists as "месторождение Узень", here with the head in the genitive
    ("В Атырау прошла встреча. Компания обслуживает скважины месторождения Узень и платит налоги.", "ru",
     "Узень", "Mangystau Region"),
])
def test_a_known_works_named_with_another_case_of_its_head(text, lang, surface, unit):
    got = [m for m in geomap.extract(text, "2023-09-27", lang) if m["text"] == surface]
    assert got and got[0]["kind"] == "facility" and got[0]["adm1"] == unit, geomap.extract(text, "2023-09-27", lang)


def test_a_quoted_kazakh_works_name_is_the_name_alone_and_keeps_its_unit_when_named_again():
    text = ("Абай облысындағы «Қаражыра» көмір разрезінде 80 жұмысшы жиналыс өткізді. "
            "Екібастұздағы жүргізушілер жұмысқа оралды, ал «Қаражыра» разрезіндегі келіссөздер бейсенбіге ауыстырылды.")
    got = [m for m in geomap.extract(text, "2022-07-14", "kk") if m["text"] == "Қаражыра"]
    assert len(got) == 2 and {m["kind"] for m in got} == {"facility"}, geomap.extract(text, "2022-07-14", "kk")
    assert [m["adm1"] for m in got] == ["Abai Region", "Abai Region"]


@pytest.mark.parametrize("text, lang", [
    ("Школьники отравились в селе Аксукент Сайрамского района. В тот же день у села Карабулак того же "
     "района грузовик столкнулся с автобусом.", "ru"),
    ("Pupils fell ill in the village of Aksukent in Sayram district. On the same day a lorry hit a bus near "
     "the village of Karabulak in the same district.", "en"),
])
def test_a_village_of_the_same_district_is_the_namesake_in_the_district_named_last(text, lang):
    got = [m for m in geomap.extract(text, "2015-09-04", lang) if m["text"] == ("Карабулак" if lang == "ru" else "Karabulak")]
    assert got and got[0]["adm1"] == "South Kazakhstan Region", geomap.extract(text, "2015-09-04", lang)


def test_karabulak_of_eskeldi_is_a_village_of_jetisu():
    got = [m for m in geomap.extract("Жители Карабулака жалуются на воду.", "2024-06-18", "ru") if m["text"] == "Карабулака"]
    assert got and got[0]["kind"] == "village" and got[0]["adm1"] == "Jetisu Region"


@pytest.mark.parametrize("text, lang, names", [
    ("Около 1 500 грузовиков ждут въезда в Китай у пунктов пропуска «Нур Жолы» и «Достык».", "ru",
     ["Нур Жолы", "Достык"]),
    ("На пункте «Бахты» в понедельник подрались несколько водителей.", "ru", ["Бахты"]),
    ("«Бақты» пункті арқылы күніне 200-ге жуық жүк көлігі өтеді.", "kk", ["Бақты"]),
])
def test_quoted_crossings_after_a_plural_or_the_bare_word_point(text, lang, names):
    got = [m for m in geomap.extract(text, "2023-06-01", lang) if m["kind"] == "facility"]
    assert [m["text"] for m in got] == names and all(m["subkind"] == "border crossing" for m in got), \
        geomap.extract(text, "2023-06-01", lang)


def test_a_point_with_a_quoted_name_that_is_no_crossing_is_left_alone():
    recs = geomap.extract("Пункт выдачи «Астана» закрыт; на пункте «Береке» раздают хлеб.", "2023-06-01", "ru")
    assert not any(m.get("subkind") == "border crossing" for m in recs), recs


def test_a_market_just_after_a_foreign_city_lies_abroad():
    text = ("Older traders remember the 1990s. \"We went from Chimkent to Tashkent by bus every week, you "
            "could buy anything at the Chorsu bazaar,\" said a trader from Turkestan.")
    got = [m for m in geomap.extract(text, "2018-03-12", "en") if m["text"] == "Chorsu bazaar"]
    assert got and got[0]["kind"] == "foreign" and got[0]["adm1"] is None, geomap.extract(text, "2018-03-12", "en")


def test_a_crossing_reached_from_a_foreign_town_stays_ours():
    text = "Lorries drove from Turkmenbashi to the Temir Baba checkpoint on Monday."
    got = [m for m in geomap.extract(text, "2018-03-12", "en") if m["text"].startswith("Temir Baba")]
    assert got and got[0]["adm1"] == "Mangystau Region", geomap.extract(text, "2018-03-12", "en")


@pytest.mark.parametrize("text, club", [
    ("About 400 Aktobe fans travelled by train.", "Aktobe"),
    ("Kyzylzhar's home game with Shakhter was postponed after heavy rain.", "Kyzylzhar"),
    ("In Taldykorgan, Zhetysu and Tobol drew 0-0 after a dull match.", "Zhetysu"),
    ("In Taldykorgan, Zhetysu and Tobol drew 0-0 after a dull match.", "Tobol"),
    ("The league's next round sends Shakhter home to Karaganda to face Irtysh; fans expect a full stadium.", "Irtysh"),
    ("The final whistle came late, and the Tobol team bus left under police escort; the league fined the club.", "Tobol"),
    ("Fans of the local club and of Irtysh, the champions, fought after the match; the league said it would act.", "Irtysh"),
])
def test_a_club_named_after_a_place_is_no_place(text, club):
    assert club not in [m["text"] for m in geomap.extract(text, "2021-08-23", "en")], geomap.extract(text, "2021-08-23", "en")


def test_the_river_of_a_club_stays_a_river_with_its_article():
    text = ("Irtysh fans arrived from Pavlodar, which lies on the Irtysh; the league said the match went ahead "
            "and the stadium was full.")
    got = [(m["text"], m["kind"]) for m in geomap.extract(text, "2003-09-29", "en") if m["text"] == "Irtysh"]
    assert got == [("Irtysh", "facility")]


def test_team_words_outside_sports_news_keep_the_town():
    text = "An Almaty team of rescuers flew to Taraz on Monday."
    assert "Almaty" in [m["text"] for m in geomap.extract(text, "2021-08-23", "en")]


def test_a_venue_named_after_a_place_stands_in_the_town_named_right_after_it():
    text = "The match at the Karasai Stadium in Petropavl was abandoned in the 83rd minute."
    got = [m for m in geomap.extract(text, "2025-05-12", "en") if m["text"] == "Karasai Stadium"]
    assert got and got[0]["adm1"] == "North Kazakhstan Region", geomap.extract(text, "2025-05-12", "en")


@pytest.mark.parametrize("text, lang, surface, unit", [
    ("Жители ЖК «Астана» в Алматы пожаловались на трещины в стенах.", "ru", "Астана", "Almaty"),
    ("В жилом комплексе «Туркестан» в Шымкенте обрушился козырёк подъезда.", "ru", "Туркестан", "Shymkent"),
    ("Алматыдағы «Астана» тұрғын үй кешенінің тұрғындары наразы.", "kk", "Астана", "Almaty"),
    ("Residents of the Astana Grand residential complex in Almaty complained about cracks.", "en",
     "Astana Grand residential complex", "Almaty"),
])
def test_a_housing_estate_named_after_a_place_stands_where_the_text_puts_it(text, lang, surface, unit):
    got = [m for m in geomap.extract(text, "2023-04-23", lang) if m["text"] == surface]
    assert got and got[0]["kind"] == "facility" and got[0]["adm1"] == unit, geomap.extract(text, "2023-04-23", lang)


def test_the_market_of_a_country_is_no_market_place():
    recs = geomap.extract("Цены на рынке США выросли, а на рынке «Шапагат» в Шымкенте подорожал хлеб.", "2023-01-01", "ru")
    assert [(m["text"], m["kind"]) for m in recs] == [("США", "foreign"), ("Шапагат", "facility"), ("Шымкенте", "city")]


def test_a_distance_is_no_halt_named_by_its_kilometre_post():
    text = "A waste plant is planned 15 km from Koyandy; the 226 km mark of the road was closed."
    assert [m["text"] for m in geomap.extract(text, "2021-01-01", "en")] == ["Koyandy"]


@pytest.mark.parametrize("word, place", [("Аралданмын", "Aral"), ("Таразданбыз", "Taraz"), ("Алматыдамын", "Almaty")])
def test_a_kazakh_case_with_a_personal_ending_of_the_predicate(word, place):
    got = [m for m in geomap.extract(f"Мен {word}, деді ол.", "2024-01-01", "kk") if m["text"] == word]
    assert got and got[0]["place"] == place, geomap.extract(f"Мен {word}, деді ол.", "2024-01-01", "kk")


@pytest.mark.parametrize("text, lang, surface, kind, unit", [
    ("The NKR police department said two men were detained.", "en", "NKR", "region", "North Kazakhstan Region"),
    ("The SKR akimat met on Monday.", "en", "SKR", "region", "South Kazakhstan Region"),
    ("Бөрлі ауд. Ақсай қаласында өрт шықты.", "kk", "Бөрлі ауд.", "district", "West Kazakhstan Region"),
    ("Петропавл қ. әкімдігі хабарлады.", "kk", "Петропавл қ.", "city", "North Kazakhstan Region"),
])
def test_abbreviated_region_and_kazakh_head_nouns(text, lang, surface, kind, unit):
    got = [m for m in geomap.extract(text, "2015-01-01", lang) if m["text"] == surface]
    assert got and got[0]["kind"] == kind and got[0]["adm1"] == unit, geomap.extract(text, "2015-01-01", lang)
