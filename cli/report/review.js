/* review.js - the editor of `vietalign review`: a person corrects the
 * alignment embedded in the page and saves it as TMX 1.4 and TSV. Runs in
 * the browser alone: no network, no server. */
(function () {
  'use strict';

  var LOW = 0.5; /* scores below it are shown as doubtful, as in `check --html` */
  var data = JSON.parse(document.getElementById('alignment').textContent);
  var body = document.querySelector('#beads tbody');
  var statusLine = document.getElementById('status');

  /* The state: every sentence's text per side, and the beads in order, each
   * with its sentences (indices), the aligner's score in 1/10000 (null
   * once a person changed the bead), and whether it is marked wrong. */
  var state = {
    text: { vi: data.vi.slice(), en: data.en.slice() },
    beads: data.beads.map(function (b) {
      return {
        vi: range(b[0], b[1]), en: range(b[2], b[3]), score: b[4],
        wrong: b[5] === 1 /* below --min-score */
      };
    })
  };
  var history = [];
  var cur = 0;              /* the selected bead */
  var picked = null;        /* the selected sentence: {side, id} */
  var splitting = null;     /* {vi, en}: the cuts while a split is chosen */
  var editing = null;       /* {side, id, area} while a sentence is edited */
  var unsaved = false;      /* changes since the last save */

  function range(first, count) {
    var out = [];
    for (var k = 0; k < count; k++) out.push(first + k);
    return out;
  }

  /* ------------------------------------------------------------ edits */

  function snapshot() {
    history.push({
      text: { vi: state.text.vi.slice(), en: state.text.en.slice() },
      beads: state.beads.map(function (b) {
        return { vi: b.vi.slice(), en: b.en.slice(), score: b.score, wrong: b.wrong };
      }),
      cur: cur
    });
  }

  function say(msg, isError) {
    statusLine.textContent = msg;
    statusLine.className = isError ? 'error' : '';
  }

  function changed(b) { b.score = null; return b; }

  function join(i) {
    var a = state.beads[i], b = state.beads[i + 1];
    if (!b) return say('No bead after #' + (i + 1) + ' to join with.', true);
    snapshot();
    state.beads.splice(i, 2, changed({
      vi: a.vi.concat(b.vi), en: a.en.concat(b.en), score: null, wrong: a.wrong && b.wrong
    }));
    cur = i;
    done('Joined #' + (i + 1) + ' and #' + (i + 2) + '.', { first: i, was: 2, now: 1 });
  }

  /* Cuts bead i after cut.vi Vietnamese and cut.en English sentences; each
   * part keeps at least one sentence. */
  function split(i, cut) {
    var b = state.beads[i];
    if ((cut.vi === 0 && cut.en === 0) || (cut.vi === b.vi.length && cut.en === b.en.length))
      return say('Choose a cut that leaves a sentence on each part.', true);
    snapshot();
    state.beads.splice(i, 1,
      changed({ vi: b.vi.slice(0, cut.vi), en: b.en.slice(0, cut.en), wrong: b.wrong }),
      changed({ vi: b.vi.slice(cut.vi), en: b.en.slice(cut.en), wrong: b.wrong }));
    cur = i;
    done('Split #' + (i + 1) + ' into two beads.', { first: i, was: 1, now: 2 });
  }

  /* Moves the first sentence of a side to the bead before (dir -1) or the
   * last one to the bead after (dir +1); a bead left empty goes. */
  function move(i, side, dir) {
    var from = state.beads[i], to = state.beads[i + dir];
    if (!to) return say('No bead ' + (dir < 0 ? 'before' : 'after') + ' #' + (i + 1) + '.', true);
    if (!from[side].length) return say('Bead #' + (i + 1) + ' has no ' + sideName(side) + ' sentence.', true);
    snapshot();
    if (dir < 0) to[side].push(from[side].shift());
    else to[side].unshift(from[side].pop());
    changed(from);
    changed(to);
    cur = i;
    var gone = !from.vi.length && !from.en.length;
    if (gone) {
      state.beads.splice(i, 1);
      cur = dir < 0 ? i - 1 : i;
    }
    done('Moved a ' + sideName(side) + ' sentence to the bead ' + (dir < 0 ? 'before.' : 'after.'),
      { first: Math.min(i, i + dir), was: 2, now: gone ? 1 : 2 });
  }

  function toggleWrong(i) {
    snapshot();
    state.beads[i].wrong = !state.beads[i].wrong;
    done('#' + (i + 1) + (state.beads[i].wrong ? ' marked wrong: left out of the saved files.' : ' no longer marked wrong.'), [i]);
  }

  function setText(side, id, text) {
    var rows = [];
    state.beads.forEach(function (b, i) { if (b[side].indexOf(id) >= 0) rows.push(i); });
    if (text === state.text[side][id]) return refresh(rows);
    snapshot();
    state.text[side][id] = text;
    rows.forEach(function (i) { changed(state.beads[i]); });
    done('Edited a ' + sideName(side) + ' sentence.', rows);
  }

  function undo() {
    var h = history.pop();
    if (!h) return say('Nothing to undo.', true);
    state.text = h.text;
    state.beads = h.beads;
    cur = Math.min(h.cur, state.beads.length - 1);
    splitting = null;
    picked = null;
    var c = h.change;
    done('Undone.', c && !Array.isArray(c) ? { first: c.first, was: c.now, now: c.was } : c, true);
  }

  /* After a change: redraws the rows it touched (a list of beads, or
   * {first, was, now}: `was` rows from `first` became `now`), or all. */
  function done(msg, rows, undoing) {
    picked = null;
    unsaved = true;
    if (!undoing && history.length) history[history.length - 1].change = rows; /* what its undo redraws */
    if (!rows) render();
    else if (Array.isArray(rows)) refresh(rows);
    else reshape(rows.first, rows.was, rows.now);
    say(msg);
  }

  function sideName(side) { return side === 'vi' ? 'Vietnamese' : 'English'; }

  /* ------------------------------------------------------------ view */

  function isPair(b) { return b.vi.length > 0 && b.en.length > 0; }
  function toCheck(b) { return !isPair(b) || (b.score !== null && b.score < LOW * 10000); }
  function scoreText(units) { return (units / 10000).toFixed(4); }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function button(text, title, action) {
    var b = el('button', 'move', text);
    b.type = 'button';
    b.title = title;
    b.dataset.act = action;
    return b;
  }

  function rowClass(b, i) {
    var c = [];
    if (!b.vi.length) c.push('addition');
    else if (!b.en.length) c.push('omission');
    else if (b.score !== null && b.score < LOW * 10000) c.push('low');
    if (b.wrong) c.push('wrong');
    if (b.score === null) c.push('changed');
    if (i === cur) c.push('current');
    return c.join(' ');
  }

  function scoreCell(b) {
    if (b.score === null) return el('td', 'score', 'changed');
    if (!b.en.length) return el('td', 'score', 'omission');
    if (!b.vi.length) return el('td', 'score', 'addition');
    return el('td', 'score', scoreText(b.score));
  }

  function cutMark(side, pos) {
    var c = el('div', 'cut');
    c.dataset.side = side;
    c.dataset.pos = pos;
    c.title = 'Cut here';
    if (splitting[side] === pos) c.classList.add('chosen');
    return c;
  }

  /* The moves sit above the first sentence (to the bead before) and below
   * the last (to the bead after), on the selected bead only. */
  function sideCell(b, i, side) {
    var td = el('td', 'side ' + side), ids = b[side], cutting = splitting && i === cur;
    var moves = i === cur && !cutting && ids.length > 0;
    td.lang = side;
    if (moves && i > 0)
      td.appendChild(button('\u2191 first to #' + i, 'Move the first sentence to the bead before (' +
        (side === 'vi' ? '[' : '{') + ')', 'up-' + side));
    if (!ids.length && !cutting) td.appendChild(el('div', 'none', 'nothing in ' + sideName(side)));
    ids.forEach(function (id, k) {
      if (cutting) td.appendChild(cutMark(side, k));
      var s = el('div', 's', state.text[side][id]);
      s.dataset.side = side;
      s.dataset.id = id;
      if (state.text[side][id] !== data[side][id]) s.classList.add('edited');
      if (picked && picked.side === side && picked.id === id) s.classList.add('picked');
      td.appendChild(s);
    });
    if (cutting) td.appendChild(cutMark(side, ids.length));
    if (moves && i < state.beads.length - 1)
      td.appendChild(button('\u2193 last to #' + (i + 2), 'Move the last sentence to the bead after (' +
        (side === 'vi' ? ']' : '}') + ')', 'down-' + side));
    return td;
  }

  function actsCell(b, i) {
    var td = el('td', 'acts');
    if (i !== cur) return td;
    if (splitting && i === cur) {
      td.appendChild(button('Split here', 'Split at the marked cuts (Enter)', 'split-apply'));
      td.appendChild(button('Cancel', 'Keep the bead whole (Escape)', 'split-cancel'));
      return td;
    }
    if (i < state.beads.length - 1) td.appendChild(button('Join \u2193', 'Join with the next bead (Shift+J)', 'join'));
    if (b.vi.length + b.en.length > 1) td.appendChild(button('Split', 'Split this bead (s)', 'split'));
    td.appendChild(button(b.wrong ? 'Right' : 'Wrong', b.wrong ? 'No longer wrong (x)' : 'Mark the pair wrong (x)', 'wrong'));
    return td;
  }

  function row(b, i) {
    var tr = el('tr', rowClass(b, i));
    tr.dataset.i = i;
    tr.id = 'b' + i;
    tr.appendChild(el('td', 'n', String(i + 1)));
    tr.appendChild(scoreCell(b));
    tr.appendChild(sideCell(b, i, 'vi'));
    tr.appendChild(sideCell(b, i, 'en'));
    tr.appendChild(actsCell(b, i));
    return tr;
  }

  function summary() {
    var pairs = 0, onesided = 0, low = 0, wrong = 0, changedN = 0;
    state.beads.forEach(function (b) {
      if (isPair(b)) pairs++; else onesided++;
      if (isPair(b) && b.score !== null && b.score < LOW * 10000) low++;
      if (b.wrong) wrong++;
      if (b.score === null) changedN++;
    });
    document.getElementById('summary').textContent = state.beads.length + ' beads: ' + pairs + ' pairs, ' +
      onesided + ' one-sided, ' + low + ' below ' + LOW + ', ' + wrong + ' marked wrong, ' + changedN +
      ' changed; ' + history.length + ' edit(s) to undo.';
  }

  /* Redraws some rows only: a page of thousands of beads stays quick to
   * move through. */
  function replaceRow(i) {
    var old = document.getElementById('b' + i);
    if (old && state.beads[i]) old.replaceWith(row(state.beads[i], i));
  }

  function refresh(rows) {
    rows.forEach(replaceRow);
    /* the selection may have moved off the rows redrawn (an undo) */
    body.querySelectorAll('tr.current').forEach(function (tr) {
      if (Number(tr.dataset.i) !== cur) replaceRow(Number(tr.dataset.i));
    });
    var now = document.getElementById('b' + cur);
    if (now && !now.classList.contains('current')) replaceRow(cur);
    summary();
    document.getElementById('btn-undo').disabled = !history.length;
  }

  /* Replaces `was` rows from `first` with `now` new ones and renumbers
   * the rows after them, instead of redrawing every row. */
  function reshape(first, was, now) {
    var old = [], k, tr, after;
    for (k = 0; k < was; k++) old.push(document.getElementById('b' + (first + k)));
    after = old[was - 1].nextElementSibling;
    for (tr = after; tr && now !== was; tr = tr.nextElementSibling) {
      var i = Number(tr.dataset.i) + now - was;
      tr.dataset.i = i;
      tr.id = 'b' + i;
      tr.firstChild.textContent = String(i + 1);
    }
    var frag = document.createDocumentFragment();
    for (k = 0; k < now; k++) frag.appendChild(row(state.beads[first + k], first + k));
    old.forEach(function (r) { r.remove(); });
    body.insertBefore(frag, after);
    refresh([]);
  }

  function render() {
    var frag = document.createDocumentFragment();
    if (cur >= state.beads.length) cur = state.beads.length - 1;
    if (cur < 0) cur = 0;
    state.beads.forEach(function (b, i) { frag.appendChild(row(b, i)); });
    body.textContent = '';
    body.appendChild(frag);
    summary();
    document.getElementById('btn-undo').disabled = !history.length;
  }

  function select(i, scroll) {
    var was = cur;
    if (i < 0 || i >= state.beads.length) return;
    cur = i;
    picked = null;
    splitting = null;
    refresh([was, i]);
    if (scroll) {
      var tr = document.getElementById('b' + i);
      if (tr && tr.scrollIntoView) tr.scrollIntoView({ block: 'center' });
    }
  }

  function nextToCheck(dir) {
    for (var i = cur + dir; i >= 0 && i < state.beads.length; i += dir)
      if (toCheck(state.beads[i])) return select(i, true);
    say('No bead to check ' + (dir > 0 ? 'after' : 'before') + ' #' + (cur + 1) + '.', true);
  }

  /* ------------------------------------------------------------ split and edit */

  function startSplit() {
    var b = state.beads[cur];
    if (!b || b.vi.length + b.en.length < 2) return say('Bead #' + (cur + 1) + ' has a single sentence.', true);
    splitting = { vi: Math.ceil(b.vi.length / 2), en: Math.ceil(b.en.length / 2) };
    refresh([cur]);
    say('Choose where to cut each side (click between sentences, or \u2191/\u2193 and Shift+\u2191/\u2193), then Enter.');
  }

  function moveCut(side, delta) {
    var n = state.beads[cur][side].length;
    splitting[side] = Math.max(0, Math.min(n, splitting[side] + delta));
    refresh([cur]);
  }

  function applySplit() {
    var cut = splitting;
    splitting = null;
    split(cur, cut);
  }

  function startEdit(side, id) {
    var s = body.querySelector('.s[data-side="' + side + '"][data-id="' + id + '"]');
    if (!s) return;
    var area = el('textarea', 'editor');
    area.value = state.text[side][id];
    area.setAttribute('aria-label', 'the ' + sideName(side) + ' sentence');
    editing = { side: side, id: id, area: area };
    s.replaceWith(area);
    area.focus();
    area.addEventListener('keydown', function (ev) {
      if (ev.key === 'Enter' && !ev.shiftKey) { ev.preventDefault(); endEdit(true); }
      else if (ev.key === 'Escape') { ev.preventDefault(); endEdit(false); }
      ev.stopPropagation();
    });
    area.addEventListener('blur', function () { endEdit(true); });
    say('Editing: Enter keeps the text, Escape drops the change.');
  }

  function endEdit(keep) {
    var e = editing;
    if (!e) return;
    editing = null;
    if (keep) setText(e.side, e.id, e.area.value);
    else { refresh([cur]); say('Edit dropped.'); }
  }

  function editSelected(side) {
    var b = state.beads[cur];
    if (picked && !side) return startEdit(picked.side, picked.id);
    side = side || (b.vi.length ? 'vi' : 'en');
    if (!b[side].length) side = side === 'vi' ? 'en' : 'vi';
    startEdit(side, b[side][0]);
  }

  /* ------------------------------------------------------------ saving */

  /* What the library's TMX writer does to a seg (vta_xml_clean): drops
   * characters XML 1.0 does not allow, turns line breaks into spaces and
   * trims white space as Python's str.isspace() sees it. */
  function isSpace(cp) {
    return cp === 0x20 || (cp >= 0x9 && cp <= 0xd) || (cp >= 0x1c && cp <= 0x1f) || cp === 0x85 ||
      cp === 0xa0 || cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x2028 || cp === 0x2029 ||
      cp === 0x202f || cp === 0x205f || cp === 0x3000;
  }
  function xmlOk(cp) {
    return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) ||
      (cp >= 0xe000 && cp <= 0xfffd) || cp >= 0x10000;
  }
  function xmlClean(s) {
    var chars = [];
    for (var k = 0; k < s.length;) {
      var cp = s.codePointAt(k);
      k += cp >= 0x10000 ? 2 : 1;
      if (!xmlOk(cp)) continue; /* lone surrogates too */
      chars.push(cp === 0x9 || cp === 0xa || cp === 0xd || cp === 0x85 || cp === 0x2028 || cp === 0x2029 ? 0x20 : cp);
    }
    var a = 0, z = chars.length;
    while (a < z && isSpace(chars[a])) a++;
    while (z > a && isSpace(chars[z - 1])) z--;
    return chars.slice(a, z).map(function (c) { return String.fromCodePoint(c); }).join('');
  }

  function xmlEscape(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }

  function sideText(b, side) {
    return b[side].map(function (id) { return state.text[side][id]; }).join(' ');
  }

  /* A bead's score as the files carry it: the aligner's, or 1 for a bead a
   * person made or changed. */
  function savedScore(b) { return scoreText(b.score === null ? 10000 : b.score); }

  function tmxDate(d) {
    function two(n) { return (n < 10 ? '0' : '') + n; }
    return d.getUTCFullYear() + two(d.getUTCMonth() + 1) + two(d.getUTCDate()) + 'T' +
      two(d.getUTCHours()) + two(d.getUTCMinutes()) + two(d.getUTCSeconds()) + 'Z';
  }

  function tuv(lang, text) {
    return '      <tuv xml:lang="' + lang + '"><seg>' + xmlEscape(text) + '</seg></tuv>\n';
  }

  /* The same header, numbering and order as lib/write/tmx.c: one <tu> per
   * pair not marked wrong, tuid its place among all beads, the score as a
   * prop, the source language's tuv first. */
  function tmx() {
    var out = '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">\n' +
      '  <header creationtool="vietalign" creationtoolversion="' + xmlEscape(data.version) +
      '" segtype="sentence" o-tmf="vietalign" adminlang="en" srclang="' + data.srclang +
      '" datatype="plaintext" creationdate="' + tmxDate(new Date()) + '"/>\n  <body>\n';
    var n = 0;
    state.beads.forEach(function (b, i) {
      if (b.wrong || !isPair(b)) return;
      var vi = xmlClean(sideText(b, 'vi')), en = xmlClean(sideText(b, 'en'));
      if (!vi || !en) return;
      out += '    <tu tuid="' + (i + 1) + '">\n      <prop type="x-score">' + savedScore(b) + '</prop>\n' +
        (data.srclang === 'en' ? tuv('en', en) + tuv('vi', vi) : tuv('vi', vi) + tuv('en', en)) + '    </tu>\n';
      n++;
    });
    return { text: out + '  </body>\n</tmx>\n', count: n };
  }

  /* As lib/write/tsv.c: vi TAB en TAB score, tabs and line ends (NEL,
   * U+2028, U+2029 too) turned into spaces, the other controls, U+FFFE and
   * U+FFFF dropped; one-sided beads only when the page was made with
   * --one-sided. */
  function tsv() {
    var out = '', n = 0;
    function field(s) {
      return s.replace(/[\t\n\r\u0085\u2028\u2029]/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f\ufffe\uffff]/g, ''); /* eslint-disable-line no-control-regex */
    }
    state.beads.forEach(function (b) {
      if (b.wrong || !(isPair(b) || (data.one_sided && (b.vi.length || b.en.length)))) return;
      out += field(sideText(b, 'vi')) + '\t' + field(sideText(b, 'en')) + '\t' + savedScore(b) + '\n';
      n++;
    });
    return { text: out, count: n };
  }

  function download(name, text, type) {
    var a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([text], { type: type }));
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 10000);
  }

  function save(kind) {
    var r = kind === 'tmx' ? tmx() : tsv(), name = data.save_name + '.' + kind;
    download(name, r.text, kind === 'tmx' ? 'application/x-tmx+xml' : 'text/tab-separated-values');
    unsaved = false;
    say('Saved ' + name + ': ' + r.count + ' pair(s).');
  }

  /* ------------------------------------------------------------ events */

  function act(name) {
    var m = /^(up|down)-(vi|en)$/.exec(name);
    if (m) return move(cur, m[2], m[1] === 'up' ? -1 : 1);
    switch (name) {
      case 'join': return join(cur);
      case 'split': return startSplit();
      case 'split-apply': return applySplit();
      case 'split-cancel': splitting = null; refresh([cur]); return say('Split cancelled.');
      case 'wrong': return toggleWrong(cur);
      case 'edit': return editSelected();
      case 'undo': return undo();
      case 'next': return nextToCheck(1);
      case 'save-tmx': return save('tmx');
      case 'save-tsv': return save('tsv');
    }
  }

  body.addEventListener('click', function (ev) {
    var tr = ev.target.closest('tr'), t = ev.target;
    if (!tr || editing) return;
    var i = Number(tr.dataset.i);
    if (t.classList.contains('cut') && splitting && i === cur) {
      splitting[t.dataset.side] = Number(t.dataset.pos);
      return refresh([cur]);
    }
    if (i !== cur) select(i, false);
    if (t.dataset.act) return act(t.dataset.act);
    if (t.classList.contains('s')) {
      picked = { side: t.dataset.side, id: Number(t.dataset.id) };
      refresh([cur]);
    }
  });

  body.addEventListener('dblclick', function (ev) {
    var t = ev.target;
    if (t.classList.contains('s') && !editing) startEdit(t.dataset.side, Number(t.dataset.id));
  });

  ['join', 'split', 'wrong', 'edit', 'undo', 'next', 'save-tmx', 'save-tsv'].forEach(function (name) {
    document.getElementById('btn-' + name).addEventListener('click', function () { act(name); });
  });

  var KEYS = {
    'j': function () { select(cur + 1, true); }, 'ArrowDown': function () { select(cur + 1, true); },
    'k': function () { select(cur - 1, true); }, 'ArrowUp': function () { select(cur - 1, true); },
    'n': function () { nextToCheck(1); }, 'p': function () { nextToCheck(-1); },
    'J': function () { join(cur); }, 's': startSplit, 'x': function () { toggleWrong(cur); },
    '[': function () { move(cur, 'vi', -1); }, ']': function () { move(cur, 'vi', 1); },
    '{': function () { move(cur, 'en', -1); }, '}': function () { move(cur, 'en', 1); },
    'e': function () { editSelected(); }, 'E': function () { editSelected('en'); },
    'u': undo
  };

  function splitKey(ev) {
    if (ev.key === 'ArrowUp' || ev.key === 'ArrowDown') moveCut(ev.shiftKey ? 'en' : 'vi', ev.key === 'ArrowUp' ? -1 : 1);
    else if (ev.key === 'Enter') applySplit();
    else if (ev.key === 'Escape') act('split-cancel');
    else return false;
    return true;
  }

  document.addEventListener('keydown', function (ev) {
    if (editing || ev.altKey || ev.metaKey) return;
    var tag = ev.target.tagName;
    if (tag === 'TEXTAREA' || tag === 'INPUT') return;
    if (ev.ctrlKey) {
      var k = ev.key.toLowerCase();
      if (k === 'z') undo();
      else if (k === 's') save(ev.shiftKey ? 'tsv' : 'tmx');
      else return;
      return ev.preventDefault();
    }
    if (splitting && splitKey(ev)) return ev.preventDefault();
    var f = KEYS[ev.key];
    if (!f) return;
    ev.preventDefault();
    f();
  });

  /* closing the page or reloading it would lose the changes */
  window.addEventListener('beforeunload', function (ev) {
    if (!unsaved) return;
    ev.preventDefault();
    ev.returnValue = '';
  });

  /* ------------------------------------------------------------ start */

  document.getElementById('files').textContent = 'Vietnamese: ' + data.vi_path + ' \u00b7 English: ' +
    data.en_path + ' \u00b7 vietalign ' + data.version + ' \u00b7 parallelism ' + scoreText(data.parallelism);
  if (!data.parallel) {
    var w = document.getElementById('warning');
    w.textContent = 'These texts do not look like translations of each other (parallelism ' +
      scoreText(data.parallelism) + ', below ' + scoreText(data.parallel_threshold) + '): the pairs are likely wrong.';
    w.hidden = false;
  }
  render();
  if (data.min_score > 0)
    say('Pairs scoring below ' + scoreText(data.min_score) + ' start marked wrong.');
}());
