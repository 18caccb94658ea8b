"""Quantified phrases that name the district whose villages they count, on invented text."""

from geomap import geoparse


def _got(text, lang, date="2023-07-01"):
    return [(m["text"], m["kind"], m["count"]) for m in geoparse.extract(text, date=date, lang=lang)]


def test_the_district_of_counted_villages_joins_the_phrase():
    assert _got("Вода отрезала несколько сел Аккольского района.", "ru") == [
        ("несколько сел Аккольского района", "quantified", None)]
    # (in English the district after "of" is a mention of its own)
    assert _got("Floods cut off 7 villages of Zhitikara district.", "en") == [
        ("7 villages", "quantified", 7), ("Zhitikara district", "district", None)]
    assert _got("Су Қазығұрт ауданының бес ауылын басты.", "kk") == [
        ("Қазығұрт ауданының бес ауылын", "quantified", 5)]


def test_a_region_or_a_place_after_in_stays_a_mention_of_its_own():
    got = _got("Власти эвакуировали жителей пяти районов Алматинской области.", "ru")
    assert got == [("пяти районов", "quantified", 5), ("Алматинской области", "region", None)]
    got = _got("Water cut off several villages in the Zhitikara district.", "en")
    assert got == [("several villages", "quantified", None), ("Zhitikara district", "district", None)]
    got = _got("Ақтөбе облысының екі ауданында төтенше жағдай жарияланды.", "kk")
    assert got == [("Ақтөбе облысының", "region", None), ("екі ауданында", "quantified", 2)]


def test_new_or_remote_units_are_counted():
    assert _got("Биыл үш жаңа облыс құрылды.", "kk") == [("үш жаңа облыс", "quantified", 3)]
    assert _got("В нескольких отдалённых селах нет света.", "ru") == [("нескольких отдалённых селах", "quantified", None)]


def test_a_count_out_of_a_whole_and_a_dozen():
    from geomap import quantified

    got = [(r["count"], r["unit"]) for r in quantified.find("Protests took place in 14 of the country's 17 regions.", "en")]
    assert got == [(14, "region")]
    got = [(r["count"], r["unit"]) for r in quantified.find("Акции прошли в 14 из 17 регионов страны.", "ru")]
    assert got == [(14, "region")]
    text = "Rallies were held in a dozen cities."
    got = [(text[r["start"]:r["end"]], r["count"]) for r in quantified.find(text, "en")]
    assert got == [("a dozen cities", 12)]


def test_kazakh_approximate_counts():
    from geomap import quantified

    for text, count in (("Он шақты ауылды су басты.", 10), ("Жиырмадан астам ауылды су басты.", 20),
                        ("20-дан астам ауылды су басты.", 20), ("Отызға жуық ауыл су астында қалды.", 30)):
        got = [(r["count"], r["unit"]) for r in quantified.find(text, "kk")]
        assert got == [(count, "village")], text
