"""schemathesis against the gateway's own OpenAPI document: whatever the document allows
(and the edge cases schemathesis derives from it), the gateway never answers 5xx or breaks
the connection, and every error is in OpenAI's shape.

The audit routes read their query parameters by hand, so the document does not list them;
tests/fuzz/test_bodies.py fuzzes those.

schemathesis' own pytest plugin does not run under pytest 9 (it sets a private node id), so
each operation's hypothesis strategy is driven here directly.
"""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from fuzz.conftest import EXAMPLES


def test_no_operation_answers_a_server_error(fuzz_gateway):
    schema = schemathesis.openapi.from_url(f"{fuzz_gateway.url}/openapi.json")
    headers = {"Authorization": f"Bearer {fuzz_gateway.key}"}
    operations = [result.ok() for result in schema.get_all_operations()]
    labels = {op.label for op in operations}
    # The document describes every public route; fuzzing a subset would go unnoticed.
    assert {"POST /v1/chat/completions", "POST /v1/completions", "POST /v1/embeddings"} <= labels
    assert {"GET /v1/models", "GET /metrics", "GET /audit/entries/{index}"} <= labels
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
            database=None,
        )
        def fuzz(case):
            # Most generated model names are unknown (404 before any screening); name the
            # upstream's model in most bodies so that parsing and screening are fuzzed too.
            if isinstance(case.body, dict) and "model" in case.body and len(repr(case.body)) % 4:
                case.body["model"] = "echo-1"
            response = case.call(base_url=fuzz_gateway.url, headers=headers, timeout=30)
            case.validate_response(response, checks=[not_a_server_error])
            assert response.status_code < 500, (case.operation.label, response.text)
            if response.status_code >= 400:
                error = response.json()["error"]
                assert set(error) == {"message", "type", "code", "param"}
                assert isinstance(error["message"], str) and error["message"]

        fuzz()
