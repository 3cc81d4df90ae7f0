#!/usr/bin/env python3
"""Trunk post_build hook (prototype): split the app's wasm at its #[lazy] points.

Trunk has no wasm-split step, and wasm-split cannot work on Trunk's wasm-bindgen output
(wasm-bindgen drops the relocation/linking sections that wasm-split reads). So this hook
redoes the tail of cargo-leptos' pipeline from the raw cargo artifact that Trunk built:

  1. wasm-split-cli (wasm_split_cli_support 0.2.4) on target/wasm32-unknown-unknown/<profile>/<bin>.wasm
     (built with -C link-args=--emit-relocs) -> main wasm + one wasm per split + __wasm_split.js
  2. wasm-bindgen --target web --keep-lld-exports --no-demangle on the split main wasm,
     under Trunk's own hashed name, so index.html's loader keeps working
  3. wasm-opt -Oz on the main wasm and on each chunk (release only)
  4. content-hash names for the chunks and __wasm_split.js (the tool names chunks after the
     #[lazy] call site, not their content), and rewrite the references
  5. fix the SRI hashes Trunk put in index.html; modulepreload __wasm_split.js
Then runs the project's usual postbuild (inline loader -> file, SW precache list), because
Trunk runs the hooks of one stage concurrently, not in order.
"""
import base64
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
staging = Path(os.environ.get("TRUNK_STAGING_DIR", "dist"))
release = os.environ.get("TRUNK_PROFILE") == "release"
index = staging / "index.html"
html = index.read_text(encoding="utf-8")

# Trunk's names: <bin>-<hash>.js and <bin>-<hash>_bg.wasm
m = re.search(r"import init[^\n]*?from '\./([^']+)\.js'", html)
if not m:
    sys.exit("split: Trunk's loader not found in index.html")
stem = m.group(1)
bin_name = stem.rsplit("-", 1)[0]
meta = json.loads(subprocess.check_output(
    ["cargo", "metadata", "--format-version", "1", "--no-deps", "--offline"], cwd=ROOT))
raw = Path(meta["target_directory"]) / "wasm32-unknown-unknown" / ("release" if release else "debug") / f"{bin_name}.wasm"

tools = ROOT / ".tools" / "bin"
work = Path(tempfile.mkdtemp(prefix="wasm-split-"))
run = lambda *cmd: subprocess.run([str(c) for c in cmd], check=True)

# 1. split
run(tools / "wasm-split-cli", "--target", "web", "--out-name", stem, raw, work)
chunks = sorted(p for p in work.glob("*.wasm") if p.name != f"{stem}.wasm")
# 2. bindgen the split main under Trunk's hashed name
bg = work / "bg"
run("wasm-bindgen", "--target=web", "--keep-lld-exports", "--no-demangle", "--no-typescript",
    f"--out-name={stem}", f"--out-dir={bg}", work / f"{stem}.wasm")
shutil.copy(bg / f"{stem}.js", staging / f"{stem}.js")
if (bg / "snippets").exists():
    shutil.copytree(bg / "snippets", staging / "snippets", dirs_exist_ok=True)
targets = [(bg / f"{stem}_bg.wasm", staging / f"{stem}_bg.wasm")]
targets += [(c, staging / c.name) for c in chunks]
# 3. optimise each module separately. CAREER_DECK_PROFILE=1 keeps the function names, so that
# a browser profile of a release build says where the time goes (not for shipping: bigger).
keep_names = ["-g"] if os.environ.get("CAREER_DECK_PROFILE") == "1" else []
for src, dst in targets:
    if release:
        run("wasm-opt", "-Oz", *keep_names, "--enable-bulk-memory", "--enable-nontrapping-float-to-int",
            src, "-o", dst)
    else:
        shutil.copy(src, dst)

# 4. content-hash names
def h(data: bytes, n=16) -> str:
    return hashlib.sha256(data).hexdigest()[:n]

link = (work / "__wasm_split.js").read_text(encoding="utf-8")
for c in chunks:
    data = (staging / c.name).read_bytes()
    new = f"{c.stem}-{h(data)}.wasm"
    (staging / c.name).rename(staging / new)
    link = link.replace(f'"./{c.name}"', f'"./{new}"')
link_name = f"__wasm_split-{h(link.encode())}.js"
(staging / link_name).write_text(link, encoding="utf-8")
glue = (staging / f"{stem}.js").read_text(encoding="utf-8")
if "./__wasm_split.js" not in glue:
    sys.exit("split: the wasm-bindgen glue does not import ./__wasm_split.js")
# only the ES import; the imports-object key must keep the wasm's import module name
glue, n = re.subn(r"""(from\s*["'])\./__wasm_split\.js(["'])""", rf"\g<1>./{link_name}\g<2>", glue)
if n < 1:
    sys.exit("split: no import of ./__wasm_split.js rewritten")
(staging / f"{stem}.js").write_text(glue, encoding="utf-8")

# 5. SRI for the files Trunk preloads, and preload the link module too
def sri(path: Path) -> str:
    return "sha384-" + base64.b64encode(hashlib.sha384(path.read_bytes()).digest()).decode()

for name in (f"{stem}.js", f"{stem}_bg.wasm"):
    # the <link> Trunk wrote for this file, whatever the attribute order (minified or not)
    html, n = re.subn(rf"(<link[^>]*href=\"?\./{re.escape(name)}[\"\s>][^>]*?integrity=\"?)sha384-[A-Za-z0-9+/=]+",
                      rf"\g<1>{sri(staging / name)}", html)
    if n != 1:
        sys.exit(f"split: no integrity attribute for {name} in index.html")
html = html.replace("</head>", f'<link rel=modulepreload href=./{link_name}></head>', 1)
index.write_text(html, encoding="utf-8")
shutil.rmtree(work)
print(f"split: main {stem}_bg.wasm + {len(chunks)} chunk(s), link module {link_name}")

# then the project's own post-build (moves the inline loader, fills the SW list)
run(sys.executable, HERE / "postbuild.py")
