"""An adjective between the quantifier and the territorial noun, on invented text."""

from geomap import quantified


def _q(text, lang):
    return [(text[r["start"]:r["end"]], r["count"], r["unit"], r["quantifier"]) for r in quantified.find(text, lang)]


def test_any_plural_adjective_in_russian():
    assert _q("Дожди пройдут во всех горных районах и в пяти засушливых сёлах.", "ru") == [
        ("всех горных районах", None, "district", "all"), ("пяти засушливых сёлах", 5, "village", None)]


def test_kazakh_adjectives_in_ly_and_compass_words_but_not_accusatives():
    assert _q("Барлық таулы аудандарында және екі оңтүстік облыста жаңбыр жауады.", "kk") == [
        ("Барлық таулы аудандарында", None, "district", "all"), ("екі оңтүстік облыста", 2, "region", None)]
    assert _q("Құтқарушылар бес адамды ауылға жеткізді.", "kk") == []


def test_english_hit_and_terrain_words():
    assert _q("Schools closed in all mountain districts and in five flood-hit villages.", "en") == [
        ("all mountain districts", None, "district", "all"), ("five flood-hit villages", 5, "village", None)]
    assert _q("Two hundred villages lost power.", "en") == []
