"""Words that point back to a place, against the nouns of quantified phrases (sentences written
for the test, with real geoparsing)."""

from incident_helpers import detect_parsed


def _rows(text, lang, date="2023-09-01"):
    return [(r["type"], r["adm1"], r.get("count")) for r in detect_parsed(text, lang, date)]


def test_the_noun_of_a_quantified_phrase_does_not_point_back_to_the_region_just_named():
    rows = _rows("Маңғыстау облысында өрт болды. Елімізде 4 облыста дауыл соқты.", "kk")
    assert ("storm", "Mangystau Region", None) not in rows
    assert ("storm", None, 4) in rows


def test_the_same_noun_alone_still_points_back():
    rows = _rows("Маңғыстау облысында өрт болды. Облыста дауыл соқты.", "kk")
    assert ("storm", "Mangystau Region", None) in rows


def test_the_regions_districts_counted_still_lie_in_the_region_just_named():
    rows = _rows("Маңғыстау облысында өрт болды. Кейін облыстың екі ауданында дауыл соқты.", "kk")
    assert ("storm", "Mangystau Region", None) in rows
