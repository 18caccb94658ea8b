"""Families of places that are not sites, ambiguous event words, measures over several
units and events that were missed (each with sentences written for the test)."""

from __future__ import annotations

from geomap.events import TYPES
from geomap.triggers import find_triggers
from incident_helpers import detect_in, mention, units


def run(text, mentions, date="2023-09-12", lang="en"):
    return detect_in(text, mentions, date, lang)


# ---- route endpoints and directions

def test_both_ends_of_a_line_between_two_towns_are_not_sites():
    text = ("Nine wagons of a coal train left the rails near Shu on Friday, blocking the line between "
            "Taraz and Almaty for six hours.")
    ms = [mention(text, "Shu", "city", "Jambyl Region"), mention(text, "Taraz", "city", "Jambyl Region"),
          mention(text, "Almaty", "city", "Almaty")]
    assert units(run(text, ms)) == [("Jambyl Region", "crash")]
    # "between" people, not places: the place is a site
    text = "A fight broke out between locals in Karatau on Friday."
    ms = [mention(text, "Karatau", "city", "Jambyl Region")]
    assert units(run(text, ms)) == [("Jambyl Region", "clash")]


def test_direction_and_delayed_trains_make_no_incident():
    text = "Движение поездов из Караганды в сторону Балхаша было задержано на четыре часа."
    ms = [mention(text, "Караганды", "city", "Karaganda Region"), mention(text, "Балхаша", "city", "Karaganda Region")]
    assert run(text, ms, lang="ru") == []
    text = "Павлодар бағытындағы пойыздар үш сағатқа кешікті, ал Екібастұзда жол апаты болды."
    ms = [mention(text, "Павлодар", "city", "Pavlodar Region"), mention(text, "Екібастұзда", "city", "Pavlodar Region")]
    assert [r["place"] for r in run(text, ms, lang="kk")] == ["Екібастұзда"]


def test_detained_people_are_still_an_arrest():
    text = "В Костанае полиция задержала пятерых человек на шесть суток."
    ms = [mention(text, "Костанае", "city", "Kostanay Region")]
    assert units(run(text, ms, lang="ru")) == [("Kostanay Region", "arrest")]
    assert [h.type for h in find_triggers("Рейс на Анталью задержан на три часа.")] == []
    assert [h.type for h in find_triggers("Задержаны трое подозреваемых.")] == ["arrest"]
    assert [h.type for h in find_triggers("Подозреваемый задержан на 72 часа.")] == ["arrest"]
    assert [h.type for h in find_triggers("Задержан вылет самолёта в Астану.")] == []
    assert [h.type for h in find_triggers("Полиция задержала машиниста поезда.")] == ["arrest"]
    assert [h.type for h in find_triggers("После аварии поезда полиция задержала машиниста.")] == ["crash", "arrest"]


def test_blocking_by_a_mishap_is_not_a_blockade_but_by_people_it_is():
    assert [h.type for h in find_triggers("A landslide blocked the road for a day.")] == ["accident"]
    hits = find_triggers("After the crash, angry villagers blocked the road for an hour.")
    assert "protest" in [h.type for h in hits]


# ---- responders, briefings, officials, negation, workplaces

def test_fire_crews_and_fire_danger_are_not_fires():
    assert find_triggers("Пожарные расчёты выехали на помощь соседям.") == []
    assert find_triggers("Өрт сөндіру бригадалары дайындықта тұр.") == []
    assert find_triggers("Three fire crews were sent to help the neighbours.") == []
    assert {h.type for h in find_triggers("Пожарные потушили пожар на складе.")} == {"fire"}
    assert [h.type for h in find_triggers("Пожарные расчёты потушили склад за два часа.")] == ["fire"]
    assert {h.type for h in find_triggers("Firefighters battled the blaze for hours.")} == {"fire"}
    assert [h.type for h in find_triggers("Өрт сөндірушілер қоймадағы отты сөндірді.")] == ["fire"]


def test_a_place_where_an_official_spoke_before_the_verb_is_not_a_site():
    text = "В Уральске аким Западно-Казахстанской области заявил на брифинге, что в Аксае сгорел склад."
    ms = [mention(text, "Уральске", "city", "West Kazakhstan Region"),
          mention(text, "Западно-Казахстанской области", "region", "West Kazakhstan Region"),
          mention(text, "Аксае", "city", "West Kazakhstan Region")]
    assert [r["place"] for r in run(text, ms, lang="ru")] == ["Аксае"]
    # people who act where they speak: the place stays a site
    text = "В Аксае бастующие рабочие заявили журналистам о своих требованиях."
    ms = [mention(text, "Аксае", "city", "West Kazakhstan Region")]
    assert [r["place"] for r in run(text, ms, lang="ru")] == ["Аксае"]
    text = "Шымкентте облыс әкімі брифингте өрт туралы мәлімдеді, ал Кентауда үй өртенді."
    ms = [mention(text, "Шымкентте", "city", "Turkistan Region"), mention(text, "Кентауда", "city", "Turkistan Region")]
    assert [r["place"] for r in run(text, ms, lang="kk")] == ["Кентауда"]


def test_an_official_of_a_place_meeting_protesters_is_no_new_protest():
    text = ("Около ста водителей провели митинг у автовокзала в Кокшетау. Аким Зерендинского района "
            "встретился с протестующими.")
    ms = [mention(text, "Кокшетау", "city", "Akmola Region"),
          mention(text, "Зерендинского района", "district", "Akmola Region")]
    recs = run(text, ms, lang="ru")
    assert [r["place"] for r in recs] == ["Кокшетау"]


def test_a_place_the_event_did_not_affect_is_not_a_site():
    text = "The strike in Aksai did not affect production at Karachaganak."
    ms = [mention(text, "Aksai", "city", "West Kazakhstan Region"),
          mention(text, "Karachaganak", "facility", "West Kazakhstan Region")]
    assert [r["place"] for r in run(text, ms)] == ["Aksai"]
    text = "Жаңаөзендегі ереуіл Ақтау портының жұмысына әсер еткен жоқ."
    ms = [mention(text, "Жаңаөзендегі", "city", "Mangystau Region"),
          mention(text, "Ақтау портының", "facility", "Mangystau Region")]
    assert [r["place"] for r in run(text, ms, lang="kk")] == ["Жаңаөзендегі"]


def test_the_workplace_of_protesters_is_not_a_second_site():
    text = "Около ста бывших работников Карагандинского завода провели пикет у акимата в Темиртау."
    ms = [mention(text, "Карагандинского завода", "facility", "Karaganda Region"),
          mention(text, "Темиртау", "city", "Karaganda Region")]
    assert [r["place"] for r in run(text, ms, lang="ru")] == ["Темиртау"]
    text = "Workers of the Kashagan field went on strike."
    ms = [mention(text, "Kashagan field", "facility", "Atyrau Region")]
    assert [r["place"] for r in run(text, ms)] == ["Kashagan field"]


def test_shore_of_a_lake_is_a_reference_not_a_site():
    text = "В Сарканде, небольшом городе на берегу Алаколя, сгорел рынок."
    ms = [mention(text, "Сарканде", "city", "Jetisu Region"), mention(text, "Алаколя", "city", "Abai Region")]
    assert units(run(text, ms, lang="ru")) == [("Jetisu Region", "fire")]


# ---- measures over several units

def test_measures_over_several_units_are_not_unattributed_incidents():
    text = "Floods hit Uralsk on Monday. A state of emergency remains in force in seven regions."
    ms = [mention(text, "Uralsk", "city", "West Kazakhstan Region")]
    recs = run(text, ms)
    assert [r["scope"] for r in recs if r["adm1"] is None] == []
    text = "Protests were reported in seven regions."
    assert [r["scope"] for r in run(text, [])] == ["seven regions"]


def test_quantified_districts_of_the_region_just_named_go_to_that_region():
    text = ("ОРАЛ, 4 наурыз. Батыс Қазақстан облысында жол апаты болды. "
            "Сейсенбі күні облыстың екі ауданында дауыл соғып, ондаған үйдің шатыры ұшты.")
    ms = [mention(text, "Батыс Қазақстан облысында", "region", "West Kazakhstan Region")]
    recs = run(text, ms, lang="kk")
    assert ("West Kazakhstan Region", "storm") in units(recs)
    assert [r for r in recs if r["adm1"] is None] == []


# ---- missed events

def test_storm_is_a_type_and_its_words_are_found():
    assert "storm" in TYPES
    for sent in ("A storm tore roofs off forty houses.", "Сильный ветер сорвал крыши с домов.",
                 "Қатты жел соғып, үйлердің шатыры ұшты.", "Ураган повалил деревья.", "Дауыл шатырларды ұшырды."):
        assert "storm" in [h.type for h in find_triggers(sent)], sent


def test_lightning_death_is_its_own_incident_beside_a_flood():
    text = ("A mudflow flooded forty houses in Talgar on Sunday. In a separate incident, a herder was "
            "killed by lightning near Esik.")
    ms = [mention(text, "Talgar", "city", "Almaty Region"), mention(text, "Esik", "city", "Almaty Region")]
    assert units(run(text, ms)) == [("Almaty Region", "accident"), ("Almaty Region", "flood")]


def test_a_storm_during_which_a_boat_capsized_and_a_storm_elsewhere_are_two():
    text = ("Қатты дауыл кезінде Құрық маңында қайық аударылып, бір адам қаза тапты. "
            "Дауыл Жаңаөзенде де бірнеше үйдің шатырын ұшырды.")
    ms = [mention(text, "Құрық", "village", "Mangystau Region"),
          mention(text, "Жаңаөзенде", "city", "Mangystau Region")]
    recs = run(text, ms, lang="kk")
    assert units(recs) == [("Mangystau Region", "crash"), ("Mangystau Region", "storm")]


def test_second_clause_with_water_cutting_off_villages_is_a_flood():
    text = ("In the Aktobe region a river burst its banks near Shalkar, and in the Kostanay region water "
            "cut off two villages.")
    ms = [mention(text, "Aktobe region", "region", "Aktobe Region"), mention(text, "Shalkar", "city", "Aktobe Region"),
          mention(text, "Kostanay region", "region", "Kostanay Region")]
    assert units(run(text, ms)) == [("Aktobe Region", "flood"), ("Kostanay Region", "flood")]


def test_crash_near_a_reference_point_goes_to_the_region_of_the_reporting_police():
    text = ("A lorry overturned on the highway 60 km east of Aral. Two people died. The road police of the "
            "Kyzylorda region said the driver was speeding.")
    ms = [mention(text, "Aral", "city", "Kyzylorda Region"), mention(text, "Kyzylorda region", "region", "Kyzylorda Region")]
    recs = run(text, ms)
    assert units(recs) == [("Kyzylorda Region", "crash")]
    assert recs[0]["killed"] == 2
    # two regions' services named: no guess
    text2 = text.replace("said the driver", "and the emergency department of the Aktobe region said the driver")
    ms2 = ms + [mention(text2, "Aktobe region", "region", "Aktobe Region")]
    ms2[1] = mention(text2, "Kyzylorda region", "region", "Kyzylorda Region")
    assert units(run(text2, ms2)) == []


def test_the_cause_of_an_event_is_a_re_mention():
    assert find_triggers("Причины пожара выясняются.") == []
    assert find_triggers("Өрттің себебі анықталып жатыр.") == []
    assert [h.type for h in find_triggers("A fire destroyed a market.")] == ["fire"]


def test_a_clause_after_comma_al_or_a_with_a_new_place_has_its_own_event():
    text = "Екібастұзда жол апаты болды, ал Павлодар облысында дауыл үйлердің шатырын ұшырды."
    ms = [mention(text, "Екібастұзда", "city", "Pavlodar Region"),
          mention(text, "Павлодар облысында", "region", "Pavlodar Region")]
    assert sorted(r["type"] for r in run(text, ms, lang="kk")) == ["crash", "storm"]
    text = "В Актобе прошёл митинг, а в Атырауской области сгорел склад."
    ms = [mention(text, "Актобе", "city", "Aktobe Region"),
          mention(text, "Атырауской области", "region", "Atyrau Region")]
    assert units(run(text, ms, lang="ru")) == [("Aktobe Region", "protest"), ("Atyrau Region", "fire")]
    # a comma and "и" keep one clause: the second place shares the event
    text = "Пикеты прошли в Семее, и в Курчатове."
    ms = [mention(text, "Семее", "city", "Abai Region"), mention(text, "Курчатове", "city", "Abai Region")]
    assert [r["place"] for r in run(text, ms, lang="ru")] == ["Семее", "Курчатове"]


def test_a_wind_forecast_is_not_a_storm():
    for sent in ("Синоптики прогнозируют сильный ветер в Астане.", "Ертең қатты жел соғады деп күтілуде.",
                 "Strong winds are expected to hit Aktau tomorrow."):
        assert "storm" not in [h.type for h in find_triggers(sent)], sent


def test_villages_counted_in_a_clause_naming_their_region_are_not_unattributed():
    text = ("In the Aktobe region a river burst its banks near Shalkar, and in the Kostanay region "
            "several villages were cut off by water.")
    ms = [mention(text, "Aktobe region", "region", "Aktobe Region"), mention(text, "Shalkar", "city", "Aktobe Region"),
          mention(text, "Kostanay region", "region", "Kostanay Region")]
    recs = run(text, ms)
    assert units(recs) == [("Aktobe Region", "flood"), ("Kostanay Region", "flood")]
    assert [r for r in recs if r["adm1"] is None] == []
    text = "Protests were held in the Mangystau region and in five other regions."
    ms = [mention(text, "Mangystau region", "region", "Mangystau Region")]
    assert [r["scope"] for r in run(text, ms) if r["adm1"] is None] == ["five other regions"]


def test_a_storm_of_criticism_is_not_a_storm():
    for sent in ("A storm of criticism hit the ministry.", "Решение вызвало бурю возмущения.",
                 "На акимат обрушился шквал критики."):
        assert "storm" not in [h.type for h in find_triggers(sent)], sent


def test_wind_named_as_the_cause_of_another_event_is_no_storm():
    for sent in ("The grass fire spread quickly due to strong winds.",
                 "Пожар быстро распространился из-за сильного ветра.",
                 "Өрт қатты жел салдарынан тез тарады."):
        types = [h.type for h in find_triggers(sent)]
        assert "fire" in types and "storm" not in types, (sent, types)
    # a storm that did its own damage stays a storm
    assert "storm" in [h.type for h in find_triggers("Strong winds tore roofs off houses, and a fire broke out.")]
    text = "Өрт Абай ауданының аумағында қатты жел салдарынан тез тарап, бірнеше ауыл тұрғындары көшірілді."
    recs = run(text, [mention(text, "Абай ауданының", "district", "Abai Region"),
                      {**mention(text, "бірнеше ауыл", "quantified"), "unit": "village"}], lang="kk")
    assert {r["type"] for r in recs} == {"fire"}, recs


def test_a_fire_at_a_place_is_a_fire_and_opening_fire_at_people_a_shooting():
    text = "A fire at a warehouse in Temirtau killed two workers."
    recs = run(text, [mention(text, "Temirtau", "city", "Karaganda Region")])
    assert units(recs) == [("Karaganda Region", "fire")], recs
    assert recs[0]["killed"] == 2
    assert [h.type for h in find_triggers("Police opened fire at protesters.")][0] == "shooting"
    assert "fire" not in [h.type for h in find_triggers("Troops returned fire on the attackers.")]
