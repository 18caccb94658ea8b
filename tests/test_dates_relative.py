"""Days named relative to the article: offsets and weekdays counted back from its date."""

from __future__ import annotations

import datetime as dt

import pytest

from geomap.dates import find_dates

REF = "2022-01-05"  # a Wednesday


@pytest.mark.parametrize("text, surface, day", [
    ("Police said yesterday that 40 people were detained.", "yesterday", "2022-01-04"),
    ("the day before yesterday", "the day before yesterday", "2022-01-03"),
    ("Protesters gathered on Monday in Almaty.", "on Monday", "2022-01-03"),
    ("They rallied on Wednesday.", "on Wednesday", "2022-01-05"),  # the article's own day
    ("It happened last Wednesday.", "last Wednesday", "2021-12-29"),
    ("Sunday's assault on two gun shops", "Sunday", "2022-01-02"),
    ("Вчера в Жанаозене прошёл митинг.", "Вчера", "2022-01-04"),
    ("Митинг прошёл в пятницу.", "в пятницу", "2021-12-31"),
    ("во вторник вечером", "во вторник", "2022-01-04"),
    ("Кеше Алматыда наразылық болды.", "Кеше", "2022-01-04"),
    ("Сенбі күні жиын өтті.", "Сенбі күні", "2022-01-01"),
    ("дүйсенбіде жарылыс болды", "дүйсенбіде", "2022-01-03"),
])
def test_relative_days(text, surface, day):
    found = find_dates(text, REF)
    assert [(text[d.start:d.end], d.iso) for d in found] == [(surface, day)]


def test_weekday_is_never_after_the_article():
    ref = dt.date(2024, 4, 10)
    for i, name in enumerate(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]):
        (d,) = find_dates(f"on {name}", ref)
        day = dt.date.fromisoformat(d.iso)
        assert day.weekday() == i and dt.timedelta(0) <= ref - day < dt.timedelta(days=7)


@pytest.mark.parametrize("text", [
    "A rally is planned, police said.",  # no relative word
    "бүгінгі таңда",                     # "nowadays", not "today"
    "кешегі оқиға",                      # "yesterday's" as an adjective is left alone
    "Пятница, 13-е",                     # a weekday without "в"
])
def test_no_false_relative_days(text):
    assert find_dates(text, REF) == []


def test_no_document_date_no_relative_day():
    assert find_dates("yesterday and on Monday", None) == []
