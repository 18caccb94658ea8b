from hypothesis import given, settings, strategies as st

from geomap.normalize import detect_lang, fold, key


def test_fold_unifies_case_dashes_quotes_and_yo():
    assert fold("Алма–Ата") == "алма-ата"
    assert fold("Ёлки «Шанырак»") == 'елки "шанырак"'
    assert fold("Gur’yev\u00a0X") == "gur'yev x"


def test_fold_keeps_length_even_for_expanding_lowercase():
    s = "İstanbul ẞ ﬁ"
    assert len(fold(s)) == len(s)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_fold_length_property(s):
    assert len(fold(s)) == len(s)


def test_key_collapses_spaces():
    assert key("  West   Kazakhstan ") == "west kazakhstan"


def test_detect_lang():
    assert detect_lang("Protests in Almaty") == "en"
    assert detect_lang("Протесты в Алматы продолжаются") == "ru"
    assert detect_lang("Алматы қаласында наразылық акциясы өтті, әкімдік хабарлады") == "kk"


def test_romanize_common_english_spelling():
    from geomap.normalize import romanize

    assert romanize("Абай") == "Abai"
    assert romanize("Қаратал") == "Karatal"
    assert romanize("Жетісу") == "Zhetisu"
    assert romanize("Шығыс Қазақстан") == "Shyghys Kazakstan"
    assert romanize("Ayagoz-2") == "Ayagoz-2"
