#!/usr/bin/env python3
"""Review aids for a check corpus built with tests/build_check_corpus.py (standard library only).

    python3 tests/review_check_corpus.py tests/unseen5 render [ID ...]   # texts with gold spans inline
    python3 tests/review_check_corpus.py tests/unseen5 stats             # the count tables of its README
"""
import collections
import json
import os
import sys


def _load(corpus, name):
    with open(os.path.join(corpus, name), encoding='utf-8') as fh:
        return [json.loads(line) for line in fh if line.strip()]


def render(corpus, want=()):
    """Print each text with its gold spans in brackets (kind, unit, NI for non-incident places)
    and its incident rows."""
    want = set(want)
    gold, inc = _load(corpus, 'gold.jsonl'), _load(corpus, 'incidents.jsonl')
    for i in sorted({g['id'] for g in gold}):
        if want and i not in want:
            continue
        with open(os.path.join(corpus, 'texts', i + '.txt'), encoding='utf-8', newline='') as fh:
            text = fh.read()
        out, pos = [], 0
        for g in (g for g in gold if g['id'] == i):
            assert text[g['start']:g['end']] == g['text']
            out.append(text[pos:g['start']])
            tag = g['kind'][:3] + ':' + (g['adm1'] or '-')
            note = g.get('note') or ''
            if 'NI' in note or 'not an incident' in note:
                tag += ':NI'
            out.append('[' + g['text'] + '|' + tag + ']')
            pos = g['end']
        out.append(text[pos:])
        print('=' * 20, i)
        print(''.join(out))
        for r in inc:
            if r['id'] == i:
                print('  INC', r['adm1'], r['incidents'], '-', r['note'])


def stats(corpus):
    """Print the counts a check corpus's README gives: mentions by language and kind, incident
    rows, and the per-unit and per-text tables."""
    docs, gold, inc = _load(corpus, 'corpus.jsonl'), _load(corpus, 'gold.jsonl'), _load(corpus, 'incidents.jsonl')
    lang = {c['id']: c['lang'] for c in docs}
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
    for c in docs:
        m = sum(1 for g in gold if g['id'] == c['id'])
        n = sum(r['incidents'] for r in inc if r['id'] == c['id'])
        print(f"| {c['id']} | {c['date']} | {c['lang']} | {c.get('event', '')} | {m} | {n} |")


def main(argv):
    if len(argv) < 2 or argv[1] not in ('render', 'stats'):
        sys.exit(__doc__)
    if argv[1] == 'render':
        render(argv[0], argv[2:])
    else:
        stats(argv[0])


if __name__ == '__main__':
    main(sys.argv[1:])
