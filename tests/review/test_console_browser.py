"""The console in a real browser (Debian's headless Chromium driven by Playwright): a
reviewer signs in with the keyboard, sees only the items their clearance covers, approves
one with a reason; the client's retry then passes once and fails the second time.

Screenshots go to $REDLINE_SCREENSHOTS if set (docs/img was filled that way), else to the
test's temporary directory.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import openai
import pytest

from gateway.layers import GREY, PhraseLayer
from redline.detect.normalise import NormaliseLayer
from redline.detect.patterns import PatternsLayer
from redline.policy import load_policy
from redline.review.clearance import Role
from review.accounts import PASSWORD, add_reviewer, add_tenant

CHROMIUM = "/usr/bin/chromium"
sync_api = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(
    shutil.which(CHROMIUM) is None, reason="needs Debian's chromium (scripts/test.sh installs it)"
)

TEXT = (
    f"Summarise the case file of applicant John Smith (SSN 123-45-6789, +1 202 555 0143) "
    f"and recommend whether to deny his visa: {GREY}."
)


def _hold(client: openai.OpenAI, text: str) -> str:
    with pytest.raises(openai.PermissionDeniedError) as held:
        client.chat.completions.create(model="echo-1", messages=[{"role": "user", "content": text}])
    body = held.value.body
    assert isinstance(body, dict) and body["type"] == "review_required"
    response = held.value.response.json()
    return str(response["redline"]["review_id"])


def test_reviewer_approves_in_the_browser_and_the_retry_passes_once(make_gateway, tmp_path):
    shots = Path(os.environ.get("REDLINE_SCREENSHOTS") or tmp_path / "img")
    shots.mkdir(parents=True, exist_ok=True)
    policy = load_policy()
    # Real pattern detectors (identifiers, rubrics) plus the test phrase that makes a hold.
    layers = [NormaliseLayer(), PatternsLayer(), PhraseLayer()]
    gw = make_gateway(layers=layers, policy=policy, review_cookie_secure=False)
    secret_tenant_key = add_tenant(gw.settings.db_url, "bluefin", "TOP SECRET", ("TK",))
    add_reviewer(gw.settings.db_url, "rita", clearance="SECRET")
    add_reviewer(gw.settings.db_url, "audrey", role=Role.AUDITOR, clearance="SECRET")
    acme = openai.OpenAI(base_url=gw.base_url, api_key=gw.key, max_retries=0)
    bluefin = openai.OpenAI(base_url=gw.base_url, api_key=secret_tenant_key, max_retries=0)
    visible = _hold(acme, TEXT)
    hidden = _hold(bluefin, f"Score this tenant application: {GREY}.")

    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(f"{gw.url}/console/queue")
            assert page.url.startswith(f"{gw.url}/console/login")
            # Keyboard only: labels lead to the fields, Enter submits.
            page.get_by_label("Username").fill("rita")
            page.get_by_label("Password").fill(PASSWORD)
            page.keyboard.press("Enter")
            page.wait_for_url(f"{gw.url}/console/queue")
            rows = page.locator("#queue tbody tr")
            assert rows.count() == 1
            assert visible in rows.first.inner_text()
            assert hidden not in page.content()
            page.screenshot(path=str(shots / "console-queue.png"), full_page=True)
            # The filters narrow the queue in place (htmx) and work as a plain form too.
            page.get_by_label("Red line").select_option("autonomous_weapon_systems")
            page.get_by_role("button", name="Filter").click()
            page.wait_for_url("**red_line=autonomous_weapon_systems**")
            page.wait_for_selector("#queue p.empty")
            page.goto(f"{gw.url}/console/queue")

            page.get_by_role("link", name=visible).click()
            page.wait_for_url(f"{gw.url}/console/items/{visible}")
            marks = page.locator("pre.held mark")
            assert marks.count() >= 2
            assert "123-45-6789" in " ".join(marks.all_inner_texts())
            assert "AUP-RL-3" in page.locator("aside.findings").inner_text()
            page.screenshot(path=str(shots / "console-item.png"), full_page=True)

            # An empty reason is refused by the form itself (required) and by the server.
            reason = page.get_by_label("Reason for approving (required)")
            reason.focus()
            page.keyboard.type("Decision support for a named caseworker, who decides.")
            page.keyboard.press("Tab")
            assert page.evaluate("document.activeElement.textContent") == "Approve"
            page.keyboard.press("Enter")
            page.wait_for_url(f"{gw.url}/console/items/{visible}?done=approved")
            assert "Approval recorded." in page.inner_text("main")
            assert "approved" in page.locator(".facts").inner_text()
            page.screenshot(path=str(shots / "console-approved.png"), full_page=True)

            auditor = browser.new_page(viewport={"width": 1280, "height": 900})
            auditor.goto(f"{gw.url}/console/login")
            auditor.get_by_label("Username").fill("audrey")
            auditor.get_by_label("Password").fill(PASSWORD)
            auditor.get_by_role("button", name="Sign in").click()
            auditor.wait_for_url(f"{gw.url}/console/queue")
            auditor.get_by_role("link", name="History").click()
            auditor.wait_for_url(f"{gw.url}/console/history")
            assert "Decision support for a named caseworker" in auditor.inner_text("main")
            auditor.screenshot(path=str(shots / "console-history.png"), full_page=True)
            assert errors == []
        finally:
            browser.close()

    answer = acme.chat.completions.create(
        model="echo-1",
        messages=[{"role": "user", "content": TEXT}],
        extra_headers={"Redline-Review": visible},
    )
    assert answer.choices[0].message.content
    with pytest.raises(openai.PermissionDeniedError):
        acme.chat.completions.create(
            model="echo-1",
            messages=[{"role": "user", "content": TEXT}],
            extra_headers={"Redline-Review": visible},
        )
    assert (shots / "console-item.png").stat().st_size > 10_000
