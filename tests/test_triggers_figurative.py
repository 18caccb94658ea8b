"""Event words in their figurative senses are no events; the literal senses still are
(sentences written for the test)."""

import pytest

from geomap.documents import Document
from geomap.events import detect


def _rows(text, lang):
    return [(r["adm1"], r["type"]) for r in detect(Document(id="t", text=text, date="2024-01-10", lang=lang))]


@pytest.mark.parametrize("text, lang", [
    ("The minister came under fire in Astana for the delays.", "en"),
    ("A flood of cheap imports hit markets in Shymkent.", "en"),
    ("Kairat launched attack after attack but failed to score in Almaty on Sunday.", "en"),
    ("Players protested the referee's decision during the match in Pavlodar.", "en"),
    ("В Караганде прошёл фестиваль, зрители увидели взрыв красок.", "ru"),
    ("Курс тенге обвалился, и в Алматы обменники подняли цены.", "ru"),
    ("В Алматы отмечен взрывной рост цен на жильё.", "ru"),
    ("Альпинисты штурмовали пик Талгар в Алматинской области.", "ru"),
    ("В Шымкенте прошла акция по посадке деревьев.", "ru"),
    ("В Костанае прошла благотворительная акция «Дорога в школу».", "ru"),
    ("Prices exploded in Almaty this year.", "en"),
    ("The film premiere in Almaty was a blast.", "en"),
    ("Высыхание Арала стало экологической катастрофой для Кызылординской области.", "ru"),
    ("Арал теңізінің тартылуы Қызылорда облысындағы экологиялық апатқа айналды.", "kk"),
    ("В Шымкенте наблюдается демографический взрыв.", "ru"),
    ("В Алматинской области объявлен пожароопасный сезон.", "ru"),
])
def test_figurative_senses_are_no_events(text, lang):
    assert _rows(text, lang) == []


@pytest.mark.parametrize("text, lang, row", [
    ("Fans attacked the referee after the match in Shymkent, injuring him.", "en", ("Shymkent", "attack")),
    ("Fans clashed with police after the match in Almaty; 12 were detained.", "en", ("Almaty", "clash")),
    ("A flood of water swept through Kulsary.", "en", ("Atyrau Region", "flood")),
    ("В Караганде обвалилась кровля дома.", "ru", ("Karaganda Region", "accident")),
    ("A fire broke out under the bridge in Astana.", "en", ("Astana", "fire")),
    ("В Жанаозене прошла акция протеста нефтяников.", "ru", ("Mangystau Region", "protest")),
    ("Боевики штурмовали здание акимата в Алматы.", "ru", ("Almaty", "attack")),
    ("В Таразе сработало взрывное устройство.", "ru", ("Jambyl Region", "explosion")),
    ("A blast ripped through a cafe in Almaty.", "en", ("Almaty", "explosion")),
    ("В Шымкенте произошла авиакатастрофа.", "ru", ("Shymkent", "crash")),
])
def test_literal_senses_stay_events(text, lang, row):
    assert row in _rows(text, lang)
