"""Geoparser rules from the eighteenth round of checks: districts and microdistricts of the big
cities (sentences written for the test)."""

from __future__ import annotations

import geomap


def _found(text, lang="ru", date="2020-02-04"):
    return [(m["text"], m["kind"], m["place"], m["adm1"]) for m in geomap.extract(text, date, lang)]


def _units(text, lang="ru", date="2020-02-04"):
    return [(t, a) for t, _, _, a in _found(text, lang, date)]


def test_a_declinable_name_in_the_nominative_after_a_district_noun_is_the_district():
    # "в районе Байконыр": the capital's district, not the town of Baikonur near which something lies
    got = _found("Пожар произошёл в районе Байконыр столицы.")
    assert ("Байконыр", "district", "Baikonur District", "Astana") in got
    got = _units("Газоанализаторы поставят в районах Байконыр и Есиль.")
    assert got == [("Байконыр", "Astana"), ("Есиль", "Astana")]
    # the genitive is the town ("near Baikonur"), and an indeclinable name stays near the town
    assert _units("Обломки ракеты нашли в районе Байконура.") == [("Байконура", "Kyzylorda Region")]
    assert _units("Пожар в степи в районе Кентау.", date="2021-05-01") == [("Кентау", "Turkistan Region")]


def test_a_list_after_the_districts_of_the_town_and_a_dash():
    got = _found("Реформа не затронет пять районов города – Алматы, Есиль, Сарыарка, Байконыр и Нура.",
                 date="2022-09-20")
    districts = [(t, a) for t, k, _, a in got if k == "district"]
    assert districts == [("Алматы", "Astana"), ("Есиль", "Astana"), ("Сарыарка", "Astana"),
                         ("Байконыр", "Astana"), ("Нура", "Astana")]


def test_a_plural_microdistrict_noun_before_a_list_names_parts_of_a_town():
    got = _found("АЛМАТЫ, 16 ноября. Линию продлят на запад, к микрорайонам Орбита и Аксай.", date="2010-11-16")
    assert ("Орбита", "district", "Orbita (Almaty)", "Almaty") in got
    assert ("Аксай", "district", "Aksai (Almaty)", "Almaty") in got
    # with no such noun Aksay is still the town in West Kazakhstan
    assert ("Аксай", "West Kazakhstan Region") in _units("Рабочих привезли в Аксай.", date="2010-11-16")


def test_a_microdistrict_named_with_its_noun_is_the_same_part_when_named_again_bare():
    text = ("Нөсер Алматының Наурызбай ауданындағы Қалқаман және Шұғыла шағын аудандарында үйлерді су басты. "
            "Құтқарушылар Қалқамандағы 43 үйден су сорып шығарды.")
    got = _units(text, "kk", "2015-06-09")
    assert [a for t, a in got if t.startswith("Қалқаман")] == ["Almaty", "Almaty"]
    # without the noun anywhere, the bare name is the village elsewhere
    assert _units("Қалқамандағы мектепке жол салынды.", "kk", "2015-06-09") != [("Қалқамандағы", "Almaty")]


def test_the_capital_word_decides_between_districts_of_the_same_name():
    text = ("NUR-SULTAN, Nov 5 (Kazinform) - A minibus that carries commuters from the village of Kosshy in Akmola Region to the capital "
            "collided with a car in Yesil district.")
    got = _found(text, "en", "2019-11-05")
    assert ("Yesil district", "district", "Esil District", "Astana") in got
    # a region named nearer than any capital word keeps its own district
    got = _found("Hail damaged wheat fields in Akmola Region's Yesil district.", "en", "2019-11-05")
    assert ("Yesil district", "district", "Esil District", "Akmola Region") in got


def test_the_place_after_the_last_street_of_a_pair_places_both():
    text = ("Commuters from Kosshy in Akmola Region crashed at the crossroads of Kabanbai Batyr Avenue "
            "and Turan Avenue in Saryarka district of Astana.")
    got = dict(_units(text, "en", "2023-11-05"))
    assert got["Kabanbai Batyr Avenue"] == got["Turan Avenue"] == "Astana"


def test_test_sites_and_their_foreign_counterparts():
    got = _found("Семей полигонының жабылғанына 30 жыл толды. Невада мен Семейдің тағдыры ұқсас.", "kk", "2019-08-29")
    assert ("Семей полигонының", "facility", "Semipalatinsk Test Site", None) in got
    assert ("Невада", "foreign", "Nevada", None) in got
    got = _found("Activists from Nevada and from Novaya Zemlya in Russia came; rockets flew from Kapustin Yar "
                 "to the Sary-Shagan test range.", "en", "2019-08-29")
    assert {(t, k) for t, k, _, _ in got} >= {("Nevada", "foreign"), ("Novaya Zemlya", "foreign"),
                                              ("Kapustin Yar", "foreign")}
    assert ("Sary-Shagan test range", "facility", "Sary-Shagan Test Range", "Karaganda Region") in got


def test_a_movement_named_after_places_is_no_place():
    assert _found("The Nevada-Semipalatinsk movement asked parliament for help.", "en", "2019-08-29") == []
    assert _found("«Невада – Семей» халықаралық қозғалысының өкілдері келді.", "kk", "2019-08-29") == []
    assert _found("Движение «Невада – Семипалатинск» провело акцию.", "ru", "2019-08-29") == []
    # a route between two places keeps both
    assert [t for t, *_ in _found("The Almaty-Bishkek road reopened.", "en", "2019-08-29")] == ["Almaty", "Bishkek"]


def test_a_town_before_a_foreign_region_is_its_namesake_there():
    # the region in the Russian genitive right after the town, or in the Kazakh locative before it
    got = _found("Завод из Аксая Ростовской области подписал контракт с Аксаем.", "ru", "2019-09-04")
    assert got[0][:2] == ("Аксая", "foreign") and got[1] == ("Ростовской области", "foreign", "Rostov Oblast", None)
    assert ("Аксаем", "West Kazakhstan Region") in [(t, a) for t, _, _, a in got]
    got = _found("Шыңжаңдағы Ақсу Павлодар облысындағы Ақсу қаласымен бауырлас қала.", "kk", "2019-09-04")
    assert [(t, k, a) for t, k, _, a in got if t.startswith("Ақсу")] == [
        ("Ақсу", "foreign", None), ("Ақсу қаласымен", "city", "Pavlodar Region")]
    # a town of some size before "in" and a foreign region
    got = _found("A delegation came from Aksu in Xinjiang.", "en", "2019-09-04")
    assert ("Aksu", "foreign") in [(t, k) for t, k, _, _ in got]
    # a Kazakh region after the town changes nothing
    got = _found("Рабочие из Аксая Западно-Казахстанской области.", "ru", "2019-09-04")
    assert got[0][3] == "West Kazakhstan Region"


def test_a_small_town_of_another_region_gives_way_to_the_namesake_where_the_text_is():
    text = ("SHYMKENT, March 27 - Floodwater entered houses in Sairam and Tolebi districts of South Kazakhstan "
            "region. The road to Shymkent was cut, and a bridge was damaged at Karabulak. Karabulak has no power.")
    got = _units(text, "en", "2017-03-27")
    assert [a for t, a in got if t == "Karabulak"] == ["South Kazakhstan Region"] * 2
    # an origin or a destination is another town as often as not: the reading stands
    text = ("ATYRAU, Sept 18 - A well caught fire in Zhylyoi district of Atyrau Region. Specialists flew in "
            "from Aktau and Aksai to cap it; workers were taken to Kulsary.")
    assert ("Aksai", "West Kazakhstan Region") in _units(text, "en", "2018-09-18")


def test_a_prefecture_or_county_is_foreign():
    got = _found("The epicentre was in Aksu prefecture in Xinjiang.", "en", "2024-01-23")
    assert ("Aksu prefecture", "foreign", "Aksu Prefecture", None) in got
    assert all(a is None for *_, a in got)


def test_a_quoted_owner_or_company_after_a_named_facility_is_no_facility():
    got = _found("Проходчик получил переломы на Малеевском руднике «Казцинка» в городе Алтай. "
                 "Рабочие на месторождения «СНПС-Актобемунайгаз» не вышли.", "ru", "2023-01-01")
    assert [t for t, *_ in got] == ["Малеевском руднике", "Алтай"]
    # a quoted name after the bare noun is the facility
    got = _found("Взрыв на шахте «Казахстанская» в Шахтинске.", "ru", "2023-01-01")
    assert ("Казахстанская", "facility") in [(t, k) for t, k, _, _ in got]


def test_oil_fields_and_mines_of_the_data():
    got = _units("Crude from the Kumkol fields and the Zhanazhol field, ore from the Sarbai pit and the Bogatyr pit.",
                 "en", "2023-01-01")
    assert got == [("Kumkol fields", "Kyzylorda Region"), ("Zhanazhol field", "Aktobe Region"),
                   ("Sarbai pit", "Kostanay Region"), ("Bogatyr pit", "Pavlodar Region")]
    got = _units("Горняки Бакырчикского рудника и Донского ГОКа.", "ru", "1996-11-19")
    assert got == [("Бакырчикского рудника", "East Kazakhstan Region"), ("Донского ГОКа", "Aktobe Region")]
    assert _units("Бақыршық кеніші тоқтады.", "kk", "2024-11-19") == [("Бақыршық кеніші", "Abai Region")]


def test_a_two_word_soviet_name_in_its_russian_cases():
    got = _units("Нефтяники из Нового Узеня; в Новом Узене бастуют.", "ru", "1992-06-01")
    assert got == [("Нового Узеня", "Mangystau Region"), ("Новом Узене", "Mangystau Region")]


def test_the_banks_of_a_river_in_kazakh():
    got = _found("Әкімдік Ертіс пен Үлбінің жағалауындағы саяжай иелеріне ескерту жасады.", "kk", "2024-04-10")
    assert [(t, k) for t, k, _, _ in got] == [("Ертіс", "facility"), ("Үлбінің", "facility")]
    # the village of the name stays a village
    got = _found("Үлбі кентінде мектеп ашылды.", "kk", "2024-04-10")
    assert [(k, a) for _, k, _, a in got] == [("village", "East Kazakhstan Region")]


def test_big_towns_in_lower_case():
    got = _units("friends in shimkent and nur-sultan say the same; qaraghandy too", "en", "2022-01-07")
    assert got == [("shimkent", "Shymkent"), ("nur-sultan", "Astana"), ("qaraghandy", "Karaganda Region")]
    assert _units("шымкентте жаңбыр жауды", "kk", "2022-01-07") == [("шымкентте", "Shymkent")]
    # lower-case words a big town's name is also: a capital, to acquit, of families, ore
    assert _found("Ел астанасы; астанада; ақтау керек; у семей нет денег; рудный концентрат.", "kk", "2022-01-07") == []
    # a village's name stays capitalised only
    assert _found("they went to kaskelen", "en", "2022-01-07") == []


def test_a_digest_section_heading_places_the_streets_of_its_paragraph():
    text = ("С 8 июня в Казахстане три новые области — Абайская, Жетысуская и Улытауская.\n\n"
            "ТАЛДЫКОРГАН. В среду на областной центр обрушился ветер. На улице Абылай хана упали деревья.\n\n"
            "ЖЕЗКАЗГАН. Загорелось общежитие на улице Гагарина.")
    got = dict(_units(text, "ru", "2022-06-10"))
    assert got["улице Абылай хана"] == "Jetisu Region" and got["улице Гагарина"] == "Ulytau Region"


def test_a_shared_district_name_takes_the_unit_of_the_village_after_it():
    got = _units("Жамбыл ауданындағы Пресновка ауылында мектеп ашылды.", "kk", "2019-01-01")
    assert got == [("Жамбыл ауданындағы", "North Kazakhstan Region"), ("Пресновка ауылында", "North Kazakhstan Region")]


def test_the_capitals_district_under_the_russian_spelling_of_the_town():
    # "в районе Байконур" spelt as the town is spelt, in a report about the capital
    got = _found("Ливень в Нур-Султане: в Есильском районе затопило парковку, а в районе Байконур вода "
                 "зашла в подъезды.", date="2021-07-10")
    assert ("Байконур", "district", "Baikonur District (Astana)", "Astana") in got
    # the town and the launch site keep their unit in the same document
    got = _units("В Нур-Султане прошло совещание. Ракета стартовала с Байконура, город Байконур встречал экипаж.",
                 date="2021-07-10")
    assert got[1:] == [("Байконура", "Kyzylorda Region"), ("Байконур", "Kyzylorda Region")]
