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


def test_behaviour_settings(monkeypatch, tmp_path):
    s = load_settings(data_dir=tmp_path)
    assert s.redis_url is None
    assert s.behaviour_secret_path == tmp_path / "behaviour.key"
    assert s.behaviour_state_path == tmp_path / "behaviour.db"
    monkeypatch.setenv("REDLINE_REDIS_URL", "redis://127.0.0.1:6379/0")
    monkeypatch.setenv("REDLINE_BEHAVIOUR_SECRET_FILE", str(tmp_path / "k"))
    s = load_settings()
    assert s.redis_url == "redis://127.0.0.1:6379/0" and s.behaviour_secret_path == tmp_path / "k"
    monkeypatch.setenv("REDLINE_REDIS_URL", "http://127.0.0.1:6379")
    with pytest.raises(SettingsError, match="REDLINE_REDIS_URL"):
        load_settings()


def test_the_semantic_memo_size_is_a_setting(monkeypatch):
    assert load_settings().semantic_remembered_windows == 4096
    monkeypatch.setenv("REDLINE_SEMANTIC_REMEMBERED_WINDOWS", "0")
    assert load_settings().semantic_remembered_windows == 0
    monkeypatch.setenv("REDLINE_SEMANTIC_REMEMBERED_WINDOWS", "-1")
    with pytest.raises(SettingsError, match="REDLINE_SEMANTIC_REMEMBERED_WINDOWS"):
        load_settings()
