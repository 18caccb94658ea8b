#!/usr/bin/env python3
"""Print each text with its gold spans in brackets, for review.

    python3 tests/unseen6/build/render.py [ID ...]
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    want = set(sys.argv[1:])
    gold = [json.loads(l) for l in open(os.path.join(HERE, 'gold.jsonl'), encoding='utf-8')]
    inc = [json.loads(l) for l in open(os.path.join(HERE, 'incidents.jsonl'), encoding='utf-8')]
    ids = sorted({g['id'] for g in gold})
    for i in ids:
        if want and i not in want:
            continue
        text = open(os.path.join(HERE, 'texts', i + '.txt'), encoding='utf-8', newline='').read()
        out, pos = [], 0
        for g in (g for g in gold if g['id'] == i):
            assert text[g['start']:g['end']] == g['text']
            out.append(text[pos:g['start']])
            tag = g['kind'][:3] + ':' + (g['adm1'] or '-')
            if 'NI' in (g.get('note') or '') or 'not an incident' in (g.get('note') or ''):
                tag += ':NI'
            out.append('[' + g['text'] + '|' + tag + ']')
            pos = g['end']
        out.append(text[pos:])
        print('=' * 20, i)
        print(''.join(out))
        for r in inc:
            if r['id'] == i:
                print('  INC', r['adm1'], r['incidents'], '-', r['note'])


if __name__ == '__main__':
    main()
