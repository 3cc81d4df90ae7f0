#!/usr/bin/env python3
"""The size budget, checked on every test run: the app's transfer size (wasm, JS, CSS, HTML),
gzip -9, must stay within 300 KB. Sizes are deterministic for a given build, so this is a
real check, not a timing that could flake. The benchmark script prints the full table."""
import gzip
import sys
from pathlib import Path

BUDGET_GZIP_BYTES = 300 * 1000
dist = Path(sys.argv[1] if len(sys.argv) > 1 else "dist")
kinds = {".wasm": "wasm", ".js": "js", ".css": "css", ".html": "html"}
total = 0
for path in sorted(dist.iterdir()):
    kind = kinds.get(path.suffix)
    if kind is None or path.name == "sw.js":
        continue
    raw = path.read_bytes()
    z = len(gzip.compress(raw, 9))
    total += z
    print(f"    {path.name}: {len(raw):,} B raw, {z:,} B gzip")
print(f"    total gzip: {total:,} B (budget {BUDGET_GZIP_BYTES:,} B)")
if total > BUDGET_GZIP_BYTES:
    sys.exit(f"over the size budget by {total - BUDGET_GZIP_BYTES:,} B")
