"""The tamper-evident audit log.

``redline.audit.merkle`` holds the RFC 6962 / RFC 9162 Merkle tree (hashing, a compact range
accumulator, inclusion and consistency proofs); ``redline.audit.note`` holds C2SP signed notes
and tlog checkpoints with Ed25519 keys. Both are pure except the key-file helpers in ``note``.
"""
