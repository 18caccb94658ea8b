"""A part of a counted whole ("14 of 17 regions", "17 өңірдің 14-і") counts the part, on invented text."""

from geomap import geoparse, quantified


def _q(text, lang):
    return [(text[r["start"]:r["end"]], r["count"], r["unit"], r["quantifier"]) for r in quantified.find(text, lang)]


def test_english_part_of_a_whole_with_a_bare_of():
    assert _q("Masks were made compulsory in 14 of 17 regions on Monday.", "en") == [
        ("14 of 17 regions", 14, "region", None)]


def test_english_part_of_the_units_of_a_named_owner():
    assert _q("Two of the region's towns and five of the district's 13 rural okrugs had no water.", "en") == [
        ("Two of the region's towns", 2, "city", None), ("five of the district's 13 rural okrugs", 5, "district", None)]


def test_english_rural_okrugs_are_counted_as_rural_districts():
    assert _q("The akim toured 12 rural okrugs and promised gas to all okrugs by 2030.", "en") == [
        ("12 rural okrugs", 12, "district", None), ("all okrugs", None, "district", "all")]


def test_kazakh_part_after_the_genitive_of_the_whole():
    text = ("Карантин 17 өңірдің 14-інде күшейтілді. Ауданның 11 ауылдық округтің тоғызында су жоқ, "
            "12 ауылының бесеуіне газ жетті, үш ауданның екеуінде жол жабық.")
    assert _q(text, "kk") == [
        ("17 өңірдің 14-інде", 14, "region", None), ("11 ауылдық округтің тоғызында", 9, "district", None),
        ("12 ауылының бесеуіне", 5, "village", None), ("үш ауданның екеуінде", 2, "district", None)]


def test_kazakh_all_of_a_counted_whole():
    assert _q("Төрт облыстың бәрінде ескерту жарияланды.", "kk") == [("Төрт облыстың бәрінде", 4, "region", "all")]


def test_a_part_no_smaller_than_the_whole_is_no_part():
    # ("оны" is also "it": "бес ауылдың оны" cannot be ten of five villages)
    assert _q("Бес ауылдың оны көрді.", "kk") == [("Бес ауылдың", 5, "village", None)]


def test_the_geoparser_records_the_part():
    recs = geoparse.extract("Шектеулер 20 өңірдің 14-інде сақталды.", date="2021-01-10", lang="kk")
    assert [(r["text"], r["kind"], r["count"]) for r in recs] == [("20 өңірдің 14-інде", "quantified", 14)]


def test_english_count_with_the_unit_named_before_the_noun():
    assert _q("Quarantine was imposed in two Saryagash villages and in two city districts.", "en") == [
        ("two Saryagash villages", 2, "village", None)]
    assert _q("Two Chinese cities reported cases.", "en") == []
