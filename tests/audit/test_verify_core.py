"""The auditor's pieces without a gateway: the batch format, TreeChecker, LogClient against
httpx.MockTransport, and audit_log's verdicts on logs that misbehave at the HTTP level."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable

import httpx
import orjson
import pytest

from redline.audit.batch import decode_entries, encode_entries
from redline.audit.client import LogClient
from redline.audit.errors import LogUnreachable, OutOfRange, VerificationFailed
from redline.audit.merkle import (
    CompactRange,
    border_ids,
    inclusion_nodes,
    inclusion_proof,
    leaf_hash,
)
from redline.audit.note import Checkpoint, Signer, sign_note
from redline.audit.verify import TreeChecker, TreeMismatch, audit_log, check_checkpoint

ORIGIN = "example.test/log"
SIGNER = Signer.generate(ORIGIN)
BODIES = [b'{"kind":"decision","n":%d}' % n for n in range(10)]
LEAVES = [leaf_hash(body) for body in BODIES]


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def root(size: int) -> bytes:
    tree = CompactRange()
    tree.extend(LEAVES[:size])
    return tree.root()


def checkpoint(size: int, origin: str = ORIGIN, signer: Signer = SIGNER) -> str:
    return sign_note(Checkpoint(origin, size, root(size)).to_text(), [signer])


def batch(start: int, end: int, bodies: list[bytes] = BODIES) -> bytes:
    return encode_entries((i, leaf_hash(bodies[i]), bodies[i]) for i in range(start, end))


# The batch wire format


def test_batch_round_trip_and_truncation() -> None:
    data = batch(0, 3)
    assert [(i, body) for i, _, body in decode_entries(data)] == [
        (0, BODIES[0]),
        (1, BODIES[1]),
        (2, BODIES[2]),
    ]
    assert list(decode_entries(b"")) == []
    with pytest.raises(ValueError, match="cut short at byte"):
        list(decode_entries(data[:10]))
    with pytest.raises(ValueError, match="inside entry 2"):
        list(decode_entries(data[:-1]))


@pytest.mark.parametrize(
    "entry", [(-1, bytes(32), b"x"), (0, bytes(31), b"x")], ids=["negative", "short hash"]
)
def test_batch_refuses_what_it_cannot_frame(entry: tuple[int, bytes, bytes]) -> None:
    with pytest.raises(ValueError, match="cannot be sent"):
        encode_entries([entry])


# TreeChecker


def checkpoints(*sizes: int) -> list[Checkpoint]:
    return [Checkpoint(ORIGIN, size, root(size)) for size in sizes]


def test_checker_matches_checkpoints_across_batches() -> None:
    checker = TreeChecker(checkpoints(3, 4, 9))
    for start, end in ((0, 2), (2, 7), (7, 10)):
        checker.feed(batch(start, end))
    assert checker.size == 10
    assert checker.good_size == 9


def test_checker_names_a_gap_a_repeat_and_a_bad_hash() -> None:
    with pytest.raises(VerificationFailed, match="entry 1: missing") as gap:
        TreeChecker([]).feed(batch(0, 1) + batch(2, 3))
    assert gap.value.index == 1
    with pytest.raises(VerificationFailed, match="entry 2: out of order"):
        TreeChecker([]).feed(batch(0, 2) + batch(1, 2))
    forged = encode_entries([(0, LEAVES[0], b"something else")])
    with pytest.raises(VerificationFailed, match="entry 0: leaf hash does not match"):
        TreeChecker([]).feed(forged)
    with pytest.raises(VerificationFailed, match="entry 1: the log sent an unreadable batch"):
        TreeChecker([]).feed(batch(0, 2)[:-3])


def test_checker_reports_a_tree_that_misses_its_checkpoint() -> None:
    wrong = Checkpoint(ORIGIN, 6, root(5))
    checker = TreeChecker([*checkpoints(2), wrong])
    with pytest.raises(TreeMismatch, match="tree at size 6 does not match checkpoint") as info:
        checker.feed(batch(0, 10))
    assert info.value.good_size == 2
    assert info.value.checkpoint == wrong


def test_check_checkpoint() -> None:
    assert check_checkpoint(checkpoint(4), [SIGNER.verifier()]).size == 4
    other = Signer.generate(ORIGIN).verifier()
    with pytest.raises(VerificationFailed, match="signature does not verify"):
        check_checkpoint(checkpoint(4), [other])


# A fake log over MockTransport


Handler = Callable[[httpx.Request], httpx.Response]


def fake_log(
    *,
    notes: list[str] | None = None,
    bodies: list[bytes] = BODIES,
    served: int = 10,
    proofs: bool = True,
) -> Handler:
    """A log of ``bodies`` (serving the first ``served``), its checkpoints and proofs."""
    notes = [checkpoint(4), checkpoint(10)] if notes is None else notes

    def handle(request: httpx.Request) -> httpx.Response:
        path, params = request.url.path, request.url.params
        if path == "/audit/checkpoints":
            since = int(params["since"])
            listed = [
                {"size": int(note.split("\n")[1]), "note": note}
                for note in notes
                if int(note.split("\n")[1]) > since
            ]
            return httpx.Response(200, json={"checkpoints": listed})
        if path == "/audit/checkpoint":
            return httpx.Response(200, text=notes[-1])
        if path == "/audit/key":
            return httpx.Response(200, text=SIGNER.verifier().to_key() + "\n")
        if path == "/audit/entries":
            start, limit = int(params["start"]), int(params["limit"])
            if start >= served:
                return httpx.Response(404, json={"error": {"message": "no entry"}})
            return httpx.Response(200, content=batch(start, min(served, start + limit), bodies))
        if path == "/audit/proof/inclusion" and proofs:
            index, size = int(params["index"]), int(params["size"])
            nodes = {}
            for level, node in inclusion_nodes(index, size) + border_ids(size):
                tree = CompactRange()
                tree.extend(LEAVES[node << level : (node + 1) << level])
                nodes[(level, node)] = tree.root()
            return httpx.Response(
                200,
                json={
                    "index": index,
                    "size": size,
                    "leaf_hash": b64(LEAVES[index]),
                    "proof": [b64(h) for h in inclusion_proof(index, size, nodes)],
                    "root": b64(root(size)),
                },
            )
        return httpx.Response(500, text="boom")

    return handle


def client(handler: Handler) -> LogClient:
    return LogClient("http://log.test/v1/", transport=httpx.MockTransport(handler))


def test_audit_of_a_good_log() -> None:
    with client(fake_log()) as log:
        seen: list[tuple[int, int]] = []
        report = audit_log(log, [SIGNER.verifier()], progress=lambda d, t: seen.append((d, t)))
    assert (report.entries, report.checkpoints, report.latest.size) == (10, 2, 10)
    assert seen[-1] == (10, 10)
    assert report.origin == ORIGIN


def test_no_checkpoint_is_a_failure() -> None:
    with (
        client(fake_log(notes=[])) as log,
        pytest.raises(VerificationFailed, match="no checkpoint"),
    ):
        audit_log(log, [SIGNER.verifier()])


def test_checkpoints_of_two_logs_are_a_failure() -> None:
    notes = [checkpoint(4), checkpoint(10, origin="other.test/log")]
    with client(fake_log(notes=notes)) as log, pytest.raises(VerificationFailed, match="other"):
        audit_log(log, [SIGNER.verifier()])


def test_listing_that_lies_about_a_size_is_a_failure() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/audit/checkpoints" and request.url.params["since"] == "0":
            return httpx.Response(200, json={"checkpoints": [{"size": 5, "note": checkpoint(4)}]})
        return fake_log()(request)

    with client(handle) as log, pytest.raises(VerificationFailed, match="signs size 4"):
        audit_log(log, [SIGNER.verifier()])


def test_saved_checkpoint_of_another_log_is_a_failure() -> None:
    saved = checkpoint(4, origin="other.test/log")
    with client(fake_log()) as log, pytest.raises(VerificationFailed, match="saved checkpoint"):
        audit_log(log, [SIGNER.verifier()], since=saved)


def test_tree_mismatch_without_help_from_the_log_reports_the_range() -> None:
    bodies = [*BODIES[:6], b"forged", *BODIES[7:]]
    with (
        client(fake_log(bodies=bodies, proofs=False)) as log,
        pytest.raises(VerificationFailed) as info,
    ):
        audit_log(log, [SIGNER.verifier()])
    assert info.value.index is None
    assert "an entry in [4, 10) was altered" in str(info.value)


def test_tree_mismatch_is_pinned_on_the_entry_with_the_logs_proofs() -> None:
    bodies = [*BODIES[:6], b"forged", *BODIES[7:]]
    with client(fake_log(bodies=bodies)) as log, pytest.raises(VerificationFailed) as info:
        audit_log(log, [SIGNER.verifier()])
    assert info.value.index == 6
    assert str(info.value).startswith("entry 6: not the entry that the checkpoint at size 10")


def test_short_log_names_the_first_missing_entry() -> None:
    with client(fake_log(served=8)) as log, pytest.raises(VerificationFailed) as info:
        audit_log(log, [SIGNER.verifier()])
    assert info.value.index == 8
    assert "entry 8: missing" in str(info.value)


# LogClient's answers to a log that breaks the API


@pytest.mark.parametrize(
    ("response", "message"),
    [
        (httpx.Response(500, json={"error": {"message": "db down"}}), "answered 500: db down"),
        (httpx.Response(502, text="bad gateway"), "answered 502: bad gateway"),
        (httpx.Response(200, content=b"{nope"), "malformed JSON"),
        (httpx.Response(200, json=[1]), "not an object"),
        (httpx.Response(200, json={"checkpoints": 3}), "no list of checkpoints"),
        (httpx.Response(200, json={"checkpoints": [{"size": "1"}]}), "no int field 'size'"),
        (
            httpx.Response(200, json={"checkpoints": [{"size": 0, "note": "x"}]}),
            "went back to size 0",
        ),
    ],
)
def test_checkpoint_listing_failures(response: httpx.Response, message: str) -> None:
    with client(lambda _: response) as log, pytest.raises(LogUnreachable, match=message):
        list(log.checkpoints())


def test_unreachable_log() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with client(refuse) as log, pytest.raises(LogUnreachable, match="refused"):
        log.key()


def test_entry_and_proof_answers_are_checked() -> None:
    answers = {
        "/audit/entries/3": {"index": 4, "entry": "", "leaf_hash": ""},
        "/audit/entries/5": {"index": 5, "entry": "***", "leaf_hash": ""},
        "/audit/proof/consistency": {"from": 1, "to": 9, "proof": []},
        "/audit/proof/inclusion": {
            "index": 1,
            "size": 2,
            "leaf_hash": b64(bytes(32)),
            "proof": "AAAA",
            "root": b64(bytes(32)),
        },
    }

    def handle(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/audit/proof/consistency" and request.url.params["to"] == "2":
            return httpx.Response(200, json={"from": 1, "to": 2, "proof": [b64(b"h")]})
        return httpx.Response(200, json=answers[request.url.path])

    with client(handle) as log:
        with pytest.raises(LogUnreachable, match="got entry 4"):
            log.entry(3)
        with pytest.raises(LogUnreachable, match="invalid base64"):
            log.entry(5)
        with pytest.raises(LogUnreachable, match="other sizes"):
            log.consistency(1, 10)
        assert log.consistency(1, 2) == (b"h",)
        with pytest.raises(LogUnreachable, match="no list of proof hashes"):
            log.inclusion(index=1, size=2)


def test_not_found_is_out_of_range() -> None:
    with (
        client(lambda _: httpx.Response(404, json={"error": {"message": "no such entry"}})) as log,
        pytest.raises(OutOfRange, match="no such entry"),
    ):
        log.entries(5, 1)


def test_entries_of_a_real_body_hash_to_their_leaf() -> None:
    body = orjson.dumps({"kind": "decision", "v": 1})
    assert leaf_hash(body) == hashlib.sha256(b"\0" + body).digest()
