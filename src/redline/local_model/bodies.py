"""Request bodies the server accepts, and their translation into engine keyword arguments.

Unknown fields are ignored (``n``, ``user``, ...). Translation adapts OpenAI requests to what
SmolLM2's chat template and llama-cpp-python can take; see :func:`chat_params`.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from redline.local_model.engine import JSON

__all__ = [
    "DEFAULT_MAX_TOKENS",
    "ChatBody",
    "ChatMessageBody",
    "CompletionBody",
    "EmbeddingBody",
    "chat_params",
    "completion_params",
]

DEFAULT_MAX_TOKENS = 256


class _GenerationBody(BaseModel):
    model_config = ConfigDict(extra="ignore")

    model: str | None = None
    stream: bool = False
    max_tokens: Annotated[int, Field(ge=1)] | None = None
    temperature: Annotated[float, Field(ge=0, le=2)] | None = None
    top_p: Annotated[float, Field(gt=0, le=1)] | None = None
    stop: str | list[str] | None = None
    seed: int | None = None
    presence_penalty: Annotated[float, Field(ge=-2, le=2)] | None = None
    frequency_penalty: Annotated[float, Field(ge=-2, le=2)] | None = None


class ChatMessageBody(BaseModel):
    model_config = ConfigDict(extra="allow")

    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: str | list[dict[str, Any]] | None = None


class ChatBody(_GenerationBody):
    messages: Annotated[list[ChatMessageBody], Field(min_length=1)]
    max_completion_tokens: Annotated[int, Field(ge=1)] | None = None
    tools: list[dict[str, Any]] | None = None
    tool_choice: str | dict[str, Any] | None = None
    response_format: dict[str, Any] | None = None


class CompletionBody(_GenerationBody):
    prompt: str | list[str] | list[int]

    @field_validator("prompt")
    @classmethod
    def _one_prompt(cls, prompt: str | list[str] | list[int]) -> str | list[int]:
        if isinstance(prompt, str):
            return prompt
        if not prompt:
            raise ValueError("prompt is empty")
        if all(isinstance(p, str) for p in prompt):
            if len(prompt) != 1:
                raise ValueError("this server takes one prompt per request")
            return str(prompt[0])
        return [int(token) for token in prompt]


class EmbeddingBody(BaseModel):
    model_config = ConfigDict(extra="ignore")

    input: (
        Annotated[str, Field(min_length=1)]
        | Annotated[list[Annotated[str, Field(min_length=1)]], Field(min_length=1)]
    )
    model: str | None = None
    encoding_format: Literal["float", "base64"] = "float"


def _sampling(body: _GenerationBody, n_ctx: int, max_tokens: int | None) -> JSON:
    params: JSON = {"max_tokens": min(max_tokens or body.max_tokens or DEFAULT_MAX_TOKENS, n_ctx)}
    for key in ("temperature", "top_p", "stop", "seed", "presence_penalty", "frequency_penalty"):
        value = getattr(body, key)
        if value is not None:
            params[key] = value
    return params


def _template_message(message: ChatMessageBody) -> JSON:
    # SmolLM2's template concatenates message['content'] as a string (None or a list of parts
    # would fail to render) and never renders tools or tool_calls. An assistant turn that only
    # called tools becomes empty: echoing the calls as JSON made the model answer in JSON.
    out = message.model_dump()
    if out["role"] == "developer":
        out["role"] = "system"
    content = out["content"]
    if isinstance(content, list):
        out["content"] = "\n".join(
            str(part.get("text", "")) for part in content if part.get("type") == "text"
        )
    elif content is None:
        out["content"] = ""
    return out


def _response_format(requested: JSON) -> JSON | None:
    # llama-cpp-python constrains output for "json_object" (with an optional "schema") only.
    if requested.get("type") == "json_schema":
        schema = (requested.get("json_schema") or {}).get("schema")
        return {"type": "json_object", "schema": schema} if schema else {"type": "json_object"}
    if requested.get("type") == "json_object":
        return requested
    return None


def chat_params(body: ChatBody, n_ctx: int) -> JSON:
    """Keyword arguments for ``Llama.create_chat_completion``.

    Guaranteed: ``max_tokens`` is set (``max_completion_tokens``, else ``max_tokens``, else
    :data:`DEFAULT_MAX_TOKENS`) and at most ``n_ctx``; ``developer`` turns become ``system``;
    every message's ``content`` is a string; ``json_schema`` response formats become
    ``json_object`` with that schema.
    """
    params = _sampling(body, n_ctx, body.max_completion_tokens)
    params["messages"] = [_template_message(m) for m in body.messages]
    if body.tools is not None:
        params["tools"] = body.tools
    if body.tool_choice is not None:
        params["tool_choice"] = body.tool_choice
    if body.response_format is not None:
        params["response_format"] = _response_format(body.response_format)
    return params


def completion_params(body: CompletionBody, n_ctx: int) -> JSON:
    """Keyword arguments for ``Llama.create_completion``; ``max_tokens`` as for chat."""
    params = _sampling(body, n_ctx, None)
    params["prompt"] = body.prompt
    return params
