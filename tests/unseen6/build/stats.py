#!/usr/bin/env python3
"""Print the count tables of tests/unseen6/README.md from the built JSONL files.

    python3 tests/unseen6/build/stats.py
"""
import collections
import json
import os

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load(name):
    with open(os.path.join(HERE, name), encoding='utf-8') as fh:
        return [json.loads(line) for line in fh]


def main():
    corpus, gold, inc = load('corpus.jsonl'), load('gold.jsonl'), load('incidents.jsonl')
    lang = {c['id']: c['lang'] for c in corpus}
    by_lang = collections.Counter(lang[g['id']] for g in gold)
    print('mentions by language:', dict(sorted(by_lang.items())))
    print('kinds:', collections.Counter(g['kind'] for g in gold).most_common())
    print('uncertain:', sum(1 for g in gold if g.get('uncertain')))
    print('incident rows:', len(inc), 'incidents:', sum(r['incidents'] for r in inc))
    adm = collections.Counter(g['adm1'] for g in gold if g['adm1'])
    rows = collections.Counter(r['adm1'] for r in inc)
    print('ADM1 values as mentions:', len(adm), 'as incident rows:', len(rows))
    for a in sorted(adm, key=lambda a: (-adm[a], a)):
        n = sum(r['incidents'] for r in inc if r['adm1'] == a)
        print(f'| {a} | {adm[a]} | {rows.get(a, 0)} | {n} |')
    print()
    for c in corpus:
        m = sum(1 for g in gold if g['id'] == c['id'])
        n = sum(r['incidents'] for r in inc if r['id'] == c['id'])
        print(f"| {c['id']} | {c['date']} | {c['lang']} | {c['event']} | {m} | {n} |")


if __name__ == '__main__':
    main()
