"""Building the behaviour layer a gateway runs, from Settings and the policy."""

from __future__ import annotations

import time

from redline.behaviour.layer import BehaviourLayer, Clock
from redline.behaviour.secret import load_or_create_secret
from redline.behaviour.state import BehaviourState
from redline.behaviour.state_memory import MemoryState
from redline.behaviour.state_redis import RedisState
from redline.policy.model import Policy
from redline.settings import Settings

__all__ = ["open_behaviour"]


async def open_behaviour(
    settings: Settings, policy: Policy, clock: Clock | None = None
) -> BehaviourLayer | None:
    """The behaviour layer, or None when the policy turns it off.

    With REDLINE_REDIS_URL the state is in Redis (a Redis that is down is not an error
    here: each request then fails closed until it is back); otherwise in process, saved to
    ``settings.behaviour_state_path``. Raises SecretError or OSError for the secret file,
    StateUnavailable for a saved state that cannot be read.
    """
    if not policy.behaviour.enabled:
        return None
    secret = load_or_create_secret(settings.behaviour_secret_path)
    state: BehaviourState
    if settings.redis_url:
        state = RedisState(
            settings.redis_url, prefix=settings.redis_prefix, timeout_s=settings.redis_timeout_s
        )
    else:
        state = await MemoryState.open(settings.behaviour_state_path)
    return BehaviourLayer(state, secret, clock or time.time)
