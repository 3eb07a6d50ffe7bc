"""Inclusion proofs for the auditor's view: a logged decision or review action, proved
against the latest signed checkpoint and checked here with the same code an outside
verifier runs (``audit.merkle.verify_inclusion``)."""

from __future__ import annotations

import base64
from typing import Any

import orjson

from redline.audit.errors import OutOfRange
from redline.audit.log import AuditLog
from redline.audit.merkle import ProofError, leaf_hash, verify_inclusion
from redline.audit.note import Checkpoint, NoteError, Verifier, open_note
from redline.review.errors import ItemNotFound

__all__ = ["entry_proof"]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def entry_proof(audit: AuditLog, ref_id: str) -> dict[str, Any]:
    """The log entry recording ``ref_id`` (a decision or action id), its index, and its
    inclusion proof against the latest checkpoint (``proof`` is None while no checkpoint
    covers it yet). Raises ItemNotFound when the log has no such entry."""
    try:
        index = audit.index_of(ref_id)
        entry = audit.entry(index)
    except OutOfRange as exc:
        raise ItemNotFound(f"no log entry records {ref_id!r}", code="not_found") from exc
    leaf = leaf_hash(entry.body)
    out: dict[str, Any] = {
        "ref_id": ref_id,
        "index": index,
        "kind": entry.kind,
        "entry": orjson.loads(entry.body),
        "entry_bytes": _b64(entry.body),
        "leaf_hash": _b64(leaf),
        "leaf_hash_matches": leaf == entry.leaf_hash,
        "checkpoint": None,
        "proof": None,
        "verified": False,
    }
    try:
        checkpoint = audit.latest_checkpoint()
    except OutOfRange:
        return out
    out["checkpoint"] = {"size": checkpoint.size, "note": checkpoint.note}
    if index >= checkpoint.size:
        return out
    proof = audit.inclusion(index, checkpoint.size)
    out["proof"] = [_b64(h) for h in proof.hashes]
    try:
        # The root as signed in the note, not the stored copy beside it.
        text, _ = open_note(checkpoint.note, [Verifier.from_key(audit.verifier_key)])
        signed = Checkpoint.parse(text)
        out["checkpoint"]["root"] = _b64(signed.root)
        verify_inclusion(leaf, index, signed.size, proof.hashes, signed.root)
    except (NoteError, ProofError) as exc:
        out["error"] = str(exc)
        return out
    out["verified"] = True
    return out
