"""Incident evaluation against the annotated corpus (``tests/corpus``).

Scores, micro-averaged over documents:

* the set of ADM1 units with incidents per document: precision, recall, F1
  over (document, ADM1) pairs;
* on the matched pairs, the share whose incident count is exact, and within 1;
* unattributed recall: gold quantified statements ("9 regions", "many
  cities") found as a ``scope`` (same label) or a ``count`` (same number) in
  the same document;
* evidence: every record's ``evidence`` is the text at ``start:end`` and not empty.

``mentions="gold"`` feeds the annotated place mentions to the detector, so
detection is measured apart from geoparsing; ``"predicted"`` runs the whole
pipeline. ``split`` picks all documents, the tuning part or the held-out
third (every document whose number is 2 modulo 3).
"""

from __future__ import annotations

import json
import os
from collections import Counter, defaultdict

from .documents import Document


def _read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def held_out(doc_id: str) -> bool:
    """True for the documents kept aside as the overfitting check."""
    digits = "".join(ch for ch in doc_id if ch.isdigit())
    return bool(digits) and int(digits) % 3 == 2


def load_corpus(corpus_dir="tests/corpus"):
    meta = _read_jsonl(os.path.join(corpus_dir, "corpus.jsonl"))
    docs = []
    for m in meta:
        with open(os.path.join(corpus_dir, "texts", m["id"] + ".txt"), encoding="utf-8", newline="") as f:
            text = f.read()
        docs.append(Document(id=m["id"], text=text, date=m.get("date"), lang=m.get("lang")))
    gold_mentions = defaultdict(list)
    for g in _read_jsonl(os.path.join(corpus_dir, "gold.jsonl")):
        gold_mentions[g["id"]].append(g)
    gold_inc = defaultdict(dict)
    for r in _read_jsonl(os.path.join(corpus_dir, "incidents.jsonl")):
        gold_inc[r["id"]][r["adm1"]] = int(r["incidents"])
    gold_un = defaultdict(list)
    for r in _read_jsonl(os.path.join(corpus_dir, "unattributed.jsonl")):
        gold_un[r["id"]].extend(r["unattributed"])
    return docs, gold_mentions, gold_inc, gold_un


def gold_mentions_as_input(records: list[dict]) -> list[dict]:
    """Gold annotations in the shape ``geoparse.extract`` returns."""
    from .adm1 import BY_NAME

    out = []
    for g in records:
        unit = BY_NAME.get(g.get("adm1") or "")
        out.append({
            "doc": g["id"], "start": g["start"], "end": g["end"], "text": g["text"], "kind": g["kind"],
            "place": g.get("place"), "adm1": g.get("adm1"), "adm1_iso": unit.iso if unit else None,
            "lat": None, "lon": None, "count": g.get("count"), "unit": g.get("unit"), "confidence": 1.0,
            "subkind": g.get("subkind"),
        })
    return out


def evaluate(corpus_dir="tests/corpus", mentions="predicted", split="all", as_of=None) -> dict:
    """Scores of the incident detector on the corpus (see the module docstring)."""
    from .events import detect

    if mentions not in ("gold", "predicted"):
        raise ValueError("mentions must be 'gold' or 'predicted'")
    docs, gold_m, gold_inc, gold_un = load_corpus(corpus_dir)
    if split == "held-out":
        docs = [d for d in docs if held_out(d.id)]
    elif split == "tune":
        docs = [d for d in docs if not held_out(d.id)]
    elif split != "all":
        raise ValueError("split must be 'all', 'tune' or 'held-out'")

    tp = fp = fn = 0
    exact = within1 = 0
    un_found = un_total = 0
    bad_evidence = 0
    n_records = 0
    per_doc = {}
    lang_pairs: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # tp, fp, fn, exact
    for doc in docs:
        ms = gold_mentions_as_input(gold_m.get(doc.id, [])) if mentions == "gold" else None
        recs = detect(doc, ms, as_of)
        n_records += len(recs)
        for r in recs:
            if not r.get("evidence") or doc.text[r["start"]:r["end"]] != r["evidence"]:
                bad_evidence += 1
        pred = Counter(r["adm1"] for r in recs if r.get("adm1"))
        gold = gold_inc.get(doc.id, {})
        matched = set(pred) & set(gold)
        tp += len(matched)
        fp += len(set(pred) - set(gold))
        fn += len(set(gold) - set(pred))
        for a in matched:
            exact += pred[a] == gold[a]
            within1 += abs(pred[a] - gold[a]) <= 1
        lp = lang_pairs[doc.lang or "?"]
        lp[0] += len(matched)
        lp[1] += len(set(pred) - set(gold))
        lp[2] += len(set(gold) - set(pred))
        lp[3] += sum(pred[a] == gold[a] for a in matched)
        scopes = [r for r in recs if r.get("adm1") is None and (r.get("scope") or r.get("count") is not None)]
        for g in gold_un.get(doc.id, []):
            un_total += 1
            lab = str(g["label"]).lower()
            if any((r.get("scope") or "").lower() == lab
                   or (g.get("count") is not None and r.get("count") == g["count"]) for r in scopes):
                un_found += 1
        per_doc[doc.id] = {"gold": dict(gold), "pred": dict(pred)}
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "mentions": mentions,
        "split": split,
        "documents": len(docs),
        "records": n_records,
        "adm1_precision": p,
        "adm1_recall": r,
        "adm1_f1": f1,
        "matched": tp,
        "count_exact": exact / tp if tp else 0.0,
        "count_within1": within1 / tp if tp else 0.0,
        "unattributed_recall": un_found / un_total if un_total else 1.0,
        "unattributed_total": un_total,
        "evidence_ok": bad_evidence == 0,
        "bad_evidence": bad_evidence,
        "per_doc": per_doc,
        "by_lang": {lang: {"adm1_f1": (2 * t / (2 * t + f + n)) if t else 0.0,
                           "count_exact": (e / t) if t else 0.0, "matched": t}
                    for lang, (t, f, n, e) in sorted(lang_pairs.items())},
    }


def format_report(res: dict, details: bool = False) -> str:
    """A short plain-text summary of :func:`evaluate`'s result."""
    lines = [
        f"incidents ({res['mentions']} mentions, {res['split']}: {res['documents']} documents, {res['records']} records)",
        f"  ADM1 per document  P {res['adm1_precision']:.3f}  R {res['adm1_recall']:.3f}  F1 {res['adm1_f1']:.3f}",
        f"  counts on {res['matched']} matched  exact {res['count_exact']:.3f}  within 1 {res['count_within1']:.3f}",
        f"  unattributed recall {res['unattributed_recall']:.3f} of {res['unattributed_total']}",
        f"  evidence sentence on every record: {'yes' if res['evidence_ok'] else 'no (%d bad)' % res['bad_evidence']}",
    ]
    by_lang = res.get("by_lang") or {}
    if by_lang:
        lines.append("  by language  " + "  ".join(
            f"{lang}: F1 {v['adm1_f1']:.3f} exact {v['count_exact']:.3f} ({v['matched']})" for lang, v in by_lang.items()))
    if details:
        for doc_id, d in sorted(res["per_doc"].items()):
            if d["gold"] != d["pred"]:
                lines.append(f"  {doc_id}: gold {d['gold']}  predicted {d['pred']}")
    return "\n".join(lines)


def main(argv=None) -> int:
    import argparse

    ap = argparse.ArgumentParser(description="Evaluate incident detection on the annotated corpus.")
    ap.add_argument("--corpus", default="tests/corpus")
    ap.add_argument("--mentions", choices=["gold", "predicted"], default="gold")
    ap.add_argument("--split", choices=["all", "tune", "held-out"], default="all")
    ap.add_argument("--details", action="store_true")
    a = ap.parse_args(argv)
    try:
        print(format_report(evaluate(a.corpus, a.mentions, a.split), a.details))
    except BrokenPipeError:
        pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
