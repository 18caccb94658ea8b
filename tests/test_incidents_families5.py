"""Status reports that are no new event, leaks, poisonings and outbreaks of infection,
crowds told by their demand or their cause, underground sit-ins, and places named in a
role other than the site of an event (each with sentences written for the test)."""

from __future__ import annotations

import pytest

from incident_helpers import detect_in, detect_parsed, mention, types


# ---- a status report is no new event

@pytest.mark.parametrize("sentence", [
    "The flood situation in the region remains stable, the emergencies department said.",
    "The situation with floods in the north is calm.",
    "The fire situation is under control.",
    "Water levels in the Tobol rose overnight but remain below the danger mark.",
    "Паводковая обстановка в районах области остаётся стабильной.",
    "Ситуация с паводками на севере стабильная.",
    "Облыста су тасқыны жағдайы тұрақты.",
])
def test_status_sentence_has_no_event(sentence):
    assert not {"flood", "fire"} & set(types(sentence))


@pytest.mark.parametrize("sentence, typ", [
    ("Flooding hit 30 homes, but the situation is now stable.", "flood"),
    ("Паводок затопил 30 домов, сейчас обстановка стабильная.", "flood"),
    ("Су тасқыны 20 үйді басты, қазір жағдай тұрақты.", "flood"),
    ("The flood situation in the region remains difficult: 30 homes were flooded.", "flood"),
])
def test_event_told_before_a_status_stays(sentence, typ):
    assert typ in types(sentence)


def test_status_sentence_gives_no_incident_at_its_town():
    text = ("Паводковая обстановка в районах области остаётся стабильной, уровень воды в Тоболе у Костаная "
            "ниже прошлогоднего.")
    recs = detect_in(text, [mention(text, "Костаная", "city", unit="Kostanay Region")], "2024-04-10", "ru")
    assert [r for r in recs if r["adm1"]] == []


# ---- leaks, poisonings, outbreaks of food or intestinal infection

@pytest.mark.parametrize("sentence", [
    "Two workers were poisoned after ammonia leaked from a tank at a dairy plant.",
    "Diesel fuel leaked from a tank car on a siding.",
    "Nine miners were treated for carbon dioxide poisoning.",
    "Six welders were taken to hospital after a leak at a gas well.",
    "Forty schoolchildren were hospitalised with symptoms of an intestinal infection after lunch.",
    "Утечка гептила произошла на станции.",
    "Из цистерны на разъезде вытекло дизельное топливо.",
    "Тридцать детей из летнего лагеря госпитализированы с признаками кишечной инфекции.",
    "Пятнадцать гостей кафе обратились к врачам с признаками отравления.",
    "Зауытта аммиак ағып кетіп, бес жұмысшы уланды.",
    "Лагерьдегі 30 бала ішек инфекциясы белгілерімен ауруханаға түсті.",
])
def test_leak_poisoning_and_infection_are_accidents(sentence):
    assert "accident" in types(sentence)


@pytest.mark.parametrize("sentence", [
    "The documents leaked to the press last week.",
    "Врачи напоминают о профилактике кишечных инфекций летом.",
    "Some 1,200 people with symptoms of coronavirus infection were registered last week.",
    "В городе зафиксирован рост массовых заболеваний гриппом.",
])
def test_no_accident_without_an_outbreak_or_a_leak(sentence):
    assert "accident" not in types(sentence)


# ---- crowds told by their demand or their cause; underground sit-ins

@pytest.mark.parametrize("sentence", [
    "About 200 drivers gathered on the central square, demanding lower fuel prices.",
    "Some 150 people gathered outside the court in support of the detained activists.",
    "Some 80 miners have refused to come up from the shaft since Monday.",
    "The miners have stayed underground for two days, demanding a pay rise.",
    "Около 200 человек собрались на площади, требуя отставки акима.",
    "Около 100 человек собрались у здания суда в поддержку задержанных активистов.",
    "Шахтёры вторые сутки не поднимаются на поверхность, требуя повышения зарплаты.",
    "Елуге жуық тұрғын алаңға жиналып, жалақы беруді талап етті.",
    "Жүзге жуық адам әкімдік алдына жиналып, кеншілерді қолдады.",
    "Кеншілер жалақыны көтеруді талап етіп, үшінші күн жер бетіне шықпай отыр.",
    "Жүз кенші екі тәулік бойы жер бетіне көтерілмей отыр.",
    "About 300 people gathered in the central park, chanting slogans against the price rise.",
    "Около 300 человек собрались в центральном парке с плакатами.",
])
def test_crowd_with_a_demand_and_sit_in_are_protests(sentence):
    assert "protest" in types(sentence)


@pytest.mark.parametrize("sentence", [
    "Hundreds gathered in the park to celebrate the city's anniversary.",
    "Volunteers gathered in support of flood victims.",
    "Officials gathered in the capital to discuss the demands of the drivers.",
    "Около 200 человек собрались в парке на концерт.",
    "Жүзге жуық адам тойға жиналды.",
])
def test_crowd_without_a_demand_is_no_protest(sentence):
    assert "protest" not in types(sentence)


# ---- places named in another role: a meeting, analysts, a reform, a comparison

@pytest.mark.parametrize("text, surface, unit, lang", [
    ("The akim, who met a group of the strikers in Kostanay, promised to pay the wages.", "Kostanay", "Kostanay Region", "en"),
    ("Аким области встретился с бастующими в Костанае и пообещал выплатить зарплату.", "Костанае", "Kostanay Region", "ru"),
    ("Облыс әкімі Қостанайда ереуілшілермен кездесті.", "Қостанайда", "Kostanay Region", "kk"),
    ("Облыс әкімі Қостанайдағы үкімет отырысында су тасқынының шығынын бағалады.", "Қостанайдағы", "Kostanay Region", "kk"),
    ("The strike may halt grain exports, analysts in Kostanay said.", "Kostanay", "Kostanay Region", "en"),
    ("Забастовка может остановить экспорт зерна, считают эксперты в Костанае.", "Костанае", "Kostanay Region", "ru"),
    ("Ереуіл салдарынан Қостанайдағы сарапшылар экспорт азаяды деп есептейді.", "Қостанайдағы", "Kostanay Region", "kk"),
    ("The flood was the first test for the new region, formed last year together with Kostanay region.",
     "Kostanay", "Kostanay Region", "en"),
    ("Паводок стал первым испытанием для области, созданной в прошлом году вместе с Костанайской областью.",
     "Костанайской", "Kostanay Region", "ru"),
    ("Су тасқыны Қостанай облысымен бірге құрылған облыс үшін алғашқы сынақ болды.", "Қостанай", "Kostanay Region", "kk"),
    ("The damage from this year's flood is far greater than in Kostanay.", "Kostanay", "Kostanay Region", "en"),
    ("Ущерб от нынешнего паводка намного больше, чем в Костанае.", "Костанае", "Kostanay Region", "ru"),
    ("Биылғы су тасқынының шығыны Қостанайға қарағанда әлдеқайда көп.", "Қостанайға", "Kostanay Region", "kk"),
])
def test_place_in_another_role_is_no_event_place(text, surface, unit, lang):
    kind = "region" if "region" in text[text.index(surface):text.index(surface) + 30].lower() \
        or surface.endswith("ской") or "облыс" in text[text.index(surface):text.index(surface) + 30] else "city"
    recs = detect_in(text, [mention(text, surface, kind, unit=unit)], "2024-04-10", lang)
    assert [r for r in recs if r["adm1"]] == []


@pytest.mark.parametrize("text, surface, lang", [
    ("Police met the protesters with tear gas in Kostanay.", "Kostanay", "en"),
    ("A flood hit the newly created region and swamped 40 homes in Kostanay.", "Kostanay", "en"),
    ("В Костанае аналитики насчитали 40 подтопленных домов после прорыва дамбы.", "Костанае", "ru"),
])
def test_site_named_near_a_role_word_stays(text, surface, lang):
    recs = detect_in(text, [mention(text, surface, "city", unit="Kostanay Region")], "2024-04-10", lang)
    assert [r["adm1"] for r in recs] == ["Kostanay Region"]


# ---- a facility named right after its city ("X қаласындағы «Y» кеніші", "X's Y mine") is in it

@pytest.mark.parametrize("text, city, facility, lang", [
    ("Рудный қаласындағы «Шығыс» кенішінің 200 кеншісі жер бетіне шықпай отыр.", "Рудный қаласындағы", "Шығыс", "kk"),
    ("Some 200 miners at Rudny's Vostok mine went on strike on Monday.", "Rudny", "Vostok", "en"),
])
def test_facility_after_its_city_is_one_event(text, city, facility, lang):
    ms = [mention(text, city, "city", unit="Kostanay Region", place="Rudny"),
          mention(text, facility, "facility", unit="Kostanay Region", place="Vostok mine")]
    recs = detect_in(text, ms, "2024-04-10", lang)
    assert [(r["adm1"], r["type"]) for r in recs] == [("Kostanay Region", "protest")]


@pytest.mark.parametrize("text, lang", [
    ("Ulytau region, carved out of Karaganda region last year, faced its first big fire.", "en"),
    ("Область Улытау, выделенная из Карагандинской области в прошлом году, столкнулась с первым крупным пожаром.", "ru"),
    ("Қарағанды облысының құрамынан бөлініп шыққан Ұлытау облысында алғашқы ірі өрт болды.", "kk"),
])
def test_unit_a_new_one_was_carved_from_is_no_event_place(text, lang):
    recs = detect_parsed(text, lang, "2023-06-20")
    assert sorted({(r["adm1"], r["type"]) for r in recs}) == [("Ulytau Region", "fire")]


@pytest.mark.parametrize("sentence, typ", [
    ("The situation in flood-hit areas has stabilised, the ministry said.", None),
    ("Тридцать отдыхающих госпитализированы с диагнозом «острая кишечная инфекция».", "accident"),
    ("Около 300 жителей вышли к зданию акимата, требуя вернуть газ.", "protest"),
    ("Жүзге жуық жұмысшы әкімдік алдына келіп, жалақы беруді талап етті.", "protest"),
    ("The miners have not come up to the surface since Monday, demanding back pay.", "protest"),
    ("Кеншілер жалақы талап етіп, екі күннен бері шахтада отыр.", "protest"),
    ("Горняки третьи сутки находятся в забое, требуя повышения зарплаты.", "protest"),
    ("Әкім жөндеу жұмыстарын аяқтауды талап етіп, мердігерлермен кездесті.", None),
])
def test_more_forms_of_the_families(sentence, typ):
    assert types(sentence) == ([typ] if typ else [])


@pytest.mark.parametrize("sentence, typ", [
    ("Өткен көктемде Талғар ауданындағы сел үш үйді қиратты.", "accident"),
    ("Таудан түскен сел екі ауылды шайып кетті.", "accident"),
    ("Он сел в машину и уехал в Талгар.", None),
])
def test_kazakh_mudflow_told_by_what_it_did(sentence, typ):
    assert types(sentence) == ([typ] if typ else [])


@pytest.mark.parametrize("text, lang", [
    ("The akim received a delegation of the strikers in Taraz on Friday.", "en"),
    ("Аким области принял делегацию бастующих в Таразе.", "ru"),
    ("Облыс әкімі Таразда ереуілшілердің өкілдерін қабылдады.", "kk"),
    ("Петропавлда су тасқыны бойынша жағдай бақылауда.", "kk"),
])
def test_delegation_received_and_status_give_no_row(text, lang):
    assert [r for r in detect_parsed(text, lang, "2023-06-20") if r["adm1"]] == []


def test_event_word_between_a_speech_verb_and_the_place_makes_it_the_site():
    text = "At a government meeting in Astana the emergencies minister said 30 homes had been flooded in Kostanay region."
    recs = detect_parsed(text, "en", "2023-06-20")
    assert sorted({(r["adm1"], r["type"]) for r in recs}) == [("Kostanay Region", "flood")]


# ---- a mishap first told in an "after ..." clause with its consequence is told there

@pytest.mark.parametrize("text, lang", [
    ("Six workers of a dairy plant in Kostanay were taken to hospital after ammonia leaked from a pipe.", "en"),
    ("Шесть рабочих молочного завода в Костанае госпитализированы после утечки аммиака.", "ru"),
])
def test_mishap_told_after_its_consequence_counts(text, lang):
    recs = detect_parsed(text, lang, "2024-05-03")
    assert sorted({(r["adm1"], r["type"]) for r in recs}) == [("Kostanay Region", "accident")]


def test_after_an_event_told_before_still_points_back():
    text = ("A gas cylinder exploded in a flat in Kostanay on Monday. "
            "On Wednesday two neighbours in Kostanay were injured after the explosion.")
    recs = detect_parsed(text, "en", "2024-05-03")
    assert [(r["adm1"], r["type"]) for r in recs if r["adm1"]] == [("Kostanay Region", "explosion")]


# ---- unrest that may spread is a forecast

@pytest.mark.parametrize("sentence", [
    "Analysts in Astana said the protests could spread to other towns of the region.",
    "По мнению аналитиков, протесты могут распространиться на другие города.",
    "Сарапшылар наразылық басқа қалаларға тарауы мүмкін деп есептейді.",
])
def test_unrest_that_may_spread_is_no_event(sentence):
    assert types(sentence) == []


def test_unrest_that_spread_is_an_event():
    assert types("Protests spread to Aktau on Monday.") == ["protest"]


@pytest.mark.parametrize("text, lang", [
    ("Abai region, recreated in 2022 out of East Kazakhstan region, saw its worst fire near Ayagoz.", "en"),
    ("Ayagoz, until 2022 part of East Kazakhstan region, was hit by a steppe fire.", "en"),
    ("В Абайской области, воссозданной в 2022 году из Восточно-Казахстанской, горела степь у Аягоза.", "ru"),
    ("Аягоз, до 2022 года входивший в состав Восточно-Казахстанской области, пострадал от степного пожара.", "ru"),
    ("Бұрын Шығыс Қазақстан облысының құрамында болған Аягөз маңында дала өрті шықты.", "kk"),
])
def test_unit_a_place_belonged_to_before_a_reform_is_no_event_place(text, lang):
    recs = detect_parsed(text, lang, "2023-06-20")
    assert sorted({r["adm1"] for r in recs}) == ["Abai Region"]


@pytest.mark.parametrize("sentence", [
    "Heavy snow brought down the roof of a warehouse on the edge of town.",
    "Қалың қардан қойманың шатыры опырылып түсті.",
])
def test_roof_brought_down_is_an_accident(sentence):
    assert types(sentence) == ["accident"]
