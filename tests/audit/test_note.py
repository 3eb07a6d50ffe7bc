"""audit/note.py: C2SP signed notes, Ed25519 keys, checkpoints and key files."""

from __future__ import annotations

import base64
import hashlib
import os
import re
import stat
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from redline.audit import note
from redline.audit.note import (
    Checkpoint,
    NoteError,
    Signer,
    Verifier,
    load_or_create_signer,
    open_note,
    sign_note,
    verifier_key,
)

# Known answer from the documentation of golang.org/x/mod/sumdb/note, the reference
# implementation (used as data). Ed25519 is deterministic, so the note must match to the byte.
GO_SIGNER_KEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"
GO_VERIFIER_KEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
GO_TEXT = (
    "If you think cryptography is the answer to your problem,\n"
    "then you don't know what your problem is.\n"
)
GO_NOTE = (
    GO_TEXT + "\n— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgK"
    "vqfqdngotpRZb6KE6RyyBwJnAM=\n"
)
# The example of the C2SP signed-note specification (verify-only: its private key is unknown).
SPEC_VERIFIER_KEY = "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k"
SPEC_NOTE = (
    "This is an example message.\n\n— example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2O"
    "NncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n"
)
# The tlog-checkpoint specification's example text.
SPEC_CHECKPOINT = (
    "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n"
)

ROOT = hashlib.sha256(b"root").digest()


# ---- keys --------------------------------------------------------------------------------------


def test_key_id_known_answer() -> None:
    # key ID = SHA-256(name || 0x0A || 0x01 || public key)[:4], computed here by hand for the
    # seed 00 01 .. 1f, whose Ed25519 public key is 03a107bf...31b8.
    seed = bytes(range(32))
    public = bytes.fromhex("03a107bff3ce10be1d70dd18e74bc09967e4d6309ba50d5f1ddc8664125531b8")
    assert Ed25519PrivateKey.from_private_bytes(seed).public_key().public_bytes_raw() == public
    assert hashlib.sha256(b"redline.example/log\n\x01" + public).digest()[:4].hex() == "d8e2a5a2"
    signer = Signer("redline.example/log", seed)
    assert signer.key_id == bytes.fromhex("d8e2a5a2")
    assert signer.verifier() == Verifier("redline.example/log", public)
    assert verifier_key(signer) == (
        "redline.example/log+d8e2a5a2+" + base64.b64encode(b"\x01" + public).decode()
    )
    assert signer.to_key() == (
        "PRIVATE+KEY+redline.example/log+d8e2a5a2+" + base64.b64encode(b"\x01" + seed).decode()
    )


def test_go_reference_note_byte_for_byte() -> None:
    signer = Signer.from_key(GO_SIGNER_KEY)
    assert signer.name == "PeterNeumann"
    assert signer.key_id.hex() == "c74f20a3"
    assert signer.to_key() == GO_SIGNER_KEY
    assert verifier_key(signer) == GO_VERIFIER_KEY
    assert sign_note(GO_TEXT, [signer]) == GO_NOTE
    verifier = Verifier.from_key(GO_VERIFIER_KEY)
    assert verifier.to_key() == GO_VERIFIER_KEY
    assert open_note(GO_NOTE, [verifier]) == (GO_TEXT, ["PeterNeumann"])


def test_spec_example_note_verifies() -> None:
    verifier = Verifier.from_key(SPEC_VERIFIER_KEY)
    assert open_note(SPEC_NOTE, [verifier]) == (
        "This is an example message.\n",
        ["example.com/foo"],
    )


def test_generated_keys_round_trip() -> None:
    signer = Signer.generate("log.example/a")
    other = Signer.generate("log.example/a")
    assert signer != other and signer.key_id != other.key_id
    assert Signer.from_key(signer.to_key()) == signer
    assert Verifier.from_key(verifier_key(signer)) == signer.verifier()
    sig = signer.sign(b"message")
    assert len(sig) == 64
    assert signer.verifier().verify(b"message", sig)
    assert not signer.verifier().verify(b"massage", sig)
    assert not other.verifier().verify(b"message", sig)
    assert not signer.verifier().verify(b"message", sig[:63])
    # The seed never shows in repr, nor in errors about the key.
    assert signer.seed.hex() not in repr(signer)
    assert base64.b64encode(signer.seed).decode() not in repr(signer)


@pytest.mark.parametrize(
    "name", ["", "a+b", "a b", "a\tb", "a\u00a0b", "a\u2003b", "a\nb", "a\x01b", "a\u3000b"]
)
def test_invalid_key_names(name: str) -> None:
    with pytest.raises(NoteError, match="key name"):
        Signer.generate(name)
    with pytest.raises(NoteError, match="key name"):
        Verifier(name, bytes(32))


def test_invalid_key_sizes() -> None:
    with pytest.raises(NoteError, match="seed is 31 bytes"):
        Signer("n", bytes(31))
    with pytest.raises(NoteError, match="public key is 33 bytes"):
        Verifier("n", bytes(33))


def _with_key(prefix: str, raw: bytes) -> str:
    return prefix + base64.b64encode(raw).decode()


_SEED = bytes(range(32))
_PUBLIC = bytes.fromhex("03a107bff3ce10be1d70dd18e74bc09967e4d6309ba50d5f1ddc8664125531b8")
_VALID_VKEY = _with_key("redline.example/log+d8e2a5a2+", b"\x01" + _PUBLIC)
_VALID_SKEY = _with_key("PRIVATE+KEY+redline.example/log+d8e2a5a2+", b"\x01" + _SEED)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("redline.example/log+d8e2a5a2", "3 '\\+'-separated"),
        ("redline.example/log", "3 '\\+'-separated"),
        ("+d8e2a5a2+" + _VALID_VKEY.rsplit("+", 1)[1], "key name"),
        (_VALID_VKEY.replace("d8e2a5a2", "D8E2A5A2"), "lower-case hex"),
        (_VALID_VKEY.replace("d8e2a5a2", "d8e2a5a"), "lower-case hex"),
        (_VALID_VKEY.replace("d8e2a5a2", "d8e2a5a3"), "does not match"),
        (_VALID_VKEY.replace("redline.example/log", "redline.example/other"), "does not match"),
        (_with_key("redline.example/log+d8e2a5a2+", b"\x02" + _PUBLIC), "not an Ed25519 key"),
        (_with_key("redline.example/log+d8e2a5a2+", b"\x01" + _PUBLIC[:31]), "not an Ed25519"),
        (_VALID_VKEY + "=", "not canonical base64"),
        (_VALID_VKEY[:-1] + "!", "not valid base64"),
        (_VALID_VKEY[:-1] + "l", "does not match"),  # another public key
    ],
)
def test_verifier_key_parse_errors(text: str, message: str) -> None:
    assert Verifier.from_key(_VALID_VKEY).key_id.hex() == "d8e2a5a2"
    with pytest.raises(NoteError, match=message):
        Verifier.from_key(text)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (_VALID_VKEY, "5 '\\+'-separated"),
        (_VALID_SKEY.replace("PRIVATE+KEY", "PUBLIC+KEY"), "PRIVATE\\+KEY"),
        (_VALID_SKEY.replace("PRIVATE+KEY", "private+key"), "PRIVATE\\+KEY"),
        (_VALID_SKEY.replace("d8e2a5a2", "00000000"), "does not match"),
        (_with_key("PRIVATE+KEY+redline.example/log+d8e2a5a2+", b"\x04" + _SEED), "not an Ed"),
        (_with_key("PRIVATE+KEY+redline.example/log+d8e2a5a2+", _SEED), "not an Ed25519"),
        (_VALID_SKEY.replace("redline.example/log", "a b"), "key name"),
    ],
)
def test_signer_key_parse_errors(text: str, message: str) -> None:
    assert Signer.from_key(_VALID_SKEY) == Signer("redline.example/log", _SEED)
    with pytest.raises(NoteError, match=message) as error:
        Signer.from_key(text)
    assert base64.b64encode(b"\x01" + _SEED).decode() not in str(error.value)


# ---- notes -------------------------------------------------------------------------------------


def test_sign_and_open_round_trip() -> None:
    log, witness, stranger = (Signer.generate(n) for n in ("log.example", "w.example", "x"))
    text = "first line\n\nafter a blank line\n"
    signed = sign_note(text, [log, witness])
    assert signed.startswith(text + "\n— log.example ")
    assert signed.count("\n— ") == 2
    assert open_note(signed, [log.verifier(), witness.verifier()]) == (
        text,
        ["log.example", "w.example"],
    )
    assert open_note(signed, [witness.verifier(), stranger.verifier()]) == (text, ["w.example"])
    with pytest.raises(NoteError, match="not signed by any known key"):
        open_note(signed, [stranger.verifier()])
    with pytest.raises(NoteError, match="not signed by any known key"):
        open_note(signed, [])
    # Non-ASCII text is signed as UTF-8.
    assert open_note(sign_note("ed è subito sera\n", [log]), [log.verifier()])[0] == (
        "ed è subito sera\n"
    )


def test_tampered_text_fails() -> None:
    signer = Signer.generate("log.example")
    signed = sign_note("size 10\n", [signer])
    with pytest.raises(NoteError, match=r"signature by log.example \([0-9a-f]{8}\) does not"):
        open_note(signed.replace("size 10", "size 11"), [signer.verifier()])
    with pytest.raises(NoteError, match="does not verify"):
        open_note("extra\n" + signed, [signer.verifier()])


def test_tampered_signature_fails() -> None:
    signer = Signer.generate("log.example")
    text, block = sign_note("hello\n", [signer]).split("\n\n")
    prefix, sig_b64 = block.rstrip("\n").rsplit(" ", 1)
    raw = bytearray(base64.b64decode(sig_b64))
    raw[10] ^= 1  # in the Ed25519 signature, past the 4-byte key ID
    forged = f"{text}\n\n{prefix} {base64.b64encode(bytes(raw)).decode()}\n"
    with pytest.raises(NoteError, match="does not verify"):
        open_note(forged, [signer.verifier()])


def test_wrong_key() -> None:
    signer = Signer.generate("log.example")
    signed = sign_note("hello\n", [signer])
    # Same name, other key: its key ID differs, so the signature is unknown and ignored.
    impostor = Signer.generate("log.example").verifier()
    with pytest.raises(NoteError, match="not signed by any known key"):
        open_note(signed, [impostor])
    # Same name and key ID, other key (a key ID collision): the signature must be checked,
    # and its failure rejects the note.
    object.__setattr__(impostor, "key_id", signer.key_id)
    with pytest.raises(NoteError, match="does not verify"):
        open_note(signed, [impostor])


def test_unknown_signature_lines_are_ignored() -> None:
    signer, other = Signer.generate("log.example"), Signer.generate("other.example")
    text = "hello\n"
    mine = sign_note(text, [signer]).split("\n\n")[1]
    theirs = sign_note(text, [other]).split("\n\n")[1]
    garbage = "— log.example " + base64.b64encode(b"\xff" * 4 + b"\x00" * 64).decode() + "\n"
    pq = "— pq.example " + base64.b64encode(b"\x12\x34\x56\x78" + b"\x07" * 2420).decode() + "\n"
    for block in [theirs + mine, mine + theirs, garbage + mine + pq, mine + mine]:
        assert open_note(f"{text}\n{block}", [signer.verifier()]) == (text, ["log.example"])
    # A repeated signature from a known key counts once.
    assert open_note(f"{text}\n{mine}{mine}", [signer.verifier()])[1] == ["log.example"]


@pytest.mark.parametrize("dash", ["-", "--", "\u2013", "\u2015", "\u2212", "\u2014\u2014", ""])
def test_signature_lines_need_the_em_dash(dash: str) -> None:
    signer = Signer.generate("log.example")
    signed = sign_note("hello\n", [signer])
    with pytest.raises(NoteError, match="em dash"):
        open_note(signed.replace("\u2014 ", dash + " "), [signer.verifier()])
    with pytest.raises(NoteError, match="em dash"):
        open_note(signed.replace("\u2014 ", "\u2014"), [signer.verifier()])


def _sig_line(name: str, raw: bytes) -> str:
    return f"— {name} {base64.b64encode(raw).decode()}\n"


@pytest.mark.parametrize(
    ("note_text", "message"),
    [
        ("hello\n", "no blank line"),
        ("hello\n\n", "does not end with a signature line"),
        ("hello\n\n— log.example AAAA", "does not end with a signature line"),
        ("hello\n\n— log.example\n", "no signature after the key name"),
        ("hello\n\n— log.example \n", "too short"),
        ("hello\n\n— log.example AAAAAA==\n", "too short"),
        ("hello\n\n— log.example AAAA!AAA\n", "not valid base64"),
        ("hello\n\n— log.example AAAAAAB=\n", "not canonical base64"),
        ("hello\n\n— log+example " + "A" * 92 + "\n", "key name"),
        ("hello\n\n— log.example  " + "A" * 92 + "\n", "not valid base64"),
        ("hel\rlo\n\n" + _sig_line("x", bytes(68)), "control character"),
        ("hello\t\n\n" + _sig_line("x", bytes(68)), "control character"),
        ("hello\ud800\n\n" + _sig_line("x", bytes(68)), "not valid UTF-8"),
        ("hello\n\n" + _sig_line("x", bytes(68)) + "\n", "does not end with a signature"),
        ("hello\n\n" + _sig_line("x", bytes(68)) * 101, "more than 100 signatures"),
    ],
)
def test_malformed_notes(note_text: str, message: str) -> None:
    signer = Signer.generate("log.example")
    with pytest.raises(NoteError, match=message):
        open_note(note_text, [signer.verifier()])


def test_many_unknown_signatures_up_to_the_limit() -> None:
    signer = Signer.generate("log.example")
    signed = sign_note("hello\n", [signer])
    padded = signed + _sig_line("x", bytes(68)) * 99
    assert open_note(padded, [signer.verifier()]) == ("hello\n", ["log.example"])


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("hello", "end with a newline"),
        ("", "end with a newline"),
        ("hel\x00lo\n", "control character"),
        ("a\r\n", "control character"),
        ("\ud800\n", "not valid UTF-8"),
    ],
)
def test_sign_note_rejects_bad_text(text: str, message: str) -> None:
    with pytest.raises(NoteError, match=message):
        sign_note(text, [Signer.generate("log.example")])


def test_sign_note_needs_a_signer() -> None:
    with pytest.raises(NoteError, match="at least one signer"):
        sign_note("hello\n", [])


# ---- checkpoints -------------------------------------------------------------------------------


def test_checkpoint_text_and_parse() -> None:
    checkpoint = Checkpoint("redline.example/log", 42, ROOT)
    text = checkpoint.to_text()
    assert text == f"redline.example/log\n42\n{base64.b64encode(ROOT).decode()}\n"
    assert Checkpoint.parse(text) == checkpoint
    extended = Checkpoint("o", 0, ROOT, ("ext one", "— two"))
    assert extended.to_text().endswith("\next one\n— two\n")
    assert Checkpoint.parse(extended.to_text()) == extended
    spec = Checkpoint.parse(SPEC_CHECKPOINT)
    assert (spec.origin, spec.size, spec.to_text()) == (
        "example.com/behind-the-sofa",
        20852163,
        SPEC_CHECKPOINT,
    )
    assert Checkpoint.parse(f"o\n{2**64 - 1}\n{base64.b64encode(ROOT).decode()}\n").size == (
        2**64 - 1
    )


def test_signed_checkpoint_round_trip() -> None:
    signer = Signer.generate("redline.example/log")
    checkpoint = Checkpoint(signer.name, 1_000_000, ROOT)
    signed = sign_note(checkpoint.to_text(), [signer])
    text, names = open_note(signed, [Verifier.from_key(verifier_key(signer))])
    assert names == [signer.name]
    assert Checkpoint.parse(text) == checkpoint


_B64_ROOT = base64.b64encode(ROOT).decode()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (f"o\n1\n{_B64_ROOT}", "end with a newline"),
        ("o\n1\n", "origin, size and root"),
        (f"\n1\n{_B64_ROOT}\n", "origin line"),
        (f"o\n01\n{_B64_ROOT}\n", "plain decimal"),
        (f"o\n00\n{_B64_ROOT}\n", "plain decimal"),
        (f"o\n+1\n{_B64_ROOT}\n", "plain decimal"),
        (f"o\n-1\n{_B64_ROOT}\n", "plain decimal"),
        (f"o\n 1\n{_B64_ROOT}\n", "plain decimal"),
        (f"o\n1 \n{_B64_ROOT}\n", "plain decimal"),
        (f"o\n1_0\n{_B64_ROOT}\n", "plain decimal"),
        (f"o\n1.0\n{_B64_ROOT}\n", "plain decimal"),
        (f"o\n\u0661\n{_B64_ROOT}\n", "plain decimal"),  # Arabic-Indic digit one
        (f"o\n\n{_B64_ROOT}\n", "plain decimal"),
        (f"o\n{2**64}\n{_B64_ROOT}\n", "tree size"),
        ("o\n1\n" + base64.b64encode(ROOT[:31]).decode() + "\n", "root is 31 bytes"),
        ("o\n1\n" + base64.b64encode(ROOT + b"x").decode() + "\n", "root is 33 bytes"),
        (f"o\n1\n{_B64_ROOT.rstrip('=')}\n", "not valid base64"),
        ("o\n1\n" + base64.urlsafe_b64encode(b"\xff" * 32).decode() + "\n", "not valid base64"),
        (f"o\n1\n{_B64_ROOT[:-2]}B=\n", "not canonical base64"),
        (f"o\n1\n{_B64_ROOT}\n\n", "extension line"),
        (f"o\n1\n{_B64_ROOT}\next\n\n", "extension line"),
        (f"o\r\n1\n{_B64_ROOT}\n", "origin line"),
    ],
)
def test_checkpoint_parse_is_strict(text: str, message: str) -> None:
    with pytest.raises(NoteError, match=message):
        Checkpoint.parse(text)


@pytest.mark.parametrize(
    ("origin", "size", "root", "extensions", "message"),
    [
        ("", 1, ROOT, (), "origin line"),
        ("a\nb", 1, ROOT, (), "origin line"),
        ("o", -1, ROOT, (), "tree size"),
        ("o", 2**64, ROOT, (), "tree size"),
        ("o", True, ROOT, (), "tree size"),
        ("o", 1, ROOT[:-1], (), "root is 31 bytes"),
        ("o", 1, ROOT, ("",), "extension line"),
        ("o", 1, ROOT, ("a\nb",), "extension line"),
    ],
)
def test_checkpoint_fields_are_checked(
    origin: str, size: int, root: bytes, extensions: tuple[str, ...], message: str
) -> None:
    with pytest.raises(NoteError, match=message):
        Checkpoint(origin, size, root, extensions)


# ---- key files ---------------------------------------------------------------------------------


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_key_file_is_created_0600_and_reused(tmp_path: Path) -> None:
    path = tmp_path / "keys" / "log.key"
    old_umask = os.umask(0)  # the mode must not depend on a tight umask
    try:
        signer = load_or_create_signer(path, "redline.example/log")
    finally:
        os.umask(old_umask)
    assert _mode(path) == 0o600
    assert _mode(path.parent) == 0o700
    assert path.read_text() == signer.to_key() + "\n"
    assert sorted(p.name for p in path.parent.iterdir()) == ["log.key"]  # no temporary left
    assert load_or_create_signer(path, "redline.example/log") == signer
    assert verifier_key(signer) == signer.verifier().to_key()


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604, 0o620, 0o602, 0o660, 0o700 | 0o044])
def test_key_file_readable_by_others_is_refused(tmp_path: Path, mode: int) -> None:
    path = tmp_path / "log.key"
    signer = load_or_create_signer(path, "log.example")
    path.chmod(mode)
    with pytest.raises(NoteError, match=re.escape(f"chmod 600 {path}")) as error:
        load_or_create_signer(path, "log.example")
    assert f"{mode:04o}" in str(error.value)
    assert signer.to_key() not in str(error.value)
    path.chmod(0o600)
    assert load_or_create_signer(path, "log.example") == signer
    path.chmod(0o400)  # read-only for the owner is fine
    assert load_or_create_signer(path, "log.example") == signer


def test_key_file_for_another_name_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "log.key"
    load_or_create_signer(path, "log.example/a")
    with pytest.raises(NoteError, match=re.escape("is for 'log.example/a', not 'log.example/b'")):
        load_or_create_signer(path, "log.example/b")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "5 '\\+'-separated"),
        (b"not a key\n", "5 '\\+'-separated"),
        (_VALID_VKEY.encode(), "5 '\\+'-separated"),
        (b"\xff\xfe", "not ASCII"),
        (_VALID_SKEY.replace("d8e2a5a2", "00000000").encode(), "does not match"),
    ],
)
def test_key_file_with_bad_content_is_refused(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "log.key"
    path.write_bytes(content)
    path.chmod(0o600)
    with pytest.raises(NoteError, match=re.escape(f"signing key {path}") + ".*" + message):
        load_or_create_signer(path, "redline.example/log")
    assert path.read_bytes() == content  # never overwritten


def test_key_file_accepts_a_key_without_newline(tmp_path: Path) -> None:
    path = tmp_path / "log.key"
    path.write_text(_VALID_SKEY)
    path.chmod(0o600)
    assert load_or_create_signer(path, "redline.example/log") == Signer(
        "redline.example/log", _SEED
    )


def test_key_path_that_is_not_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / "dir.key").mkdir()
    with pytest.raises(NoteError, match="not a regular file"):
        load_or_create_signer(tmp_path / "dir.key", "log.example")
    os.mkfifo(tmp_path / "fifo.key", 0o600)
    with pytest.raises(NoteError, match="not a regular file"):
        load_or_create_signer(tmp_path / "fifo.key", "log.example")


def test_key_file_created_concurrently_uses_the_winner(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "log.key"
    winner = Signer.generate("log.example")
    real_link = os.link

    def racing_link(source: Path, target: Path) -> None:
        # Another process finishes creating the key between our check and our link.
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.write(fd, (winner.to_key() + "\n").encode())
        os.close(fd)
        real_link(source, target)

    monkeypatch.setattr(os, "link", racing_link)
    assert load_or_create_signer(path, "log.example") == winner
    assert sorted(p.name for p in tmp_path.iterdir()) == ["log.key"]


def test_invalid_name_creates_no_file(tmp_path: Path) -> None:
    with pytest.raises(NoteError, match="key name"):
        load_or_create_signer(tmp_path / "log.key", "bad name")
    assert list(tmp_path.iterdir()) == []


def test_public_names() -> None:
    assert set(note.__all__) == {
        "Checkpoint",
        "NoteError",
        "Signer",
        "Verifier",
        "load_or_create_signer",
        "open_note",
        "sign_note",
        "verifier_key",
    }
    assert issubclass(NoteError, ValueError)
