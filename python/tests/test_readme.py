"""The README's Python examples run as written, and say what they print."""
import os
import re

from conftest import ROOT


def readme_blocks():
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
        text = f.read()
    section = text[text.index("\n## Python\n"):]
    section = section[:section.index("\n## ", 1)]
    return re.findall(r"```python\n(.*?)```", section, re.S)


def test_readme_examples(monkeypatch, capsys):
    blocks = readme_blocks()
    assert len(blocks) == 2
    monkeypatch.chdir(ROOT)
    ns = {}
    for block in blocks:
        exec(compile(block, "README.md", "exec"), ns)
    p = ns["p"]
    assert p.vi.startswith("Cổ phiếu của Nvidia") and p.en.startswith("Nvidia's stock fell sharply")
    assert (p.vi_sentences, p.en_sentences) == (range(1, 2), range(2, 3)) and p.score > 0.95
    assert len(ns["sentences"]) == 42
    out = ns["out"]
    assert len(out) == 41 and {o["id"] for o in out} == {"deepseek"}
    assert out[0]["vi"].startswith("DeepSeek đã gây ra") and out[0]["score"] > 0.95
    printed = capsys.readouterr().out
    assert "41 {'id': 'deepseek', 'vi': 'DeepSeek đã gây ra" in printed
