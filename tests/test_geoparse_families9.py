"""Mention families of the ninth and tenth check corpora, on invented sentences."""
from geomap.geoparse import extract


def found(text, date="2024-05-01"):
    return {m["text"]: m for m in extract(text, date=date)}


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
