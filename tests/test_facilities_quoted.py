"""A facility whose name is in quotation marks: the mention is the name inside the quotes."""

from geomap import geoparse


def test_quoted_name_after_a_russian_head_word_is_the_span():
    text = "Пожар на шахте «Восточная» в Караганде. Торговцы рынка «Алтын Орда» в Алматы бастуют."
    got = {(m["text"], m["kind"]) for m in geoparse.extract(text, date="2023-07-01", lang="ru")}
    assert ("Восточная", "facility") in got
    assert ("Алтын Орда", "facility") in got
    assert not any("«" in t or "»" in t for t, _ in got)
