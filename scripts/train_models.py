"""Train, score and package eventwire's syntactic pipelines from Universal Dependencies.

    python scripts/train_models.py fetch                 # the UD files not in ../shared/ud
    python scripts/train_models.py all de                # prepare, train, evaluate, package
    python scripts/train_models.py prepare|train|evaluate|package LANG
    python scripts/train_models.py report                # docs/models.md from the scores

What goes into each model is declared in training/treebanks.yaml; the network in
training/base.cfg. Training runs on one CPU thread with seed 0, so a retrain on the same files
gives the same weights. Work files go to training/work/<lang>/ (not committed); the packaged
pipeline goes to eventwire/models/<lang>/ with its model card.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import shutil
import sys
import time
import urllib.request
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import yaml  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TRAINING = ROOT / "training"
WORK = TRAINING / "work"
MODELS = ROOT / "eventwire" / "models"
DEFAULT_UD = [ROOT.parent / "shared" / "ud", ROOT.parent / "ud-extra"]
RAW = "https://raw.githubusercontent.com/UniversalDependencies/{source}/{commit}/{name}"
SENTENCES_PER_DOC = 10


def manifest() -> dict:
    return yaml.safe_load((TRAINING / "treebanks.yaml").read_text(encoding="utf-8"))


def find_file(name: str, roots: list[Path]) -> Path:
    """A treebank file by name under any root (plain or gzip)."""
    for root in roots:
        for candidate in (*root.rglob(name + ".gz"), *root.rglob(name)):
            return candidate
    raise SystemExit(f"train_models: {name}: not found under {', '.join(map(str, roots))}; "
                     "run `python scripts/train_models.py fetch` or pass --ud")


def read_conllu(path: Path) -> str:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as handle:
        return handle.read()


def sentences(text: str) -> list[str]:
    return [block.strip() + "\n" for block in text.split("\n\n") if block.strip()]


def text_of(sentence: str) -> str:
    """The `# text` line of a CoNLL-U sentence (the whole block when it has none)."""
    for line in sentence.splitlines():
        if line.startswith("# text ="):
            return line[len("# text ="):].strip()
    return sentence


def fetch(roots: list[Path]) -> None:
    """Download the files that ../shared/ud does not hold, at their pinned commits."""
    data = manifest()
    target = roots[-1]
    target.mkdir(parents=True, exist_ok=True)
    for name, entry in data["files"].items():
        source = data["sources"][entry["source"]]
        path = target / (name + ".gz")
        if not path.exists():  # an entry may pin an older release of a file under its own name
            url = RAW.format(source=entry["source"], commit=entry.get("commit", source["commit"]),
                             name=entry.get("path", name))
            print(f"fetch {url}", file=sys.stderr)
            with urllib.request.urlopen(url, timeout=120) as response:
                raw = response.read()
            path.write_bytes(gzip.compress(raw, mtime=0))
        digest = hashlib.sha256(read_conllu(path).encode("utf-8")).hexdigest()[:16]
        if digest != entry["sha256"]:
            raise SystemExit(f"train_models: {name}: sha256 {digest} != {entry['sha256']}")


def to_docbin(blocks: list[str], out: Path) -> int:
    """CoNLL-U sentences to a DocBin; multiword tokens merged, as spaCy's UD benchmarks do."""
    from spacy.tokens import DocBin
    from spacy.training.converters import conllu_to_docs

    docs = conllu_to_docs("\n".join(blocks), n_sents=SENTENCES_PER_DOC, merge_subtokens=True,
                          no_print=True)
    bin_ = DocBin(docs=docs, store_user_data=False)
    out.parent.mkdir(parents=True, exist_ok=True)
    bin_.to_disk(out)
    return sum(len(doc) for doc in bin_.get_docs(__import__("spacy").blank("xx").vocab))


def prepare(lang: str, roots: list[Path]) -> None:
    spec = manifest()["languages"][lang]
    train: list[str] = []
    for name in spec["train"]:
        train.extend(sentences(read_conllu(find_file(name, roots))))
    if spec.get("dev"):
        dev = [s for name in spec["dev"] for s in sentences(read_conllu(find_file(name, roots)))]
    else:
        every = spec["holdout"]
        dev = train[every - 1 :: every]
        train = [s for i, s in enumerate(train) if (i + 1) % every]
    held_out = set(dev)
    for name, times in (spec.get("repeat") or {}).items():  # upweight the test's own domain
        again = [s for s in sentences(read_conllu(find_file(name, roots))) if s not in held_out]
        train.extend(again * (times - 1))
    for name in spec.get("train_also", []):  # a related language's data: training only
        train.extend(sentences(read_conllu(find_file(name, roots))))
    for name in spec.get("train_older", []):  # an older release: only sentences not in the pool
        known = {text_of(s) for s in train + dev}
        train.extend(s for s in sentences(read_conllu(find_file(name, roots)))
                     if text_of(s) not in known)
    work = WORK / lang
    words = to_docbin(train, work / "train.spacy")
    to_docbin(dev, work / "dev.spacy")
    for name in spec["test"]:
        to_docbin(sentences(read_conllu(find_file(name, roots))),
                  work / "test" / (name.removesuffix(".conllu") + ".spacy"))
    print(f"{lang}: {len(train)} training sentences ({words} tokens), {len(dev)} dev",
          file=sys.stderr)


def train(lang: str, extra: dict | None = None) -> None:
    """Train ``lang`` from base.cfg with the manifest's overrides, then ``extra`` (``--set``,
    for experiments: e.g. a smaller parser than the one the manifest gives a language)."""
    from spacy.cli.train import train as spacy_train

    spec = manifest()["languages"][lang]
    work = WORK / lang
    overrides = {
        "nlp.lang": lang,
        "paths.train": str(work / "train.spacy"),
        "paths.dev": str(work / "dev.spacy"),
        "training.max_epochs": spec["epochs"],
        **spec.get("config", {}),
        **(extra or {}),
    }
    spacy_train(TRAINING / "base.cfg", work / "output", overrides=overrides)


def words_per_second(nlp, texts: list[str]) -> float:
    words = sum(len(doc) for doc in nlp.pipe(texts[:50], batch_size=32))  # warm up
    start = time.process_time()
    words = sum(len(doc) for doc in nlp.pipe(texts, batch_size=32))
    return words / (time.process_time() - start)


def chosen(lang: str) -> Path:
    """The checkpoint to ship: the best on the dev sentences, or the last (``ship: last``)
    when training ends past the last evaluation."""
    return WORK / lang / "output" / ("model-" + manifest()["languages"][lang].get("ship", "best"))


def evaluate(lang: str, model: Path | None = None) -> dict:
    """UPOS, lemma, UAS and LAS on each test file, on gold tokens; speed on one core."""
    import spacy
    from spacy.training import Corpus

    model = model or chosen(lang)
    start = time.perf_counter()
    nlp = spacy.load(model)
    load_seconds = time.perf_counter() - start
    scores: dict = {"tests": {}}
    texts: list[str] = []
    for path in sorted((WORK / lang / "test").glob("*.spacy")):
        examples = list(Corpus(path, gold_preproc=True)(nlp))
        result = nlp.evaluate(examples)
        scores["tests"][path.stem] = {
            "sentences": len(examples),
            "upos": round(result["pos_acc"], 4),
            "morph": round(result["morph_acc"], 4),
            "lemma": round(result["lemma_acc"], 4),
            "uas": round(result["dep_uas"], 4),
            "las": round(result["dep_las"], 4),
        }
        texts.extend(example.reference.text for example in examples)
    scores["words_per_second_one_core"] = round(words_per_second(nlp, texts))
    scores["load_seconds"] = round(load_seconds, 2)
    size = sum(f.stat().st_size for f in Path(model).rglob("*") if f.is_file())
    scores["megabytes"] = round(size / 1e6, 1)
    (WORK / lang / "scores.json").write_text(json.dumps(scores, indent=2) + "\n")
    print(json.dumps({lang: scores}, indent=2))
    return scores


CARD = """# eventwire syntax model: {lang}

A spaCy {spacy_version} pipeline (tok2vec, morphologizer, trainable lemmatizer, dependency
parser) trained by `python scripts/train_models.py all {lang}` from `training/base.cfg` and
`training/treebanks.yaml`. Multiword tokens are merged into their surface token, so the model
reads text as spaCy's `{lang}` tokenizer splits it at run time.

- **Trained on:** {train}
- **Checkpoint chosen on:** {dev}
- **Licence:** {licence} (the licence of the training data: share-alike data gives a share-alike
  model). Data licences: {data_licences}.
- **Size:** {megabytes} MB; loads in {load_seconds} s; parses about {wps} words per second on
  one core.

Scores on gold tokens (`nlp.evaluate` on the UD test files, which were never trained on):

| test set | sentences | UPOS | morph | lemma | UAS | LAS |
|---|---|---|---|---|---|---|
{rows}
"""


def package(lang: str) -> None:
    import spacy

    data = manifest()
    spec = data["languages"][lang]
    scores = json.loads((WORK / lang / "scores.json").read_text())
    source = chosen(lang)
    target = MODELS / lang
    if target.exists():
        shutil.rmtree(target)
    nlp = spacy.load(source)
    nlp.meta.update({"name": "eventwire_" + lang, "version": "1.0.0", "license": spec["licence"],
                     "author": "eventwire", "performance": {}})
    nlp.meta.pop("performance", None)
    nlp.to_disk(target)
    files = spec["train"] + spec.get("train_also", []) + spec.get("train_older", [])
    treebank = {name: data["files"].get(name, {}).get("source") for name in files}
    used = sorted({src or shared_source(name) for name, src in treebank.items()})
    rows = "\n".join(
        f"| {name} | {s['sentences']} | {s['upos']:.3f} | {s['morph']:.3f} | {s['lemma']:.3f} "
        f"| {s['uas']:.3f} | {s['las']:.3f} |"
        for name, s in scores["tests"].items()
    )
    (target / "README.md").write_text(CARD.format(
        lang=lang, spacy_version=spacy.__version__, train=trained_on(spec),
        dev=", ".join(spec.get("dev") or [f"every {spec['holdout']}th training sentence"]),
        licence=spec["licence"],
        data_licences="; ".join(f"{u}: {data['sources'][u]['licence']}" for u in used),
        megabytes=scores["megabytes"], load_seconds=scores["load_seconds"],
        wps=scores["words_per_second_one_core"], rows=rows), encoding="utf-8")
    (target / "LICENSE").write_text(LICENCE.format(
        lang=lang, licence=spec["licence"],
        sources="\n".join(f"- UniversalDependencies/{u}: {data['sources'][u]['licence']}"
                          for u in used)), encoding="utf-8")


LICENCE = """eventwire syntax model for {lang}: licence {licence}.

The weights were trained by eventwire (scripts/train_models.py) on these Universal
Dependencies treebanks, whose licences the model carries (share-alike data gives a
share-alike model; https://creativecommons.org/licenses/by-sa/4.0/):

{sources}

The treebanks' own licence files are in the UD repositories named above.
"""


def trained_on(spec: dict) -> str:
    """The model card's list of training files, the related language's apart."""
    own = ", ".join(spec["train"] + spec.get("train_older", []))
    related = ", ".join(spec.get("train_also", []))
    return f"{own}; related language: {related}" if related else own


def shared_source(name: str) -> str:
    """The UD repository of a file shipped in ../shared/ud, from its file name."""
    names = {"en_ewt": "UD_English-EWT", "en_pud": "UD_English-PUD", "fr_gsd": "UD_French-GSD",
             "fr_sequoia": "UD_French-Sequoia", "fr_pud": "UD_French-PUD"}
    return names[name.split("-")[0]]


# Published figures on the same test sets, gold tokenization (see docs/models.md for sources):
# UDPipe 2, UD 2.15 models (ufal/udpipe, branch udpipe-2, models-2.15/EVALUATION-server.txt),
# as UPOS, lemmas, UAS, LAS.
UDPIPE2 = {
    "en_ewt-ud-test": (97.50, 97.87, 93.42, 91.52),
    "fr_gsd-ud-test": (98.48, 98.86, 95.04, 93.23),
    "de_gsd-ud-test": (97.07, 97.24, 89.23, 85.46),
    "es_gsd-ud-test": (97.35, 98.86, 93.42, 91.18),
    "it_isdt-ud-test": (98.75, 98.84, 95.08, 93.39),
    "ru_gsd-ud-test": (98.51, 97.29, 92.83, 89.74),
    "uk_iu-ud-test": (98.23, 97.82, 91.32, 88.94),
}


def report() -> None:
    """docs/models.md from every language's scores.json."""
    rows, speed = [], []
    data = manifest()
    for lang in data["languages"]:
        path = WORK / lang / "scores.json"
        if not path.exists():
            continue
        scores = json.loads(path.read_text())
        for name, s in scores["tests"].items():
            published = UDPIPE2.get(name)
            udpipe = (f"{published[0]:.1f} / {published[1]:.1f} / {published[2]:.1f} / "
                      f"{published[3]:.1f}" if published else "-")
            rows.append(f"| {lang} | {name} | {100 * s['upos']:.1f} | {100 * s['lemma']:.1f} "
                        f"| {100 * s['uas']:.1f} | **{100 * s['las']:.1f}** | {udpipe} |")
        speed.append(f"| {lang} | {scores['megabytes']} MB | {scores['load_seconds']} s "
                     f"| {scores['words_per_second_one_core']:,} |")
    text = (TRAINING / "models.md.in").read_text(encoding="utf-8")
    text = text.replace("{scores}", "\n".join(rows)).replace("{speed}", "\n".join(speed))
    (ROOT / "docs" / "models.md").write_text(text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=["fetch", "prepare", "train", "evaluate", "package", "all",
                                         "report"])
    parser.add_argument("lang", nargs="?")
    parser.add_argument("--ud", action="append", type=Path,
                        help="CoNLL-U folders (default ../shared/ud, ../ud-extra)")
    parser.add_argument("--work", type=Path, default=None,
                        help="working folder for an experiment (default training/work); "
                             "package still writes eventwire/models/<lang>")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                        help="a config override on top of the manifest's (repeatable), e.g. "
                             "components.parser.model.hidden_width=64")
    args = parser.parse_args()
    roots = args.ud or DEFAULT_UD
    if args.work is not None:
        global WORK
        WORK = args.work.resolve()
    extra = {}
    for item in args.set:
        key, _, value = item.partition("=")
        extra[key] = yaml.safe_load(value)
    if args.step == "fetch":
        fetch(roots)
        return
    if args.step == "report":
        report()
        return
    if args.lang not in manifest()["languages"]:
        raise SystemExit(f"train_models: {args.lang!r}: not a language of training/treebanks.yaml")
    steps = ["prepare", "train", "evaluate", "package"] if args.step == "all" else [args.step]
    for step in steps:
        if step == "prepare":
            prepare(args.lang, roots)
        elif step == "train":
            train(args.lang, extra)
        elif step == "evaluate":
            evaluate(args.lang)
        else:
            package(args.lang)


if __name__ == "__main__":
    main()
