from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from redline.detect.window import OutputWindow


def drive(chunks: list[str], overlap: int, holdback: int, phrase: str | None = None):
    """Feed chunks; return (released text, whether phrase was caught before any of it left)."""
    w = OutputWindow(overlap=overlap, holdback=holdback, step=1)
    sent = ""
    for chunk in chunks:
        w.add(chunk)
        if w.due():
            window = w.window()
            if phrase and phrase in window:
                return sent, True
            sent += w.release()
    if phrase and phrase in w.whole():
        return sent, True
    sent += w.release(final=True)
    return sent, False


@given(st.lists(st.text(min_size=0, max_size=20), max_size=40))
def test_everything_is_released_in_order(chunks):
    sent, _ = drive(chunks, overlap=64, holdback=16)
    assert sent == "".join(chunks)


@given(st.text(alphabet="ab ", max_size=200), st.integers(1, 7), st.integers(0, 200))
def test_phrase_up_to_holdback_is_caught_before_any_of_it_leaves(filler, size, at):
    phrase = "engage the target now"  # 21 characters <= holdback
    text = filler[:at] + phrase + filler[at:]
    chunks = [text[i : i + size] for i in range(0, len(text), size)]
    sent, caught = drive(chunks, overlap=64, holdback=24, phrase=phrase)
    assert caught
    assert phrase[:3] not in sent[-24:] or phrase not in text[: len(sent) + len(phrase)]
    assert text.index(phrase) >= len(sent)
