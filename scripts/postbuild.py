#!/usr/bin/env python3
"""Trunk post-build hook: make the build work under a strict Content-Security-Policy and
give the service worker its list of files.

1. Trunk writes a small inline <script type="module"> that loads the wasm. Our CSP allows no
   inline script (no 'unsafe-inline'), so the script is moved into a file of its own, named by
   its content hash, and the page loads it with a plain <script src>.
2. The CSP is checked: no 'unsafe-inline' or 'unsafe-eval' for scripts, and nothing inline left.
3. sw.js gets the build's files and a version derived from their contents, so a new release
   is a new service worker (which the app offers to the person as "new version — reload").
4. Release builds: wasm-bindgen's JS glue loses its comments and indentation. Trunk's own JS
   minifier cannot parse the glue and leaves it as it is; this is the safe part of minifying
   (no renaming, line breaks kept), and the file's integrity hash is updated to match.
"""
import base64
import hashlib
import os
import re
import sys
from pathlib import Path

staging = Path(os.environ.get("TRUNK_STAGING_DIR", "dist"))
index = staging / "index.html"
html = index.read_text(encoding="utf-8")

inline = re.compile(r"<script(?P<attrs>[^>]*)>(?P<body>.*?)</script>", re.S)
moved = 0


def move_inline(match: re.Match) -> str:
    global moved
    attrs, body = match.group("attrs"), match.group("body")
    if "src=" in attrs or not body.strip():
        return match.group(0)
    digest = hashlib.sha256(body.encode()).hexdigest()[:16]
    name = f"boot-{digest}.js"
    (staging / name).write_text(body.strip() + "\n", encoding="utf-8")
    moved += 1
    kind = ' type="module"' if "module" in attrs else ""
    return f'<script{kind} src="./{name}"></script>'


html = inline.sub(move_inline, html)
if moved != 1:
    sys.exit(f"postbuild: expected Trunk's one inline loader script, moved {moved}")
for m in inline.finditer(html):
    if "src=" not in m.group("attrs"):
        sys.exit("postbuild: an inline <script> is left in index.html; the CSP would block it")
meta = re.search(r"<meta[^>]*Content-Security-Policy[^>]*>", html)
csp = re.search(r'content="([^"]*)"', meta.group(0)) if meta else None
if not csp:
    sys.exit("postbuild: index.html must carry a strict Content-Security-Policy")


def directives(policy: str) -> dict[str, list[str]]:
    out = {}
    for part in policy.split(";"):
        words = part.split()
        if words:
            out[words[0]] = words[1:]
    return out


def check_policy(policy: str, where: str) -> dict[str, list[str]]:
    """Scripts may come only from the app itself, and wasm may compile: nothing else."""
    d = directives(policy)
    script = d.get("script-src", d.get("default-src"))
    if script is None or sorted(script) != sorted(["'self'", "'wasm-unsafe-eval'"]):
        sys.exit(f"postbuild: {where}: script-src must be exactly 'self' 'wasm-unsafe-eval', not {script}")
    if d.get("default-src") != ["'none'"]:
        sys.exit(f"postbuild: {where}: default-src must be 'none'")
    return d


meta_policy = check_policy(csp.group(1), "index.html")
# The hosting headers say the same, plus what only a header can say (frame-ancestors).
headers_file = staging / "_headers"
if headers_file.exists():
    header = re.search(r"Content-Security-Policy:\s*(.+)", headers_file.read_text(encoding="utf-8"))
    if not header:
        sys.exit("postbuild: _headers must set a Content-Security-Policy")
    header_policy = check_policy(header.group(1), "_headers")
    if header_policy.get("frame-ancestors") != ["'none'"]:
        sys.exit("postbuild: _headers must refuse framing (frame-ancestors 'none')")
    if {k: v for k, v in header_policy.items() if k != "frame-ancestors"} != meta_policy:
        sys.exit("postbuild: the CSP in _headers and in index.html must match")


def strip_js(js: str) -> str | None:
    """The JS without its comment lines and indentation, or None when that cannot be done
    safely: the text of a string or template literal spanning lines would change."""
    if any(line.count("`") % 2 or line.endswith("\\") for line in js.splitlines()):
        return None
    js = re.sub(r"(?m)^[ \t]*/\*\*(?:(?!\*/).)*\*/[ \t]*\n", "", js, flags=re.S)
    lines = (line.strip() for line in js.splitlines())
    return "\n".join(line for line in lines if line and not line.startswith("//")) + "\n"


if os.environ.get("TRUNK_PROFILE") == "release":
    for glue in staging.glob("*.js"):
        if glue.name.startswith("boot-") or glue.name == "sw.js":
            continue
        stripped = strip_js(glue.read_text(encoding="utf-8"))
        if stripped is None:
            continue
        glue.write_text(stripped, encoding="utf-8")
        digest = base64.b64encode(hashlib.sha384(stripped.encode()).digest()).decode()
        html = re.sub(
            rf"(href=\"?\./{re.escape(glue.name)}\"? integrity=\"?)sha384-[A-Za-z0-9+/=]+",
            rf"\g<1>sha384-{digest}",
            html,
        )

index.write_text(html, encoding="utf-8")

# The service worker's precache list: every file of the build but itself.
sw = staging / "sw.js"
if sw.exists():
    files = sorted(
        p.relative_to(staging).as_posix()
        for p in staging.rglob("*")
        # _headers is read by the host, never served: caching it would fail the install.
        if p.is_file() and p.name not in ("sw.js", "_headers")
    )
    h = hashlib.sha256()
    for f in files:
        h.update(f.encode())
        h.update((staging / f).read_bytes())
    listing = ",\n  ".join(f'"./{f}"' for f in files)
    text = sw.read_text(encoding="utf-8")
    text = text.replace('"__VERSION__"', f'"{h.hexdigest()[:16]}"')
    text = text.replace('"__FILES__"', f"[\n  {listing}\n]")
    sw.write_text(text, encoding="utf-8")
