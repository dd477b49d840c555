#!/usr/bin/env python3
"""align's progress on a terminal (progress_tty.sh): run in a pseudo-
terminal 50 columns wide, each redraw fits in 49 columns (it never wraps);
with stderr not a terminal nothing is drawn; Ctrl-C during the alignment
cancels it through the library: status 130, a message, no output file.
  progress_tty.py VIETALIGN SOURCE_DIR WORKDIR"""
import fcntl, os, pty, re, select, signal, struct, subprocess, sys, termios

bin_, src, work = sys.argv[1:4]

def repeated(lang, times):
    text = open(os.path.join(src, 'corpus', 'deepseek.%s.txt' % lang), encoding='utf-8').read()
    path = os.path.join(work, '%s.%d.txt' % (lang, times))
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n\n'.join([text] * times))
    return path

def fail(msg):
    print('FAIL: ' + msg)
    sys.exit(1)

def in_tty(args, cols, interrupt=False):
    """Runs args with stdin and stderr on a pty of `cols` columns; returns
    (status, what the terminal received)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack('HHHH', 24, cols, 0, 0))
    p = subprocess.Popen(args, stdin=slave, stderr=slave, stdout=subprocess.DEVNULL,
                         env=dict(os.environ, COLUMNS='200'))
    os.close(slave)
    seen, sent = b'', False
    while True:
        r, _, _ = select.select([master], [], [], 0.05)
        if r:
            try:
                chunk = os.read(master, 4096)
            except OSError:
                chunk = b''
            if not chunk:
                break
            seen += chunk
        elif p.poll() is not None:
            break
        if interrupt and not sent and b'aligning [' in seen:
            p.send_signal(signal.SIGINT)
            sent = True
    os.close(master)
    return p.wait(), seen.decode('utf-8', 'replace')

vi, en = repeated('vi', 30), repeated('en', 30)
out = os.path.join(work, 'out.tmx')

# a 50-column terminal (COLUMNS says 200: the tty's own width wins)
status, screen = in_tty([bin_, 'align', vi, en, '-o', out], 50)
if status != 0:
    fail('align in a pty ended with %d: %s' % (status, screen))
draws = [d.replace('\x1b[K', '') for d in screen.split('\r')]
bars = [d for d in draws if d.startswith('aligning [')]
if not bars:
    fail('no progress drawn on a terminal: %r' % screen)
for d in draws:
    if len(d.rstrip('\n')) > 49:
        fail('a redraw of %d columns in a 50-column terminal: %r' % (len(d), d))
if not all(re.fullmatch(r'aligning \[[#.]+\] +\d+%', d) for d in bars):
    fail('a strange progress line: %r' % bars)
if not os.path.getsize(out):
    fail('no output')

# stderr not a terminal: nothing drawn
p = subprocess.run([bin_, 'align', vi, en, '-o', out], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL)
if p.returncode != 0 or b'aligning' in p.stderr or b'\r' in p.stderr:
    fail('progress drawn to a pipe (%d): %r' % (p.returncode, p.stderr[:200]))

# Ctrl-C cancels cleanly
os.unlink(out)
bvi, ben = repeated('vi', 150), repeated('en', 150)
status, screen = in_tty([bin_, 'align', bvi, ben, '-o', out], 80, interrupt=True)
if status != 130 or 'interrupted' not in screen:
    fail('Ctrl-C: status %d, %r' % (status, screen[-300:]))
if os.path.exists(out) or [f for f in os.listdir(work) if f.startswith('out.tmx')]:
    fail('Ctrl-C left an output behind: %s' % os.listdir(work))
print('ok')
