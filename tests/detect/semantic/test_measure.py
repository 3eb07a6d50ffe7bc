"""The semantic layer's yardstick: P/R/F1, caught share, benign FPR, by language and style."""

from __future__ import annotations

import pytest

from redline.detect.layers import Layer
from redline.detect.semantic.corpus import Row
from redline.detect.semantic.measure import Outcome, outcomes, summary
from redline.policy.model import Action
from redline.redlines import RedLine

SURV = RedLine.MASS_DOMESTIC_SURVEILLANCE


def row(label: RedLine | None, lang: str = "en", style: str = "direct") -> Row:
    return Row(id="r", red_line=label, segments=(("user", "x"),), lang=lang, style=style)


def test_summary_counts_exact_and_caught() -> None:
    results = [
        Outcome(row(SURV), SURV.value, Action.BLOCK),
        Outcome(row(SURV, lang="fr"), RedLine.HIGH_STAKES_AUTOMATED_DECISIONS.value, Action.HOLD),
        Outcome(row(SURV), "benign", Action.ALLOW),
        Outcome(row(None), "benign", Action.ALLOW),
        Outcome(row(None, style="long_pii"), SURV.value, Action.HOLD),
    ]
    report = summary(results)
    surv = report["red_lines"][SURV.value]
    assert surv["rows"] == 3
    assert surv["recall"] == pytest.approx(1 / 3, abs=1e-4)
    assert surv["precision"] == 0.5
    assert surv["caught"] == pytest.approx(2 / 3, abs=1e-4)
    assert report["benign_fpr"] == 0.5
    assert report["by_lang"]["fr"]["caught"] == 1.0
    assert report["by_style"]["long_pii"]["benign_fpr"] == 1.0
    assert report["red_lines"][RedLine.AUTONOMOUS_WEAPON_SYSTEMS.value]["recall"] is None


async def test_outcomes_run_the_guard() -> None:
    class Nothing:
        name = "nothing"

        async def inspect(self, exchange: object) -> list[object]:
            return []

    layers: list[Layer] = [Nothing()]  # type: ignore[list-item]
    (result,) = await outcomes([row(None)], layers)
    assert result.predicted == "benign" and result.action is Action.ALLOW
