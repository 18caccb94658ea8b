"""Geoparser rules from the fifteenth round of checks (sentences written for the test)."""

from __future__ import annotations

import geomap


def _found(text, lang="en", date="2024-04-09"):
    return [(m["text"], m["kind"], m["adm1"]) for m in geomap.extract(text, date, lang)]


def test_works_named_by_a_foreign_town_lie_abroad():
    got = _found("Meltwater from the Orsk dam breach reached the Ural on Sunday, officials in Kostanay said.")
    assert ("Orsk", "foreign", None) in got
    assert not any(kind == "facility" and adm1 for _, kind, adm1 in got if _.startswith("Orsk"))
    got = _found("Flights from Urumqi airport resumed, and Almaty airport reopened.")
    assert ("Urumqi", "foreign", None) in got
    assert ("Almaty airport", "facility", "Almaty") in got


def test_an_apposition_placing_a_namesake_abroad():
    got = _found("The desks came from a factory in Aksu, a city in the Xinjiang region of China.")
    assert ("Aksu", "foreign", None) in got


def test_an_apposition_placing_a_town_at_home_or_by_the_border_keeps_it():
    got = _found("The akim of Aksu, a town in Pavlodar Region, opened the school.")
    assert ("Aksu", "city", "Pavlodar Region") in got
    got = _found("Trucks queued in Zharkent, a town 30 km from the Chinese border.")
    assert ("Zharkent", "city", "Jetisu Region") in got
    got = _found("Dostyk, a railway village in Alakol district, faces the Chinese town of Alashankou.")
    assert ("Dostyk", "village", "Jetisu Region") in got


def test_a_village_coordinated_with_a_town_of_its_unit():
    got = _found("Speed cameras will be installed at the approaches to Sortobe and Masanchi.", date="2020-08-01")
    assert ("Masanchi", "village", "Jambyl Region") in got
    got = _found("Партии везут через Кордай и Масанчи дальше на север.", "ru", "2020-08-01")
    assert ("Масанчи", "village", "Jambyl Region") in got


def test_a_small_place_coordinated_with_a_town_of_another_unit_stays_out():
    got = _found("Партии везут через Шымкент и Масанчи дальше на север.", "ru", "2020-08-01")
    assert not any(t == "Масанчи" for t, _, _ in got)


def test_russian_district_adjectives_sharing_a_head_noun_before_them():
    got = _found("Самые населённые районы – Сайрамский, Сарыагашский и Мактааральский.", "ru", "2012-09-07")
    assert [(t, k) for t, k, _ in got] == [("Сайрамский", "district"), ("Сарыагашский", "district"),
                                           ("Мактааральский", "district")]


def test_the_former_name_of_burabay_district():
    got = _found("Кокшетау, а также Щучинский и Зерендинский районы переданы в Акмолинскую область.", "ru",
                 "1999-04-08")
    assert ("Щучинский", "district", "Akmola Region") in got


def test_kazakh_latin_lake_and_sea_heads_of_the_2021_alphabet():
    got = _found("Balqaş kölı Aral teñızınıñ tağdyryn qaitalauy mümkın.", "kk", "2021-09-07")
    assert ("Balqaş kölı", "facility", None) in got
    assert ("Aral teñızınıñ", "facility", None) in got


def test_the_large_and_small_aral_are_the_sea_not_the_town_or_a_village():
    got = _found("Кіші Арал теңізінде балық көп, ал Өзбекстан аумағындағы Үлкен Арал тартыла беруде.", "kk",
                 "2021-09-07")
    assert ("Кіші Арал теңізінде", "facility", None) in got
    assert ("Үлкен Арал", "facility", None) in got


def test_on_a_lake_in_russian_is_the_lake_not_the_town():
    got = _found("Два человека утонули на Балхаше, ещё один – на Алаколе. В Балхаше открыли пляж.", "ru",
                 "2021-08-04")
    assert ("Балхаше", "facility", None) in got and ("Алаколе", "facility", None) in got
    assert ("Балхаше", "city", "Karaganda Region") in got
    assert ("Тенгизе", "facility", "Atyrau Region") in _found("Он десять лет работает на Тенгизе.", "ru", "2021-08-04")


def test_tourist_landmarks_of_the_data():
    got = _found("Tourists visited Kolsai and the Valley of Castles, then flew to see Belukha.", date="2021-08-04")
    assert {t for t, k, _ in got if k == "facility"} == {"Kolsai", "Valley of Castles", "Belukha"}
    got = _found("Туристы едут на горнолыжную базу «Алтайские Альпы» под Усть-Каменогорском.", "ru", "2021-08-04")
    assert ("Алтайские Альпы", "facility", "East Kazakhstan Region") in got


def test_foreign_owners_beyond_the_neighbours_and_posts_across_the_border():
    got = _found("The Kyrgyz post at Ak-Zhol is building a new terminal.", date="2021-08-04")
    assert [(t, k) for t, k, _ in got] == [("Ak-Zhol", "foreign")]
    got = _found("Из порта Курык не вышли два парома на азербайджанский порт Алят.", "ru", "2021-08-04")
    assert ("Алят", "foreign", None) in got
    got = _found("From Baku the oil goes by rail to the Georgian port of Batumi.", date="2021-08-04")
    assert ("Batumi", "foreign", None) in got


def test_a_foreign_spaceport_known_by_its_whole_name():
    got = _found("Russia moves launches to its Vostochny cosmodrome; Baikonur keeps the crewed ones.",
                 date="2021-08-04")
    assert ("Vostochny cosmodrome", "foreign", None) in got


def test_a_kazakh_post_word_after_a_known_crossing():
    got = _found("Қазығұрт бекетінде жүк көліктері тұр, Бақты бекетінде кезек. Полиция бекетінде тексерді.",
                 "kk", "2021-08-04")
    assert [(t, k) for t, k, _ in got] == [("Қазығұрт бекетінде", "facility"), ("Бақты бекетінде", "facility")]


def test_a_village_after_a_locative_takes_the_district_written_after_it():
    text = ("Holidaymakers crowd the Jetisu region shore of Lake Alakol. On the eastern shore, a boy "
            "drowned at a beach in Kabanbay, Urzhar district, while his parents were at lunch.")
    assert ("Kabanbay", "village", "Abai Region") in _found(text, date="2023-07-18")


def test_neighbours_and_their_capitals_in_kazakh_latin_letters():
    got = _found("Eger Qytaimen kelısım jasalmasa, jük Reseiden keledı. Delegasia Mäskeude jäne Bışkekte boldy.",
                 "kk", "2021-09-07")
    assert [(t, k) for t, k, _ in got] == [("Qytaimen", "foreign"), ("Reseiden", "foreign"),
                                           ("Mäskeude", "foreign"), ("Bışkekte", "foreign")]


def test_a_neighbours_town_the_data_knows_only_by_a_rivers_name():
    got = _found("Выше по течению, у российского города Ишим, река уже покрылась льдом.", "ru", "2023-11-20")
    assert ("Ишим", "foreign", None) in got


def test_the_holder_of_a_title_with_a_given_name_that_is_also_a_village():
    got = _found("К бастующим приезжал аким города Нурлан Сарыаркин. В селе Нурлан открыли школу.", "ru",
                 "2020-01-01")
    assert [t for t, _, _ in got] == ["Нурлан"] and got[0][1] == "village"


def test_a_part_of_the_country_is_no_oil_field():
    got = _found("Газопровод соединит месторождения Западного Казахстана с южными регионами.", "ru", "2012-09-07")
    assert [(t, k) for t, k, _ in got] == [("Казахстана", "country")]
