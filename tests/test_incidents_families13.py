"""Incident rules from the thirteenth round of checks (sentences written for the test,
geoparsed for real)."""

from __future__ import annotations

from geomap import geoparse
from incident_helpers import detect_parsed


def _places(text, lang="en", date="2022-01-05"):
    return sorted((r["adm1"], r["place"]) for r in detect_parsed(text, lang, date))


def test_a_protest_spreads_to_a_second_place_after_and_to():
    got = _places("The protests spread to the village of Shetpe in Mangistau's Mangistau district and to Beineu.")
    assert got == [("Mangystau Region", "Beyneu"), ("Mangystau Region", "Shetpe")]


def test_and_to_without_a_spread_stays_a_destination():
    assert _places("Protesters in Aktau marched on Monday, and later buses took them to Beineu.") == [
        ("Mangystau Region", "Aktau")]


def test_dead_wild_animals_are_no_incident():
    assert _places("Fishermen from Bautino reported 70 dead seals on the shore near Fort-Shevchenko.") == []
    assert _places("Scientists in Atyrau said the seals had died of a virus.") == []
    assert _places("Атырауда жағаға 70 өлі итбалық шықты, олар вирустан өлді.", "kk") == []


def test_people_found_dead_near_animals_still_count():
    assert _places("Two shepherds were found dead near their sheep in Atyrau.") == [("Atyrau Region", "Atyrau")]


def test_a_way_in_is_no_intrusion():
    assert _places("Visitors from Urumqi can enter through the Maikapshagai crossing in Zaysan district.") == []
    assert _places("Protesters entered the akimat building in Almaty.") == [("Almaty", "Almaty")]


def test_utility_breakdowns_are_accidents():
    assert _places("Two of the three boilers at the heating plant of Kzyl-Orda broke down on Sunday night.",
                   date="2009-12-13") == [("Kyzylorda Region", "Kyzylorda")]
    assert _places("В Кызылорде вышли из строя два котла ТЭЦ.", "ru", "2009-12-13") == [("Kyzylorda Region", "Kyzylorda")]
    assert _places("In Kzyl-Orda a main pipe burst under the square.", date="2009-12-13") == [
        ("Kyzylorda Region", "Kyzylorda")]
    assert _places("The plan to build a plant in Kzyl-Orda failed.", date="2009-12-13") == []


def test_a_verb_told_after_a_time_frame_is_the_news():
    got = _places("В селе Явленка, центре Есильского района, после отключения взорвался котёл.", "ru", "2012-11-27")
    assert got == [("North Kazakhstan Region", "Yavlenka")]
    # a noun right after "после" still points back to an event told before
    assert _places("В Алматы после массовых беспорядков ввели режим ЧП.", "ru", "2022-01-06") == []


def test_fans_named_by_their_town_come_from_there():
    got = _places("Тергеушілердің айтуынша, сарай алдында Текелі мен Уштобе жанкүйерлері бір-біріне тас лақтырды.",
                  "kk", "2014-07-01")
    assert got == []
    assert _places("Aktobe fans fought with police in Kostanay.", date="2014-07-01") == [("Kostanay Region", "Kostanay")]


def test_wind_told_as_the_cause_is_no_storm_of_its_own():
    assert _places("Тергеушілер Түркістандағы шатырдың құлауына қатты жел себеп болған деп есептейді.", "kk",
                   "2018-09-01") == []
    assert _places("Причиной обрушения в Туркестане стал сильный ветер.", "ru", "2018-09-01") == []
    assert _places("В Туркестане сильный ветер сорвал крыши.", "ru", "2018-09-01") == [("Turkistan Region", "Turkistan")]


def test_a_court_fining_rally_participants_reports_no_rally():
    assert _places("Экибастузский городской суд оштрафовал восемь участниц августовского митинга.", "ru",
                   "2019-09-01") == []
    assert _places("A court in Ekibastuz fined eight women who took part in a rally.", date="2019-09-01") == []


def test_street_with_no_town_lies_in_the_dateline_city_after_a_headline():
    text = ("Драка на стадионе в Джамбуле\nДЖАМБУЛ, 22 июня — КазТАГ. Болельщики «Химика» подрались с гостями "
            "из Чимкента. Через час подростки подожгли два киоска на улице Абая.")
    got = [(m["text"], m["adm1"]) for m in geoparse.extract(text, date="1993-06-22", lang="ru") if m["kind"] == "facility"]
    assert got == [("улице Абая", "Jambyl Region")]
