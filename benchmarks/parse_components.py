"""CPU seconds of each component of eventwire's models, per language, over a corpus.

``python benchmarks/parse_components.py DIR... [--passes 3]`` reads the documents, finds each
one's language as ``extract`` does, and parses every text with its language's model, one
component at a time over the whole batch (the tokenizer, then each pipe in order through its
``pipe`` method, as ``nlp.pipe`` runs them), so each component's CPU time
(``time.process_time``) is read apart. Prints, per language, documents, words and CPU
seconds per pass of each component, and the words per CPU second of the whole pipeline.
"""

from __future__ import annotations

import argparse
import copy
import time
from collections import defaultdict

from _common import prepared_documents  # beside this script

from eventwire.pipeline import process
from eventwire.syntax.models import load


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--batch", type=int, default=16)
    args = parser.parse_args()
    docs = prepared_documents(args.inputs)
    texts: dict[str, list[str]] = defaultdict(list)
    for doc in docs:
        done = process(copy.copy(doc))
        if load(done.language) is not None:
            texts[done.language].append(doc.text)
    times: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    words: dict[str, int] = {}
    for _ in range(args.passes):
        for code, batch in sorted(texts.items()):
            nlp = load(code)
            started = time.process_time()
            parsed = [nlp.make_doc(text) for text in batch]
            times[code]["tokenizer"] += time.process_time() - started
            for name, pipe in nlp.pipeline:
                started = time.process_time()
                parsed = list(pipe.pipe(parsed, batch_size=args.batch))
                times[code][name] += time.process_time() - started
            words[code] = sum(len(doc) for doc in parsed)
    names = ["tokenizer"] + [name for name, _ in load(sorted(texts)[0]).pipeline]
    print(f"CPU s per pass ({args.passes} passes); words per CPU s of the whole pipeline")
    print(f"{'lang':4s} {'docs':>4s} {'words':>6s} " + " ".join(f"{n[:13]:>13s}" for n in names)
          + f" {'all':>6s} {'words/s':>8s}")
    total: dict[str, float] = defaultdict(float)
    for code in sorted(texts):
        row = {n: times[code][n] / args.passes for n in names}
        whole = sum(row.values())
        for n in names:
            total[n] += row[n]
        hidden = load(code).config["components"]["parser"]["model"]["hidden_width"]
        print(f"{code:4s} {len(texts[code]):4d} {words[code]:6d} "
              + " ".join(f"{row[n]:13.3f}" for n in names)
              + f" {whole:6.3f} {words[code] / whole:8.0f}  parser hidden width {hidden}")
    whole = sum(total.values())
    print(f"{'all':4s} {sum(map(len, texts.values())):4d} {sum(words.values()):6d} "
          + " ".join(f"{total[n]:13.3f}" for n in names)
          + f" {whole:6.3f} {sum(words.values()) / whole:8.0f}")
    print("share " + " ".join(f"{n}: {100 * total[n] / whole:.0f} %" for n in names))


if __name__ == "__main__":
    main()
