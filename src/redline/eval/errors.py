"""The evaluation harness's errors: one tree, each message ready to show a person.

::

    EvalError             anything ``run_eval`` refuses to do (the CLI exits 2)
    ├── DatasetError      the dataset cannot be read, or rows are bad; each problem is
    │                     ``path:line: what is wrong``
    └── ReportError       the HTML report cannot be written

A policy that cannot be loaded raises ``redline.policy.PolicyError``, as everywhere else.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["DatasetError", "EvalError", "ReportError"]


class EvalError(Exception):
    """The evaluation could not run or finish; ``str(exc)`` says why."""


class DatasetError(EvalError):
    """The dataset is unreadable or has bad rows.

    ``problems`` holds one message per problem found (``path:line: ...``, or ``path: ...``
    for the file as a whole), in file order; the message joins them one per line.
    """

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(self.problems))


class ReportError(EvalError):
    """The HTML report could not be written."""
