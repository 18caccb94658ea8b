"""Kazakh head-last facility names and Russian works named by a town's adjective, on invented text."""

from geomap import geoparse


def _recs(text, lang, date="2023-07-01"):
    return {m["text"]: m for m in geoparse.extract(text, date=date, lang=lang)}


def test_kazakh_port_park_field_and_mausoleum_are_one_facility_span():
    recs = _recs("Ақтау портында кеме тұр. Бурабай ұлттық паркінде өрт шықты. Қарашығанақ кен орнында авария болды.", "kk")
    assert recs["Ақтау портында"]["kind"] == "facility" and recs["Ақтау портында"]["adm1_iso"] == "KZ-47"
    assert recs["Бурабай ұлттық паркінде"]["kind"] == "facility"
    assert recs["Бурабай ұлттық паркінде"]["adm1_iso"] == "KZ-11"
    assert recs["Қарашығанақ кен орнында"]["kind"] == "facility"
    # a portrait is no port
    assert "Абай портреті" not in _recs("Абай портреті ілінді.", "kk")


def test_russian_works_named_by_a_town_adjective_lie_in_that_town():
    recs = _recs("Рабочие Павлодарского нефтехимического завода и Темиртауского комбината вышли на смену.", "ru")
    assert recs["Павлодарского нефтехимического завода"]["adm1_iso"] == "KZ-55"
    assert recs["Павлодарского нефтехимического завода"]["kind"] == "facility"
    recs = _recs("Уровень Бухтарминского водохранилища растёт, рядом с мавзолеем Айша-биби тихо.", "ru")
    assert recs["Бухтарминского водохранилища"]["kind"] == "facility"


def test_a_foreign_city_with_a_head_noun_stays_foreign():
    recs = _recs("Жүк Махачкала портынан келді.", "kk")
    assert recs["Махачкала портынан"]["kind"] == "foreign"


def test_a_russian_river_after_na_is_the_river():
    recs = _recs("Город Булаево на Ишиме готовится к паводку, ледоход на Тоболе начался.", "ru")
    assert recs["Ишиме"]["kind"] == "facility" and recs["Ишиме"]["adm1_iso"] is None
    assert recs["Тоболе"]["kind"] == "facility"
    # a bare river name with no river cue is no mention
    assert "Ишим" not in _recs("Ишим сказал, что придёт.", "ru")


def test_a_capitalised_first_word_before_a_facility_noun_is_no_name():
    recs = _recs("Бұл порт жабылды. Жаңа кен орнында жұмыс басталды. Осы кесене ескі.", "kk")
    assert recs == {}


def test_head_last_facilities_take_the_place_s_english_name():
    recs = _recs("Баянауыл ұлттық паркінде өрт шықты. Рабочие Балхашского медеплавильного завода отравились.", "kk")
    assert recs["Баянауыл ұлттық паркінде"]["place"] == "Bayanaul National Park"
    assert recs["Балхашского медеплавильного завода"]["place"] == "Balkhash plant"
