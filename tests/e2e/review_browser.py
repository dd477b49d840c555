#!/usr/bin/python3
"""review_browser.py - drives `vietalign review`'s page in headless chromium
as a person would (clicks and keys through WebDriver) and checks what it
saves.

usage: review_browser.py CHROMEDRIVER CHROMIUM WORK [--screenshot PNG]

WORK holds the pages review.sh made:
  deepseek.html (+ align.tsv, align.tmx: `align` on the same pair)
      saved untouched, the page gives align's files; then join, split,
      move, mark wrong, edit, undo, and the saved TMX and TSV must hold
      the pairs a model of those operations on the page's own alignment
      gives (saved as WORK/edited.tmx and WORK/edited.tsv).
  en-strict.html (+ en-strict-align.tsv, en-strict-align.tmx): made with
      --min-score, --srclang en and --one-sided; saved untouched, the same
      files as align with those options.
  escape.html (+ escape-vi.txt: `segment`'s lines): texts holding
      </script> and <!--; the page must show them as text.
  notpar.html: texts that are not translations; the page says so.
Prints ok:/FAIL: lines; exits 1 when any check failed."""

import copy
import json
import math
import os
import re
import shutil
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import webdriver as wd  # noqa: E402

FAILS = []


def check(cond, what):
    print(('ok: ' if cond else 'FAIL: ') + what)
    if not cond:
        FAILS.append(what)
    return cond


def page_data(path):
    html = open(path, encoding='utf-8').read()
    m = re.search(r'<script type="application/json" id="alignment">(.*?)</script>', html, re.S)
    return json.loads(m.group(1))


# ---------------------------------------------------------------- the model

class Model:
    """What the alignment should be after each operation, computed from the
    page's original alignment alone."""

    def __init__(self, data):
        self.data = data
        self.text = {'vi': list(data['vi']), 'en': list(data['en'])}
        self.beads = [{'vi': list(range(b[0], b[0] + b[1])), 'en': list(range(b[2], b[2] + b[3])),
                       'score': b[4], 'wrong': b[5] == 1} for b in data['beads']]

    def join(self, i):
        a, b = self.beads[i], self.beads[i + 1]
        self.beads[i:i + 2] = [{'vi': a['vi'] + b['vi'], 'en': a['en'] + b['en'], 'score': None,
                                'wrong': a['wrong'] and b['wrong']}]

    def split(self, i, cut_vi, cut_en):
        b = self.beads[i]
        self.beads[i:i + 1] = [
            {'vi': b['vi'][:cut_vi], 'en': b['en'][:cut_en], 'score': None, 'wrong': b['wrong']},
            {'vi': b['vi'][cut_vi:], 'en': b['en'][cut_en:], 'score': None, 'wrong': b['wrong']}]

    def move(self, i, side, direction):
        src, dst = self.beads[i], self.beads[i + direction]
        if direction < 0:
            dst[side].append(src[side].pop(0))
        else:
            dst[side].insert(0, src[side].pop())
        src['score'] = dst['score'] = None
        if not src['vi'] and not src['en']:
            del self.beads[i]

    def mark_wrong(self, i):
        self.beads[i]['wrong'] = not self.beads[i]['wrong']

    def edit(self, side, sid, text):
        self.text[side][sid] = text
        for b in self.beads:
            if sid in b[side]:
                b['score'] = None

    def side(self, b, side):
        return ' '.join(self.text[side][k] for k in b[side])

    @staticmethod
    def score(b):
        return '%.4f' % ((10000 if b['score'] is None else b['score']) / 10000)

    def tmx_units(self):
        """(tuid, score, vi, en) of each <tu>: the pairs not marked wrong,
        numbered by their place among all beads, with the texts as a TMX
        seg holds them (line breaks as spaces, trimmed)."""
        out = []
        for i, b in enumerate(self.beads):
            if b['wrong'] or not b['vi'] or not b['en']:
                continue
            vi, en = (re.sub(r'[\t\n\r\x85\u2028\u2029]', ' ', self.side(b, s)).strip() for s in ('vi', 'en'))
            if vi and en:
                out.append((str(i + 1), self.score(b), vi, en))
        return out

    def tsv(self):
        lines = []
        for b in self.beads:
            if b['wrong'] or not (b['vi'] and b['en'] or self.data['one_sided'] and (b['vi'] or b['en'])):
                continue
            vi, en = (re.sub('[\x00-\x1f\x7f-\x9f\ufffe\uffff]', '',
                             re.sub('[\t\n\r\x85\u2028\u2029]', ' ', self.side(b, s))) for s in ('vi', 'en'))
            lines.append('%s\t%s\t%s\n' % (vi, en, self.score(b)))
        return ''.join(lines)

    def to_check(self, b):
        return not b['vi'] or not b['en'] or (b['score'] is not None and b['score'] < 5000)


def tmx_units(path):
    root = ET.parse(path).getroot()
    out = []
    for tu in root.iter('tu'):
        segs = {tuv.get('{http://www.w3.org/XML/1998/namespace}lang'): tuv.find('seg').text or ''
                for tuv in tu.iter('tuv')}
        out.append((tu.get('tuid'), tu.find('prop').text, segs.get('vi'), segs.get('en')))
    return out


def same_but_date(a, b):
    def strip(p):
        return re.sub(r'creationdate="[0-9TZ]*"', '', open(p, encoding='utf-8').read())
    return strip(a) == strip(b)


# ---------------------------------------------------------------- the browser

class Page:
    def __init__(self, browser, work, path):
        self.b, self.work = browser, work
        self.dl = os.path.join(work, 'downloads')
        self.data = page_data(path)
        browser.open('file://' + path)
        shown = browser.run("return !document.getElementById('warning').hidden")
        check(shown != self.data['parallel'], '%s: the warning on texts that are not translations is %s'
              % (os.path.basename(path), 'shown' if shown else 'hidden'))

    def row(self, i):
        return '#beads tbody tr[data-i="%d"]' % i

    def select(self, i):
        self.b.click(self.b.find(self.row(i) + ' td.n'))

    def current(self):
        return self.b.run("var r = document.querySelector('tr.current'); return r ? Number(r.dataset.i) : -1")

    def beads(self):
        """Each row's sentences as the page shows them: ids per side."""
        return self.b.run("""return Array.from(document.querySelectorAll('#beads tbody tr')).map(function (tr) {
            function ids(side) { return Array.from(tr.querySelectorAll('.s[data-side="' + side + '"]'))
                .map(function (s) { return Number(s.dataset.id); }); }
            return [ids('vi'), ids('en'), tr.classList.contains('wrong')]; });""")

    def numbered(self):
        """Every row numbered by its place, and one selected."""
        return self.b.run("""var rows = document.querySelectorAll('#beads tbody tr');
            return Array.from(rows).every(function (tr, i) { return tr.dataset.i === String(i) && tr.id === 'b' + i &&
                tr.querySelector('td.n').textContent === String(i + 1); }) &&
                document.querySelectorAll('tr.current').length === 1;""")

    def same_as(self, model, what):
        want = [[b['vi'], b['en'], b['wrong']] for b in model.beads]
        return check(self.beads() == want and self.numbered(), what + ': the page shows the beads the model has')

    def save(self, kind, how, name):
        """Saves with a click on the button or the key, moves the file into
        WORK under name and returns its path."""
        if os.path.isdir(self.dl):
            shutil.rmtree(self.dl)
        os.makedirs(self.dl)
        if how == 'key':
            self.b.keys((wd.CONTROL, wd.SHIFT, 's') if kind == 'tsv' else (wd.CONTROL, 's'))
        else:
            self.b.click(self.b.find('#btn-save-' + kind))
        got = wd.wait_for_file(self.dl, '%s.%s' % (self.data['save_name'], kind))
        dest = os.path.join(self.work, name)
        shutil.move(got, dest)
        return dest


def find_pair(model, start, then_pair=False):
    """The first 1-1 bead from start (followed by another when then_pair)."""
    for i in range(start, len(model.beads) - 1):
        b, n = model.beads[i], model.beads[i + 1]
        if len(b['vi']) == 1 and len(b['en']) == 1 and (not then_pair or len(n['vi']) == 1 and len(n['en']) == 1):
            return i
    raise AssertionError('no 1-1 bead from %d' % start)


def untouched(page, work, stem):
    """Saved before any change, the page writes what `align` writes."""
    tsv = page.save('tsv', 'button', stem + '-page.tsv')
    check(open(tsv, 'rb').read() == open(os.path.join(work, stem + '-align.tsv'), 'rb').read(),
          stem + ': the untouched page saves align\'s TSV byte for byte')
    tmx = page.save('tmx', 'key', stem + '-page.tmx')
    check(same_but_date(tmx, os.path.join(work, stem + '-align.tmx')),
          stem + ': the untouched page saves align\'s TMX (but for the creation date)')


def edit_session(page, work):
    b, m = page.b, Model(page.data)
    rows = b.find_all('#beads tbody tr')
    check(len(rows) == len(m.beads), 'one row per bead (%d)' % len(m.beads))
    low = b.run("return document.querySelectorAll('tr.low, tr.omission, tr.addition').length")
    check(low == sum(1 for x in m.beads if m.to_check(x)) and low > 0,
          'low scores and one-sided beads are marked (%d rows)' % low)
    # N goes to the first bead to check
    page.select(0)
    b.keys('n')
    first = next(i for i, x in enumerate(m.beads) if i > 0 and m.to_check(x))
    check(page.current() == first, 'N selects the first bead to check (#%d)' % (first + 1))

    # join: a click on the row, a click on its Join button
    a = find_pair(m, 2, then_pair=True)
    page.select(a)
    b.click(b.find(page.row(a) + ' button[data-act="join"]'))
    m.join(a)
    page.same_as(m, 'join #%d with #%d (click)' % (a + 1, a + 2))

    # split the joined bead: S, Shift+Up moves the English cut up, Down the
    # Vietnamese one down, a click puts the Vietnamese cut after the first
    # sentence, Enter splits
    nv, ne = len(m.beads[a]['vi']), len(m.beads[a]['en'])
    b.keys('s')
    cut_vi, cut_en = math.ceil(nv / 2), math.ceil(ne / 2)
    b.keys((wd.SHIFT, wd.ARROW_UP), wd.ARROW_DOWN)
    cut_en, cut_vi = max(0, cut_en - 1), min(nv, cut_vi + 1)
    check(b.run("return document.querySelectorAll('.cut.chosen').length") == 2, 'split: both cuts shown')
    b.click(b.find(page.row(a) + ' .cut[data-side="vi"][data-pos="1"]'))
    cut_vi = 1
    b.keys(wd.ENTER)
    m.split(a, cut_vi, cut_en)
    page.same_as(m, 'split #%d after %d Vietnamese and %d English sentence(s) (keys and a click)' % (a + 1, cut_vi, cut_en))

    # move the last Vietnamese sentence to the bead after (button)
    mv = find_pair(m, a + 4)
    page.select(mv)
    b.click(b.find(page.row(mv) + ' button[data-act="down-vi"]'))
    m.move(mv, 'vi', 1)
    page.same_as(m, 'move #%d\'s Vietnamese sentence to the bead after (click)' % (mv + 1))
    # move the first English sentence to the bead before ({)
    mv2 = find_pair(m, mv + 3)
    page.select(mv2)
    before = copy.deepcopy(m)
    b.keys('{')
    m.move(mv2, 'en', -1)
    page.same_as(m, 'move #%d\'s English sentence to the bead before ({)' % (mv2 + 1))
    b.keys('u')
    page.same_as(before, 'U undoes the move')
    check(page.current() == mv2, 'the undo selects the bead it restored')
    b.keys('{')
    page.same_as(m, '{ again')

    # mark wrong: a click on the row's button, and X
    w1 = find_pair(m, mv2 + 3)
    page.select(w1)
    b.click(b.find(page.row(w1) + ' button[data-act="wrong"]'))
    m.mark_wrong(w1)
    w2 = find_pair(m, w1 + 2)
    page.select(w2)
    b.keys('x')
    m.mark_wrong(w2)
    page.same_as(m, 'mark #%d (click) and #%d (X) wrong' % (w1 + 1, w2 + 1))

    # undo: X then Ctrl+Z; Shift+J then U
    w3 = find_pair(m, w2 + 2)
    page.select(w3)
    b.keys('x', (wd.CONTROL, 'z'))
    page.same_as(m, 'X then Ctrl+Z on #%d leaves it as it was' % (w3 + 1))
    j = find_pair(m, w3 + 2, then_pair=True)
    page.select(j)
    b.keys((wd.SHIFT, 'J'))
    check(len(b.find_all('#beads tbody tr')) == len(m.beads) - 1, 'Shift+J joins #%d with the next bead' % (j + 1))
    b.keys('u')
    page.same_as(m, 'U undoes the join')

    # edit: a click on a Vietnamese sentence, E, select all, type, Enter
    e = find_pair(m, j + 2)
    sid = m.beads[e]['vi'][0]
    b.click(b.find(page.row(e) + ' .s[data-side="vi"]'))
    b.keys('e', (wd.CONTROL, 'a'))
    new = ' Câu đã sửa: <b> & "trích dẫn" </script> xong. '
    b.type_text(new)
    b.keys(wd.ENTER)
    m.edit('vi', sid, new)
    shown = b.text(b.find(page.row(e) + ' .s[data-side="vi"]'))
    check(shown == new.strip(), 'the edited sentence shows its new text (%r)' % shown)
    # a double click edits too; Escape drops the change
    e2 = find_pair(m, e + 2)
    before = m.text['en'][m.beads[e2]['en'][0]]
    b.double_click(b.find(page.row(e2) + ' .s[data-side="en"]'))
    b.type_text(' dropped')
    b.keys(wd.ESCAPE)
    shown = b.text(b.find(page.row(e2) + ' .s[data-side="en"]'))
    check(shown == before.strip() and not b.find_all('textarea'), 'Escape drops an edit begun by a double click')
    page.same_as(m, 'after the edits')
    summary = b.text(b.find('#summary'))
    check(' 2 marked wrong' in summary and '%d beads' % len(m.beads) in summary, 'summary: ' + summary)

    # save: Ctrl+S (TMX) and the TSV button
    tmx = page.save('tmx', 'key', 'edited.tmx')
    tsv = page.save('tsv', 'button', 'edited.tsv')
    want, got = m.tmx_units(), tmx_units(tmx)
    check(got == want, 'the saved TMX holds the %d expected pairs (tuid, score, vi, en)' % len(want))
    if got != want:
        for x, y in zip(got, want):
            if x != y:
                print('  first difference: got %r\n                    want %r' % (x, y))
                break
        print('  got %d units, wanted %d' % (len(got), len(want)))
    check(open(tsv, encoding='utf-8').read() == m.tsv(), 'the saved TSV holds the expected pairs')
    tuids = [u[0] for u in got]
    check(str(w1 + 1) not in tuids and str(w2 + 1) not in tuids, 'the pairs marked wrong are left out')
    check(any(u[2] == new.strip() for u in got), 'the edited text is saved, trimmed and unescaped')


def escape_page(page, work):
    b = page.b
    want = [x.rstrip('\n') for x in open(os.path.join(work, 'escape-vi.txt'), encoding='utf-8') if x.strip()]
    shown = b.run("return Array.from(document.querySelectorAll('.s[data-side=\"vi\"]')).map(function (s) { "
                  "return s.textContent; })")
    check(shown == want, 'texts holding </script> and <!-- are shown as text, sentence by sentence')
    check(b.run('return typeof window.pwned') == 'undefined', 'no script of the texts ran')
    files = b.run("return document.getElementById('files').textContent")
    check('\u2028' in files, 'a file name holding U+2028 survives the JSON')


def shoot(page, path):
    """The README's picture: an addition, a pair marked wrong, and two
    beads joined, a split being chosen."""
    b = page.b
    page.select(5)
    b.keys('x')
    page.select(2)
    b.keys((wd.SHIFT, 'J'), 's')
    b.run('window.scrollTo(0, 0)')
    b.screenshot(path)


def main():
    chromedriver, chromium, work = sys.argv[1:4]
    shot = sys.argv[5] if len(sys.argv) > 5 and sys.argv[4] == '--screenshot' else None
    browser = wd.Browser(chromedriver, chromium, os.path.join(work, 'downloads'), os.path.join(work, 'profile'),
                         os.path.join(work, 'chromedriver.log'), size=(1280, 800))
    try:
        if shot:
            shoot(Page(browser, work, os.path.join(work, 'deepseek.html')), shot)
            return 0
        page = Page(browser, work, os.path.join(work, 'deepseek.html'))
        untouched(page, work, 'deepseek')
        edit_session(page, work)
        untouched(Page(browser, work, os.path.join(work, 'en-strict.html')), work, 'en-strict')
        escape_page(Page(browser, work, os.path.join(work, 'escape.html')), work)
        Page(browser, work, os.path.join(work, 'notpar.html'))  # its warning is shown
    except (wd.WebDriverError, AssertionError, OSError) as e:
        check(False, 'the browser session: %s' % e)
    finally:
        browser.quit()
    return 1 if FAILS else 0


if __name__ == '__main__':
    sys.exit(main())
