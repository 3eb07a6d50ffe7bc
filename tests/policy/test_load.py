from __future__ import annotations

from pathlib import Path

import pytest

from redline.policy import PolicyError, load_policy
from redline.redlines import RedLine


def test_default_policy_has_three_red_lines_with_clauses():
    policy = load_policy()
    assert set(policy.red_lines) == set(RedLine)
    for rule in policy.red_lines.values():
        assert rule.clause.id and rule.clause.text and rule.hold_at <= rule.block_at
    assert "EO 12333" in policy.authorities


def test_missing_file(tmp_path: Path):
    with pytest.raises(PolicyError, match="cannot read"):
        load_policy(tmp_path / "nope.yaml")


def test_missing_red_line_is_named(tmp_path: Path):
    text = load_policy().model_dump(mode="json")
    del text["red_lines"]["autonomous_weapon_systems"]
    import yaml

    path = tmp_path / "p.yaml"
    path.write_text(yaml.safe_dump(text))
    with pytest.raises(PolicyError, match="autonomous_weapon_systems"):
        load_policy(path)


@pytest.mark.parametrize(
    ("patch", "match"),
    [
        ({"hold_at": 0.9, "block_at": 0.5}, "hold_at"),
        ({"on_block": "allow"}, "never allow"),
        ({"hold_at": 1.5}, "hold_at"),
    ],
)
def test_invalid_thresholds(tmp_path: Path, patch, match):
    import yaml

    data = load_policy().model_dump(mode="json")
    data["red_lines"]["mass_domestic_surveillance"].update(patch)
    path = tmp_path / "p.yaml"
    path.write_text(yaml.safe_dump(data))
    with pytest.raises(PolicyError, match=match):
        load_policy(path)


def test_not_yaml(tmp_path: Path):
    path = tmp_path / "p.yaml"
    path.write_text("red_lines: [unclosed")
    with pytest.raises(PolicyError, match="not valid YAML"):
        load_policy(path)
