"""Exchange: one model call, reduced to what detection needs to read.

An Exchange is built from a validated request body (see ``openai_types``) and holds every
piece of text the model would see, each as a Segment that says where it came from: system
prompts, every turn, tool definitions, tool calls and tool results, completion prompts and
embedding inputs. Screening reads all of them, never only the last user turn.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal

from redline.detect.finding import Entity
from redline.detect.normalise import View, normalise_views
from redline.openai_types import ChatRequest, CompletionRequest, EmbeddingRequest, FunctionDef

__all__ = [
    "Context",
    "Endpoint",
    "Exchange",
    "Segment",
    "ToolSpec",
    "UnscreenableContent",
    "canonical_json",
    "request_sha256",
]

Endpoint = Literal["chat", "completions", "embeddings", "output"]


class UnscreenableContent(ValueError):
    """The request carries content that no layer can read (images, audio, token ids).

    Redline fails closed: such a request is refused, never forwarded unscreened.
    """

    def __init__(self, param: str, message: str) -> None:
        super().__init__(message)
        self.param = param


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of text the model sees. ``where`` is a JSON-path-like location in the body;
    ``role`` is the message role, or ``tool_schema``, ``tool_call``, ``prompt``, ``input``,
    ``output``."""

    where: str
    role: str
    text: str


@dataclass(frozen=True, slots=True)
class ToolSpec:
    """A function the client offers the model."""

    name: str
    description: str
    parameters: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Context:
    """What the client declares about the call (headers ``Redline-*`` or body ``metadata``).

    A declared authority is recorded and shown to reviewers; it never unlocks a red line.
    """

    purpose: str | None = None
    authority: str | None = None
    operator: str | None = None


def canonical_json(value: Any) -> bytes:
    """Deterministic JSON: keys sorted, no insignificant whitespace, UTF-8, no NaN."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def request_sha256(body: Any) -> str:
    """SHA-256 (hex) of the canonical JSON of a request body."""
    return hashlib.sha256(canonical_json(body)).hexdigest()


@dataclass(frozen=True)
class Exchange:
    """One model call. Immutable; ``views`` (normalised text) is computed once on first use."""

    endpoint: Endpoint
    model: str
    segments: tuple[Segment, ...]
    tools: tuple[ToolSpec, ...] = ()
    context: Context = field(default_factory=Context)
    stream: bool = False
    max_tokens: int | None = None
    response_format: str | None = None
    tool_choice: str | None = None
    request_sha256: str = ""

    @cached_property
    def views(self) -> tuple[View, ...]:
        """Every segment in the forms detection reads: raw, normalised, decoded payloads,
        and the joined conversation (for text split across turns)."""
        return normalise_views(self.segments)

    @cached_property
    def entities(self) -> tuple[Entity, ...]:
        """Identifiers of people and devices in the exchange, found once and shared by the
        patterns layer and the behaviour layer (``patterns.extract_entities``)."""
        from redline.detect.patterns import extract_entities

        return tuple(extract_entities(self))

    @cached_property
    def concept_groups(self) -> frozenset[str]:
        """The lexicon's concept groups the exchange names, found once and shared by the
        layers that read them (``terms.concept_groups``)."""
        from redline.detect.terms import read_concept_groups

        return read_concept_groups(self)

    @property
    def text(self) -> str:
        """All segment texts joined by blank lines (raw, not normalised)."""
        return "\n\n".join(s.text for s in self.segments)

    @classmethod
    def of_text(cls, text: str, *, role: str = "user", endpoint: Endpoint = "chat") -> Exchange:
        """An Exchange holding one piece of text (used by ``redline check`` and by tests)."""
        where = "messages[0].content" if endpoint == "chat" else endpoint
        return cls(endpoint=endpoint, model="", segments=(Segment(where, role, text),))

    @classmethod
    def of_turns(cls, *turns: tuple[str, str]) -> Exchange:
        """A chat Exchange of ``(role, text)`` turns, in order (used by tests and benchmarks)."""
        return cls(
            endpoint="chat",
            model="",
            segments=tuple(
                Segment(f"messages[{i}].content", role, text)
                for i, (role, text) in enumerate(turns)
            ),
        )

    @classmethod
    def of_chat(cls, req: ChatRequest, context: Context, sha256: str = "") -> Exchange:
        """Raises UnscreenableContent for content parts that are not text."""
        segments: list[Segment] = []
        for i, msg in enumerate(req.messages):
            base = f"messages[{i}]"
            role = msg.role
            content = msg.content
            if isinstance(content, str):
                segments.append(Segment(f"{base}.content", role, content))
            elif content is not None:
                for j, part in enumerate(content):
                    if part.type != "text" or part.text is None:
                        raise UnscreenableContent(
                            f"{base}.content[{j}]",
                            f"content part of type {part.type!r} cannot be screened; "
                            "Redline accepts text parts only",
                        )
                    segments.append(Segment(f"{base}.content[{j}]", role, part.text))
            for j, call in enumerate(msg.tool_calls or ()):
                text = f"{call.function.name}({call.function.arguments})"
                segments.append(Segment(f"{base}.tool_calls[{j}]", "tool_call", text))
        defs = [t.function for t in req.tools or ()] + list(req.functions or ())
        tools = tuple(_tool_spec(d) for d in defs)
        for i, spec in enumerate(tools):
            segments.append(Segment(f"tools[{i}]", "tool_schema", _tool_text(spec)))
        rf = (req.response_format or {}).get("type")
        tc = req.tool_choice
        tool_choice = tc if isinstance(tc, str) or tc is None else json.dumps(tc, sort_keys=True)
        return cls(
            endpoint="chat",
            model=req.model,
            segments=tuple(segments),
            tools=tools,
            context=context,
            stream=bool(req.stream),
            max_tokens=req.max_completion_tokens or req.max_tokens,
            response_format=rf if isinstance(rf, str) else None,
            tool_choice=tool_choice,
            request_sha256=sha256,
        )

    @classmethod
    def of_completion(cls, req: CompletionRequest, context: Context, sha256: str = "") -> Exchange:
        prompts = [req.prompt] if isinstance(req.prompt, str) else req.prompt
        segments = [Segment(f"prompt[{i}]", "prompt", p) for i, p in enumerate(prompts)]
        if req.suffix:
            segments.append(Segment("suffix", "prompt", req.suffix))
        return cls(
            endpoint="completions",
            model=req.model,
            segments=tuple(segments),
            context=context,
            stream=bool(req.stream),
            max_tokens=req.max_tokens,
            request_sha256=sha256,
        )

    @classmethod
    def of_embedding(cls, req: EmbeddingRequest, context: Context, sha256: str = "") -> Exchange:
        """Raises UnscreenableContent for token-id input, which no layer can read."""
        inputs = [req.input] if isinstance(req.input, str) else req.input
        segments: list[Segment] = []
        for i, item in enumerate(inputs):
            if not isinstance(item, str):
                raise UnscreenableContent(
                    "input", "token-id input cannot be screened; send the input as text"
                )
            segments.append(Segment(f"input[{i}]", "input", item))
        return cls(
            endpoint="embeddings",
            model=req.model,
            segments=tuple(segments),
            context=context,
            request_sha256=sha256,
        )

    @classmethod
    def of_output(cls, request: Exchange, text: str) -> Exchange:
        """The model's answer to ``request``, as an Exchange of its own for output screening.

        The request's tools and context are kept: an answer is judged in its setting.
        """
        return cls(
            endpoint="output",
            model=request.model,
            segments=(Segment("output", "output", text),),
            tools=request.tools,
            context=request.context,
            stream=request.stream,
            max_tokens=request.max_tokens,
            response_format=request.response_format,
            tool_choice=request.tool_choice,
            request_sha256=request.request_sha256,
        )


def _tool_spec(d: FunctionDef) -> ToolSpec:
    return ToolSpec(name=d.name, description=d.description or "", parameters=d.parameters or {})


def _tool_text(spec: ToolSpec) -> str:
    params = json.dumps(spec.parameters, sort_keys=True, ensure_ascii=False)
    return f"function {spec.name}: {spec.description}\nparameters: {params}"
