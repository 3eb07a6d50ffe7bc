"""The gateway application's start-up: what create_app's lifespan leaves behind."""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import Any

import httpx

from redline.settings import load_settings


def test_start_up_freezes_the_heap_when_asked(make_gateway: Callable[..., Any]) -> None:
    gc.unfreeze()
    try:
        gateway = make_gateway(gc_freeze=True)
        assert httpx.get(f"{gateway.url}/healthz").status_code == 200
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_start_up_leaves_the_heap_alone_when_not_asked(make_gateway: Callable[..., Any]) -> None:
    gc.unfreeze()
    gateway = make_gateway(gc_freeze=False)
    assert httpx.get(f"{gateway.url}/healthz").status_code == 200
    assert gc.get_freeze_count() == 0


def test_freezing_is_the_default_outside_the_tests(monkeypatch: Any) -> None:
    monkeypatch.delenv("REDLINE_GC_FREEZE", raising=False)
    assert load_settings().gc_freeze is True
