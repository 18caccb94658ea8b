#!/usr/bin/env python3
"""Every disagreement between the product and an annotated corpus's gold.

    python tests/compare_corpus.py tests/unseen [--incidents]

Mentions: missed, spurious, and wrong span, kind, ADM1, place or count. With
``--incidents``: each document whose incident counts per ADM1 differ from the
gold rows, with the predicted records and their evidence sentences. The corpus
folder has the layout of ``tests/corpus`` (texts/, corpus.jsonl, gold.jsonl,
incidents.jsonl). A diagnostic tool, not a test.
"""
import json
import os
import sys


def main(argv=None):
    import argparse

    import geomap

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('corpus', help='an annotated corpus folder, e.g. tests/heldout or tests/unseen')
    ap.add_argument('--incidents', action='store_true', help='also compare incident rows per document')
    args = ap.parse_args(argv)
    root = args.corpus

    def load(name):
        with open(os.path.join(root, name), encoding='utf-8') as fh:
            return [json.loads(line) for line in fh if line.strip()]

    corpus = load('corpus.jsonl')
    gold = load('gold.jsonl')
    by_doc = {}
    for g in gold:
        by_doc.setdefault(g['id'], []).append(g)
    docs = []
    for c in corpus:
        with open(os.path.join(root, 'texts', c['id'] + '.txt'), encoding='utf-8', newline='') as fh:
            text = fh.read()
        docs.append(dict(c, text=text))
        pred = geomap.extract(text, date=c['date'], lang=c['lang'])
        gl = by_doc.get(c['id'], [])
        used = set()
        for g in gl:
            exact = [p for p in pred if p['start'] == g['start'] and p['end'] == g['end']]
            ovl = [p for p in pred if p['start'] < g['end'] and g['start'] < p['end']]
            p = (exact or ovl or [None])[0]
            tag = f"{c['id']} {c['lang']} {g['text']!r} [{g['kind']}/{g['place']}/{g['adm1']}]"
            if p is None:
                print('MISSED  ', tag, '|', g.get('note', ''))
                continue
            used.add(id(p))
            for q in ovl:
                used.add(id(q))
            probs = []
            if not exact:
                probs.append(f"span {p['text']!r}")
            if p['kind'] != g['kind']:
                probs.append(f"kind {p['kind']}")
            if p.get('adm1') != g['adm1']:
                probs.append(f"adm1 {p.get('adm1')}")
            if g['kind'] != 'quantified' and p.get('place') != g['place']:
                probs.append(f"place {p.get('place')}")
            if g['kind'] == 'quantified' and p.get('count') != g.get('count'):
                probs.append(f"count {p.get('count')}")
            if probs:
                print('WRONG   ', tag, '->', '; '.join(probs))
        for p in pred:
            if id(p) not in used:
                print('SPURIOUS', c['id'], c['lang'], repr(p['text']),
                      f"[{p['kind']}/{p.get('place')}/{p.get('adm1')}]")
    if args.incidents:
        gold_inc = {}
        for r in load('incidents.jsonl'):
            gold_inc.setdefault(r['id'], {})[r['adm1']] = r['incidents']
        df = geomap.incidents(docs)
        recs = df.to_dict('records')
        for c in corpus:
            mine = [r for r in recs if r['doc'] == c['id']]
            pred = {}
            for r in mine:
                if r.get('adm1'):
                    pred[r['adm1']] = pred.get(r['adm1'], 0) + 1
            g = gold_inc.get(c['id'], {})
            if pred != g:
                print(f"\nINCIDENTS {c['id']} {c['lang']} gold={g} pred={pred}")
                for r in mine:
                    print('   ', r.get('adm1'), r.get('type'), r.get('place'), repr(r.get('evidence'))[:160])


if __name__ == '__main__':
    sys.exit(main())
