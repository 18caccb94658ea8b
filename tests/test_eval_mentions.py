import json
from pathlib import Path

import pytest

from geomap.eval_mentions import HELD_OUT, _match, evaluate, format_table

CORPUS = Path(__file__).resolve().parent / "corpus"


def test_one_to_one_overlap_matching():
    gold = [{"start": 0, "end": 6}, {"start": 10, "end": 20}]
    pred = [{"start": 0, "end": 3}, {"start": 2, "end": 8}, {"start": 12, "end": 14}]
    pairs = _match(pred, gold)
    assert sorted(pairs) == [(0, 1), (1, 2)]


def test_metrics_on_a_tiny_corpus(tmp_path):
    (tmp_path / "texts").mkdir()
    text = "Protests in Almaty and Ankara. Rallies in 9 regions."
    (tmp_path / "texts" / "t1.txt").write_text(text, encoding="utf-8")
    (tmp_path / "corpus.jsonl").write_text(json.dumps({"id": "t1", "date": "2022-01-05", "lang": "en"}) + "\n")
    gold = [
        {"id": "t1", "start": 12, "end": 18, "text": "Almaty", "place": "Almaty", "kind": "city", "adm1": "Almaty"},
        {"id": "t1", "start": 23, "end": 29, "text": "Ankara", "place": "Ankara", "kind": "foreign", "adm1": None},
        {"id": "t1", "start": 42, "end": 51, "text": "9 regions", "place": "9 regions", "kind": "quantified",
         "adm1": None, "count": 9, "unit": "region"},
        {"id": "t1", "start": 0, "end": 8, "text": "Protests", "place": "X", "kind": "city", "adm1": "Astana"},
    ]
    (tmp_path / "gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in gold))
    r = evaluate(tmp_path)
    assert r["all"]["overlap"]["recall"] == 0.75
    assert r["all"]["overlap"]["precision"] == 1.0
    assert r["all"]["adm1_accuracy"] == 1.0
    assert r["all"]["foreign_leak"] == 0.0
    assert r["all"]["quantified_count_recall"] == 1.0
    assert any(e["type"] == "missed" and e["text"] == "Protests" for e in r["errors"])
    assert "F1 ovl" in format_table(r)


def test_held_out_is_a_third_of_the_corpus():
    ids = [json.loads(l)["id"] for l in (CORPUS / "corpus.jsonl").read_text().splitlines() if l.strip()]
    assert set(HELD_OUT) <= set(ids)
    assert len(ids) / 4 <= len(HELD_OUT) <= len(ids) / 2


@pytest.mark.parametrize("ids", [None, HELD_OUT])
def test_dev_corpus_meets_the_targets(ids):
    r = evaluate(CORPUS, ids=ids)
    thresholds = {"en": 0.93, "ru": 0.93, "kk": 0.85}
    for lang, t in thresholds.items():
        assert r[lang]["overlap"]["f1"] >= t, (lang, r[lang])
    assert r["all"]["adm1_accuracy"] >= 0.98
    assert r["all"]["adm1_accuracy_date_dependent"] >= 0.95
    assert r["all"]["foreign_leak"] <= 0.02
    if r["all"]["quantified_count_recall"] is not None:
        assert r["all"]["quantified_count_recall"] >= 0.80
