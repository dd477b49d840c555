#!/usr/bin/env python3
"""Prints the running text of an HTML page (script, style and pre blocks
left out), one paragraph per block element, blank lines between.

usage: html_text.py PAGE.html
"""
import html.parser
import sys

BLOCKS = {'p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'dd', 'td', 'th', 'tr', 'br', 'title'}
SKIP = {'script', 'style', 'pre'}


class Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paras, self.cur, self.skip = [], [], 0

    def flush(self):
        text = ' '.join(''.join(self.cur).split())
        if text:
            self.paras.append(text)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag in BLOCKS:
            self.flush()

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCKS:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.cur.append(data)


def main():
    p = Text()
    with open(sys.argv[1], encoding='utf-8') as f:
        p.feed(f.read())
    p.flush()
    sys.stdout.write('\n\n'.join(p.paras) + '\n')


if __name__ == '__main__':
    main()
