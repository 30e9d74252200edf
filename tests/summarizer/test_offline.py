"""Every algorithm works with no nltk data at all (no punkt_tab, no download)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCRIPT = r"""
import json, socket
def refuse(*args, **kwargs):
    raise OSError("network disabled in this test")
socket.socket.connect = refuse
socket.create_connection = refuse
import nltk
from summarizer._summarize import ALGORITHMS, summarize
text = ("The council approved the transport budget on Tuesday. The budget adds forty buses "
        "to the city fleet. Critics said the budget ignored cyclists in the old town. The mayor "
        "said work would begin next spring and take three years.")
results = {name: summarize(text, 2, "en", algorithm=name) for name in ALGORITHMS}
results["ru"] = summarize("Совет утвердил бюджет на транспорт во вторник. Бюджет добавит сорок "
                          "автобусов в город. Мэр сказал, что работы начнутся весной.", 2, "ru",
                          algorithm="lexrank")
try:
    nltk.data.find("tokenizers/punkt_tab")
    results["punkt_found"] = True
except LookupError:
    results["punkt_found"] = False
print(json.dumps(results))
"""


def test_all_algorithms_run_without_nltk_data(tmp_path: Path) -> None:
    empty = tmp_path / "nltk_data"
    empty.mkdir()
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": str(tmp_path),
        "NLTK_DATA": str(empty),
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
    }
    completed = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    results = json.loads(completed.stdout.strip().splitlines()[-1])
    assert results.pop("punkt_found") is False  # proves sumy never needed punkt_tab
    for name, summary in results.items():
        assert len(summary) == 2, name
