"""What the benchmarks record of the machine they ran on."""

from __future__ import annotations

import os
import platform


def machine() -> dict[str, object]:
    """CPUs, Python, platform and the one-minute load average at the end of the run."""
    return {
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "load_average_1m": round(os.getloadavg()[0], 2),
    }
