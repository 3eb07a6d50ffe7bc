"""Pydantic models of the OpenAI request bodies that Redline accepts.

Only the fields Redline reads are typed; every other field is kept (``extra="allow"``) and
forwarded to the upstream unchanged. Validation errors name the offending parameter so that
the gateway can answer 400 with OpenAI's ``param``.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "ChatMessage",
    "ChatRequest",
    "CompletionRequest",
    "ContentPart",
    "EmbeddingRequest",
    "FunctionDef",
    "Tool",
    "ToolCall",
]


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow", frozen=True, strict=True)


class ContentPart(_Open):
    type: str
    text: str | None = None


class ToolCallFunction(_Open):
    name: str = ""
    arguments: str = ""


class ToolCall(_Open):
    id: str | None = None
    type: str = "function"
    function: ToolCallFunction


class ChatMessage(_Open):
    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: str | list[ContentPart] | None = None
    name: str | None = None
    tool_calls: list[ToolCall] | None = None
    tool_call_id: str | None = None


class FunctionDef(_Open):
    name: str
    description: str | None = None
    parameters: dict[str, Any] | None = None


class Tool(_Open):
    type: str = "function"
    function: FunctionDef


class _ModelCall(_Open):
    model: str = Field(min_length=1)
    metadata: dict[str, str] | None = None
    user: str | None = None


class ChatRequest(_ModelCall):
    messages: list[ChatMessage] = Field(min_length=1)
    stream: bool | None = False
    max_tokens: int | None = Field(default=None, ge=1)
    max_completion_tokens: int | None = Field(default=None, ge=1)
    tools: list[Tool] | None = None
    tool_choice: str | dict[str, Any] | None = None
    response_format: dict[str, Any] | None = None
    functions: list[FunctionDef] | None = None


class CompletionRequest(_ModelCall):
    prompt: str | list[str]
    stream: bool | None = False
    max_tokens: int | None = Field(default=None, ge=1)
    suffix: str | None = None


class EmbeddingRequest(_ModelCall):
    input: str | list[str] | list[int] | list[list[int]]
    encoding_format: Literal["float", "base64"] | None = None
