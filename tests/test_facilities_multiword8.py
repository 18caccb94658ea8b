"""Multiword facility names kept whole, on invented text."""

from geomap import geoparse


def _got(text, lang, date="2023-07-01"):
    return [(m["text"], m["kind"], m["adm1_iso"]) for m in geoparse.extract(text, date=date, lang=lang)]


def test_hyphenated_reserve_name_is_one_facility():
    got = _got("Ырғыз ауданындағы Ырғыз-Торғай табиғи резерватында киіктер санағы басталды.", "kk")
    assert ("Ырғыз-Торғай табиғи резерватында", "facility", "KZ-15") in got
    assert not any(t == "Торғай" for t, _, _ in got)
    got = _got("Инспекторы Ыргыз-Торгайского природного резервата насчитали сайгаков в Иргизском районе.", "ru")
    assert got[0][:2] == ("Ыргыз-Торгайского природного резервата", "facility")


def test_kazakh_works_named_by_town_and_product():
    got = _got("Балқаш мыс балқыту зауытында жөндеу жүріп жатыр.", "kk")
    assert got == [("Балқаш мыс балқыту зауытында", "facility", "KZ-35")]


def test_mine_with_several_modifiers_and_its_bare_repeat():
    text = ("A dump truck overturned at the Dalatas open-pit coal mine near Semey. "
            "Coal from Dalatas is burned at the local power station.")
    got = _got(text, "en")
    assert got[0] == ("Dalatas open-pit coal mine", "facility", "KZ-10")
    assert ("Dalatas", "facility", "KZ-10") in got


def test_railway_proper_name_is_one_line_with_no_unit():
    got = _got("The Trans-Aral Railway and the Almaty-Bishkek railway carried freight.", "en")
    assert ("Trans-Aral Railway", "facility", None) in got
    assert ("Almaty", "city", "KZ-75") in got  # a lower-case "railway" between two places is a route


def test_plural_settlement_head_stays_out_of_the_last_item():
    got = _got("Сарышаған мен Ақтоғай кенттерінің тұрғындары көшірілді.", "kk")
    assert [t for t, _, _ in got] == ["Сарышаған", "Ақтоғай"]


def test_gorge_noun_before_an_unknown_name():
    got = _got("Сель сошёл в ущелье Тасбулак в 15 км от Текели.", "ru")
    assert got[0] == ("Тасбулак", "facility", None)
    got = _got("Туристер Ақжарсай шатқалында адасып қалды.", "kk")
    assert got[0] == ("Ақжарсай шатқалында", "facility", None)


def test_unknown_villages_in_a_list_after_a_plural_village_noun():
    got = _got("Паводок затопил сёла Кенжетай, Оралбек и Бирлик Мактааральского района.", "ru")
    names = {t: a for t, _, a in got}
    assert names.get("Кенжетай") == "KZ-61" and names.get("Оралбек") == "KZ-61"


def test_unknown_villages_in_kazakh_and_english_lists_by_their_district():
    got = _got("Су Мақтаарал ауданының Кенжетай, Оралбек және Бірлік ауылдарын басты.", "kk")
    names = {t: a for t, _, a in got}
    assert names.get("Кенжетай") == "KZ-61" and names.get("Оралбек") == "KZ-61"
    got = _got("Water flooded the villages of Kenzhetai, Oralbek and Birlik in Maktaaral district.", "en")
    names = {t: a for t, _, a in got}
    assert names.get("Kenzhetai") == "KZ-61" and names.get("Oralbek") == "KZ-61"
    # no unit next to the list: no unknown village
    assert [t for t, _, _ in _got("Алайда, Кенжетай мен Оралбек ауылдарында су жоқ.", "kk")] == []


def test_russian_port_before_its_name_is_the_port_unless_foreign():
    got = _got("Сухогруз вошёл в порт Актау, а паром ушёл из порта Баку.", "ru")
    assert ("Актау", "facility", "KZ-47") in got
    assert ("Баку", "foreign", None) in got
    # a word that merely begins like the noun is no port
    assert _got("Новый портал открыли в Алматы.", "ru") == [("Алматы", "city", "KZ-75")]


def test_open_pit_mine_in_russian_and_kazakh():
    got = _got("На угольном разрезе Даластас под Семеем сгорел экскаватор.", "ru")
    assert got[0] == ("Даластас", "facility", "KZ-10")
    assert _got("Данные в разрезе Казахстана опубликованы.", "ru") == [("Казахстана", "country", None)]
    got = _got("Семей маңындағы Даластас көмір кенішінде өрт шықты.", "kk")
    assert ("Даластас көмір кенішінде", "facility", "KZ-10") in got
    # a plural head after a town names the town's mines, not one mine
    assert _got("Хромтау кеніштерінен кен тасылады.", "kk") == [("Хромтау", "city", "KZ-15")]
