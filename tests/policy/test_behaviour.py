from __future__ import annotations

import pytest
import yaml

from redline.policy import PolicyError, default_policy_path, load_policy
from redline.policy.load import parse_policy


def test_the_default_policy_has_behaviour_thresholds():
    behaviour = load_policy().behaviour
    assert behaviour.enabled
    assert behaviour.scale.us_sought["24h"].hold_at < behaviour.scale.us_sought["24h"].block_at
    assert behaviour.pipeline.threshold.hold_at == 10
    assert behaviour.loop.min_gaps == 12


@pytest.mark.parametrize(
    ("section", "value", "field"),
    [
        ("scale", {"us_sought": {"1h": {"hold_at": 9, "block_at": 3}}}, "behaviour.scale"),
        ("scale", {"us_sought": {"2h": {"hold_at": 1, "block_at": 3}}}, "behaviour.scale"),
        ("pipeline", {"max_distance": 5}, "behaviour.pipeline.max_distance"),
        ("decomposition", {"hold_at": 0.9, "block_at": 0.5}, "behaviour.decomposition"),
        ("loop", {"surprise": 1}, "behaviour.loop.surprise"),
    ],
)
def test_bad_behaviour_sections_name_the_field(section, value, field):
    data = yaml.safe_load(default_policy_path().read_bytes())
    data["behaviour"][section] = value
    with pytest.raises(PolicyError, match=field.replace(".", r"\.")):
        parse_policy(yaml.safe_dump(data).encode())
