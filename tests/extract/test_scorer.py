"""The scorer in tools/score.py matches greedily, each prediction taking the first unused
gold item it matches; indexing the gold items by paragraph must not change a count."""

from __future__ import annotations

import random
from collections.abc import Sequence
from types import ModuleType


def _greedy(
    scorer: ModuleType, pred: Sequence[tuple[object, ...]], gold: Sequence[tuple[object, ...]]
) -> int:
    """The matching written out over every pair, as the published scorer does."""
    used: set[int] = set()
    hits = 0
    for p in pred:
        for i, g in enumerate(gold):
            if i not in used and p[:-1] == g[:-1] and scorer.same(p[-1], g[-1]):
                used.add(i)
                hits += 1
                break
    return hits


LABELS = [
    "Financial Intelligence Unit",
    "Financial Intelligence Unit of Peru",
    "Unit of Peru",
    "mutual legal assistance",
    "legal assistance",
    "Ministry of Justice",
    "Ministry",
    "article 46",
]


def test_matching_counts_as_the_pairwise_greedy_matching(scorer: ModuleType) -> None:
    rng = random.Random(7)
    for _ in range(300):
        gold = [
            (
                ("r", rng.randint(1, 3)),
                rng.choice("ab"),
                frozenset(scorer.norm(label) for label in rng.sample(LABELS, rng.randint(1, 2))),
            )
            for _ in range(rng.randint(0, 8))
        ]
        pred = [
            (("r", rng.randint(1, 3)), rng.choice("ab"), rng.choice(LABELS))
            for _ in range(rng.randint(0, 8))
        ]
        assert scorer.match_count(pred, gold) == _greedy(scorer, pred, gold)


def test_a_prediction_takes_the_first_gold_item_it_matches(scorer: ModuleType) -> None:
    key = ("r", 1)
    gold = [
        (key, frozenset({scorer.norm("Ministry of Justice of Peru")})),
        (key, frozenset({scorer.norm("Ministry of Justice")})),
    ]
    # The first prediction matches both and takes the first; the second fits the first only.
    pred = [(key, "Ministry of Justice"), (key, "Ministry of Justice of Peru and Chile")]
    assert scorer.match_count(pred, gold) == _greedy(scorer, pred, gold) == 1
    assert scorer.match_count(pred[::-1], gold) == 2
