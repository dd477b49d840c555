"""webdriver.py - a small W3C WebDriver client on urllib, enough to drive
Debian's chromium through chromedriver without any Python package: open a
page, find elements, click them, press keys, run a script, take a
screenshot, and save downloads into a directory."""

import base64
import json
import os
import socket
import subprocess
import time
import urllib.error
import urllib.request

ELEMENT = 'element-6066-11e4-a52e-4f735466cecf'
# WebDriver's codes for the keys that are not characters
SHIFT, CONTROL, ENTER, ESCAPE = '\ue008', '\ue009', '\ue007', '\ue00c'
ARROW_UP, ARROW_DOWN = '\ue013', '\ue015'


class WebDriverError(Exception):
    pass


def free_port():
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


class Browser:
    """One headless chromium session; downloads go to download_dir."""

    def __init__(self, chromedriver, chromium, download_dir, profile_dir, log_path, size=(1280, 900)):
        port = free_port()
        self.log = open(log_path, 'ab')
        self.proc = subprocess.Popen([chromedriver, '--port=%d' % port], stdout=self.log, stderr=self.log)
        self.base = 'http://127.0.0.1:%d' % port
        self.sid = None
        self._wait_ready()
        args = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
                '--no-first-run', '--disable-background-networking', '--disable-component-update',
                '--disable-sync', '--user-data-dir=' + profile_dir, '--window-size=%d,%d' % size]
        prefs = {'download.default_directory': download_dir, 'download.prompt_for_download': False,
                 'download.directory_upgrade': True, 'safebrowsing.enabled': False}
        caps = {'capabilities': {'alwaysMatch': {
            'browserName': 'chrome',
            'goog:chromeOptions': {'binary': chromium, 'args': args, 'prefs': prefs}}}}
        self.sid = self._call('POST', '/session', caps)['sessionId']
        # headless chromium asks where to save unless told through CDP
        self.cdp('Browser.setDownloadBehavior', {'behavior': 'allow', 'downloadPath': download_dir})

    def _wait_ready(self):
        for _ in range(300):
            try:
                if self._call('GET', '/status').get('ready'):
                    return
            except (OSError, WebDriverError):
                pass
            if self.proc.poll() is not None:
                raise WebDriverError('chromedriver exited with status %d' % self.proc.returncode)
            time.sleep(0.1)
        raise WebDriverError('chromedriver did not start')

    def _call(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.base + path, data=data, method=method,
                                     headers={'Content-Type': 'application/json'})
        try:
            with urllib.request.urlopen(req, timeout=120) as r:
                reply = json.loads(r.read().decode() or '{}')
        except urllib.error.HTTPError as e:
            reply = json.loads(e.read().decode() or '{}')
            v = reply.get('value', {})
            raise WebDriverError('%s %s: %s: %s' % (method, path, v.get('error'), v.get('message', '')[:300]))
        return reply.get('value', reply)

    def call(self, method, path, body=None):
        return self._call(method, '/session/%s%s' % (self.sid, path), body)

    def cdp(self, cmd, params):
        return self.call('POST', '/goog/cdp/execute', {'cmd': cmd, 'params': params})

    def open(self, url):
        self.call('POST', '/url', {'url': url})

    def find(self, css, within=None):
        path = '/element/%s/element' % within if within else '/element'
        return self.call('POST', path, {'using': 'css selector', 'value': css})[ELEMENT]

    def find_all(self, css):
        return [e[ELEMENT] for e in self.call('POST', '/elements', {'using': 'css selector', 'value': css})]

    def click(self, el):
        self.call('POST', '/element/%s/click' % el, {})

    def text(self, el):
        return self.call('GET', '/element/%s/text' % el)

    def attr(self, el, name):
        return self.call('GET', '/element/%s/attribute/%s' % (el, name))

    def run(self, script, *args):
        return self.call('POST', '/execute/sync', {'script': script, 'args': list(args)})

    def keys(self, *strokes):
        """Presses each stroke in turn; a stroke is a key or a tuple of keys
        held together (modifiers first), as a person would press them."""
        acts = []
        for s in strokes:
            combo = s if isinstance(s, tuple) else (s,)
            acts += [{'type': 'keyDown', 'value': k} for k in combo]
            acts += [{'type': 'keyUp', 'value': k} for k in reversed(combo)]
        self.call('POST', '/actions', {'actions': [{'type': 'key', 'id': 'keyboard', 'actions': acts}]})
        self.call('DELETE', '/actions')

    def type_text(self, text):
        self.keys(*list(text))

    def double_click(self, el):
        origin = {ELEMENT: el}
        acts = [{'type': 'pointerMove', 'origin': origin, 'x': 0, 'y': 0}]
        acts += [{'type': 'pointerDown', 'button': 0}, {'type': 'pointerUp', 'button': 0}] * 2
        self.call('POST', '/actions', {'actions': [
            {'type': 'pointer', 'id': 'mouse', 'parameters': {'pointerType': 'mouse'}, 'actions': acts}]})
        self.call('DELETE', '/actions')

    def screenshot(self, path):
        with open(path, 'wb') as f:
            f.write(base64.b64decode(self.call('GET', '/screenshot')))

    def quit(self):
        try:
            if self.sid:
                self._call('DELETE', '/session/' + self.sid)
        except (OSError, WebDriverError):
            pass
        self.proc.terminate()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.log.close()


def wait_for_file(directory, name, tries=600):
    """The path of a finished download (no .crdownload beside it)."""
    path = os.path.join(directory, name)
    for _ in range(tries):
        if os.path.exists(path) and not os.path.exists(path + '.crdownload'):
            return path
        time.sleep(0.05)
    raise WebDriverError('%s was not downloaded into %s (found %s)' % (name, directory, os.listdir(directory)))
