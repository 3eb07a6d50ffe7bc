from __future__ import annotations

from typer.testing import CliRunner

from redline.cli import app
from redline.review.passwords import verify_password
from redline.review.store import ReviewStore
from redline.settings import load_settings
from redline.store import Store


def test_reviewer_accounts_and_tenant_classification(tmp_path):
    runner = CliRunner()
    data = ["--data-dir", str(tmp_path)]
    assert runner.invoke(app, ["tenant", "add", "acme", *data]).exit_code == 0
    added = runner.invoke(
        app,
        [
            "reviewer",
            "add",
            "rita",
            "--clearance",
            "top secret",
            "-c",
            "si",
            "--role",
            "supervisor",
            "--tenant",
            "acme",
            "--password-stdin",
            *data,
        ],
        input="a long enough password\n",
    )
    assert added.exit_code == 0, added.output
    again = runner.invoke(
        app,
        ["reviewer", "add", "rita", "--password-stdin", *data],
        input="a long enough password\n",
    )
    assert again.exit_code == 1 and "already exists" in again.output
    short = runner.invoke(
        app, ["reviewer", "add", "bob", "--password-stdin", *data], input="short\n"
    )
    assert short.exit_code == 2
    bad = runner.invoke(
        app,
        ["reviewer", "add", "bob", "--clearance", "cosmic", "--password-stdin", *data],
        input="a long enough password\n",
    )
    assert bad.exit_code == 2 and "unknown classification" in bad.output
    classified = runner.invoke(
        app, ["review", "classify", "acme", "--classification", "SECRET", "-c", "TK", *data]
    )
    assert classified.exit_code == 0, classified.output
    listed = runner.invoke(app, ["reviewer", "list", *data])
    assert "TOP SECRET//SI" in listed.output and "supervisor" in listed.output
    assert runner.invoke(app, ["reviewer", "disable", "rita", *data]).exit_code == 0
    ticked = runner.invoke(app, ["review", "tick", *data])
    assert ticked.exit_code == 0 and "expired 0" in ticked.output

    settings = load_settings(data_dir=tmp_path)
    with Store.open(settings.db_url) as store:
        reviews = ReviewStore(store)
        found = reviews.reviewer_login("rita")
        assert found is not None
        account, digest = found
        assert verify_password(digest, "a long enough password")
        assert not account.active and account.tenant_id is not None
        tenant = reviews.tenant(account.tenant_id)
        assert tenant is not None and tenant.classification.marking == "SECRET//TK"
        kinds = [store.log.entry(i).kind for i in range(store.log.size())]  # type: ignore[union-attr]
        assert kinds.count("reviewer_account") == 3  # created, classified, disabled
