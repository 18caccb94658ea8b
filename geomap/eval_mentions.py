"""Score the geoparser against a gold corpus (``tests/corpus`` layout).

Definitions (per language and overall, micro-averaged over mentions):

* **exact P/R/F1**: a predicted mention is a true positive when a gold mention of the same
  document has exactly the same ``start`` and ``end``.
* **overlap P/R/F1**: a predicted span matches a gold span of the same document when the
  two character ranges overlap; matching is one-to-one (pairs taken greedily by largest
  overlap, then document order).
* **ADM1 accuracy**: over gold mentions with a non-null ``adm1`` that are overlap-matched,
  the share whose predicted ``adm1`` equals the gold one.
* **ADM1 accuracy, date-dependent**: the same over gold mentions whose place lies in land
  that belonged to different units on 2017-01-01, 2020-01-01 and 2023-01-01. The land is
  the gazetteer atom of the gold ``place`` when the gazetteer knows it, else every atom of
  the gold unit as it stood on the document date.
* **foreign leak**: gold ``foreign`` mentions whose overlap-matched prediction has a
  non-null ``adm1``, divided by all gold ``foreign`` mentions.
* **quantified-count recall**: gold ``quantified`` mentions with an integer ``count`` that
  are overlap-matched by a ``quantified`` prediction with the same count, divided by all
  gold quantified mentions with a count.

``HELD_OUT`` is a fixed third of the dev corpus kept aside when tuning rules;
``evaluate(ids=HELD_OUT)`` scores it alone.
"""

from __future__ import annotations

import json
from pathlib import Path

from . import adm1

HELD_OUT = ("d002", "d005", "d008", "d011", "d014", "d017", "d020", "d023", "d026", "d029", "d032", "d035",
            "d038", "d040")
ERA_DATES = ("2017-01-01", "2020-01-01", "2023-01-01")


def _load(corpus_dir: Path):
    docs = {}
    for line in (corpus_dir / "corpus.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            docs[r["id"]] = r
    gold: dict[str, list[dict]] = {}
    for line in (corpus_dir / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            gold.setdefault(r["id"], []).append(r)
    return docs, gold


def _match(pred: list[dict], gold: list[dict]) -> list[tuple[int, int]]:
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            ov = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if ov > 0:
                pairs.append((-ov, g["start"], i, j))
    pairs.sort()
    used_g, used_p, out = set(), set(), []
    for _, _, i, j in pairs:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        out.append((i, j))
    return out


def _place_atoms(place: str, unit_name: str | None, date: str) -> set[str]:
    from .gazetteer import load

    gaz = load()
    best = None
    for p in gaz.places.values():
        if p.name == place and p.atom and p.kind != "foreign":
            if best is None or p.population > best.population:
                best = p
    if best is not None:
        return {best.atom} if best.atom in adm1.ATOMS else set()
    if unit_name is None or unit_name not in adm1.BY_NAME:
        return set()
    iso = adm1.BY_NAME[unit_name].iso
    for v in adm1.VERSIONS:
        if v.iso == iso and v.in_force(adm1.to_date(date)):
            return set(v.atoms)
    return set()


def _date_dependent(g: dict, date: str) -> bool:
    atoms = _place_atoms(g["place"], g.get("adm1"), date)
    for a in atoms:
        if len({adm1.unit_for_atom(a, d).iso for d in ERA_DATES}) > 1:
            return True
    return False


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def evaluate(corpus_dir="tests/corpus", ids=None) -> dict:
    """Scores per language (``en``, ``ru``, ``kk``) and ``all``, plus per-document errors."""
    from .geoparse import extract

    corpus_dir = Path(corpus_dir)
    docs, gold = _load(corpus_dir)
    wanted = sorted(ids) if ids is not None else sorted(docs)
    acc: dict[str, dict] = {}
    errors = []
    for doc_id in wanted:
        meta = docs[doc_id]
        text = (corpus_dir / "texts" / f"{doc_id}.txt").read_text(encoding="utf-8")
        with open(corpus_dir / "texts" / f"{doc_id}.txt", encoding="utf-8", newline="") as fh:
            text = fh.read()
        pred = extract(text, date=meta.get("date"), lang=meta.get("lang"))
        g = gold.get(doc_id, [])
        pairs = _match(pred, g)
        exact = sum(1 for pr in pred for gg in g if pr["start"] == gg["start"] and pr["end"] == gg["end"])
        for lang in (meta.get("lang") or "en", "all"):
            a = acc.setdefault(lang, dict(n_pred=0, n_gold=0, tp_exact=0, tp_overlap=0, adm1_n=0, adm1_ok=0,
                                          dd_n=0, dd_ok=0, foreign_n=0, foreign_leak=0, quant_n=0, quant_ok=0, docs=0))
            a["docs"] += 1
            a["n_pred"] += len(pred)
            a["n_gold"] += len(g)
            a["tp_exact"] += exact
            a["tp_overlap"] += len(pairs)
            matched = {i: j for i, j in pairs}
            for i, gg in enumerate(g):
                j = matched.get(i)
                if gg.get("adm1") and j is not None:
                    a["adm1_n"] += 1
                    ok = pred[j].get("adm1") == gg["adm1"]
                    a["adm1_ok"] += ok
                    if _date_dependent(gg, meta.get("date")):
                        a["dd_n"] += 1
                        a["dd_ok"] += ok
                if gg["kind"] == "foreign":
                    a["foreign_n"] += 1
                    if j is not None and pred[j].get("adm1"):
                        a["foreign_leak"] += 1
                if gg["kind"] == "quantified" and gg.get("count") is not None:
                    a["quant_n"] += 1
                    if j is not None and pred[j]["kind"] == "quantified" and pred[j].get("count") == gg["count"]:
                        a["quant_ok"] += 1
        mg = {i for i, _ in pairs}
        mp = {j for _, j in pairs}
        for i, gg in enumerate(g):
            if i not in mg:
                errors.append({"doc": doc_id, "type": "missed", "text": gg["text"], "start": gg["start"], "kind": gg["kind"]})
            elif pred[dict(pairs)[i]].get("adm1") != gg.get("adm1") and gg.get("adm1"):
                errors.append({"doc": doc_id, "type": "adm1", "text": gg["text"], "start": gg["start"],
                               "gold": gg["adm1"], "pred": pred[dict(pairs)[i]].get("adm1")})
        for j, pr in enumerate(pred):
            if j not in mp:
                errors.append({"doc": doc_id, "type": "spurious", "text": pr["text"], "start": pr["start"], "kind": pr["kind"]})
    result = {}
    for lang, a in acc.items():
        result[lang] = {
            "docs": a["docs"], "gold": a["n_gold"], "predicted": a["n_pred"],
            "exact": _prf(a["tp_exact"], a["n_pred"], a["n_gold"]),
            "overlap": _prf(a["tp_overlap"], a["n_pred"], a["n_gold"]),
            "adm1_accuracy": round(a["adm1_ok"] / a["adm1_n"], 4) if a["adm1_n"] else None,
            "adm1_n": a["adm1_n"],
            "adm1_accuracy_date_dependent": round(a["dd_ok"] / a["dd_n"], 4) if a["dd_n"] else None,
            "date_dependent_n": a["dd_n"],
            "foreign_leak": round(a["foreign_leak"] / a["foreign_n"], 4) if a["foreign_n"] else 0.0,
            "foreign_n": a["foreign_n"],
            "quantified_count_recall": round(a["quant_ok"] / a["quant_n"], 4) if a["quant_n"] else None,
            "quantified_n": a["quant_n"],
        }
    result["errors"] = errors
    return result


def format_table(result: dict) -> str:
    """A plain-text table of an :func:`evaluate` result."""
    langs = [k for k in ("en", "ru", "kk", "all") if k in result]
    cols = ["docs", "gold", "pred", "P exact", "R exact", "F1 exact", "P ovl", "R ovl", "F1 ovl", "ADM1", "ADM1 date",
            "foreign leak", "quant count"]
    rows = []
    for lang in langs:
        r = result[lang]

        def f(x):
            return "-" if x is None else f"{x:.3f}"

        rows.append([lang, str(r["docs"]), str(r["gold"]), str(r["predicted"]), f(r["exact"]["precision"]),
                     f(r["exact"]["recall"]), f(r["exact"]["f1"]), f(r["overlap"]["precision"]),
                     f(r["overlap"]["recall"]), f(r["overlap"]["f1"]), f(r["adm1_accuracy"]),
                     f(r["adm1_accuracy_date_dependent"]), f(r["foreign_leak"]), f(r["quantified_count_recall"])])
    head = ["lang"] + cols
    widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(head)]
    lines = ["  ".join(h.rjust(w) for h, w in zip(head, widths))]
    lines += ["  ".join(c.rjust(w) for c, w in zip(row, widths)) for row in rows]
    return "\n".join(lines)
