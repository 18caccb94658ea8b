"""Homonyms, common words, code names and context rules of the geoparser, each on invented text."""

from geomap import geoparse


def _got(text, lang, date="2023-07-01"):
    return [(m["text"], m["kind"], m["adm1_iso"]) for m in geoparse.extract(text, date=date, lang=lang)]


def test_hyphen_number_code_name_is_not_the_place():
    got = _got("Закрытый город Целиноград-25 строили по плану, как Арзамас-16 и Омск-7.", "ru", "1985-01-01")
    # the known code name is its own form (Stepnogorsk); unknown ones are not the plain city
    assert got == [("Целиноград-25", "city", "KZ-11")]
    got = _got("Поезд прибыл в Алматы-2 вокзал, а не в Шымкент-3.", "ru")
    assert got == [("Алматы", "city", "KZ-75")]  # a numbered station keeps its city
    # the same name without the code suffix is the city
    assert ("Целиноград", "city", "KZ-71") in _got("В Целинограде открыли школу.", "ru", "1980-05-01") or any(
        t.startswith("Целиноград") for t, _, _ in _got("В Целинограде открыли школу.", "ru", "1980-05-01"))


def test_kazakh_common_noun_at_sentence_start_is_no_village():
    got = _got("Зауыт жұмысын тоқтатты. Жастар жиналды. Мектеп жабылды.", "kk")
    assert got == []


def test_curated_small_units_and_facilities():
    got = _got("Сайрам мен Төлеби аудандарында жаңбыр жауды.", "kk")
    assert ("Төлеби", "district", "KZ-61") in got
    got = _got("Ветер повредил крыши, а в микрорайоне Нурсат упали деревья.", "ru")
    assert any(t == "Нурсат" and a == "KZ-79" for t, _, a in got)
    got = _got("Coal output at the Bogatyr mine rose; lorries waited at the Zhibek Zholy checkpoint.", "en")
    assert ("Bogatyr mine", "facility", "KZ-55") in got
    assert ("Zhibek Zholy checkpoint", "facility", "KZ-61") in got


def test_water_word_makes_the_lake_or_river_not_the_town():
    got = _got("Пожар вспыхнул на берегу Балхаша, а в Балхаше отключили свет.", "ru")
    assert got[0][:2] == ("Балхаша", "facility") and got[0][2] is None
    assert got[1] == ("Балхаше", "city", "KZ-35")
    got = _got("Балқаш жағасында демалушылар көп.", "kk")
    assert got == [("Балқаш", "facility", None)]
    got = _got("After the rain the Ilek burst its banks near Aktobe.", "en")
    assert ("Ilek", "facility", None) in got
    # without a water word the town stays the town
    assert _got("A house burned in Balkhash on Monday.", "en") == [("Balkhash", "city", "KZ-35")]


def test_town_named_after_a_person_inside_a_list_of_towns():
    got = _got("Жезказган, Сатпаев и Каражал перешли в новую область.", "ru")
    assert ("Сатпаев", "city", "KZ-62") in got
    got = _got("Satbayev and Karazhal lost power.", "en")
    assert ("Satbayev", "city", "KZ-62") in got
    # a given name right before makes it the person, even before "and" and a town
    assert not any(t == "Satbayev" for t, _, _ in _got("Academician Kanysh Satbayev and Karazhal miners.", "en"))
    # a person after a city and a comma is still a person
    assert [t for t, _, _ in _got("In Astana, Satpayev said that prices rose.", "en")] == ["Astana"]


def test_street_takes_the_town_of_its_own_sentence():
    text = ("Митинги прошли в Семее, Аягозе и Курчатове. В Семее задержали двоих. "
            "В Риддере на улице Гагарина сгорел дом. Аягоз тоже пострадал.")
    got = _got(text, "ru")
    assert ("улице Гагарина", "facility", "KZ-63") in got
    # with no town in its sentence the street stays in the unit the text is about
    got = _got("В Семее и Аягозе прошли митинги. В Семее тоже. Люди собрались на улице Абая.", "ru")
    assert ("улице Абая", "facility", "KZ-10") in got


def test_kazakh_head_noun_joins_a_foreign_city():
    got = _got("Кемелер Махачкала портынан шықты. Ол Мәскеу қаласында тұрады.", "kk")
    assert got == [("Махачкала портынан", "foreign", None), ("Мәскеу қаласында", "foreign", None)]
    # a village head noun keeps the Kazakh village of that name
    assert _got("Мәскеу ауылында өрт шықты.", "kk")[0][1] == "village"


def test_district_named_after_its_centre_town():
    got = _got("Water cut off several villages in the Zhitikara district.", "en")
    assert ("Zhitikara district", "district", "KZ-39") in got
    got = _got("Жітіқара ауданында су тасқыны болды.", "kk")
    assert got == [("Жітіқара ауданында", "district", "KZ-39")]
    # the town itself stays a town
    assert _got("Flooding reached Zhitikara on Monday.", "en") == [("Zhitikara", "city", "KZ-39")]


def test_name_after_a_unit_noun_and_a_dash_is_that_unit():
    got = _got("Екі аудан зардап шекті, үшінші аудан - Қазығұрт.", "kk")
    assert ("Қазығұрт", "district", "KZ-61") in got
    got = _got("Пострадал и третий район — Сайрам.", "ru")
    assert got == [("Сайрам", "district", "KZ-61")]


def test_each_street_takes_the_town_right_after_it():
    got = _got("На проспекте Абая в Алматы и на улице Сейфуллина в Астане прошли пикеты.", "ru")
    assert ("проспекте Абая", "facility", "KZ-75") in got
    assert ("улице Сейфуллина", "facility", "KZ-71") in got  # not a village named after the same person
    got = _got("Protests on Abai Avenue in Almaty and on Kenesary Street in Astana.", "en")
    assert ("Kenesary Street", "facility", "KZ-71") in got


def test_checkpoint_head_noun_makes_a_border_crossing():
    got = geoparse.extract("Trucks waited at the Kalzhat border crossing for two days.", date="2023-07-01", lang="en")
    assert [(m["text"], m["kind"], m.get("subkind"), m["adm1_iso"]) for m in got] == [
        ("Kalzhat border crossing", "facility", "border crossing", "KZ-19")]
    # a curated crossing wins over the town of the same name with the head noun
    got = _got("Lorries queued at the Zhibek Zholy checkpoint.", "en")
    assert got == [("Zhibek Zholy checkpoint", "facility", "KZ-61")]


def test_khorgos_is_the_kazakh_border_village_and_horgos_the_chinese_town():
    import geomap

    text = "Trucks queued at Khorgos on the border with China."
    for date, unit in (("2021-01-05", "Almaty Region"), ("2023-01-05", "Jetisu Region")):
        first = geomap.extract(text, date=date)[0]
        assert (first["text"], first["kind"], first["adm1"]) == ("Khorgos", "village", unit)
    first = geomap.extract("Trucks queued at Horgos in Xinjiang.", date="2023-01-05")[0]
    assert (first["text"], first["kind"], first["adm1"]) == ("Horgos", "foreign", None)


def test_a_street_named_after_a_town_lies_where_the_text_puts_it():
    got = _got("Taras Shevchenko street in Almaty was flooded.", "en")
    assert got[0] == ("Taras Shevchenko street", "facility", "KZ-75"), got
    got = _got("В Павлодаре на улице Астана произошёл пожар.", "ru")
    assert ("улице Астана", "facility", "KZ-55") in got, got


def test_industrial_works_named_after_a_town_are_facilities_of_its_unit():
    got = _got("A fire at the Karaganda Metallurgical Plant in Temirtau killed two workers.", "en", "2020-01-01")
    assert got[0] == ("Karaganda Metallurgical Plant", "facility", "KZ-35"), got
    assert ("Temirtau", "city", "KZ-35") in got
    assert _got("Workers at the Balkhash smelter went on strike.", "en", "2020-01-01")[0] == \
        ("Balkhash smelter", "facility", "KZ-35")
    # a company's plant with no place in its name is not a place
    assert _got("Workers at the Coca-Cola plant in Almaty went on strike.", "en") == [("Almaty", "city", "KZ-75")]
    assert _got("Workers of the Kazakh steel plant went on strike.", "en") == []


def test_region_named_in_the_text_decides_between_a_town_and_a_village_of_one_name():
    text = "В Атырауской области из-за паводка эвакуированы жители сел Махамбет и Алмалы."
    assert ("Махамбет", "village", "KZ-23") in _got(text, "ru", "2024-04-08")
    text = "В Западно-Казахстанской области жители села Махамбет вышли на митинг."
    assert ("Махамбет", "village", "KZ-27") in _got(text, "ru", "2024-04-08")


def test_a_city_naming_a_sports_club_is_not_a_place():
    assert _got("Kairat Almaty beat Tobol Kostanay 2-1 on Sunday.", "en") == []
    assert _got("«Барыс» Астана обыграл «Трактор».", "ru") == []
    # the same names as places
    assert ("Kostanay", "city", "KZ-39") in _got("The Tobol river flooded Kostanay.", "en")


def test_street_without_a_town_in_its_sentence_takes_the_nearest_town_before_it():
    # no dateline and no unit with half of the mentions: the town just named speaks for the street
    text = ("Rallies were reported in Pavlodar and Oskemen. Marchers walked along Lenin Street. "
            "Later, officials in Zhetisay, Saryagash, Kostanay and Taraz said all was calm.")
    got = {t: a for t, _, a in _got(text, "en")}
    assert got["Lenin Street"] == "KZ-63"
    # with a dateline the dateline city keeps the street, whatever follows
    text = ("KOSTANAY, March 3 - Marchers walked along Lenin Street. "
            "Officials in Zhetisay, Saryagash and Kentau said all was calm.")
    got = {t: a for t, _, a in _got(text, "en")}
    assert got["Lenin Street"] == "KZ-39"
    # a unit holding half of the mentions still decides
    text = ("Marchers walked along Lenin Street. Police in Zhetisay and Saryagash said all was calm, "
            "as did officials in Oskemen.")
    got = {t: a for t, _, a in _got(text, "en")}
    assert got["Lenin Street"] == "KZ-61"


def test_a_sizeable_town_beats_a_hamlet_of_its_name_in_a_unit_the_text_names():
    # Korday (about 40,000 people, Jambyl Region) against a hamlet of the same name in Almaty Region
    text = "Фермеры Талгарского района продали урожай. Грузовики ушли в поселок Кордай."
    got = {t: a for t, _, a in _got(text, "ru")}
    assert got["Кордай"] == "KZ-31"


def test_foreign_macro_regions_and_two_word_countries_decline():
    got = _got("Комбинат продаёт хромит в Южную Корею и страны Восточной Азии, а сборная сыграет со Шотландией"
               " и командой Северной Македонии.", "ru")
    assert [(t, k) for t, k, _ in got] == [("Южную Корею", "foreign"), ("Восточной Азии", "foreign"),
                                          ("Шотландией", "foreign"), ("Северной Македонии", "foreign")]
    assert all(a is None for _, _, a in got)
    got = _got("Grain went to Southeast Asia and North Africa; the team then played Wales.", "en")
    assert ("Southeast Asia", "foreign", None) in got and ("Wales", "foreign", None) in got
    got = _got("Астық Оңтүстік-Шығыс Азия елдеріне және Латын Америкасына жөнелтілді.", "kk")
    assert [k for _, k, _ in got] == ["foreign", "foreign"]


def _rec(text, lang, surface, date="2023-07-01"):
    recs = [m for m in geoparse.extract(text, date=date, lang=lang) if m["text"] == surface]
    assert recs, f"{surface!r} not found in {text!r}"
    return recs[0]


def test_kazakh_list_item_ending_in_a_lower_case_title():
    got = _got("Әкім Бұқар жырау, Абай және Қазыбек би аудандарындағы мектептерді аралады.", "kk")
    assert [(t, k) for t, k, _ in got if k == "district"][-2:] == [("Абай", "district"), ("Қазыбек би", "district")]
    assert all(a == "KZ-35" for _, _, a in got)


def test_kazakh_singular_district_noun_does_not_reach_back_over_a_town():
    got = _got("Жітіқара мен Қамысты ауданында жол жабылды.", "kk")
    assert ("Жітіқара", "city", "KZ-39") in got
    assert ("Қамысты ауданында", "district", "KZ-39") in got


def test_hospital_of_a_unit_lying_in_a_town_names_the_town():
    assert _got("Жаралылар Шалқардағы аудандық ауруханаға жеткізілді.", "kk") == [("Шалқардағы", "city", "KZ-15")]


def test_given_name_and_kazakh_patronymic_in_russian_spelling_is_a_person():
    assert _got("«Работы продолжаются», – сказал заместитель акима Жамбыл Асқарулы.", "ru") == []


def test_quoted_kazakh_names_before_head_nouns_of_city_parts_parks_and_resorts():
    got = _got("Таразда «Қарасу» шағын ауданында су құбыры жарылды.", "kk")
    assert ("Қарасу", "district", "KZ-31") in got
    assert _rec("Оралдағы «Шаған» саябағында ағаш құлады.", "kk", "Шаған")["subkind"] == "park"
    resort = _rec("Туристер Ақмола облысындағы «Бурабай» курорттық аймағына барды.", "kk", "Бурабай")
    assert (resort["kind"], resort["adm1_iso"]) == ("facility", "KZ-11")


def test_russian_mine_or_dam_named_by_an_adjective():
    mine = _rec("На Анненском подземном руднике близ Жезказгана произошёл обвал.", "ru",
                "Анненском подземном руднике", "2021-03-01")
    assert (mine["kind"], mine["place"], mine["adm1_iso"]) == ("facility", "Annensky mine", "KZ-35")
    dam = _rec("Вода пошла через Шардаринской плотины водосброс в Шардаре.", "ru", "Шардаринской плотины")
    assert dam["place"] == "Shardarinskaya Dam"


def test_mountain_pass_after_its_article_is_no_verb():
    assert _rec("Snow closed the Ushkonyr pass on Monday, near Kaskelen.", "en", "Ushkonyr pass")["kind"] == "facility"
    assert not any(k == "facility" for _, k, _ in _got("Lorries for Taraz pass on the left, police said.", "en"))


def test_russian_street_names_read_in_the_nominative():
    assert _rec("Пожар вспыхнул на улице Сейфуллина в Караганде.", "ru", "улице Сейфуллина")["place"] == "Seifullin Street"
    assert _rec("Дом на улице Садовой в Костанае.", "ru", "улице Садовой")["place"] == "Sadovaya Street"
    assert _rec("Митинг на площади Абая в Алматы.", "ru", "площади Абая")["place"] == "Abai Square"


def test_a_district_named_like_another_districts_centre_village_keeps_its_name():
    # Terekti district lies in West Kazakhstan; Marqakol district (East Kazakhstan) has its
    # centre in a village of that name, which does not make it a second Terekti district
    for text, lang in (("Floods hit Terekti district.", "en"), ("Теректі ауданында су тасқыны болды.", "kk")):
        assert [a for _, k, a in _got(text, lang) if k == "district"] == ["KZ-27"]


def test_russian_adjective_before_gorodskoy_names_the_city_not_the_region():
    assert _got("Приговор вынес Алматинский городской суд.", "ru") == [("Алматинский", "city", "KZ-75")]
    assert _got("Сотрудники Актюбинского городского акимата.", "ru") == [("Актюбинского", "city", "KZ-15")]
    # the regional court stays the region's
    assert _got("Приговор вынес Алматинский областной суд.", "ru") == [("Алматинский", "region", "KZ-19")]
    assert _got("Шымкентского городского управления полиции сообщили.", "ru") == [("Шымкентского", "city", "KZ-79")]


def test_russian_power_station_named_by_an_adjective():
    rec = _rec("На Шульбинской ГЭС начался сброс воды.", "ru", "Шульбинской ГЭС")
    assert rec["place"].endswith("power plant")


def test_lakes_and_reservoirs_carry_the_land_they_lie_in_but_no_unit():
    for text, lang, atom in (("Бұқтырма су қоймасында балықшы суға батты.", "kk", "KZ-63"),
                             ("На Шардаринском водохранилище перевернулась лодка.", "ru", "KZ-61"),
                             ("Tourists swam in Lake Zaisan.", "en", "KZ-63")):
        water = [m for m in geoparse.extract(text, date="2023-07-01", lang=lang) if m["kind"] == "facility"]
        assert len(water) == 1 and water[0]["adm1"] is None and water[0]["atom"] == atom, text
    # a reservoir named after a settlement the gazetteer knows in one unit only
    rec = _rec("Жақсы су қоймасында балық қырылды.", "kk", "Жақсы су қоймасында")
    assert rec["adm1"] is None and rec.get("atom") == "KZ-11"


def test_a_two_letter_town_before_a_town_it_is_coordinated_with():
    assert _got("Шу мен Меркеде бұршақ жауды.", "kk") == [("Шу", "city", "KZ-31"), ("Меркеде", "village", "KZ-31")]


def test_village_named_with_its_district_even_when_a_bigger_homonym_lies_elsewhere():
    got = _got("Рыбак утонул у села Акколь Таласского района.", "ru")
    assert got[0] == ("Акколь", "village", "KZ-31")


def test_border_crossings_named_with_their_head_words():
    cases = (("На КПП «Нур Жолы» скопились фуры.", "ru", "Нур Жолы", "KZ-33"),
             ("Пункт пропуска «Майкапчагай» закрыли на ремонт.", "ru", "Майкапчагай", "KZ-63"),
             ("«Нұр жолы» өткізу бекетінде кезек түзілді.", "kk", "Нұр жолы", "KZ-33"),
             ("Trucks queued at the Tazhen checkpoint.", "en", "Tazhen checkpoint", "KZ-47"))
    for text, lang, surface, iso in cases:
        rec = _rec(text, lang, surface)
        assert (rec["kind"], rec["subkind"], rec["adm1_iso"]) == ("facility", "border crossing", iso), text
    # a crossing the gazetteer does not know: named after the settlement it lies at
    rec = _rec("Ол Бақты шекара бекетінде ұсталды.", "kk", "Бақты шекара бекетінде")
    assert rec["subkind"] == "border crossing"
    # the bare name of a crossing is no mention without its head word
    assert not any(k == "facility" for _, k, _ in _got("Сегодня в Нур Жолы прошла встреча.", "ru"))


def test_abolished_regions_by_their_english_and_kazakh_names():
    got = _got("Crops failed in Kokchetau Region and in Turgai Region.", "en", "1995-05-01")
    assert got == [("Kokchetau Region", "region", "KZ-11"), ("Turgai Region", "region", "KZ-39")]
    got = _got("Семей облысында және Талдықорған облысында су тасқыны болды.", "kk", "1995-05-01")
    assert [(k, a) for _, k, a in got] == [("region", "KZ-63"), ("region", "KZ-19")]
    # a region's place is the unit of the date
    recs = geoparse.extract("Семей облысында су тасқыны болды.", date="1995-05-01", lang="kk")
    assert recs[0]["place"] == recs[0]["adm1"] == "East Kazakhstan Region"


def test_a_region_word_ending_the_previous_sentence_is_no_head_noun():
    got = _got("Эвакуировали сёла Актюбинской области.\n\nСемей, 7 сентября. Жители вышли на митинг.", "ru")
    assert ("Семей", "city", "KZ-10") in got


def test_kazakh_list_of_villages_or_towns_with_one_plural_head_noun():
    got = _got("Ақмола облысындағы Бозтал, Қойтас және Ақсуат ауылдарының тұрғындары.", "kk")
    assert [(t, k) for t, k, _ in got][1:] == [("Бозтал", "village"), ("Қойтас", "village"), ("Ақсуат", "village")]
    # an item with a case ending of its own shares no head noun
    got = _got("Жұмысшылар Ақсайдан, Оралдан және Ақтөбе облысынан келген.", "kk")
    assert ("Оралдан", "city", "KZ-27") in got


def test_temporarily_is_no_time_zone():
    assert _got("Тұрғындар Құлсарыға уақытша көшірілді.", "kk") == [("Құлсарыға", "city", "KZ-23")]
    assert _got("Астана уақыты бойынша сағат онда.", "kk") == []


def test_district_homonym_follows_the_city_named_after_it():
    got = _got("A fire broke out in the Abai district of Shymkent.", "en")
    assert got[0] == ("Abai district", "district", "KZ-79")
    got = _got("Residents of the Samal microdistrict of Shymkent protested.", "en")
    assert ("Shymkent", "city", "KZ-79") in got and got[0][2] == "KZ-79"


def test_the_ends_of_a_road_are_settlements():
    got = _got("A bus skidded on the icy Zhezkazgan-Ulytau road.", "en")
    assert got[1] == ("Ulytau", "village", "KZ-62")
    got = _got("ДТП произошло на трассе Жезказган – Улытау.", "ru")
    assert got[1] == ("Улытау", "village", "KZ-62")


def test_quantified_microdistricts():
    recs = [m for m in geoparse.extract("Без тепла остались дома в двух микрорайонах столицы.", date="2023-01-05",
                                        lang="ru") if m["kind"] == "quantified"]
    assert [(m["text"], m["count"], m["unit"]) for m in recs] == [("двух микрорайонах", 2, "microdistrict")]
    recs = [m for m in geoparse.extract("Екі шағын ауданда жарық сөнді.", date="2023-01-05", lang="kk")
            if m["kind"] == "quantified"]
    assert [(m["count"], m["unit"]) for m in recs] == [(2, "microdistrict")]


def test_mountain_range_named_after_its_head_word_has_no_unit():
    rec = _rec("У подножия хребта Каратау сошёл сель.", "ru", "Каратау")
    assert (rec["kind"], rec["subkind"], rec["adm1"]) == ("facility", "mountains", None)


def test_a_quoted_stadium_lies_in_the_dateline_town_not_in_a_team_s_origin():
    text = ("АТЫРАУ, 20 марта – Клуб «Атырау» обыграл гостей из Талдыкоргана на стадионе «Мунайшы».")
    rec = _rec(text, "ru", "Мунайшы")
    assert (rec["subkind"], rec["adm1_iso"]) == ("stadium", "KZ-23")
    assert not [m for m in geoparse.extract("– сказал директор стадиона Нурлан Жайыков.", date="2023-01-01", lang="ru")]


def test_prefixed_name_of_a_neighbouring_village():
    rec = _rec("В селе Ново-Зубовка затопило дома.", "ru", "Ново-Зубовка")
    assert rec["place"].startswith("Novo-")


def test_places_inside_long_quoted_speech_are_mentions():
    got = _got("«Біз Түркістанды Орталық Азияның мәдени орталығына айналдырғымыз келеді», – деді директор.", "kk")
    assert ("Түркістанды", "city", "KZ-61") in got


def test_russian_dative_village_cue_and_bare_caspian_on_its_shore():
    assert _got("Сель размыл дорогу к селу Уланбель.", "ru") == [("Уланбель", "village", "KZ-31")]
    rec = _rec("Кен орны Каспий жағалауында орналасқан.", "kk", "Каспий")
    assert (rec["kind"], rec["place"]) == ("facility", "Caspian Sea")


def test_soviet_name_romanised_without_the_soft_sign_apostrophe():
    assert ("Lebyazhye", "village", "KZ-55") in _got("Akku, known in Soviet times as Lebyazhye, was flooded.", "en")


def test_a_place_before_based_or_bound_is_a_mention_but_not_before_led():
    assert _got("He is an Almaty-based analyst.", "en") == [("Almaty", "city", "KZ-75")]
    assert _got("The Aktau-bound train was stopped.", "en") == [("Aktau", "city", "KZ-47")]
    assert _got("It joined a Russia-led bloc.", "en") == []


def test_a_small_place_after_ruins_of_or_villagers_of():
    assert ("Otrar", "village", "KZ-61") in _got("Tourists visited the ruins of Otrar near Shaulder.", "en")


def test_kazakh_street_after_a_town_in_the_locative_and_airports_named_head_last():
    got = _got("Қостанайдағы Абай даңғылында өрт шықты.", "kk")
    assert got[0] == ("Қостанайдағы", "city", "KZ-39") and got[1][1:] == ("facility", "KZ-39")
    rec = _rec("Ақтау әуежайында ұшақ қонды.", "kk", "Ақтау әуежайында")
    assert (rec["kind"], rec["adm1_iso"]) == ("facility", "KZ-47")


def test_a_district_whose_source_row_carries_a_stray_town_name_is_kept():
    assert _got("В селе Карабулак Ескельдинского района прошёл ливень.", "ru")[1] == (
        "Ескельдинского района", "district", "KZ-33")
