"""Load generation with wrk (Debian package ``wrk``): a C load generator, so that the client
is not the bottleneck on a 2-core machine."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


@dataclass(frozen=True)
class WrkResult:
    p50_ms: float
    p90_ms: float
    p99_ms: float
    rps: float
    requests: int
    errors: int


def require_wrk() -> str:
    path = shutil.which("wrk")
    if path is None:
        raise SystemExit("this benchmark needs wrk: apt-get install -y wrk")
    return path


def _script(bodies: list[dict[str, object]], headers: dict[str, str]) -> str:
    lua_bodies = ",\n".join(f"  [[{json.dumps(b)}]]" for b in bodies)
    lua_headers = "\n".join(f'wrk.headers["{k}"] = "{v}"' for k, v in headers.items())
    return f"""
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
{lua_headers}
local bodies = {{
{lua_bodies}
}}
local i = 0
request = function()
  i = i + 1
  return wrk.format(nil, nil, nil, bodies[(i % #bodies) + 1])
end
"""


def run_wrk(
    url: str,
    *,
    bodies: list[dict[str, object]],
    headers: dict[str, str],
    connections: int,
    seconds: int,
    warm_up_s: int = 0,
) -> WrkResult:
    """POST ``bodies`` in turn to ``url`` for ``seconds`` over ``connections`` connections,
    after an unmeasured run of ``warm_up_s`` seconds (connections, caches, lazy state)."""
    if warm_up_s:
        run_wrk(url, bodies=bodies, headers=headers, connections=connections, seconds=warm_up_s)
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        f.write(_script(bodies, headers))
        script = f.name
    try:
        out = subprocess.run(
            [
                require_wrk(),
                "-t1",
                f"-c{connections}",
                f"-d{seconds}s",
                "--latency",
                "-s",
                script,
                url,
            ],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    finally:
        Path(script).unlink()
    percentiles = {
        m.group(1): float(m.group(2)) * _UNITS[m.group(3)]
        for m in re.finditer(r"^\s+(50|90|99)%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
    }
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    total = int(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), "
        r"timeout (\d+)",
        out,
    )
    errors = int(bad.group(1)) if bad else 0
    if socket_errors:
        errors += sum(int(g) for g in socket_errors.groups())
    return WrkResult(percentiles["50"], percentiles["90"], percentiles["99"], rps, total, errors)
