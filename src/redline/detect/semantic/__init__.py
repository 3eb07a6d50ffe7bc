"""The semantic detection layer: int8 MiniLM sentence embeddings and a trained head.

See ``layer`` for what it reads and reports, ``train`` for how the head is rebuilt
(``redline train``), and ``head.json`` for the committed weights.
"""

from redline.detect.semantic.layer import SemanticLayer

__all__ = ["SemanticLayer"]
