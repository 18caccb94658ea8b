"""A village the text ties to its district or region, and the settlements at a road's ends.

* When the text writes a village with the district or region it belongs to ("села X Y-ского
  района", "Y ауданының X ауылында", "the village of X in Y district") and every village of that
  name in the gazetteer lies in another unit, the village is one the data lacks: it is placed in
  the unit the text gives, not in a namesake's.
* A road's ends ("the A-B highway", "трасса A – B", "A – B тас жолы") are settlements, and the road
  is the context a small one needs; a foreign end stays foreign.
"""

import geomap


def _got(text, lang, date="2023-05-01"):
    return [(m["text"], m["kind"], m["adm1_iso"], m["place_id"]) for m in geomap.extract(text, lang=lang, date=date)]


def _village(got, surface):
    return next(g for g in got if g[0].startswith(surface))


def test_village_with_its_district_after_it_in_russian():
    got = _got("Жители села Бесагаш Талгарского района перекрыли дорогу.", "ru")
    assert ("Талгарского района", "district", "KZ-19") in [g[:3] for g in got]
    name, kind, iso, pid = _village(got, "Бесагаш")
    assert (kind, iso) == ("village", "KZ-19")
    assert not pid  # not the namesake of another region


def test_village_with_its_district_before_it_in_kazakh():
    for text in ("Талғар ауданының Бесағаш ауылында өрт шықты.",
                 "Талғар ауданына қарасты Бесағаш ауылында өрт шықты."):
        _, kind, iso, pid = _village(_got(text, "kk"), "Бесағаш")
        assert (kind, iso) == ("village", "KZ-19") and not pid, text


def test_village_of_a_district_in_english_also_at_the_start_of_a_sentence():
    for text in ("The village of Besagash in Talgar district was flooded.",
                 "Floods reached Besagash village, Talgar district, on Monday.",
                 "Talgar district's village of Besagash was flooded."):
        _, kind, iso, pid = _village(_got(text, "en"), "Besagash")
        assert (kind, iso) == ("village", "KZ-19") and not pid, text


def test_a_namesake_in_the_given_unit_is_kept():
    # Shelek lies in Enbekshikazakh district: the gazetteer's village, with its coordinates
    got = _got("В селе Шелек Енбекшиказахского района произошел пожар.", "ru")
    _, kind, iso, pid = _village(got, "Шелек")
    assert (kind, iso) == ("village", "KZ-19") and pid


def test_the_unit_of_the_date_decides_not_todays():
    # in 2021 Panfilov district, and its villages, lay in Almaty Region (Jetisu Region since 2022):
    # the village written with that region is the gazetteer's, not one the data lacks
    got = _got("Жители села Коктал Панфиловского района Алматинской области вышли на субботник.", "ru",
               date="2021-05-01")
    _, kind, iso, pid = _village(got, "Коктал")
    assert (kind, iso) == ("village", "KZ-19") and pid


def test_a_village_far_from_any_unit_word_keeps_its_reading():
    with_unit = _got("Жители села Бесагаш Талгарского района перекрыли дорогу.", "ru")
    alone = _got("Жители села Бесагаш перекрыли дорогу.", "ru")
    assert _village(alone, "Бесагаш")[3]  # a gazetteer village: nothing in the text says otherwise
    assert _village(alone, "Бесагаш")[2] != _village(with_unit, "Бесагаш")[2]


def test_small_settlement_at_a_road_end_in_three_languages():
    cases = [("The crash happened on the Almaty-Khorgos highway near Zharkent.", "en", "Khorgos"),
             ("Авария произошла на трассе Алматы – Хоргос вблизи Жаркента.", "ru", "Хоргос"),
             ("Алматы – Қорғас тас жолында жол апаты болды.", "kk", "Қорғас")]
    for text, lang, surface in cases:
        got = _got(text, lang)
        assert (surface, "village", "KZ-33") in [g[:3] for g in got], (text, got)


def test_a_foreign_road_end_stays_foreign():
    for text, lang, surface in (("Движение на трассе Шымкент – Ташкент восстановлено.", "ru", "Ташкент"),
                                ("Traffic on the Shymkent-Tashkent highway resumed.", "en", "Tashkent")):
        got = _got(text, lang)
        assert (surface, "foreign", None) in [g[:3] for g in got], (text, got)


def test_a_town_read_for_a_name_written_with_a_village_noun_yields_to_the_village_of_the_unit():
    # Аксу is a town of Pavlodar Region and the name of many villages: "в селе Ак-Су" of a
    # district of Turkistan Region is that district's village, not the town
    got = _got("В селе Ак-Су Сарыагашского района прошёл сход жителей.", "ru")
    _, kind, iso, _ = _village(got, "Ак-Су")
    assert (kind, iso) == ("village", "KZ-61")
    # with the town's own noun, the town
    got = _got("В городе Аксу Павлодарской области прошёл сход жителей.", "ru")
    assert ("Аксу", "city", "KZ-55") in [g[:3] for g in got]


def test_a_repeated_village_name_follows_the_reading_its_own_unit_gave_it():
    text = ("В Сайрамском районе Южно-Казахстанской области у села Карабулак прошёл сход. "
            "Новая дорога свяжет Карабулак с районным центром.")
    got = [g for g in _got(text, "ru", date="2015-05-01") if g[0] == "Карабулак"]
    assert len(got) == 2 and got[0][1:] == got[1][1:] and got[0][2] == "KZ-YUZ", got
    # a repeat with its own town noun keeps the town
    text = "В селе Аксу Сарыагашского района прошёл сход. Затем жители поехали в город Аксу Павлодарской области."
    got = [g[:3] for g in _got(text, "ru")]
    assert ("Аксу", "village", "KZ-61") in got and ("Аксу", "city", "KZ-55") in got, got
