"""RFC 6962 / RFC 9162 (s.2) Merkle tree hashing and proofs. Pure: no I/O.

Every "leaf" below is a *leaf hash*, ``leaf_hash(entry_bytes)``, never the entry itself.

Nodes are named by position: ``(level, index)`` is the perfect subtree of ``2**level`` leaves
covering ``[index * 2**level, (index + 1) * 2**level)``. Only perfect subtrees are ever stored;
a tree of size ``n`` has the same perfect subtrees as every larger tree, so a store that keeps
the nodes returned by ``CompactRange.append`` can answer proofs for any size up to its own.
The subtrees on the right edge of a tree that are not perfect are folded on demand from the
perfect subtrees that cover them (``border_ids``).

Generators take the hashes they need as a mapping, so a caller can fetch them in one query:
``inclusion_proof(i, n, fetch(inclusion_nodes(i, n)))``. Verifiers raise ``ProofError``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence

__all__ = [
    "EMPTY_ROOT",
    "HASH_SIZE",
    "CompactRange",
    "NodeId",
    "ProofError",
    "border_ids",
    "consistency_nodes",
    "consistency_proof",
    "inclusion_nodes",
    "inclusion_proof",
    "leaf_hash",
    "node_hash",
    "root_from_leaves",
    "root_from_nodes",
    "verify_consistency",
    "verify_inclusion",
]

HASH_SIZE = 32
NodeId = tuple[int, int]

_sha256 = hashlib.sha256
# 0x00 / 0x01 prefixes: RFC 6962 s.2.1 keeps leaves and interior nodes apart, so no leaf can be
# passed off as a node (second-preimage attack on the tree).
_LEAF_PREFIX = b"\x00"
_NODE_PREFIX = b"\x01"

EMPTY_ROOT: bytes = _sha256(b"").digest()


class ProofError(ValueError):
    """A proof, root or leaf hash failed verification; the message says which check failed."""


def leaf_hash(data: bytes) -> bytes:
    """The RFC 6962 leaf hash ``SHA-256(0x00 || data)``."""
    return _sha256(_LEAF_PREFIX + data).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    """The RFC 6962 interior node hash ``SHA-256(0x01 || left || right)``."""
    return _sha256(_NODE_PREFIX + left + right).digest()


def root_from_leaves(leaves: Sequence[bytes]) -> bytes:
    """MTH by the recursive definition of RFC 9162 s.2.1.1, over leaf *hashes*.

    A reference for tests and small trees: it recurses, so it is slower than ``CompactRange``.
    Returns ``EMPTY_ROOT`` for no leaves.
    """
    n = len(leaves)
    if n == 0:
        return EMPTY_ROOT
    if n == 1:
        return leaves[0]
    k = 1 << ((n - 1).bit_length() - 1)  # largest power of two below n
    return node_hash(root_from_leaves(leaves[:k]), root_from_leaves(leaves[k:]))


# ---- node addressing ---------------------------------------------------------------------------


def border_ids(size: int) -> list[NodeId]:
    """The perfect subtrees covering ``[0, size)``, left to right (one per set bit of size).

    Raises ValueError for a negative size.
    """
    if size < 0:
        raise ValueError(f"tree size {size} is negative")
    return [
        (level, (size >> level) - 1)
        for level in range(size.bit_length() - 1, -1, -1)
        if (size >> level) & 1
    ]


def _path(index: int, level: int, size: int) -> list[tuple[NodeId, ...]]:
    """Siblings on the way from node ``(level, index)`` to the root of a tree of ``size``.

    Bottom-up, one entry per proof hash: a 1-tuple for a perfect sibling, or the perfect
    subtrees (left to right) that make up a sibling cut short by the right edge of the tree.
    """
    steps: list[tuple[NodeId, ...]] = []
    last = (size - 1) >> level  # index of the right-most node at this level
    while last:
        sibling = index ^ 1
        if sibling < last or (sibling == last and (sibling + 1) << level <= size):
            steps.append(((level, sibling),))
        elif sibling == last:
            # The right edge cuts this sibling short: the tree's border nodes below this
            # level cover exactly its leaves [sibling << level, size).
            steps.append(
                tuple((b, (size >> b) - 1) for b in range(level - 1, -1, -1) if (size >> b) & 1)
            )
        # sibling > last: no sibling; RFC 6962 promotes the node unchanged.
        index >>= 1
        last >>= 1
        level += 1
    return steps


def _check_inclusion_args(index: int, size: int) -> None:
    if not 0 <= index < size:
        raise ValueError(f"leaf index {index} is outside a tree of size {size}")


def _consistency_steps(old: int, new: int) -> list[tuple[NodeId, ...]]:
    if not 0 < old <= new:
        raise ValueError(f"no consistency proof from size {old} to size {new}: need 0 < old <= new")
    if old == new:
        return []
    # RFC 9162 SUBPROOF: start from the largest perfect subtree ending at ``old``; its path
    # up to the new root is the rest of the proof. When ``old`` is a power of two that
    # subtree is the old root, which the verifier already has, so it is left out.
    level = (old & -old).bit_length() - 1
    index = (old - 1) >> level
    steps = _path(index, level, new)
    if index:
        steps.insert(0, ((level, index),))
    return steps


def inclusion_nodes(index: int, size: int) -> list[NodeId]:
    """Every stored node whose hash ``inclusion_proof(index, size, ...)`` will read.

    Raises ValueError unless ``0 <= index < size``.
    """
    _check_inclusion_args(index, size)
    return [node for step in _path(index, 0, size) for node in step]


def consistency_nodes(old: int, new: int) -> list[NodeId]:
    """Every stored node whose hash ``consistency_proof(old, new, ...)`` will read.

    Raises ValueError unless ``0 < old <= new``: a proof from the empty tree is meaningless
    (the verifier rejects it), and ``old == new`` needs no nodes.
    """
    return [node for step in _consistency_steps(old, new) for node in step]


def _fold(step: tuple[NodeId, ...], nodes: Mapping[NodeId, bytes]) -> bytes:
    try:
        digest = nodes[step[-1]]
        for node in step[-2::-1]:
            digest = _sha256(_NODE_PREFIX + nodes[node] + digest).digest()
    except KeyError as missing:
        raise KeyError(f"no hash given for node {missing.args[0]}") from None
    return digest


def inclusion_proof(index: int, size: int, nodes: Mapping[NodeId, bytes]) -> list[bytes]:
    """The RFC 9162 s.2.1.3.1 inclusion proof of leaf ``index`` in the tree of ``size``.

    ``nodes`` must hold the hashes of ``inclusion_nodes(index, size)`` (it may hold more).
    Raises ValueError for an index outside the tree, KeyError naming a missing node.
    """
    _check_inclusion_args(index, size)
    return [_fold(step, nodes) for step in _path(index, 0, size)]


def consistency_proof(old: int, new: int, nodes: Mapping[NodeId, bytes]) -> list[bytes]:
    """The RFC 9162 s.2.1.4.1 consistency proof from tree size ``old`` to ``new``.

    ``nodes`` must hold the hashes of ``consistency_nodes(old, new)``. Returns ``[]`` when
    ``old == new``. Raises ValueError unless ``0 < old <= new``, KeyError naming a missing node.
    """
    return [_fold(step, nodes) for step in _consistency_steps(old, new)]


def root_from_nodes(size: int, nodes: Mapping[NodeId, bytes]) -> bytes:
    """The root of the tree of ``size`` from the hashes of ``border_ids(size)``.

    Returns ``EMPTY_ROOT`` for size 0. Raises ValueError for a negative size, KeyError naming
    a missing node.
    """
    ids = border_ids(size)
    return _fold(tuple(ids), nodes) if ids else EMPTY_ROOT


# ---- compact range -----------------------------------------------------------------------------


class CompactRange:
    """An append-only accumulator over leaf hashes ``[0, size)``, holding only the border.

    Memory is one hash per set bit of ``size``. ``append`` returns every perfect node it
    completes, so a store that saves them can later serve any proof.
    """

    __slots__ = ("_border", "_size")

    def __init__(self) -> None:
        self._size = 0
        self._border: list[bytes] = []  # hashes of border_ids(size), left to right

    @property
    def size(self) -> int:
        """The number of leaves appended so far."""
        return self._size

    def append(self, leaf: bytes) -> list[tuple[NodeId, bytes]]:
        """Append one leaf hash; return the nodes it completes, bottom-up, the leaf first.

        The leaf comes back as ``((0, i), leaf)``; each further entry is the parent of the
        previous one. Raises ValueError for a leaf hash that is not 32 bytes.
        """
        if len(leaf) != HASH_SIZE:
            raise ValueError(f"leaf hash is {len(leaf)} bytes, not {HASH_SIZE}")
        index = self._size
        border = self._border
        completed: list[tuple[NodeId, bytes]] = [((0, index), leaf)]
        digest = leaf
        level = 0
        # Each trailing 1 bit of the old size is a left sibling now completed by this leaf.
        while index & 1:
            digest = _sha256(_NODE_PREFIX + border.pop() + digest).digest()
            index >>= 1
            level += 1
            completed.append(((level, index), digest))
        border.append(digest)
        self._size += 1
        return completed

    def extend(self, leaves: Iterable[bytes]) -> None:
        """Append many leaf hashes, returning nothing: the fast path for full verification.

        Raises ValueError for a leaf hash that is not 32 bytes; leaves before it stay appended.
        """
        border = self._border
        size = self._size
        sha256 = _sha256
        prefix = _NODE_PREFIX
        try:
            for leaf in leaves:
                if len(leaf) != HASH_SIZE:
                    raise ValueError(f"leaf hash {size} is {len(leaf)} bytes, not {HASH_SIZE}")
                digest = leaf
                bits = size
                while bits & 1:
                    digest = sha256(prefix + border.pop() + digest).digest()
                    bits >>= 1
                border.append(digest)
                size += 1
        finally:
            self._size = size

    def root(self) -> bytes:
        """The RFC 6962 root (MTH) of the leaves so far; ``EMPTY_ROOT`` when empty."""
        if not self._border:
            return EMPTY_ROOT
        border = self._border
        digest = border[-1]
        for left in reversed(border[:-1]):
            digest = _sha256(_NODE_PREFIX + left + digest).digest()
        return digest

    def border(self) -> list[tuple[NodeId, bytes]]:
        """The perfect subtrees on the right border, left to right, with their hashes."""
        return list(zip(border_ids(self._size), self._border, strict=True))

    @classmethod
    def from_border(cls, size: int, border: Sequence[tuple[NodeId, bytes]]) -> CompactRange:
        """Resume a range from a saved ``border()``.

        Raises ValueError unless the node ids are exactly ``border_ids(size)`` and every hash
        is 32 bytes.
        """
        ids = [node for node, _ in border]
        expected = border_ids(size)
        if ids != expected:
            raise ValueError(f"border of size {size} must be nodes {expected}, got {ids}")
        for node, digest in border:
            if len(digest) != HASH_SIZE:
                raise ValueError(f"hash of node {node} is {len(digest)} bytes, not {HASH_SIZE}")
        compact = cls()
        compact._size = size
        compact._border = [digest for _, digest in border]
        return compact

    def __repr__(self) -> str:
        return f"CompactRange(size={self._size}, root={self.root().hex()})"


# ---- verification (RFC 9162 s.2.1.3.2 and s.2.1.4.2) -------------------------------------------


def _inclusion_proof_length(index: int, level: int, size: int) -> int:
    # Below the level where the paths to ``index`` and to the last leaf meet, every level has
    # a sibling; above it, only the levels where the node is a right child do.
    last = (size - 1) >> level
    inner = (index ^ last).bit_length()
    return inner + (index >> inner).bit_count()


def _check_hashes(what: str, proof: Sequence[bytes]) -> None:
    for position, digest in enumerate(proof):
        if len(digest) != HASH_SIZE:
            raise ProofError(
                f"{what} proof hash {position} is {len(digest)} bytes, not {HASH_SIZE}"
            )


def verify_inclusion(
    leaf: bytes, index: int, size: int, proof: Sequence[bytes], root: bytes
) -> None:
    """Check that leaf hash ``leaf`` is at ``index`` in the tree of ``size`` with ``root``.

    Returns None on success; raises ProofError saying what failed otherwise. The proof does
    not bind ``size`` on its own (sizes whose proofs have the same shape accept the same
    proof): take ``size`` and ``root`` together from a signed checkpoint.
    """
    if len(leaf) != HASH_SIZE:
        raise ProofError(f"leaf hash is {len(leaf)} bytes, not {HASH_SIZE}")
    if not 0 <= index < size:
        raise ProofError(f"leaf index {index} is outside a tree of size {size}")
    _check_hashes("inclusion", proof)
    expected = _inclusion_proof_length(index, 0, size)
    if len(proof) != expected:
        raise ProofError(
            f"inclusion proof for leaf {index} of {size} has {len(proof)} hashes, not {expected}"
        )
    fn, sn, digest = index, size - 1, leaf
    for sibling in proof:
        if fn & 1 or fn == sn:
            digest = _sha256(_NODE_PREFIX + sibling + digest).digest()
            # Skip the levels where this node has no right sibling (RFC 6962 promotion).
            while fn and not fn & 1:
                fn >>= 1
                sn >>= 1
        else:
            digest = _sha256(_NODE_PREFIX + digest + sibling).digest()
        fn >>= 1
        sn >>= 1
    if sn != 0:  # pragma: no cover - the length check above makes this unreachable
        raise ProofError("inclusion proof does not reach the root")
    if digest != root:
        raise ProofError(
            f"inclusion proof for leaf {index} of {size} gives root {digest.hex()}, "
            f"not {root.hex()}"
        )


def verify_consistency(
    old_size: int, new_size: int, old_root: bytes, new_root: bytes, proof: Sequence[bytes]
) -> None:
    """Check that the tree of ``new_size`` with ``new_root`` extends ``old_size``/``old_root``.

    Returns None on success; raises ProofError saying what failed otherwise, including for
    ``old_size == 0`` (every tree extends the empty tree, so such a proof proves nothing and a
    caller asking for one has made a mistake) and for ``new_size < old_size``. Equal sizes
    need an empty proof and equal roots.
    """
    if old_size < 0 or new_size < old_size:
        raise ProofError(f"no consistency from size {old_size} to size {new_size}")
    if old_size == 0:
        raise ProofError("a consistency proof from the empty tree proves nothing")
    if old_size == new_size:
        if proof:
            raise ProofError(f"sizes are equal ({old_size}) but the proof is not empty")
        if old_root != new_root:
            raise ProofError(f"sizes are equal ({old_size}) but the roots differ")
        return
    for name, root in (("old", old_root), ("new", new_root)):
        if len(root) != HASH_SIZE:
            raise ProofError(f"{name} root is {len(root)} bytes, not {HASH_SIZE}")
    _check_hashes("consistency", proof)
    level = (old_size & -old_size).bit_length() - 1
    index = (old_size - 1) >> level
    expected = _inclusion_proof_length(index, level, new_size) + (1 if index else 0)
    if len(proof) != expected:
        raise ProofError(
            f"consistency proof from {old_size} to {new_size} has {len(proof)} hashes, "
            f"not {expected}"
        )
    path = list(proof)
    if not index:  # old_size is a power of two: the old root is the starting subtree
        path.insert(0, old_root)
    fn, sn = old_size - 1, new_size - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    old_digest = new_digest = path[0]
    for sibling in path[1:]:
        if fn & 1 or fn == sn:
            # A left sibling is in both trees: it extends both the old and the new root.
            old_digest = _sha256(_NODE_PREFIX + sibling + old_digest).digest()
            new_digest = _sha256(_NODE_PREFIX + sibling + new_digest).digest()
            while fn and not fn & 1:
                fn >>= 1
                sn >>= 1
        else:
            # A right sibling holds only new leaves: it extends the new root alone.
            new_digest = _sha256(_NODE_PREFIX + new_digest + sibling).digest()
        fn >>= 1
        sn >>= 1
    if sn != 0:  # pragma: no cover - the length check above makes this unreachable
        raise ProofError("consistency proof does not reach the new root")
    if old_digest != old_root:
        raise ProofError(
            f"consistency proof gives old root {old_digest.hex()}, not {old_root.hex()}"
        )
    if new_digest != new_root:
        raise ProofError(
            f"consistency proof gives new root {new_digest.hex()}, not {new_root.hex()}"
        )
