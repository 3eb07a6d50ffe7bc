from __future__ import annotations

import pytest

from redline.settings import SettingsError, load_settings


def test_defaults():
    s = load_settings()
    assert (s.host, s.port, s.max_body_bytes) == ("127.0.0.1", 8080, 8 * 1024 * 1024)
    assert s.db_url.startswith("sqlite:///") and s.upstream_base is None


def test_env_and_overrides(monkeypatch, tmp_path):
    monkeypatch.setenv("REDLINE_PORT", "9000")
    monkeypatch.setenv("REDLINE_UPSTREAM_URL", "http://127.0.0.1:1234/v1/")
    s = load_settings(data_dir=tmp_path, host=None)
    assert s.port == 9000 and s.upstream_base == "http://127.0.0.1:1234/v1"
    assert load_settings(port=7000).port == 7000


def test_bad_value_names_the_variable(monkeypatch):
    monkeypatch.setenv("REDLINE_UPSTREAM_URL", "not a url")
    with pytest.raises(SettingsError, match="REDLINE_UPSTREAM_URL"):
        load_settings()
