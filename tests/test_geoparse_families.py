"""Homonyms, common words, code names and context rules of the geoparser, each on invented text."""

from geomap import geoparse


def _got(text, lang, date="2023-07-01"):
    return [(m["text"], m["kind"], m["adm1_iso"]) for m in geoparse.extract(text, date=date, lang=lang)]


def test_hyphen_number_code_name_is_not_the_place():
    got = _got("Закрытый город Целиноград-25 строили рядом с Арзамас-16 по тому же плану.", "ru")
    assert not any(t.startswith("Целиноград") for t, _, _ in got)
    # the same name without the code suffix is the city
    assert ("Целиноград", "city", "KZ-71") in _got("В Целинограде открыли школу.", "ru", "1980-05-01") or any(
        t.startswith("Целиноград") for t, _, _ in _got("В Целинограде открыли школу.", "ru", "1980-05-01"))


def test_kazakh_common_noun_at_sentence_start_is_no_village():
    got = _got("Зауыт жұмысын тоқтатты. Жастар жиналды. Мектеп жабылды.", "kk")
    assert got == []
