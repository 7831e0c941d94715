"""Build a benchmark corpus of ~3 KB news texts from the project's own examples.

`eventwire bench` measures what it is given; the issue asks for 3 KB news texts. This joins
paragraphs of the examples (texts written for eventwire, never third-party news) of one
language into documents of about 3,000 bytes, deterministically, as JSON Lines.

    python benchmarks/make_corpus.py benchmarks/corpus-3kb.jsonl --documents 200
    eventwire bench benchmarks/corpus-3kb.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from eventwire.text.language import detect

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
TARGET_BYTES = 3000


def paragraphs_by_language() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted(EXAMPLES.rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        language = detect(text) or "und"
        found.setdefault(language, []).extend(p.strip() for p in text.split("\n") if p.strip())
    return found


def build(documents: int, seed: int = 3) -> list[dict[str, str]]:
    rng = random.Random(seed)
    pools = paragraphs_by_language()
    languages = sorted(pools)
    out = []
    for n in range(documents):
        language = languages[n % len(languages)]
        parts: list[str] = []
        while len("\n\n".join(parts).encode("utf-8")) < TARGET_BYTES:
            parts.append(rng.choice(pools[language]))
        out.append({"id": f"bench-{n:04d}", "language": language, "text": "\n\n".join(parts)})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--documents", type=int, default=200)
    args = parser.parse_args()
    with args.output.open("w", encoding="utf-8") as handle:
        for document in build(args.documents):
            handle.write(json.dumps(document, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
