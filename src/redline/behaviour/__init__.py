"""Cross-request behaviour: scale, decision pipelines, machine in the loop, decomposition.

Pure core: ``hll`` (HyperLogLog), ``windows`` (sliding windows of buckets), ``simhash``
(templates with people masked), ``cadence`` (regularity of arrivals), ``signals`` (request ->
Observation), ``assess`` (Snapshot -> Findings). Edges: ``state_memory`` (in process, saved
to SQLite) and ``state_redis`` (Redis, for replicas); ``layer`` ties them together.
"""

from redline.behaviour.layer import BehaviourLayer, Clock
from redline.behaviour.secret import SecretError, load_or_create_secret
from redline.behaviour.state import BehaviourState, Observation, Snapshot, StateUnavailable
from redline.behaviour.state_memory import MemoryState
from redline.behaviour.state_redis import RedisState

__all__ = [
    "BehaviourLayer",
    "BehaviourState",
    "Clock",
    "MemoryState",
    "Observation",
    "RedisState",
    "SecretError",
    "Snapshot",
    "StateUnavailable",
    "load_or_create_secret",
]
