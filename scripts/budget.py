#!/usr/bin/env python3
"""The size check, run by scripts/test. Transfer sizes (gzip -9) are deterministic for a given
build, so they are checked, not just reported.

What counts is what must arrive before the app is ready (the decision in issue 17): the page,
what it loads (its scripts, styles and the main wasm) and what those scripts import. Screens
that load their code on demand (the wasm chunks scripts/split.py makes) arrive later and are
reported apart.

- TARGET_GZIP_BYTES (300 KB) is the product's budget: reported on every run, with the gap.
- CEILING_GZIP_BYTES is what the test enforces meanwhile: the measured first-screen size plus a
  little headroom, so that no change can make it bigger unnoticed. Lower it as the bundle
  shrinks; never raise it without saying why in the commit.
"""
import gzip
import re
import sys
from pathlib import Path

TARGET_GZIP_BYTES = 300_000
CEILING_GZIP_BYTES = 270_000

dist = Path(sys.argv[1] if len(sys.argv) > 1 else "dist")
kinds = {".wasm", ".js", ".css", ".html"}


def gz(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), 9))


def first_screen() -> list[Path]:
    """index.html, every file it references, and every module those scripts import."""
    index = dist / "index.html"
    html = index.read_text(encoding="utf-8")
    seen = [index]
    queue = [m for m in re.findall(r"""(?:src|href)=["']?\.?/?([^"' >]+)""", html)]
    while queue:
        name = queue.pop()
        path = dist / name
        if path in seen or not path.is_file() or path.suffix not in kinds:
            continue
        seen.append(path)
        if path.suffix == ".js" and path.name != "sw.js":
            queue += re.findall(r"""from\s*["']\./([^"']+)["']""", path.read_text(encoding="utf-8"))
    return seen


critical = first_screen()
total = 0
for path in sorted(critical):
    z = gz(path)
    total += z
    print(f"    {path.name}: {path.stat().st_size:,} B raw, {z:,} B gzip")
later = [p for p in dist.iterdir() if p.suffix in kinds and p not in critical and p.name != "sw.js"]
later_total = sum(gz(p) for p in later)
print(f"    before the app is ready: {total:,} B gzip")
print(f"    loaded on demand by other screens: {len(later)} files, {later_total:,} B gzip")
if total <= TARGET_GZIP_BYTES:
    print(f"    budget {TARGET_GZIP_BYTES:,} B: met")
else:
    print(f"    budget {TARGET_GZIP_BYTES:,} B: NOT MET, over by {total - TARGET_GZIP_BYTES:,} B (see docs/performance.md)")
if total > CEILING_GZIP_BYTES:
    sys.exit(f"the first screen grew past its ceiling of {CEILING_GZIP_BYTES:,} B by {total - CEILING_GZIP_BYTES:,} B")
print(f"    ceiling {CEILING_GZIP_BYTES:,} B: ok")
