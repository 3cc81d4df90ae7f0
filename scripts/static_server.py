#!/usr/bin/env python3
"""A plain static file server for dist/, as static hosts are: no rewrite rules, but the
response headers of public/_headers (CSP with frame-ancestors, Referrer-Policy, nosniff,
Permissions-Policy) and gzip for clients that ask for it, so local figures and tests see what
users get.

    python3 scripts/static_server.py PORT DIRECTORY
"""
import gzip
import http.server
import os
import sys
from functools import lru_cache
from pathlib import Path

port = int(sys.argv[1]) if len(sys.argv) > 1 else 8080
root = Path(sys.argv[2] if len(sys.argv) > 2 else "dist").resolve()


def read_headers() -> list[tuple[str, str]]:
    """The `/*` block of _headers (Netlify syntax), from the built site or public/."""
    for candidate in (root / "_headers", Path(__file__).resolve().parent.parent / "public" / "_headers"):
        if candidate.exists():
            lines = candidate.read_text(encoding="utf-8").splitlines()
            break
    else:
        return []
    out, inside = [], False
    for line in lines:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line.startswith((" ", "\t")):
            inside = line.strip() == "/*"
            continue
        if inside and ":" in line:
            name, value = line.strip().split(":", 1)
            out.append((name.strip(), value.strip()))
    return out


HEADERS = read_headers()
COMPRESSIBLE = {".html", ".js", ".css", ".wasm", ".json", ".svg", ".webmanifest", ".txt", ".md"}


@lru_cache(maxsize=256)
def gzipped(path: str, mtime: float) -> bytes:
    return gzip.compress(Path(path).read_bytes(), 6)


class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".webmanifest": "application/manifest+json",
        ".js": "text/javascript",
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=str(root), **kwargs)

    def end_headers(self):
        for name, value in HEADERS:
            self.send_header(name, value)
        # Every release has new file names; the service worker does the offline caching.
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        wants_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (wants_gzip and path.is_file() and path.suffix in COMPRESSIBLE):
            return super().send_head()
        body = gzipped(str(path), os.path.getmtime(path))
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.end_headers()
        from io import BytesIO
        return BytesIO(body)

    def log_message(self, fmt, *args):
        pass


class Server(http.server.ThreadingHTTPServer):
    allow_reuse_address = True
    daemon_threads = True

    def handle_error(self, request, client_address):
        # A browser that stops reading (a closed tab, a cancelled fetch) is not an error.
        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            return
        super().handle_error(request, client_address)


if __name__ == "__main__":
    with Server(("127.0.0.1", port), Handler) as httpd:
        print(f"Serving {root} on http://127.0.0.1:{port}/", flush=True)
        httpd.serve_forever()
