#!/usr/bin/env python3
"""Diagnostic listing: the product's output against this corpus's gold.

    /work/venv/bin/python tests/unseen/build/compare.py [--incidents]

Prints every disagreement on mentions (missed, spurious, span boundary, kind,
ADM1, place) and, with --incidents, the predicted incident records per document
next to the gold rows.
"""
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load(name):
    with open(os.path.join(ROOT, name), encoding='utf-8') as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main():
    import geomap
    corpus = load('corpus.jsonl')
    gold = load('gold.jsonl')
    by_doc = {}
    for g in gold:
        by_doc.setdefault(g['id'], []).append(g)
    for c in corpus:
        with open(os.path.join(ROOT, 'texts', c['id'] + '.txt'), encoding='utf-8', newline='') as fh:
            text = fh.read()
        pred = geomap.extract(text, date=c['date'], lang=c['lang'])
        golds = by_doc.get(c['id'], [])
        used = set()
        for g in golds:
            hit = [p for p in pred if p['start'] < g['end'] and g['start'] < p['end']]
            if not hit:
                print(f"{c['id']} {c['lang']} MISSED   {g['text']!r} {g['kind']} {g['adm1']}")
                continue
            for p in hit:
                used.add((p['start'], p['end']))
            p = hit[0]
            diffs = []
            if (p['start'], p['end']) != (g['start'], g['end']):
                diffs.append(f"span {p['text']!r}")
            if p['kind'] != g['kind']:
                diffs.append(f"kind {p['kind']}")
            if p.get('adm1') != g['adm1']:
                diffs.append(f"adm1 {p.get('adm1')}")
            if p.get('place') != g['place']:
                diffs.append(f"place {p.get('place')!r}")
            if diffs:
                print(f"{c['id']} {c['lang']} DIFF     {g['text']!r} (gold {g['kind']}, {g['place']!r}, {g['adm1']}): "
                      + '; '.join(diffs))
        for p in pred:
            if (p['start'], p['end']) not in used:
                print(f"{c['id']} {c['lang']} SPURIOUS {p['text']!r} {p['kind']} {p.get('place')!r} {p.get('adm1')}")
    if '--incidents' in sys.argv:
        lines = []
        for c in corpus:
            with open(os.path.join(ROOT, 'texts', c['id'] + '.txt'), encoding='utf-8', newline='') as fh:
                lines.append(json.dumps({'id': c['id'], 'text': fh.read(), 'date': c['date'],
                                         'lang': c['lang']}, ensure_ascii=False))
        out = subprocess.run([os.path.join(sys.prefix, 'bin', 'geomap'), 'incidents', '-q', '-'],
                             input='\n'.join(lines) + '\n', capture_output=True, text=True).stdout
        recs = [json.loads(line) for line in out.splitlines() if line.strip()]
        inc = load('incidents.jsonl')
        for c in corpus:
            print(f"\n== {c['id']} gold: " + ', '.join(f"{r['adm1']}={r['incidents']}" for r in inc if r['id'] == c['id']))
            for r in recs:
                if r['doc'] == c['id']:
                    print(f"   {r.get('adm1')} {r.get('place')!r} {r.get('type')} scope={r.get('scope')} | {r.get('evidence')}")
    return 0


if __name__ == '__main__':
    sys.exit(main())
