"""audit/merkle.py: the transparency-dev vectors, RFC 9162 reference proofs, and properties.

The reference functions below follow the recursive definitions of RFC 9162 s.2.1 literally
(PATH and SUBPROOF over lists of leaf hashes); the module under test never recurses.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redline.audit import merkle
from redline.audit.merkle import (
    EMPTY_ROOT,
    HASH_SIZE,
    CompactRange,
    NodeId,
    ProofError,
    border_ids,
    consistency_nodes,
    consistency_proof,
    inclusion_nodes,
    inclusion_proof,
    leaf_hash,
    node_hash,
    root_from_leaves,
    root_from_nodes,
    verify_consistency,
    verify_inclusion,
)

VECTORS = Path(__file__).parent / "vectors"
# The leaves behind the vectors' trees (RFC 6962 test data, as in transparency-dev/merkle).
VECTOR_LEAVES = [
    bytes.fromhex(h)
    for h in [
        "",
        "00",
        "10",
        "2021",
        "3031",
        "40414243",
        "5051525354555657",
        "606162636465666768696a6b6c6d6e6f",
    ]
]
MAX_SIZE = 300


# ---- reference definitions (RFC 9162 s.2.1) ----------------------------------------------------


def _split(n: int) -> int:
    k = 1
    while k * 2 < n:
        k *= 2
    return k


def ref_path(m: int, leaves: list[bytes]) -> list[bytes]:
    n = len(leaves)
    if n == 1:
        return []
    k = _split(n)
    if m < k:
        return [*ref_path(m, leaves[:k]), root_from_leaves(leaves[k:])]
    return [*ref_path(m - k, leaves[k:]), root_from_leaves(leaves[:k])]


def ref_subproof(m: int, leaves: list[bytes], complete: bool) -> list[bytes]:
    n = len(leaves)
    if m == n:
        return [] if complete else [root_from_leaves(leaves)]
    k = _split(n)
    if m <= k:
        return [*ref_subproof(m, leaves[:k], complete), root_from_leaves(leaves[k:])]
    return [*ref_subproof(m - k, leaves[k:], False), root_from_leaves(leaves[:k])]


def path_shape(m: int, n: int) -> tuple[str, ...]:
    """Which side each inclusion proof hash goes on: all a verifier's answer depends on."""
    if n == 1:
        return ()
    k = _split(n)
    return (*path_shape(m, k), "R") if m < k else (*path_shape(m - k, n - k), "L")


def subproof_shape(m: int, n: int, complete: bool = True) -> tuple[str, ...]:
    """The role of each consistency proof hash: seed, shared left, or new right."""
    if m == n:
        return () if complete else ("seed",)
    k = _split(n)
    if m <= k:
        return (*subproof_shape(m, k, complete), "R")
    return (*subproof_shape(m - k, n - k, False), "L")


def build(size: int, salt: bytes = b"") -> tuple[list[bytes], dict[NodeId, bytes]]:
    """Distinct leaf hashes and every node a store would keep for them."""
    leaves = [leaf_hash(salt + i.to_bytes(4, "big")) for i in range(size)]
    compact = CompactRange()
    nodes: dict[NodeId, bytes] = {}
    for leaf in leaves:
        nodes.update(compact.append(leaf))
    return leaves, nodes


def flip(digest: bytes, bit: int) -> bytes:
    changed = bytearray(digest)
    changed[bit // 8 % len(changed)] ^= 1 << (bit % 8)
    return bytes(changed)


# ---- known answers -----------------------------------------------------------------------------


def test_hashes_known_answers() -> None:
    assert HASH_SIZE == 32
    assert EMPTY_ROOT.hex() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    # RFC 6962 test data: the hash of the empty leaf and the root of the 8 test leaves.
    assert leaf_hash(b"").hex() == (
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"
    )
    assert root_from_leaves([leaf_hash(d) for d in VECTOR_LEAVES]).hex() == (
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"
    )
    a, b = leaf_hash(b"a"), leaf_hash(b"b")
    assert node_hash(a, b) == hashlib.sha256(b"\x01" + a + b).digest()
    assert leaf_hash(b"a") == hashlib.sha256(b"\x00a").digest()
    assert root_from_leaves([]) == EMPTY_ROOT
    assert root_from_leaves([a]) == a


# ---- transparency-dev vectors ------------------------------------------------------------------


def _vector_files(kind: str) -> list[Any]:
    files = sorted((VECTORS / kind).rglob("*.json"))
    assert files, f"no {kind} vectors under {VECTORS}"
    return [pytest.param(f, id=str(f.relative_to(VECTORS))) for f in files]


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text())
    return data


def _b64(value: str) -> bytes:
    return base64.b64decode(value)


@pytest.mark.parametrize("path", _vector_files("inclusion"))
def test_inclusion_vector(path: Path) -> None:
    v = _load(path)
    proof = [_b64(p) for p in v["proof"] or []]
    args = (_b64(v["leafHash"]), v["leafIdx"], v["treeSize"], proof, _b64(v["root"]))
    if v["wantErr"]:
        with pytest.raises(ProofError):
            verify_inclusion(*args)
    else:
        verify_inclusion(*args)


@pytest.mark.parametrize("path", _vector_files("consistency"))
def test_consistency_vector(path: Path) -> None:
    v = _load(path)
    proof = [_b64(p) for p in v["proof"] or []]
    args = (v["size1"], v["size2"], _b64(v["root1"]), _b64(v["root2"]), proof)
    if v["wantErr"]:
        with pytest.raises(ProofError):
            verify_consistency(*args)
    else:
        verify_consistency(*args)


def test_generated_proofs_equal_the_happy_path_vectors() -> None:
    leaves = [leaf_hash(d) for d in VECTOR_LEAVES]
    compact = CompactRange()
    nodes: dict[NodeId, bytes] = {}
    for leaf in leaves:
        nodes.update(compact.append(leaf))
    checked = 0
    for path in sorted(VECTORS.rglob("happy-path.json")):
        v = _load(path)
        want = [_b64(p) for p in v["proof"] or []]
        if "leafIdx" in v:
            index, size = v["leafIdx"], v["treeSize"]
            assert leaves[index] == _b64(v["leafHash"])
            assert root_from_nodes(size, nodes) == _b64(v["root"])
            assert inclusion_proof(index, size, nodes) == want, path
        else:
            old, new = v["size1"], v["size2"]
            assert root_from_nodes(old, nodes) == _b64(v["root1"])
            assert root_from_nodes(new, nodes) == _b64(v["root2"])
            assert consistency_proof(old, new, nodes) == want, path
        checked += 1
    assert checked == 10


# ---- exhaustive small trees --------------------------------------------------------------------


def test_every_proof_in_small_trees() -> None:
    leaves, nodes = build(64)
    for size in range(1, 65):
        root = root_from_leaves(leaves[:size])
        assert root_from_nodes(size, nodes) == root
        for index in range(size):
            proof = inclusion_proof(index, size, nodes)
            assert proof == ref_path(index, leaves[:size])
            verify_inclusion(leaves[index], index, size, proof, root)
        for old in range(1, size + 1):
            proof = consistency_proof(old, size, nodes)
            assert proof == ref_subproof(old, leaves[:size], True)
            verify_consistency(old, size, root_from_leaves(leaves[:old]), root, proof)


def test_large_tree_proof_sizes() -> None:
    # Proofs at large sizes need only O(log n) nodes and fold correctly at the right edge.
    size = 2**40 + 2**33 + 5
    for index in (0, 7, 2**40 - 1, 2**40, size - 1):
        ids = inclusion_nodes(index, size)
        assert len(ids) <= 2 * size.bit_length()
        assert all((i + 1) << level <= size for level, i in ids)
    assert border_ids(size) == [(40, 0), (33, 2**7), (2, (size >> 2) - 1), (0, size - 1)]
    assert len(consistency_nodes(2**33 + 3, size)) <= 2 * size.bit_length()


# ---- properties at random sizes ----------------------------------------------------------------


@settings(max_examples=60)
@given(size=st.integers(0, MAX_SIZE), salt=st.binary(max_size=8))
def test_compact_range_root_matches_reference(size: int, salt: bytes) -> None:
    leaves = [leaf_hash(salt + i.to_bytes(4, "big")) for i in range(size)]
    compact = CompactRange()
    completed: dict[NodeId, bytes] = {}
    for i, leaf in enumerate(leaves):
        new = compact.append(leaf)
        assert new[0] == ((0, i), leaf)
        for ((level, index), _), ((parent_level, parent), _) in itertools.pairwise(new):
            assert (parent_level, parent) == (level + 1, index // 2)
        completed.update(new)
    assert compact.size == size
    assert compact.root() == root_from_leaves(leaves)
    # Every perfect subtree inside [0, size) was handed out exactly once, with its MTH.
    assert set(completed) == {
        (level, i) for level in range(10) for i in range(size >> level) if (i + 1) << level <= size
    }
    for (level, i), digest in completed.items():
        assert digest == root_from_leaves(leaves[i << level : (i + 1) << level])
    assert [node for node, _ in compact.border()] == border_ids(size)
    assert root_from_nodes(size, dict(compact.border())) == compact.root()

    bulk = CompactRange()
    bulk.extend(leaves)
    assert (bulk.size, bulk.root()) == (size, compact.root())


@given(data=st.data())
def test_from_border_round_trip(data: st.DataObject) -> None:
    size = data.draw(st.integers(0, MAX_SIZE))
    split = data.draw(st.integers(0, size))
    leaves, _ = build(size)
    whole = CompactRange()
    first = CompactRange()
    whole_nodes = [whole.append(leaf) for leaf in leaves]
    for leaf in leaves[:split]:
        first.append(leaf)
    resumed = CompactRange.from_border(split, first.border())
    assert (resumed.size, resumed.root()) == (split, first.root())
    assert [resumed.append(leaf) for leaf in leaves[split:]] == whole_nodes[split:]
    assert resumed.root() == whole.root() == root_from_leaves(leaves)
    assert resumed.border() == whole.border()


@settings(max_examples=300)
@given(data=st.data())
def test_inclusion_proofs(data: st.DataObject) -> None:
    size = data.draw(st.integers(1, MAX_SIZE), label="size")
    index = data.draw(st.integers(0, size - 1), label="index")
    leaves, nodes = build(data.draw(st.integers(size, MAX_SIZE)), data.draw(st.binary(max_size=4)))
    root = root_from_leaves(leaves[:size])
    # One fetch of inclusion_nodes is all a store needs.
    fetched = {node: nodes[node] for node in inclusion_nodes(index, size)}
    proof = inclusion_proof(index, size, fetched)
    assert proof == ref_path(index, leaves[:size])
    leaf = leaves[index]
    verify_inclusion(leaf, index, size, proof, root)

    for position in range(len(proof)):
        bit = data.draw(st.integers(0, 8 * HASH_SIZE - 1), label=f"bit in proof[{position}]")
        tampered = [*proof[:position], flip(proof[position], bit), *proof[position + 1 :]]
        with pytest.raises(ProofError):
            verify_inclusion(leaf, index, size, tampered, root)
    bit = data.draw(st.integers(0, 8 * HASH_SIZE - 1), label="bit in leaf or root")
    with pytest.raises(ProofError):
        verify_inclusion(flip(leaf, bit), index, size, proof, root)
    with pytest.raises(ProofError):
        verify_inclusion(leaf, index, size, proof, flip(root, bit))
    with pytest.raises(ProofError):
        verify_inclusion(leaf, index, size, [*proof, root], root)
    if proof:
        with pytest.raises(ProofError):
            verify_inclusion(leaf, index, size, proof[:-1], root)

    other_index = data.draw(st.integers(-1, size).filter(lambda i: i != index), label="index'")
    with pytest.raises(ProofError):
        verify_inclusion(leaf, other_index, size, proof, root)
    # The proof alone does not bind the size: a size whose path has the same shape accepts
    # the same proof (the signed checkpoint binds size and root). Any other size fails.
    other_size = data.draw(st.integers(0, 2 * MAX_SIZE).filter(lambda n: n != size))
    if other_size > index and path_shape(index, other_size) == path_shape(index, size):
        verify_inclusion(leaf, index, other_size, proof, root)
    else:
        with pytest.raises(ProofError):
            verify_inclusion(leaf, index, other_size, proof, root)


@settings(max_examples=300)
@given(data=st.data())
def test_consistency_proofs(data: st.DataObject) -> None:
    new = data.draw(st.integers(1, MAX_SIZE), label="new")
    old = data.draw(st.integers(1, new), label="old")
    leaves, nodes = build(data.draw(st.integers(new, MAX_SIZE)), data.draw(st.binary(max_size=4)))
    old_root, new_root = root_from_leaves(leaves[:old]), root_from_leaves(leaves[:new])
    fetched = {node: nodes[node] for node in consistency_nodes(old, new)}
    proof = consistency_proof(old, new, fetched)
    assert proof == ref_subproof(old, leaves[:new], True)
    verify_consistency(old, new, old_root, new_root, proof)

    for position in range(len(proof)):
        bit = data.draw(st.integers(0, 8 * HASH_SIZE - 1), label=f"bit in proof[{position}]")
        tampered = [*proof[:position], flip(proof[position], bit), *proof[position + 1 :]]
        with pytest.raises(ProofError):
            verify_consistency(old, new, old_root, new_root, tampered)
    bit = data.draw(st.integers(0, 8 * HASH_SIZE - 1), label="bit in a root")
    with pytest.raises(ProofError):
        verify_consistency(old, new, flip(old_root, bit), new_root, proof)
    with pytest.raises(ProofError):
        verify_consistency(old, new, old_root, flip(new_root, bit), proof)
    with pytest.raises(ProofError):
        verify_consistency(old, new, old_root, new_root, [*proof, new_root])
    if proof:
        with pytest.raises(ProofError):
            verify_consistency(old, new, old_root, new_root, proof[:-1])

    # As with inclusion, only sizes giving the proof the same shape can accept it.
    other_old = data.draw(st.integers(0, 2 * MAX_SIZE), label="old'")
    other_new = data.draw(st.integers(0, 2 * MAX_SIZE), label="new'")
    if (other_old, other_new) == (old, new):
        return
    if old == new:
        # An empty proof between equal roots holds for any equal non-zero sizes.
        same_shape = 0 < other_old == other_new
    elif 0 < other_old < other_new:
        same_shape = subproof_shape(other_old, other_new) == subproof_shape(old, new)
    else:
        same_shape = False
    if same_shape:
        verify_consistency(other_old, other_new, old_root, new_root, proof)
    else:
        with pytest.raises(ProofError):
            verify_consistency(other_old, other_new, old_root, new_root, proof)


def test_proofs_do_not_bind_the_size_on_their_own() -> None:
    # RFC 6962 property the CLI must respect: take the size from the signed checkpoint.
    leaves, nodes = build(6)
    root5 = root_from_leaves(leaves[:5])
    proof = inclusion_proof(0, 5, nodes)
    assert path_shape(0, 5) == path_shape(0, 6) == ("R", "R", "R")
    verify_inclusion(leaves[0], 0, 6, proof, root5)
    with pytest.raises(ProofError):
        verify_inclusion(leaves[0], 0, 4, proof, root5)
    root2, root4 = root_from_leaves(leaves[:2]), root_from_leaves(leaves[:4])
    proof = consistency_proof(2, 4, nodes)
    assert subproof_shape(2, 4) == subproof_shape(4, 8) == ("R",)
    verify_consistency(4, 8, root2, root4, proof)


@given(size=st.integers(1, MAX_SIZE), data=st.data())
def test_root_from_nodes_of_a_larger_tree(size: int, data: st.DataObject) -> None:
    leaves, nodes = build(size)
    smaller = data.draw(st.integers(0, size))
    assert root_from_nodes(smaller, nodes) == root_from_leaves(leaves[:smaller])


# ---- argument errors ---------------------------------------------------------------------------


def test_node_addressing_errors() -> None:
    with pytest.raises(ValueError, match="negative"):
        border_ids(-1)
    assert border_ids(0) == []
    assert root_from_nodes(0, {}) == EMPTY_ROOT
    for index, size in [(0, 0), (3, 3), (-1, 3)]:
        with pytest.raises(ValueError, match="outside"):
            inclusion_nodes(index, size)
        with pytest.raises(ValueError, match="outside"):
            inclusion_proof(index, size, {})
    for old, new in [(0, 0), (0, 5), (5, 4), (-1, 2)]:
        with pytest.raises(ValueError, match="0 < old <= new"):
            consistency_nodes(old, new)
        with pytest.raises(ValueError, match="0 < old <= new"):
            consistency_proof(old, new, {})
    assert consistency_nodes(7, 7) == []
    assert consistency_proof(7, 7, {}) == []
    assert inclusion_nodes(0, 1) == []


def test_missing_node_is_named() -> None:
    _, nodes = build(6)
    del nodes[(1, 2)]
    with pytest.raises(KeyError, match=r"\(1, 2\)"):
        inclusion_proof(0, 6, nodes)
    with pytest.raises(KeyError, match=r"\(1, 2\)"):
        root_from_nodes(6, nodes)
    with pytest.raises(KeyError, match=r"\(1, 2\)"):
        consistency_proof(1, 6, nodes)


def test_compact_range_errors() -> None:
    compact = CompactRange()
    assert compact.root() == EMPTY_ROOT
    assert compact.border() == []
    with pytest.raises(ValueError, match="31 bytes"):
        compact.append(b"x" * 31)
    leaves, _ = build(5)
    with pytest.raises(ValueError, match="leaf hash 3 is 0 bytes"):
        compact.extend([*leaves[:3], b"", leaves[4]])
    # The leaves before the bad one stay appended, and the range stays usable.
    assert (compact.size, compact.root()) == (3, root_from_leaves(leaves[:3]))
    assert repr(compact) == f"CompactRange(size=3, root={compact.root().hex()})"

    border = CompactRange.from_border(3, compact.border()).border()
    assert border == compact.border()
    with pytest.raises(ValueError, match="must be nodes"):
        CompactRange.from_border(4, border)
    with pytest.raises(ValueError, match="must be nodes"):
        CompactRange.from_border(3, border[::-1])
    with pytest.raises(ValueError, match="negative"):
        CompactRange.from_border(-1, [])
    with pytest.raises(ValueError, match=r"node \(0, 2\) is 33 bytes"):
        CompactRange.from_border(3, [border[0], ((0, 2), b"y" * 33)])


def test_verify_argument_errors() -> None:
    leaves, nodes = build(6)
    root = root_from_leaves(leaves)
    proof = inclusion_proof(2, 6, nodes)
    with pytest.raises(ProofError, match="leaf hash is 3 bytes"):
        verify_inclusion(b"abc", 2, 6, proof, root)
    with pytest.raises(ProofError, match="proof hash 1 is 31 bytes"):
        verify_inclusion(leaves[2], 2, 6, [proof[0], proof[1][:31], proof[2]], root)
    with pytest.raises(ProofError, match="has 2 hashes, not 3"):
        verify_inclusion(leaves[2], 2, 6, proof[:2], root)
    with pytest.raises(ProofError, match="gives root"):
        verify_inclusion(leaves[3], 2, 6, proof, root)

    old_root = root_from_leaves(leaves[:3])
    proof = consistency_proof(3, 6, nodes)
    verify_consistency(3, 6, old_root, root, proof)
    with pytest.raises(ProofError, match="old root is 0 bytes"):
        verify_consistency(3, 6, b"", root, proof)
    with pytest.raises(ProofError, match="new root is 31 bytes"):
        verify_consistency(3, 6, old_root, root[:31], proof)
    with pytest.raises(ProofError, match="proof hash 0 is 33 bytes"):
        verify_consistency(3, 6, old_root, root, [proof[0] + b"!", *proof[1:]])
    with pytest.raises(ProofError, match="empty tree"):
        verify_consistency(0, 6, EMPTY_ROOT, root, proof)
    with pytest.raises(ProofError, match="no consistency"):
        verify_consistency(6, 3, root, old_root, proof)
    with pytest.raises(ProofError, match="no consistency"):
        verify_consistency(-1, 3, root, old_root, proof)
    with pytest.raises(ProofError, match="not empty"):
        verify_consistency(6, 6, root, root, proof)
    with pytest.raises(ProofError, match="roots differ"):
        verify_consistency(6, 6, root, old_root, [])
    with pytest.raises(ProofError, match="gives old root"):
        verify_consistency(3, 6, flip(old_root, 0), root, proof)
    with pytest.raises(ProofError, match="gives new root"):
        verify_consistency(3, 6, old_root, flip(root, 0), proof)


def test_public_names() -> None:
    # The interface the log store, HTTP routes and CLI are built against.
    assert set(merkle.__all__) == {
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
    }
    assert all(hasattr(merkle, name) for name in merkle.__all__)
    assert issubclass(ProofError, ValueError)
