#!/usr/bin/env python3
"""Rewrites text files in place with their paragraphs on single lines, one
after the other (no blank line between): what hunalign, bleualign and Moses
take. Given files written by the shared kit's bench.py with --para unit (one
gold unit per paragraph), it gives one unit per line:

    python3 ../shared/eval/bench.py --para unit --cmd \\
        'python3 bench/one_per_line.py {vi} {en} && build/cli/vietalign align {vi} {en} -o {out} --presplit' \\
        ../shared/eval/data/ted-*.jsonl
"""
import sys


def one_per_line(text):
    paras = [' '.join(p.split()) for p in text.split('\n\n')]
    return ''.join(p + '\n' for p in paras if p)


def main(paths):
    for path in paths:
        with open(path, encoding='utf-8') as f:
            text = f.read()
        with open(path, 'w', encoding='utf-8') as f:
            f.write(one_per_line(text))


if __name__ == '__main__':
    main(sys.argv[1:])
