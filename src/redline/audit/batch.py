"""The wire format of ``GET /audit/entries?start=&limit=``: many entries in one body.

A batch is the concatenation, in index order, of one record per entry::

    index      8 bytes, unsigned big-endian
    leaf_hash  32 bytes, SHA-256(0x00 || body) as the log stored it
    length     4 bytes, unsigned big-endian
    body       ``length`` bytes: the canonical entry, exactly the bytes that are hashed

Binary and length-prefixed, so that a million entries parse in about a second and no byte
of an entry is re-encoded on the way. The stored leaf hash is sent so that an auditor can
name an entry whose bytes were changed without its hash; an auditor never trusts it for
anything else, it recomputes every leaf hash from the body.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Iterator

__all__ = ["MAX_BATCH", "MEDIA_TYPE", "decode_entries", "encode_entries"]

MEDIA_TYPE = "application/vnd.redline.log-entries"
# Entries per batch at most: about 1.5 MB of typical decisions, a few milliseconds to read
# and send.
MAX_BATCH = 2000

_HEAD = struct.Struct(">Q32sI")


def encode_entries(entries: Iterable[tuple[int, bytes, bytes]]) -> bytes:
    """The batch for ``(index, leaf_hash, body)`` triples, in the order given.

    Raises ValueError for a negative index, a leaf hash that is not 32 bytes or a body of
    4 GiB or more.
    """
    pack = _HEAD.pack
    parts: list[bytes] = []
    for index, leaf, body in entries:
        if index < 0 or len(leaf) != 32 or len(body) >= 2**32:
            raise ValueError(f"entry {index} cannot be sent in a batch")
        parts.append(pack(index, leaf, len(body)))
        parts.append(body)
    return b"".join(parts)


def decode_entries(data: bytes) -> Iterator[tuple[int, bytes, bytes]]:
    """The ``(index, leaf_hash, body)`` triples of a batch, in order.

    Raises ValueError if the batch ends inside a record (it was cut short or is not a batch);
    the records before that point have been yielded.
    """
    unpack = _HEAD.unpack_from
    head = _HEAD.size
    end = len(data)
    offset = 0
    while offset < end:
        if end - offset < head:
            raise ValueError(f"entry batch is cut short at byte {offset}")
        index, leaf, length = unpack(data, offset)
        offset += head
        if end - offset < length:
            raise ValueError(f"entry batch is cut short inside entry {index}")
        yield index, leaf, data[offset : offset + length]
        offset += length
