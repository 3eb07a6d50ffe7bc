"""Build corpus/redline_corpus.jsonl: generated, hand-written and imported rows, split by group.

    python corpus/generate.py --seed 20261123 --out corpus/redline_corpus.jsonl

Standard library only. The same seed and the same inputs give a byte-identical file: every
random draw comes from ``random.Random`` seeded with the seed and a family name (string seeds
are hashed with SHA-512, independent of PYTHONHASHSEED), nothing iterates over an unordered
set, and JSON is written with a fixed key order.

Inputs:
  corpus/blocks/*.yaml       slot vocabularies and template families (see yamlite.py)
  corpus/hand_written*.jsonl rows written by the Redline team, each with a ``group`` (several
                             files, by several writers; read in name order)
  ../shared/data/*.jsonl     public benign rows, imported with their source and licence

Splits are assigned per group, never per row: a template family (with every variant made from
it), a hand-written group, or a topic of an imported file goes wholly to train, validation or
test, so no near-duplicate of a test row is trained on. corpus/splits.tsv records every
group's split: a regeneration keeps those and places only new groups, so a new family or file
adds rows to the splits without moving the old ones (``--resplit`` places all groups afresh).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import fakes
import frames
import transforms
import yamlite

HERE = Path(__file__).resolve().parent
LABELS = (
    "mass_domestic_surveillance",
    "autonomous_weapon_systems",
    "high_stakes_automated_decisions",
    "benign",
)
SHORT_LABELS = {
    "surveillance": LABELS[0],
    "autonomous_weapons": LABELS[1],
    "automated_decisions": LABELS[2],
    "benign": LABELS[3],
}
STYLES = (
    "direct",
    "long_pii",
    "build_tool",
    "sensor_frame",
    "tool_schema",
    "rubric",
    "roleplay",
    "authority",
    "dialect",
    "obfuscated",
    "multiturn",
    "translation",
    "creative",
)
LANGS = (
    "en", "es", "fr", "zh", "ar", "ru", "pt", "de", "it", "ja", "ko", "hi", "tr", "pl", "nl", "vi",
    "id", "uk", "fa", "th", "he", "sw", "ro", "cs", "el", "sv", "bn",
)  # fmt: skip
SPLITS = (("train", 0.70), ("validation", 0.15), ("test", 0.15))
SPLITS_HEADER = (
    "# The split of every group of redline_corpus.jsonl, written by corpus/generate.py.\n"
    "# A group listed here keeps its split when the corpus is regenerated; new groups are\n"
    "# placed around them (--resplit places every group afresh). group<TAB>split\n"
)
HAND_SOURCE = "hand-written by the Redline team"
_SLOT = re.compile(r"\{([a-z][a-z0-9_]*)\}")
# Share of each English text family rewritten into a variant (obfuscated, split across turns,
# typed in a hurry); benign families get the same rates as red-line ones.
VARIANT_RATES = (("obfuscated", 0.07), ("multiturn", 0.03), ("dialect", 0.03))

Row = dict[str, Any]
DynamicSlot = Callable[[random.Random, dict[str, Any]], str]


class CorpusError(ValueError):
    """An input file breaks the corpus rules; the message names the file and the row."""


def load_blocks(folder: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Merge every blocks/*.yaml: top-level lists are slot vocabularies, ``families`` templates."""
    vocab: dict[str, Any] = {}
    families: list[dict[str, Any]] = []
    for path in sorted(folder.glob("*.yaml")):
        data = yamlite.load_file(path) or {}
        for key, value in data.items():
            if key == "families":
                families.extend(value)
            elif key in vocab:
                raise CorpusError(f"{path}: slot list {key!r} is defined twice")
            else:
                vocab[key] = value
    names = [f["name"] for f in families]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise CorpusError(f"family names defined twice: {dupes}")
    return vocab, families


class Filler:
    """Expands ``{slot}`` references: family slots, then vocabularies, then dynamic slots.

    A slot name used twice in one row yields the same value both times; ``name__2`` draws a
    second, independent value from ``name``.
    """

    def __init__(self, vocab: dict[str, Any], dynamic: dict[str, DynamicSlot]) -> None:
        self.vocab = vocab
        self.dynamic = dynamic

    def fill(
        self,
        template: str,
        rng: random.Random,
        local: dict[str, Any],
        cache: dict[str, str],
        depth: int = 0,
    ) -> str:
        if depth > 6:
            raise CorpusError(f"slot expansion too deep in {template[:60]!r}")

        def one(m: re.Match[str]) -> str:
            key = m.group(1)
            if key in cache:
                return cache[key]
            base = key.split("__")[0]
            if base in local:
                value = self.fill(str(rng.choice(local[base])), rng, local, cache, depth + 1)
            elif base in self.vocab:
                value = self.fill(str(rng.choice(self.vocab[base])), rng, local, cache, depth + 1)
            elif base in self.dynamic:
                value = self.dynamic[base](rng, self.vocab)
            else:
                raise CorpusError(f"unknown slot {{{key}}} in {template[:60]!r}")
            cache[key] = value
            return value

        return _SLOT.sub(one, template)


def _tidy(text: str, keep_case: bool) -> str:
    text = re.sub(r"[ \t]{2,}", " ", text.strip())
    if not keep_case and text[:1].islower():
        text = text[0].upper() + text[1:]
    return text


def _key(row: Row) -> str:
    body = row["text"] if "text" in row else json.dumps(row["messages"], ensure_ascii=False)
    return " ".join(body.lower().split())


def generate_family(fam: dict[str, Any], filler: Filler, seed: int) -> list[Row]:
    """Draw ``count`` distinct rows from one family; deterministic in (seed, family name)."""
    rng = random.Random(f"{seed}:{fam['name']}")
    local = fam.get("slots") or {}
    keep_case = bool(fam.get("keep_case", False))
    rows: list[Row] = []
    seen: set[str] = set()
    attempts = 0
    while len(rows) < int(fam["count"]) and attempts < int(fam["count"]) * 8:
        attempts += 1
        cache: dict[str, str] = {}
        row: Row = {}
        if "messages" in fam:
            # aligned: alternative k of every turn belongs to one script, so the turns of a
            # conversation follow on from each other.
            script = rng.randrange(len(next(iter(fam["messages"][0].values()))))
            msgs = []
            for turn in fam["messages"]:
                ((role, alternatives),) = turn.items()
                pick = (
                    alternatives[script % len(alternatives)]
                    if fam.get("aligned")
                    else rng.choice(alternatives)
                )
                content = filler.fill(str(pick), rng, local, cache)
                msgs.append({"role": role, "content": _tidy(content, keep_case)})
            row["messages"] = msgs
        else:
            template_index = rng.randrange(len(fam["templates"]))
            row["text"] = _tidy(
                filler.fill(str(fam["templates"][template_index]), rng, local, cache), keep_case
            )
            row["template"] = template_index
        k = _key(row)
        if k in seen:
            continue
        seen.add(k)
        row.update(
            label=fam["label"],
            grey=bool(fam.get("grey", False)),
            lang=fam.get("lang", "en"),
            style=fam["style"],
        )
        rows.append(row)
    _add_variants(rows, fam, rng)
    by_template = fam.get("group_by") == "template"
    for i, row in enumerate(rows):
        template_index = row.pop("template", None)
        row["id"] = f"gen-{fam['name']}-{i:04d}"
        row["group"] = f"gen:{fam.get('group', fam['name'])}"
        if by_template and template_index is not None:
            row["group"] += f"#t{template_index}"
    return rows


def _add_variants(rows: list[Row], fam: dict[str, Any], rng: random.Random) -> None:
    """Rewrite a share of an English text family's rows in place (see VARIANT_RATES)."""
    if fam.get("lang", "en") != "en" or "messages" in fam or fam.get("variants") is False:
        return
    order = list(range(len(rows)))
    rng.shuffle(order)
    start = 0
    for style, rate in VARIANT_RATES:
        n = round(len(rows) * rate)
        for idx in order[start : start + n]:
            row = rows[idx]
            if style == "obfuscated":
                row["text"], _method = transforms.obfuscate(row["text"], rng)
            elif style == "multiturn":
                row["messages"] = transforms.split_turns(row.pop("text"), rng)
            else:
                row["text"] = transforms.typos(row["text"], rng)
            row["style"] = style
        start += n


def load_hand_written(path: Path) -> list[Row]:
    rows: list[Row] = []
    seen_ids: set[str] = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CorpusError(f"{path}:{n}: {exc}") from exc
        missing = {"id", "label", "grey", "lang", "style", "group"} - raw.keys()
        if missing or ("text" in raw) == ("messages" in raw):
            raise CorpusError(f"{path}:{n}: needs text or messages and {sorted(missing)}")
        if raw["id"] in seen_ids:
            raise CorpusError(f"{path}:{n}: duplicate id {raw['id']}")
        seen_ids.add(raw["id"])
        row = {k: raw[k] for k in ("text", "messages") if k in raw}
        row.update(
            id=raw["id"],
            label=raw["label"],
            grey=raw["grey"],
            lang=raw["lang"],
            style=raw["style"],
            source=HAND_SOURCE,
            group=f"hw:{raw['group']}",
        )
        rows.append(row)
    return rows


def _shared_group(stem: str, raw: dict[str, Any]) -> str:
    """Near-duplicates share a group: XSTest by prompt type, MITRE FRR by task topic."""
    category = str(raw.get("source_category", ""))
    if "xstest" in stem:
        return f"shared:{stem}:{category.split(' (')[0]}"
    m = re.search(r"\bthat (.*?)[.]", raw["text"])
    words = re.sub(r"[^a-z ]", "", (m.group(1) if m else raw["text"]).lower()).split()
    return f"shared:{stem}:{' '.join(words[:5])}"


def load_shared(folder: Path) -> list[Row]:
    rows: list[Row] = []
    for path in sorted(folder.glob("*.jsonl")):
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if not line.strip():
                continue
            raw = json.loads(line)
            label = raw.get("label") or SHORT_LABELS[raw["our_label"]]
            rows.append(
                {
                    "text": raw["text"],
                    "id": f"shared-{path.stem}-{i:04d}",
                    "label": label,
                    "grey": False,
                    "lang": "en",
                    "style": "direct",
                    "source": raw["source"],
                    "group": _shared_group(path.stem, raw),
                }
            )
    return rows


def _features(row: Row) -> list[str]:
    origin = row["group"].split(":")[0]
    if origin == "shared":
        origin = ":".join(row["group"].split(":")[:2])
    return [
        f"label={row['label']}",
        f"grey={row['label']}:{row['grey']}",
        f"lang={row['lang']}",
        f"style={row['style']}",
        f"origin={origin}",
    ]


_FEATURE_WEIGHT = {"label": 4.0, "grey": 2.0, "lang": 2.0, "style": 1.0, "origin": 1.0}


def assign_splits(
    rows: list[Row], seed: int, restarts: int = 64, kept: dict[str, str] | None = None
) -> None:
    """Give whole groups to splits so that every label, grey flag, language, style and origin
    comes out near 70/15/15 of its rows.

    One pass takes the groups in a seeded random order and puts each in the split that most
    reduces the weighted squared distance between the rows assigned so far and the 70/15/15
    targets of the final totals, feature by feature (iterative stratification over whole
    groups). ``restarts`` passes with different orders are made and the one closest to the
    targets is kept. A feature carried by few large groups cannot be spread finely.

    ``kept`` (group -> split, from ``splits.tsv``): those groups keep their split and only the
    others are placed, against targets that count the kept ones, so adding a family or a file
    leaves every existing row where it was and the test split stays comparable across changes.
    """
    groups: dict[str, list[Row]] = {}
    for row in rows:
        groups.setdefault(row["group"], []).append(row)
    kept = {g: s for g, s in (kept or {}).items() if g in groups}
    features = {
        name: Counter(f for r in members for f in _features(r)) for name, members in groups.items()
    }
    totals: Counter[str] = Counter()
    for counts in features.values():
        totals.update(counts)

    def spread(got: dict[str, Counter[str]], name: str, split: str) -> float:
        cost = 0.0
        for feature, n in features[name].items():
            weight = _FEATURE_WEIGHT[feature.split("=")[0]]
            for other, share in SPLITS:
                have = got[other][feature] + (n if other == split else 0)
                cost += weight * (have - share * totals[feature]) ** 2 / totals[feature]
        return cost

    start = {split: Counter[str]() for split, _ in SPLITS}
    for name, split in kept.items():
        start[split].update(features[name])
    best: tuple[float, dict[str, str]] | None = None
    for attempt in range(restarts):
        names = sorted(g for g in groups if g not in kept)
        random.Random(f"{seed}:split:{attempt}").shuffle(names)
        got = {split: Counter(start[split]) for split, _ in SPLITS}
        chosen: dict[str, str] = dict(kept)
        for name in names:
            split = min((s for s, _ in SPLITS), key=lambda s: spread(got, name, s))
            got[split].update(features[name])
            chosen[name] = split
        total_cost = sum(
            _FEATURE_WEIGHT[f.split("=")[0]]
            * sum((got[s][f] - share * totals[f]) ** 2 for s, share in SPLITS)
            / totals[f]
            for f in totals
        )
        if best is None or total_cost < best[0]:
            best = (total_cost, chosen)
    assert best is not None
    for name, split in best[1].items():
        for row in groups[name]:
            row["split"] = split


def validate(rows: Iterable[Row]) -> None:
    for row in rows:
        where = row.get("id", "?")
        if row["label"] not in LABELS:
            raise CorpusError(f"{where}: label {row['label']!r}")
        if row["style"] not in STYLES:
            raise CorpusError(f"{where}: style {row['style']!r}")
        if row["lang"] not in LANGS:
            raise CorpusError(f"{where}: lang {row['lang']!r}")
        if not isinstance(row["grey"], bool):
            raise CorpusError(f"{where}: grey must be a boolean")
        if row.get("messages") and row["messages"][-1]["role"] != "user":
            raise CorpusError(f"{where}: a conversation must end with a user turn")


def build(
    seed: int,
    blocks: Path,
    hand: Sequence[Path],
    shared: Path,
    kept: dict[str, str] | None = None,
) -> list[Row]:
    vocab, families = load_blocks(blocks)
    filler = Filler(vocab, {**fakes.SLOTS, **frames.SLOTS})
    generated: list[Row] = []
    for fam in families:
        for row in generate_family(fam, filler, seed):
            row["source"] = f"generated by corpus/generate.py seed={seed}"
            generated.append(row)
    written = [row for path in hand for row in load_hand_written(path)]
    ids = Counter(row["id"] for row in written)
    if clash := sorted(i for i, n in ids.items() if n > 1):
        raise CorpusError(f"hand-written ids used in more than one file: {clash[:5]}")
    rows = written + generated + load_shared(shared)
    unique: list[Row] = []
    seen: set[str] = set()
    for row in rows:
        k = _key(row)
        if k not in seen:
            seen.add(k)
            unique.append(row)
    validate(unique)
    assign_splits(unique, seed, kept=kept)
    return unique


def read_splits(path: Path) -> dict[str, str]:
    """``splits.tsv``: one ``group<TAB>split`` per line (``#`` lines are comments)."""
    kept: dict[str, str] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        group, _, split = line.rpartition("\t")
        if not group or split not in {s for s, _ in SPLITS}:
            raise CorpusError(f"{path}:{n}: expected 'group<TAB>train|validation|test'")
        kept[group] = split
    return kept


def write_splits(path: Path, rows: Iterable[Row]) -> None:
    """Every group's split, sorted by group, under ``SPLITS_HEADER``."""
    chosen = {row["group"]: row["split"] for row in rows}
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(SPLITS_HEADER)
        for group in sorted(chosen):
            fh.write(f"{group}\t{chosen[group]}\n")


def _ordered(row: Row) -> Row:
    body = {"text": row["text"]} if "text" in row else {"messages": row["messages"]}
    return {
        "id": row["id"],
        **body,
        "label": row["label"],
        "grey": row["grey"],
        "lang": row["lang"],
        "style": row["style"],
        "source": row["source"],
        "split": row["split"],
        "group": row["group"],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=20261123)
    parser.add_argument("--out", type=Path, default=HERE / "redline_corpus.jsonl")
    parser.add_argument("--blocks", type=Path, default=HERE / "blocks")
    parser.add_argument(
        "--hand-written",
        type=Path,
        nargs="+",
        default=sorted(HERE.glob("hand_written*.jsonl")),
        help="hand-written row files (default: corpus/hand_written*.jsonl)",
    )
    parser.add_argument("--shared-data", type=Path, default=HERE.parents[1] / "shared" / "data")
    parser.add_argument(
        "--splits",
        type=Path,
        default=HERE / "splits.tsv",
        help="each group's split, kept from run to run; read if present, then rewritten",
    )
    parser.add_argument(
        "--resplit",
        action="store_true",
        help="ignore --splits and place every group afresh (moves rows between splits)",
    )
    args = parser.parse_args(argv)
    if not args.shared_data.is_dir():
        parser.error(f"--shared-data {args.shared_data} is not a folder")
    started = time.perf_counter()
    kept = None if args.resplit or not args.splits.exists() else read_splits(args.splits)
    rows = build(args.seed, args.blocks, args.hand_written, args.shared_data, kept)
    write_splits(args.splits, rows)
    with args.out.open("w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(_ordered(row), ensure_ascii=False) + "\n")
    print(
        f"wrote {len(rows)} rows to {args.out} in {time.perf_counter() - started:.2f}s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
