"""Facility head words, Kazakh Latin case suffixes and water-course words, each on invented text."""

from geomap import geoparse


def _got(text, lang, date="2023-07-01"):
    return [(m["text"], m["kind"], m["adm1_iso"]) for m in geoparse.extract(text, date=date, lang=lang)]


def test_english_heads_of_stations_passes_quarries_and_resorts():
    got = _got("Freight piled up at the Dostyk border station, and a lorry overturned on the Kordai pass.", "en")
    assert ("Dostyk border station", "facility", "KZ-33") in got  # Jetisu Region since 2022-06-08
    assert ("Kordai pass", "facility", "KZ-31") in got
    got = _got("Freight piled up at the Dostyk border station.", "en", "2021-03-01")
    assert got == [("Dostyk border station", "facility", "KZ-19")]  # Almaty Region before the reform
    got = _got("Two skiers were hurt above the Shymbulak resort; a wall fell at the Sokolov quarry near Rudny.", "en")
    assert got[0] == ("Shymbulak resort", "facility", "KZ-75")
    assert ("Sokolov quarry", "facility", "KZ-39") in got


def test_pass_and_peak_as_verbs_are_no_facility():
    got = _got("Lorries bound for Almaty pass through Kordai. Visits to Almaty peak in July. Deputies Pass Budget.", "en")
    assert [t for t, _, _ in got] == ["Almaty", "Kordai", "Almaty"]


def test_appositive_with_adjectives_is_a_place_cue():
    got = _got("Dostyk, a small railway village on the Chinese border, waited for the trains.", "en")
    assert got[0] == ("Dostyk", "village", "KZ-33")
    assert _got("Friendship, the village's pride, was shown.", "en") == []


def test_russian_and_kazakh_quarries_passes_peaks_and_parks():
    got = _got("Борт Соколовского карьера обрушился, а на Кордайском перевале встали фуры.", "ru")
    assert [(t, k) for t, k, _ in got] == [("Соколовского карьера", "facility"), ("Кордайском перевале", "facility")]
    assert got[1][2] == "KZ-31"  # the pass named after Kordai
    got = _got("Қордай асуында көлік тұрып қалды, ал Мұзтау шыңына шығу маусымы ашылды.", "kk")
    assert ("Қордай асуында", "facility", "KZ-31") in got
    assert ("Мұзтау шыңына", "facility", None) in got
    got = _got("Пожар в национальном парке «Бурабай» и туристы в заповеднике Аксу-Жабаглы.", "ru")
    assert got == [("Бурабай", "facility", "KZ-11"), ("Аксу-Жабаглы", "facility", "KZ-61")]


def test_quoted_arena_is_the_stadium_not_the_city():
    got = _got("Матч перенесли из-за ремонта газона на «Астана Арене».", "ru")
    assert got == [("Астана Арене", "facility", "KZ-71")]


def test_kazakh_latin_case_suffixes_and_heads():
    got = _got("Öskemennen Zaisanǵa deıingi jol jóndeledi. Qaraǵandyda jańbyr jaudy.", "kk")
    assert ("Öskemennen", "city", "KZ-63") in got and ("Qaraǵandyda", "city", "KZ-35") in got
    got = _got("Balqash kóliniń jaǵasynda jáne Ile özenine jaqyn órt shyqty.", "kk")
    assert [(t, k, a) for t, k, a in got] == [("Balqash kóliniń", "facility", None), ("Ile özenine", "facility", None)]


def test_river_course_words_make_the_river():
    got = _got("Жайықтың жоғарғы ағысында қар көп түсті.", "kk")
    assert got == [("Жайықтың", "facility", None)]
    got = _got("В низовьях Урала и в пойме Иртыша подтопило дачи.", "ru")
    assert [k for _, k, _ in got] == ["facility", "facility"]
    assert _got("In the upper reaches of the Ural, snow lay deep.", "en") == [("Ural", "facility", None)]


def test_russian_station_field_and_mine_names_without_their_generic_noun():
    got = _got("Состав сошёл с рельсов у станции Аягоз, добычу на месторождении Тенгиз остановили.", "ru")
    assert [(t, k) for t, k, _ in got] == [("Аягоз", "facility"), ("Тенгиз", "facility")]
    assert got[1][2] == "KZ-23"
    # a person after a generic noun is no station
    assert _got("Начальник спасательной станции Бауыржан Иртышев дал интервью.", "ru") == []


def test_facility_named_after_a_person_lies_where_the_text_says():
    got = _got("Петропавлдағы Қарасай батыр атындағы стадионда матч өтті.", "kk")
    assert got[1] == ("Қарасай батыр атындағы стадионда", "facility", "KZ-59")


def test_kazakh_adjectives_of_head_nouns_give_the_kind_outside_the_span():
    got = _got("Бұл туралы Маңғыстау облыстық төтенше жағдайлар департаменті хабарлады.", "kk")
    assert got == [("Маңғыстау", "region", "KZ-47")]
    got = _got("Іс Тараз қалалық сотында қаралды.", "kk")
    assert got == [("Тараз", "city", "KZ-31")]
    got = _got("Жамбыл облысының Күреңбел ауылдық округінде су тасқыны болды.", "kk")
    assert got[1] == ("Күреңбел ауылдық округінде", "district", "KZ-31")  # a rural district
    # English keeps the name alone
    assert _got("The Mangystau regional health department said.", "en") == [("Mangystau", "region", "KZ-47")]


def test_places_inside_quoted_speech_are_found_but_not_inside_quoted_names():
    got = _got('"The stations in Talgar and Kapal recorded aftershocks," he said.', "en")
    assert [t for t, _, _ in got] == ["Talgar", "Kapal"]
    got = _got("«Фабрика даст работу жителям Улытауской области», — сказал министр.", "ru")
    assert got == [("Улытауской области", "region", "KZ-62")]
    assert _got('Members of the "Army for the Liberation of Kazakhstan" were held.', "en") == []


def test_kazakh_word_for_vehicle_is_no_lake():
    assert _got("«Жүргізуші көлікті тоқтатпады», деді ол.", "kk") == []
    assert _got("Júrgizushi kólikti toqtatpady.", "kk") == []
    assert _got("Зайсан көлінің жағасы.", "kk") == [("Зайсан көлінің", "facility", None)]


def test_kazakh_2021_latin_letters_s_cedilla_and_c_cedilla():
    got = _got("Şymkentte jäne Kökşetauda, Şyğys Qazaqstan oblysynda jañbyr jaudy.", "kk")
    assert [(k, a) for _, k, a in got] == [("city", "KZ-79"), ("city", "KZ-11"), ("region", "KZ-63")]


def test_the_water_level_in_a_name_makes_it_the_river():
    got = _got("Уровень воды в Ишиме у Петропавловска поднялся до девяти метров.", "ru")
    assert got[0] == ("Ишиме", "facility", None) and got[1][2] == "KZ-59"
    assert _got("The water level in the Tobol rose.", "en") == [("Tobol", "facility", None)]
    assert _got("The water level in Petropavl rose.", "en")[0][1] == "city"


def test_a_kazakh_head_adjective_after_a_case_form_belongs_to_the_next_noun():
    got = _got("Жараланғандар Теміртаудағы қалалық ауруханаға жеткізілді.", "kk")
    assert got == [("Теміртаудағы", "city", "KZ-35")]


def test_reservoirs_are_water_bodies_with_no_unit():
    got = _got("Рыбаки вышли на лёд на Капшагайском водохранилище.", "ru")
    assert got == [("Капшагайском водохранилище", "facility", None)]


def test_a_facility_right_before_in_region_lies_in_that_region():
    got = _got("Crews came from Atyrau and from the Bozoi compressor station in Aktobe Region.", "en")
    assert got[1] == ("Bozoi compressor station", "facility", "KZ-15")


def test_a_name_after_the_word_lake_or_reservoir_is_the_water_body():
    got = _got("Рыбак утонул в озере Тенгиз, а в водохранилище Бартогай поднялась вода.", "ru")
    assert got == [("Тенгиз", "facility", None), ("Бартогай", "facility", None)]
    assert _got("Шторм на озере Балхаш.", "ru") == [("Балхаш", "facility", None)]


def test_a_square_named_after_a_town_in_the_nominative():
    got = _got("Митинг прошёл на площади Астана в Алматы, а пожар — на рынке Шымкента.", "ru")
    assert got == [("площади Астана", "facility", "KZ-75"), ("Алматы", "city", "KZ-75"),
                   ("Шымкента", "city", "KZ-79")]
