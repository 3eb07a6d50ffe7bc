"""C2SP signed notes and tlog checkpoints, signed with Ed25519.

Specifications: https://c2sp.org/signed-note and https://c2sp.org/tlog-checkpoint.

A signed note is a text ending in a newline, a blank line, then one or more lines
``— <key name> <base64(key ID || signature)>``. Keys are Ed25519 (signature type 0x01), with
key ID = ``SHA-256(name || 0x0A || 0x01 || public key)[:4]``, exchanged as strings:

- verifier key ``<name>+<8 hex key ID>+<base64(0x01 || 32-byte public key)>``, which is public;
- signer key ``PRIVATE+KEY+<name>+<8 hex key ID>+<base64(0x01 || 32-byte seed)>``, the secret.

A checkpoint is the text of a note: origin, tree size and root hash, one per line.

Everything here is pure except ``load_or_create_signer``, which reads or creates a key file.
All parsing is strict (canonical base64, no leading zeros) and failures raise ``NoteError``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from redline.keyfile import load_or_create

__all__ = [
    "Checkpoint",
    "NoteError",
    "Signer",
    "Verifier",
    "load_or_create_signer",
    "open_note",
    "sign_note",
    "verifier_key",
]

_ED25519 = b"\x01"  # signature type byte for Ed25519, C2SP signed-note "Signature types"
_SIGNATURE_PREFIX = "\u2014 "  # em dash and space
_MAX_SIGNATURES = 100  # the spec asks verifiers to cap signatures and accept at least 16
_KEY_ID = re.compile(r"[0-9a-f]{8}")
_DECIMAL = re.compile(r"0|[1-9][0-9]*")
_MAX_TREE_SIZE = 2**64 - 1  # sizes are uint64 in every other implementation of the format


class NoteError(ValueError):
    """A note, key, key file or checkpoint is malformed, or a note's signatures do not verify."""


def _b64decode(text: str, what: str) -> bytes:
    """Standard base64 that re-encodes to exactly ``text``: one encoding per byte string."""
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise NoteError(f"{what} is not valid base64") from None
    if base64.b64encode(raw).decode("ascii") != text:
        raise NoteError(f"{what} is not canonical base64")
    return raw


def _b64encode(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _check_name(name: str) -> None:
    # "+" separates the fields of a key string and spaces separate those of a signature line.
    if not name or any(c == "+" or c.isspace() or c < " " for c in name):
        raise NoteError(f"key name {name!r} is empty or contains '+', a space or a control")


def _key_id(name: str, public_key: bytes) -> bytes:
    return hashlib.sha256(name.encode("utf-8") + b"\n" + _ED25519 + public_key).digest()[:4]


def _split_key(text: str, fields: int, what: str) -> list[str]:
    parts = text.split("+", fields - 1)  # base64 may itself contain "+"
    if len(parts) != fields:
        raise NoteError(f"{what} does not have {fields} '+'-separated fields")
    return parts


def _parse_key(name: str, key_id_hex: str, key_b64: str, what: str) -> bytes:
    """Check the name and key encoding; return the 32 key bytes (seed or public key)."""
    _check_name(name)
    if not _KEY_ID.fullmatch(key_id_hex):
        raise NoteError(f"{what} key ID {key_id_hex!r} is not 8 lower-case hex digits")
    raw = _b64decode(key_b64, what)
    if len(raw) != 33 or raw[:1] != _ED25519:
        raise NoteError(f"{what} is not an Ed25519 key (type 0x01 and 32 bytes)")
    return raw[1:]


@dataclass(frozen=True)
class Verifier:
    """An Ed25519 note verifier: a key name and a 32-byte public key.

    Construction raises NoteError for an invalid name or a key that is not 32 bytes.
    """

    name: str
    public_key: bytes
    key_id: bytes = field(init=False)
    _key: Ed25519PublicKey = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        _check_name(self.name)
        if len(self.public_key) != 32:
            raise NoteError(f"Ed25519 public key is {len(self.public_key)} bytes, not 32")
        object.__setattr__(self, "key_id", _key_id(self.name, self.public_key))
        object.__setattr__(self, "_key", Ed25519PublicKey.from_public_bytes(self.public_key))

    def verify(self, msg: bytes, sig: bytes) -> bool:
        """True if ``sig`` is this key's Ed25519 signature of ``msg``; never raises."""
        try:
            self._key.verify(sig, msg)
        except InvalidSignature:
            return False
        return True

    @classmethod
    def from_key(cls, text: str) -> Verifier:
        """Parse ``<name>+<key ID hex>+<base64(0x01 || public key)>``.

        Raises NoteError if malformed or if the key ID does not match the name and key.
        """
        name, key_id_hex, key_b64 = _split_key(text, 3, "verifier key")
        verifier = cls(name, _parse_key(name, key_id_hex, key_b64, "verifier key"))
        if verifier.key_id.hex() != key_id_hex:
            raise NoteError(f"verifier key ID {key_id_hex} does not match its name and key")
        return verifier

    def to_key(self) -> str:
        """The verifier key string, safe to publish."""
        return f"{self.name}+{self.key_id.hex()}+{_b64encode(_ED25519 + self.public_key)}"


@dataclass(frozen=True)
class Signer:
    """An Ed25519 note signer: a key name and a 32-byte private seed (kept out of repr).

    Construction raises NoteError for an invalid name or a seed that is not 32 bytes.
    """

    name: str
    seed: bytes = field(repr=False)
    key_id: bytes = field(init=False)
    _key: Ed25519PrivateKey = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        _check_name(self.name)
        if len(self.seed) != 32:
            raise NoteError(f"Ed25519 seed is {len(self.seed)} bytes, not 32")
        key = Ed25519PrivateKey.from_private_bytes(self.seed)
        object.__setattr__(self, "_key", key)
        object.__setattr__(self, "key_id", _key_id(self.name, key.public_key().public_bytes_raw()))

    @classmethod
    def generate(cls, name: str) -> Signer:
        """A new signer with a fresh random key. Raises NoteError for an invalid name."""
        return cls(name, Ed25519PrivateKey.generate().private_bytes_raw())

    @classmethod
    def from_key(cls, text: str) -> Signer:
        """Parse ``PRIVATE+KEY+<name>+<key ID hex>+<base64(0x01 || seed)>``.

        Raises NoteError if malformed or if the key ID does not match the name and key.
        Messages never include the key material.
        """
        private, key, name, key_id_hex, seed_b64 = _split_key(text, 5, "signer key")
        if (private, key) != ("PRIVATE", "KEY"):
            raise NoteError("signer key does not start with PRIVATE+KEY+")
        signer = cls(name, _parse_key(name, key_id_hex, seed_b64, "signer key"))
        if signer.key_id.hex() != key_id_hex:
            raise NoteError(f"signer key ID {key_id_hex} does not match its name and key")
        return signer

    def to_key(self) -> str:
        """The signer key string. It is the secret: store it like one."""
        seed = _b64encode(_ED25519 + self.seed)
        return f"PRIVATE+KEY+{self.name}+{self.key_id.hex()}+{seed}"

    def sign(self, msg: bytes) -> bytes:
        """The 64-byte Ed25519 signature of ``msg``."""
        return self._key.sign(msg)

    def verifier(self) -> Verifier:
        """The verifier for this signer's public key."""
        return Verifier(self.name, self._key.public_key().public_bytes_raw())


def verifier_key(signer: Signer) -> str:
    """The public verifier key string ``<name>+<key ID hex>+<base64>`` for ``signer``."""
    return signer.verifier().to_key()


# ---- notes -------------------------------------------------------------------------------------


def _check_note_chars(text: str, what: str) -> bytes:
    # The spec forbids ASCII controls other than newline anywhere in a note.
    if any(c < " " and c != "\n" for c in text):
        raise NoteError(f"{what} contains a control character other than newline")
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        raise NoteError(f"{what} is not valid UTF-8 (lone surrogate)") from None


def sign_note(text: str, signers: Sequence[Signer]) -> str:
    """The signed note: ``text``, a blank line, one signature line per signer in order.

    Raises NoteError if there is no signer or if ``text`` does not end in a newline or holds a
    control character other than newline.
    """
    if not signers:
        raise NoteError("a signed note needs at least one signer")
    if not text.endswith("\n"):
        raise NoteError("note text must end with a newline")
    msg = _check_note_chars(text, "note text")
    lines = [f"{_SIGNATURE_PREFIX}{s.name} {_b64encode(s.key_id + s.sign(msg))}\n" for s in signers]
    return text + "\n" + "".join(lines)


def open_note(note: str, verifiers: Sequence[Verifier]) -> tuple[str, list[str]]:
    """Verify a signed note; return its text and the names of the verifiers that signed it.

    Signatures by keys not in ``verifiers`` (name and key ID both matching) are ignored, as
    the spec requires. Raises NoteError if the note is malformed, has more than 100 signature
    lines, carries a signature from a known key that does not verify, or is signed by none of
    ``verifiers``.
    """
    _check_note_chars(note, "note")
    # The text ends at the last blank line: the text may contain blank lines, signatures can't.
    split = note.rfind("\n\n")
    if split < 0:
        raise NoteError("note has no blank line before its signatures")
    text, signature_block = note[: split + 1], note[split + 2 :]
    if not signature_block.endswith("\n"):
        raise NoteError("note does not end with a signature line and a newline")
    lines = signature_block[:-1].split("\n")
    if len(lines) > _MAX_SIGNATURES:
        raise NoteError(f"note has more than {_MAX_SIGNATURES} signatures")
    known = {(v.name, v.key_id): v for v in verifiers}
    msg = text.encode("utf-8")
    signed: list[str] = []
    seen: set[tuple[str, bytes]] = set()
    for number, line in enumerate(lines, 1):
        if not line.startswith(_SIGNATURE_PREFIX):
            raise NoteError(f"signature line {number} does not start with an em dash and space")
        name, space, sig_b64 = line[len(_SIGNATURE_PREFIX) :].partition(" ")
        if not space:
            raise NoteError(f"signature line {number} has no signature after the key name")
        _check_name(name)
        sig = _b64decode(sig_b64, f"signature {number}")
        if len(sig) < 5:
            raise NoteError(f"signature {number} is too short to hold a key ID")
        verifier = known.get((name, sig[:4]))
        if verifier is None or (name, sig[:4]) in seen:
            continue
        seen.add((name, sig[:4]))
        if not verifier.verify(msg, sig[4:]):
            raise NoteError(f"signature by {name} ({sig[:4].hex()}) does not verify")
        signed.append(name)
    if not signed:
        raise NoteError("note is not signed by any known key")
    return text, signed


# ---- checkpoints -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Checkpoint:
    """A tlog checkpoint: the log's origin, its tree size and the RFC 6962 root at that size.

    Construction raises NoteError for an empty origin, a size outside 0..2**64-1, a root that
    is not 32 bytes, or a line (origin or extension) that is empty or holds a newline or
    another control character.
    """

    origin: str
    size: int
    root: bytes
    extensions: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for what, line in [("origin", self.origin)] + [("extension", e) for e in self.extensions]:
            if not line or any(c < " " for c in line):
                raise NoteError(f"checkpoint {what} line {line!r} is empty or has a control")
        if isinstance(self.size, bool) or not 0 <= self.size <= _MAX_TREE_SIZE:
            raise NoteError(f"checkpoint tree size {self.size!r} is not in 0..2**64-1")
        if len(self.root) != 32:
            raise NoteError(f"checkpoint root is {len(self.root)} bytes, not 32")

    def to_text(self) -> str:
        """The note text: origin, size and base64 root, then any extension lines."""
        lines = [self.origin, str(self.size), _b64encode(self.root), *self.extensions]
        return "".join(line + "\n" for line in lines)

    @classmethod
    def parse(cls, text: str) -> Checkpoint:
        """Parse a checkpoint note text (as returned by ``open_note``), strictly.

        Raises NoteError unless the text ends in a newline and has a non-empty origin, a
        decimal size without leading zeros, a canonical base64 32-byte root and non-empty
        extension lines.
        """
        if not text.endswith("\n"):
            raise NoteError("checkpoint text must end with a newline")
        lines = text[:-1].split("\n")
        if len(lines) < 3:
            raise NoteError("checkpoint needs origin, size and root lines")
        origin, size_text, root_b64, *extensions = lines
        if not _DECIMAL.fullmatch(size_text):
            raise NoteError(f"checkpoint tree size {size_text!r} is not a plain decimal")
        root = _b64decode(root_b64, "checkpoint root")
        return cls(origin, int(size_text), root, tuple(extensions))


# ---- key files ---------------------------------------------------------------------------------


def load_or_create_signer(path: Path, name: str) -> Signer:
    """The signer stored at ``path``, created with a new key (mode 0600, atomically:
    ``redline.keyfile``) if there is none. The key file holds the signer key string and a
    newline.

    Raises NoteError if an existing file is readable or writable by group or others (it says
    to ``chmod 600`` it), is not a regular file, does not hold a valid signer key, or holds a
    key whose name is not ``name``. Raises OSError for I/O failures.
    """
    return load_or_create(
        path,
        "signing key",
        make=lambda: (Signer.generate(name).to_key() + "\n").encode("ascii"),
        parse=lambda content: _parse_signer(path, name, content),
        error=NoteError,
    )


def _parse_signer(path: Path, name: str, content: bytes) -> Signer:
    try:
        text = content.decode("ascii")
    except UnicodeDecodeError:
        raise NoteError(f"signing key {path} is not ASCII") from None
    try:
        signer = Signer.from_key(text.removesuffix("\n"))
    except NoteError as error:
        raise NoteError(f"signing key {path}: {error}") from None
    if signer.name != name:
        raise NoteError(f"signing key {path} is for {signer.name!r}, not {name!r}")
    return signer
