"""Stages import only from stages below them: structure < load < match < render < publish < commands."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "explainer"
ORDER = ["structure", "load", "match", "render", "publish", "commands"]


def test_no_stage_imports_a_stage_above_it():
    wrong = []
    for stage in ORDER:
        for path in (PACKAGE / stage).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = []
                if isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module]
                elif isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                for name in names:
                    parts = name.split(".")
                    if parts[0] == "explainer" and len(parts) > 1 and parts[1] in ORDER:
                        if ORDER.index(parts[1]) > ORDER.index(stage):
                            wrong.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert wrong == []
