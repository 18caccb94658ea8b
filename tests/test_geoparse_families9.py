"""Mention families of the ninth and tenth check corpora, on invented sentences."""
from geomap.geoparse import extract


def found(text, date="2024-05-01", lang=None):
    return {m["text"]: m for m in extract(text, date=date, lang=lang)}


def test_a_place_in_the_ablative_is_no_given_name_before_a_surname_shaped_town():
    ms = found("Штаб 2022 жылы Талдықорғаннан Қонаевқа ауыстырылды.", "2023-03-01")
    assert ms["Талдықорғаннан"]["adm1"] == "Jetisu Region"
    assert ms["Қонаевқа"]["adm1"] == "Almaty Region"
    # a given name before a surname in the ablative is still a person
    assert found("Біз Абай Құнанбаевтан көп нәрсе үйрендік.") == {}


def test_old_russian_style_district_spellings_in_english():
    ms = found("Grass fires spread through the Amangeldy and Dzhangeldy districts.", "1994-08-20")
    assert ms["Dzhangeldy"]["place"] == "Zhangeldi District"
    assert ms["Dzhangeldy"]["adm1"] == "Kostanay Region"
    assert found("in Dzhangeldy district", "2020-01-01")["Dzhangeldy district"]["kind"] == "district"
    # never without the head noun
    assert "Dzhangeldy" not in found("Dzhangeldy said nothing.")


def test_kazakh_district_list_with_plural_head_takes_districts():
    ms = found("Жолаушылар Аманкелді, Жангелдин және Наурызым аудандарынан келді.", "2026-01-10")
    for name in ("Аманкелді", "Жангелдин", "Наурызым"):
        assert ms[name]["kind"] == "district" and ms[name]["adm1"] == "Kostanay Region", (name, ms.get(name))


def test_genitive_owner_before_a_city_district_beats_a_region_after_it():
    ms = found("Шымкенттің Абай ауданын Абай облысымен шатастыруға болмайды.", "2025-02-01")
    assert ms["Абай ауданын"]["adm1"] == "Shymkent"
    assert ms["Абай облысымен"]["adm1"] == "Abai Region"


def test_district_homonym_follows_the_region_of_its_sentence_then_of_the_text():
    text = ("Солтүстік Қазақстан облысында дауыл Есіл және Аққайың аудандарындағы ауылдарды жарықсыз қалдырды. "
            "Көкшетаудан құтқарушылар келді. Есіл ауданының орталығында бағана құлады.")
    ms = [m for m in extract(text, date="2024-12-01") if m["text"].startswith("Есіл")]
    assert [m["adm1"] for m in ms] == ["North Kazakhstan Region"] * 2
    text = ("Солтүстік Қазақстан облысының Ғабит Мүсірепов ауданында қар жауды. Көкшетаудан техника жіберілді. "
            "Сол күні Есіл ауданындағы ауылда үй өртенді.")
    m = found(text, "2024-12-01")["Есіл ауданындағы"]
    assert m["adm1"] == "North Kazakhstan Region"
    # a text about Akmola Region keeps its own Esil district
    assert found("Ақмола облысының Есіл ауданында өрт шықты.")["Есіл ауданында"]["adm1"] == "Akmola Region"


def test_villages_of_a_list_belong_to_the_district_named_with_the_list():
    ms = found("Дауыл Кеген ауданының Кеген және Жалаңаш ауылдарында шатырларды ұшырды.")
    assert ms["Жалаңаш"]["adm1"] == "Almaty Region"
    ms = found("Flood water reached the villages of Kegen and Zhalanash in Kegen district.")
    assert ms["Zhalanash"]["adm1"] == "Almaty Region"


def test_village_of_a_list_follows_its_sibling_into_the_unit_the_text_names():
    text = ("Пожар прошёл по Бескарагайскому и Бородулихинскому районам области Абай. "
            "Пламя остановили у сёл Жерновка и Новодворовка.")
    ms = found(text, "2024-07-01")
    assert ms["Новодворовка"]["adm1"] == "Abai Region"


def test_hyphenated_names_are_read_whole():
    ms = found("Жол апаты Сай-Өтес ауылынан 15 шақырым жерде болды.")
    assert "Өтес ауылынан" not in ms and ms["Сай-Өтес ауылынан"]["adm1"] == "Mangystau Region"
    ms = found("Біз Fort-Shevchenkodan shyqtyq.", "2024-01-01", "kk")
    assert ms["Fort-Shevchenkodan"]["place"] == "Fort-Shevchenko"
    # the second half of an unknown hyphenated name is not a place on its own
    assert "Шевченко" not in found("Әнші Тарас-Шевченко сахнаға шықты.")
    # a company written with its town is not the town; a route keeps both ends
    assert found("Crews of Aktobe-Teploservis repaired the pipe.") == {}
    ms = found("The Almaty-Bishkek highway was closed.")
    assert {"Almaty", "Bishkek"} <= set(ms)


def test_regional_cultural_institutions_are_no_mentions():
    assert found("Кешті Павлодар облыстық филармониясы ұйымдастырды.") == {}
    assert found("The Kostanay regional drama theatre reopened.") == {}
    # a regional hospital, court or police department names the jurisdiction
    assert "Павлодар" in found("Жаралылар Павлодар облыстық ауруханасына жеткізілді.")
    assert "Kostanay" in found("Kostanay regional police said.")


def test_clubs_in_match_reports_are_no_mentions():
    ms = found("Irtysh of Pavlodar drew 1-1 with Ordabasy, and Yelimai from Semey beat Kaisar 2-0. "
               "Shakhter, the defending champions, lost 0-2 to Taraz in Kyzylorda.")
    assert "Taraz" not in ms
    assert {"Pavlodar", "Semey", "Kyzylorda"} <= set(ms)
    assert found("Aktobe beat Kairat 3-1 on Sunday.") == {}
    assert "Aktobe" in found("The convoy drove to Aktobe on Sunday.")


def test_company_and_person_names_built_on_places():
    assert found("Miners of the Atasu copper company went on strike.") == {}
    assert found('"Roads are closed," said Serik Amangeldin, a spokesman.') == {}
    assert found("an engineer of Intergas Central Asia said") == {}
    assert "Central Asia" in found("Trade in Central Asia grew.")
    # a list of towns keeps a town whose name looks like a surname
    assert "Satbayev" in found("Zhezkazgan, Satbayev and Karazhal now report to the Ulytau akim.")


def test_kazakh_ridges_stations_and_border_posts():
    m = found("Алтайдағы Иванов жотасында екі турист адасып кетті.")["Иванов жотасында"]
    assert m["kind"] == "facility" and m["adm1"] is None
    m = found("Жүк пойызы Петропавл маңындағы Мамлютка станциясында тоқтап қалды.")["Мамлютка станциясында"]
    assert m["kind"] == "facility" and m["adm1"] == "North Kazakhstan Region"
    m = found("Шекарашылар Бахты шекара заставасының маңында екі адамды ұстады.")["Бахты шекара заставасының"]
    assert m["kind"] == "facility"


def test_rivers_by_a_plural_head_or_a_verb_of_flowing():
    ms = found("Meltwater raised the Ilek and Khobda rivers overnight.", "2020-04-01")
    assert ms["Khobda"]["kind"] == "facility" and ms["Khobda"]["adm1"] is None
    ms = found("Ручей впадает в Арысь ниже плотины.", "2020-04-01")
    assert ms["Арысь"]["kind"] == "facility"
    # the town of the same name stays a town
    assert found("Жители Арыси получили помощь.")["Арыси"]["kind"] == "city"
    assert found("Паводок в Таласском Алатау.")["Таласском Алатау"]["kind"] == "facility"


def test_named_fields_are_facilities():
    m = found("Gas flared at the Karaton field near Kulsary.", "2024-01-01")["Karaton field"]
    assert m["kind"] == "facility" and m["adm1"] == "Atyrau Region"


def test_streets_sharing_a_plural_noun_are_each_a_street_of_the_city():
    ms = found("Авария случилась на перекрёстке улиц Абая и Сейфуллина в Бостандыкском районе Алматы.")
    assert ms["Абая"]["kind"] == ms["Сейфуллина"]["kind"] == "facility"
    assert ms["Сейфуллина"]["adm1"] == "Almaty"
    # the streets of a city are the city
    assert found("На улицах Шымкента было пусто.")["Шымкента"]["kind"] == "city"


def test_items_of_a_list_before_a_plural_facility_noun():
    ms = found("Exports moved through the Dostyk and Altynkol crossings.", "2024-01-01")
    assert ms["Dostyk"]["kind"] == ms["Altynkol"]["kind"] == "facility"
    assert ms["Altynkol"]["adm1"] == "Jetisu Region"


def test_a_city_district_of_semey():
    m = found("Семейдің Жаңасемей ауданында көше жарығы сөнді.", "2024-01-01")["Жаңасемей ауданында"]
    assert m["kind"] == "district" and m["adm1"] == "Abai Region"


def test_bare_repeats_of_a_microdistrict_or_a_field():
    ms = extract("OSKEMEN, Jan 5 - Pipes froze in the Zaton microdistrict. Residents of Zaton waited for hours.",
                 date="2024-01-05", lang="en")
    zaton = [m for m in ms if m["text"] == "Zaton"]
    assert zaton and zaton[0]["kind"] == "district" and zaton[0]["adm1"] == "East Kazakhstan Region"
    ms = extract("Gas leaked at the Karaton field in Zhylyoi district. Crews at Karaton stopped the leak.",
                 date="2024-01-05", lang="en")
    assert [m["kind"] for m in ms if m["text"] == "Karaton"] == ["facility"]


def test_unknown_last_item_of_a_village_list():
    ms = found("Паводок затопил дворы в сёлах Бозколь, Басыкара и Тасжарган.", "2019-04-01")
    assert ms["Тасжарган"]["kind"] == "village" and ms["Тасжарган"]["adm1"] == "Kyzylorda Region"
    # a person's name after a list is no item of it
    ms = found("Паводок затопил дворы в сёлах Бозколь и Басыкара, сообщил Ерлан Тасжарган.", "2019-04-01")
    assert "Тасжарган" not in ms and "Ерлан" not in ms


def test_head_noun_said_once_serves_the_next_district_adjective():
    ms = found("Больше всего снега выпало в Уланском районе, меньше всего – в Глубоковском.", "2019-04-01")
    assert ms["Глубоковском"]["kind"] == "district" and ms["Глубоковском"]["adm1"] == "East Kazakhstan Region"


def test_a_microdistrict_named_again_in_another_case_stays_the_microdistrict():
    text = ("ПАВЛОДАР, 3 марта – В Павлодаре в микрорайоне Боровской прорвало трубу. "
            "«Трубы в Боровском старые», – сказал мастер.")
    ms = found(text, "2019-03-03")
    assert ms["Боровском"]["kind"] == "district" and ms["Боровском"]["adm1"] == "Pavlodar Region"


def test_airport_codes_and_compass_words_in_kazakh_facility_names():
    ms = found("Балқаш әуежайы (BXH) жөндеуге жабылды.", "2025-01-01")
    assert ms["BXH"]["kind"] == "facility" and ms["BXH"]["adm1"] == "Karaganda Region"
    ms = found("Шығыс Қаражал кенішінде жұмыс тоқтады.", "2025-01-01")
    assert "Шығыс Қаражал кенішінде" in ms


def test_river_word_capitalised_and_mountains_of_a_country():
    ms = found("Мост закрыли. Река Аксу вышла из берегов у села.", "2020-01-01")
    assert ms["Аксу"]["kind"] == "facility" and ms["Аксу"]["adm1"] is None
    assert found("Лавина сошла в горах Кыргызстана.")["Кыргызстана"]["kind"] == "foreign"
    assert found("Specialists came from Houston.")["Houston"]["kind"] == "foreign"


def test_hyphen_rules_leave_abbreviated_parties_alone():
    ms = [m["text"] for m in extract("The EU-Kazakhstan summit met after the Kazakhstan-EU council.", date="2023-01-01")]
    assert ms.count("Kazakhstan") == 2


def test_a_country_in_a_match_report_is_still_the_country():
    assert "Kazakhstan" in found("Kazakhstan beat Georgia 2-1 in Astana.")


def test_a_field_office_is_no_oil_field():
    assert found("The agency opened an Aktobe field office.")["Aktobe"]["kind"] == "city"
