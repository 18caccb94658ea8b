"""Measures and follow-ups that are no new event (rescue crews sent, traffic halted because of
an event, the seat of a ministry that orders checks), one event per sentence (places left
without power, the home village of a crowd gathered elsewhere, one event word for several
places of a unit), and a unit-level record that keeps apart from a later event of another type
(each with sentences written for the test)."""

from __future__ import annotations

import pytest

from incident_helpers import detect_in, mention, types


def _units(recs):
    return sorted((r["adm1"], r["type"]) for r in recs)


# ---- rescue crews are no event

@pytest.mark.parametrize("sentence", [
    "Шүлбіге Өскеменнен апаттық-құтқару жасағы жіберілді.",
    "Қарағандыдан апаттық құтқару бригадасы шығарылды.",
    "В Шахтинск направлены аварийно-спасательные бригады из Караганды.",
    "Аварийно-спасательная служба выехала в Сатпаев.",
    "An emergency-rescue team from Karaganda was sent to Shakhtinsk.",
    "Rescue crews were sent to Shakhtinsk from Karaganda.",
    "Құтқарушылар Шахтинскіге жіберілді.",
])
def test_rescue_crews_are_no_event_word(sentence):
    assert [t for t in types(sentence) if t != "killing"] == []


def test_a_crash_told_with_an_adjective_of_emergency_still_counts():
    # (the noun itself stays an event word)
    assert types("Түнде Шүлбі маңында жол апаты болды.") == ["crash"]
    assert types("Кеніште апат болып, екі кенші жарақат алды.")[0] == "accident"


def test_rescue_crews_sent_after_a_storm_add_no_event():
    text = ("Кеше түнде Шүлбі ауылында қатты дауыл 20 үйдің шатырын ұшырды. "
            "Шүлбіге Өскеменнен апаттық-құтқару жасағы жіберілді.")
    ms = [mention(text, "Шүлбі", "village", "East Kazakhstan Region"),
          mention(text, "Шүлбіге", "village", "East Kazakhstan Region", place="Шүлбі"),
          mention(text, "Өскеменнен", "city", "East Kazakhstan Region", place="Өскемен")]
    assert _units(detect_in(text, ms, "2021-06-10", "kk")) == [("East Kazakhstan Region", "storm")]


# ---- traffic halted because of an event is a measure

@pytest.mark.parametrize("text, place, kind, unit, lang", [
    ("Из-за шторма приостановлено паромное сообщение между портом Баутино и Баку.",
     "Баутино", "village", "Mangystau Region", "ru"),
    ("Из-за сильного бурана закрыта трасса у Шидерты.", "Шидерты", "village", "Pavlodar Region", "ru"),
    ("Из-за паводка остановлены поезда у станции Шалкар.", "Шалкар", "city", "Aktobe Region", "ru"),
    ("В связи с метелью движение поездов у Экибастуза приостановлено.", "Экибастуза", "city", "Pavlodar Region", "ru"),
    ("Боранға байланысты жүк көліктері Қостанай маңында тоқтатылды.", "Қостанай", "city", "Kostanay Region", "kk"),
    ("Дауыл салдарынан Ақтау әуежайы жабылды.", "Ақтау", "city", "Mangystau Region", "kk"),
    ("Тасқынға байланысты Шалқар маңында пойыздар қозғалысы тоқтатылды.", "Шалқар", "city", "Aktobe Region", "kk"),
    ("Because of the floods, the road near Uralsk was closed on Monday.", "Uralsk", "city", "West Kazakhstan Region", "en"),
    ("Due to the blizzard, flights from Kostanay were cancelled.", "Kostanay", "city", "Kostanay Region", "en"),
])
def test_traffic_halted_because_of_an_event_is_no_event_there(text, place, kind, unit, lang):
    assert detect_in(text, [mention(text, place, kind, unit)], "2020-03-02", lang) == []


@pytest.mark.parametrize("text, place, kind, unit, typ, lang", [
    # the cause placed itself: the event happened there
    ("Из-за пожара на рынке в Таразе приостановлена торговля.", "Таразе", "city", "Jambyl Region", "fire", "ru"),
    ("Тараздағы өртке байланысты базар жабылды.", "Тараздағы", "city", "Jambyl Region", "fire", "kk"),
    ("Because of a fire at a market in Taraz, trade was suspended on Monday.", "Taraz", "city", "Jambyl Region", "fire", "en"),
    # an event of its own beside the measure
    ("Из-за бурана у Шидерты опрокинулся автобус, трасса закрыта.", "Шидерты", "village", "Pavlodar Region", "crash", "ru"),
    # evacuating people is done at the site
    ("Из-за пожара эвакуировали 200 человек в Таразе.", "Таразе", "city", "Jambyl Region", "fire", "ru"),
])
def test_an_event_placed_beside_a_measure_still_counts(text, place, kind, unit, typ, lang):
    assert _units(detect_in(text, [mention(text, place, kind, unit)], "2020-03-02", lang)) == [(unit, typ)]


# ---- the seat of a ministry acting on events told elsewhere in the sentence

@pytest.mark.parametrize("text, seat, lang", [
    ("Grass fires have broken out in several regions this week, and the emergencies ministry in Astana "
     "has ordered patrols.", "Astana", "en"),
    ("Степные пожары произошли в нескольких областях, и министерство по чрезвычайным ситуациям в Астане "
     "распорядилось усилить патрули.", "Астане", "ru"),
])
def test_a_ministry_seat_hosts_no_event_scoped_elsewhere(text, seat, lang):
    quant = "several regions" if lang == "en" else "нескольких областях"
    ms = [mention(text, quant, "quantified", count=None), mention(text, seat, "city", "Astana")]
    recs = detect_in(text, ms, "2023-07-04", lang)
    assert [r["adm1"] for r in recs] == [None]


def test_a_ministry_seat_beside_a_named_place_hosts_nothing():
    text = "Бірнеше ауылда Жаңаарқа маңында дала өрті шықты, Астанадағы Төтенше жағдайлар министрлігі тексеру жүргізді."
    ms = [mention(text, "Жаңаарқа", "village", "Ulytau Region"), mention(text, "Астанадағы", "city", "Astana")]
    assert [r["adm1"] for r in detect_in(text, ms, "2023-07-04", "kk") if r["adm1"]] == ["Ulytau Region"]


def test_a_fire_at_a_ministry_still_counts():
    text = "A fire broke out at the ministry of energy in Astana on Monday."
    assert _units(detect_in(text, [mention(text, "Astana", "city", "Astana")], "2023-07-04")) == [("Astana", "fire")]


@pytest.mark.parametrize("text, label, lang", [
    ("Бірнеше облыста элеваторларда өрт шықты.", "Бірнеше облыста", "kk"),
    ("Several districts were flooded on Monday.", "Several districts", "en"),
])
def test_a_capitalised_count_word_is_no_named_unit(text, label, lang):
    recs = detect_in(text, [mention(text, label, "quantified")], "2023-07-04", lang)
    assert [(r["adm1"], r["scope"]) for r in recs] == [(None, label)]


# ---- places left without power are a consequence

@pytest.mark.parametrize("text, site, others, lang", [
    ("Пожар на подстанции в Шахтинске оставил без электричества посёлок Долинка и часть Абая.",
     ("Шахтинске", "city"), [("Долинка", "village"), ("Абая", "city")], "ru"),
    ("A fire at a substation in Shakhtinsk left the village of Dolinka and part of Abay without power.",
     ("Shakhtinsk", "city"), [("Dolinka", "village"), ("Abay", "city")], "en"),
    ("A blast at a substation in Shakhtinsk left 3,000 homes in Abay without power.",
     ("Shakhtinsk", "city"), [("Abay", "city")], "en"),
    ("Шахтинскідегі қосалқы станцияда өрт шығып, Долинка кенті мен Абай қаласы жарықсыз қалды.",
     ("Шахтинскідегі", "city"), [("Долинка", "village"), ("Абай", "city")], "kk"),
])
def test_places_left_without_power_are_no_site(text, site, others, lang):
    unit = "Karaganda Region"
    ms = [mention(text, site[0], site[1], unit, place="Shakhtinsk")]
    ms += [mention(text, s, k, unit, place=s + "!") for s, k in others]
    recs = detect_in(text, ms, "2019-01-15", lang)
    assert [(r["adm1"], r["place"]) for r in recs] == [(unit, "Shakhtinsk")]


def test_places_left_without_power_by_a_storm_are_hit_by_it():
    text = "A storm tore roofs off in Shakhtinsk and left Abay without power."
    ms = [mention(text, "Shakhtinsk", "city", "Karaganda Region"), mention(text, "Abay", "city", "Karaganda Region")]
    assert _units(detect_in(text, ms, "2019-01-15")) == [("Karaganda Region", "storm")]


def test_a_place_left_without_power_with_no_other_place_keeps_the_event():
    text = "Взрыв на подстанции оставил без света посёлок Долинка."
    recs = detect_in(text, [mention(text, "Долинка", "village", "Karaganda Region")], "2019-01-15", "ru")
    assert _units(recs) == [("Karaganda Region", "explosion")]


def test_where_homes_were_left_without_power_is_the_site():
    text = "В Шахтинске при взрыве на подстанции 3000 домов остались без света."
    recs = detect_in(text, [mention(text, "Шахтинске", "city", "Karaganda Region")], "2019-01-15", "ru")
    assert _units(recs) == [("Karaganda Region", "explosion")]


# ---- the home of a crowd gathered elsewhere

@pytest.mark.parametrize("text, home, site, lang", [
    ("About 150 residents of Akzhar gathered outside the district akimat in Shieli on Monday to protest "
     "against power cuts.", "Akzhar", "Shieli", "en"),
    ("Около 150 жителей села Акжар собрались у здания акимата в Шиели, протестуя против отключений света.",
     "Акжар", "Шиели", "ru"),
    ("Ақжар ауылының 150-ге жуық тұрғыны жарықтың өшуіне наразылық білдіріп, Шиелі кентіндегі аудан "
     "әкімдігінің алдына жиналды.", "Ақжар", "Шиелі", "kk"),
])
def test_residents_gathered_elsewhere_make_one_protest_there(text, home, site, lang):
    ms = [mention(text, home, "village", "Kyzylorda Region", place="Akzhar"),
          mention(text, site, "village", "Kyzylorda Region", place="Shieli")]
    recs = detect_in(text, ms, "2022-02-07", lang)
    assert [(r["type"], r["place"]) for r in recs] == [("protest", "Shieli")]


def test_residents_named_after_the_gathering_keep_their_own_protest():
    text = ("Жители Кызылорды собрались на площади в Шиели, чтобы поддержать жителей Байконыра, "
            "протестующих против подорожания газа.")
    ms = [mention(text, "Кызылорды", "city", "Kyzylorda Region", place="Kyzylorda"),
          mention(text, "Шиели", "village", "Kyzylorda Region", place="Shieli"),
          mention(text, "Байконыра", "city", "Kyzylorda Region", place="Baikonur")]
    recs = detect_in(text, ms, "2022-01-04", "ru")
    assert sorted(r["place"] for r in recs) == ["Baikonur", "Shieli"]


def test_residents_protesting_with_no_other_place_protest_at_home():
    text = "About 150 residents of Akzhar protested against power cuts on Monday."
    recs = detect_in(text, [mention(text, "Akzhar", "village", "Kyzylorda Region")], "2022-02-07")
    assert [(r["type"], r["place"]) for r in recs] == [("protest", "Akzhar")]


# ---- a record of a unit keeps apart from a later event of another type at a named place

@pytest.mark.parametrize("lang, text, ms", [
    ("en", "Four workers were injured when a fuel tanker exploded at a coal mine on Sunday, the emergencies department "
           "of Abai Region said. The mine kept working. In Kurchatov, a fire destroyed a wooden house on Monday night "
           "and killed its owner.",
     [("Abai Region", "region"), ("Kurchatov", "city")]),
    ("ru", "В воскресенье на угольном разрезе взорвался бензовоз, пострадали четыре рабочих, сообщил департамент по ЧС "
           "области Абай. В Курчатове в понедельник ночью пожар уничтожил деревянный дом, погиб его хозяин.",
     [("области Абай", "region"), ("Курчатове", "city")]),
    ("kk", "Жексенбіде Абай облысындағы көмір разрезінде жанармай тасығыш көлік жарылды. Разрез жұмысын тоқтатпады. "
           "Дүйсенбі түні Курчатовта өрт шығып, ағаш үй жанып кетті.",
     [("Абай облысындағы", "region"), ("Курчатовта", "city")]),
])
def test_a_unit_record_does_not_swallow_a_later_event_of_another_type(lang, text, ms):
    recs = detect_in(text, [mention(text, s, k, "Abai Region") for s, k in ms], "2022-10-03", lang)
    assert sorted(r["type"] for r in recs) == ["explosion", "fire"]


@pytest.mark.parametrize("text", [
    # a generic word of a unit sums up the event placed next
    "Four people were killed in an accident in Abai Region on Sunday. A fuel tanker exploded at a coal mine "
    "near Kurchatov, police said.",
    # a headline sums up the story
    "Blast at an army depot in Abai Region kills four\nA fire broke out at the depot near Kurchatov on Sunday "
    "and reached the shells kept there.",
])
def test_a_unit_record_that_sums_up_the_placed_event_joins_it(text):
    ms = [mention(text, "Abai Region", "region", "Abai Region"), mention(text, "Kurchatov", "city", "Abai Region")]
    assert [r["adm1"] for r in detect_in(text, ms, "2022-10-03")] == ["Abai Region"]


def test_residents_in_a_kazakh_locative_place_are_where_it_happened():
    text = "Өрт салдарынан Ақжар ауылында 200-ге жуық тұрғын көшірілді."
    recs = detect_in(text, [mention(text, "Ақжар ауылында", "village", "Atyrau Region")], "2020-01-01", "kk")
    assert _units(recs) == [("Atyrau Region", "fire")]


@pytest.mark.parametrize("text", [
    "Ақжар ауылының үш тұрғыны Шиелі маңында жол апатында қаза тапты.",
    "Ақжар ауылының 12 тұрғыны Шиелі маңында жол апатында жарақат алды.",
])
def test_counted_kazakh_residents_are_no_site_of_a_crash(text):
    ms = [mention(text, "Ақжар ауылының", "village", "Atyrau Region"), mention(text, "Шиелі", "village", "Kyzylorda Region")]
    assert [r["adm1"] for r in detect_in(text, ms, "2020-01-01", "kk")] == ["Kyzylorda Region"]


@pytest.mark.parametrize("text, seat, lang", [
    ("Protesters from several regions gathered outside the government building in Astana on Wednesday.", "Astana", "en"),
    ("Протестующие из нескольких областей собрались у здания правительства в Астане.", "Астане", "ru"),
    ("Бірнеше облыстан келген наразылар Астанадағы үкімет үйінің алдына жиналды.", "Астанадағы", "kk"),
])
def test_the_place_of_a_government_building_people_went_to_is_a_site(text, seat, lang):
    recs = detect_in(text, [mention(text, seat, "city", "Astana")], "2022-01-05", lang)
    assert [r["adm1"] for r in recs if r["adm1"]] == ["Astana"]
