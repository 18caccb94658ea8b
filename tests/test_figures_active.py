"""Casualty figures told with active verbs (the people as the object)."""

from __future__ import annotations

import pytest

from geomap.figures import figures


@pytest.mark.parametrize("sentence, field, n", [
    ("Полиция задержала 50 человек в центре города.", "detained", 50),
    ("В Алматы задержали более 100 участников акции.", "detained", 100),
    ("Боевики убили 3 полицейских.", "killed", 3),
    ("Полиция 50 адамды ұстады.", "detained", 50),
    ("Полиция 30-ға жуық белсендіні қамауға алды.", "detained", 30),
    ("Қарулы адам екі адамды атып өлтірді.", "killed", 2),
])
def test_active_verbs_give_figures(sentence, field, n):
    assert figures(sentence)[field] == n


@pytest.mark.parametrize("sentence", [
    "Рейс задержали на 3 часа.",          # a delay, not a detention
    "Полиция ұстады, 3 сағаттан кейін босатты.",
])
def test_no_figure_without_people(sentence):
    assert figures(sentence)["detained"] is None
