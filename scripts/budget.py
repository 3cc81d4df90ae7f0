#!/usr/bin/env python3
"""The size check, run by scripts/test: the app's transfer size (wasm, JS, CSS, HTML, each
gzip -9) is deterministic for a given build, so it is checked, not just reported.

Two figures:
- TARGET_GZIP_BYTES (300 KB) is the product's budget (issue 6). The current build does not meet
  it with the project's fixed stack (Leptos + leptos_router + rexie + gloo-storage +
  crc32fast + base64; see docs/performance.md): it is reported on every run, with the gap.
- CEILING_GZIP_BYTES is what the test enforces meanwhile: the measured size plus a little
  headroom, so that no change can make the bundle bigger unnoticed. Lower it as the bundle
  shrinks; never raise it without saying why in the commit.
"""
import gzip
import sys
from pathlib import Path

TARGET_GZIP_BYTES = 300_000
# Raised from 375,000 when the manager, boards, slides and merging landed (measured 585,776 B);
# issue 17 brings the first-screen payload back down by splitting off what only some flows need.
CEILING_GZIP_BYTES = 600_000

dist = Path(sys.argv[1] if len(sys.argv) > 1 else "dist")
kinds = {".wasm", ".js", ".css", ".html"}
total = 0
for path in sorted(dist.iterdir()):
    if path.suffix not in kinds or path.name == "sw.js":
        continue
    raw = path.read_bytes()
    z = len(gzip.compress(raw, 9))
    total += z
    print(f"    {path.name}: {len(raw):,} B raw, {z:,} B gzip")
print(f"    total gzip: {total:,} B")
if total <= TARGET_GZIP_BYTES:
    print(f"    budget {TARGET_GZIP_BYTES:,} B: met")
else:
    print(f"    budget {TARGET_GZIP_BYTES:,} B: NOT MET, over by {total - TARGET_GZIP_BYTES:,} B (see docs/performance.md)")
if total > CEILING_GZIP_BYTES:
    sys.exit(f"the bundle grew past its ceiling of {CEILING_GZIP_BYTES:,} B by {total - CEILING_GZIP_BYTES:,} B")
print(f"    ceiling {CEILING_GZIP_BYTES:,} B: ok")
