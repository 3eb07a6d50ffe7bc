"""Policy: the red lines, their clauses, thresholds and actions; loading in one place."""

from redline.policy.load import PolicyError, default_policy_path, load_policy
from redline.policy.model import Action, Clause, Policy, RedLinePolicy, Review, Screening

__all__ = [
    "Action",
    "Clause",
    "Policy",
    "PolicyError",
    "RedLinePolicy",
    "Review",
    "Screening",
    "default_policy_path",
    "load_policy",
]
