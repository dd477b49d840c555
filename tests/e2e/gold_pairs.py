#!/usr/bin/env python3
"""Checks that an alignment holds exactly the gold pairs, in order.

usage: gold_pairs.py GOLD.tsv OUTPUT.tmx|.tsv|.jsonl

GOLD.tsv: one pair a line, VI<TAB>EN. OUTPUT: the CLI's TMX (tuv xml:lang
vi/en, in either order), TSV (vi, en, score) or JSON Lines ("vi", "en").
Texts are compared after NFC and whitespace folding. Prints the first pair
that differs and exits 1, or prints how many pairs match and exits 0. The
standard library only, so that the corpus pair's test needs nothing outside
the repository.
"""
import json
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET

XML_LANG = '{http://www.w3.org/XML/1998/namespace}lang'


def norm(s):
    return re.sub(r'\s+', ' ', unicodedata.normalize('NFC', s)).strip()


def read_tmx(path):
    pairs = []
    for tu in ET.parse(path).getroot().iter('tu'):
        side = {}
        for tuv in tu.iter('tuv'):
            seg = tuv.find('seg')
            side[tuv.get(XML_LANG, '')[:2]] = ''.join(seg.itertext()) if seg is not None else ''
        pairs.append((side.get('vi', ''), side.get('en', '')))
    return pairs


def read_pairs(path):
    if path.endswith('.tmx'):
        return read_tmx(path)
    with open(path, encoding='utf-8') as f:
        if path.endswith('.jsonl'):
            return [(r['vi'], r['en']) for r in map(json.loads, f)]
        return [tuple(line.rstrip('\n').split('\t')[:2]) for line in f]


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip().splitlines()[2])
    gold = [tuple(map(norm, p)) for p in read_pairs(sys.argv[1])]
    got = [tuple(map(norm, p)) for p in read_pairs(sys.argv[2])]
    for k, (g, o) in enumerate(zip(gold, got), 1):
        if g != o:
            print('pair %d differs:\n  gold:   %s | %s\n  output: %s | %s' % (k, g[0], g[1], o[0], o[1]))
            return 1
    if len(gold) != len(got):
        print('%d gold pairs, %d in the output' % (len(gold), len(got)))
        return 1
    print('%d pairs match the gold' % len(gold))
    return 0


if __name__ == '__main__':
    sys.exit(main())
