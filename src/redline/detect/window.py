"""Windows over a streamed answer, so that a phrase split across chunks is still caught.

The answer grows chunk by chunk. Before any text is released to the client it must have been
screened inside a window that also holds ``holdback`` characters after it (or the end of the
answer): a phrase of up to ``holdback`` characters is then never half-released before it is
seen whole. Each window reaches ``overlap`` characters back into already released text, so
context spanning the release point is screened too.
"""

from __future__ import annotations

__all__ = ["OutputWindow"]


class OutputWindow:
    """Bookkeeping for one streamed choice. Pure: it never screens anything itself.

    Use: ``add(delta)``; when ``due()``, screen ``window()``; if clean, ``release()`` gives
    the text that may now be sent. At the end, screen ``whole()`` and send ``release(final=True)``.
    """

    def __init__(self, *, overlap: int, holdback: int, step: int = 32) -> None:
        if overlap < holdback:
            raise ValueError("overlap must be at least holdback")
        self._overlap = overlap
        self._holdback = holdback
        self._step = step
        self._text: list[str] = []
        self._length = 0
        self._released = 0
        self._screened = 0

    def add(self, delta: str) -> None:
        if delta:
            self._text.append(delta)
            self._length += len(delta)

    def whole(self) -> str:
        """The whole answer so far."""
        if len(self._text) > 1:
            self._text = ["".join(self._text)]
        return self._text[0] if self._text else ""

    def due(self) -> bool:
        """Whether enough new text arrived to be worth screening (and releasing)."""
        return self._length - self._screened >= self._step and (
            self._length - self._holdback > self._released
        )

    def window(self) -> str:
        """The text to screen now: unreleased text plus ``overlap`` characters before it."""
        self._screened = self._length
        return self.whole()[max(0, self._released - self._overlap) :]

    def release(self, *, final: bool = False) -> str:
        """Text that has now been screened in context and may be sent. Call only after the
        latest ``window()`` (or, with ``final``, ``whole()``) was screened clean."""
        end = self._length if final else max(self._released, self._screened - self._holdback)
        out = self.whole()[self._released : end]
        self._released = end
        return out
