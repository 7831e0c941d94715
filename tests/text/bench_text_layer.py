"""Text-layer throughput on ~3 KB news texts, in CPU time on one core, and peak memory.

Run: ``.venv/bin/python tests/text/bench_text_layer.py`` (reads ../shared/dev/corpus).
"""

from __future__ import annotations

import resource
import time
from pathlib import Path

from eventwire.ingest.readers import read_text
from eventwire.pipeline import STAGES

SHARED = Path(__file__).resolve().parents[3] / "shared"
NAMES = ("view", "language", "passages", "sentences", "dates", "quantities")


def main(rounds: int = 30) -> None:
    stages = [s for s in STAGES if s.name in NAMES]
    paths = sorted((SHARED / "dev" / "corpus").glob("*.txt")) + sorted(
        (SHARED / "seed").glob("*.txt"))
    if not paths:
        raise SystemExit(f"no texts under {SHARED}")
    texts = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        while len(text) < 3000:
            text = text + "\n" + text
        texts.append(text[:3000])
    for text in texts:  # warm up: detector and data load once
        doc = read_text(text)
        for stage in stages:
            stage.run(doc)
    spent = dict.fromkeys(NAMES, 0.0)
    count = 0
    started = time.process_time()
    for _ in range(rounds):
        for text in texts:
            doc = read_text(text)
            doc.reference_date = "2025-03-18"
            for stage in stages:
                before = time.process_time()
                stage.run(doc)
                spent[stage.name] += time.process_time() - before
            count += 1
    total = time.process_time() - started
    print(f"{len(texts)} texts of ~3 KB: {count / total:.0f} docs/s per core "
          f"(read + repair + text stages)")
    print("ms per document:", {k: round(v / count * 1000, 3) for k, v in spent.items()})
    print("peak RSS:", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024, "MB")


if __name__ == "__main__":
    main()
