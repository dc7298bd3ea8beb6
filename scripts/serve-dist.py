#!/usr/bin/env python3
"""Serves dist/ as an ordinary static host does, for the Lighthouse benchmark: the
precompressed .br/.gz files when the browser accepts them (Content-Encoding set), long
caching for hashed files, and the single-page fallback (index.html for app routes).
Usage: scripts/serve-dist.py PORT (on 127.0.0.1 only)."""
import http.server
import os
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "dist")
TYPES = {
    ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css",
    ".wasm": "application/wasm", ".svg": "image/svg+xml", ".png": "image/png",
    ".webmanifest": "application/manifest+json", ".txt": "text/plain; charset=utf-8",
}


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        path = self.path.split("?")[0].split("#")[0]
        rel = os.path.normpath(path.lstrip("/")) if path != "/" else "index.html"
        if rel.startswith(".."):
            self.send_error(404)
            return
        file = os.path.join(ROOT, rel)
        if not os.path.isfile(file):
            if os.path.splitext(rel)[1]:
                self.send_error(404)
                return
            file, rel = os.path.join(ROOT, "index.html"), "index.html"
        accepted = self.headers.get("Accept-Encoding", "")
        encoding = None
        for enc, ext in (("br", ".br"), ("gzip", ".gz")):
            if enc in accepted and os.path.isfile(file + ext):
                file, encoding = file + ext, enc
                break
        with open(file, "rb") as f:
            body = f.read()
        self.send_response(200)
        self.send_header("Content-Type", TYPES.get(os.path.splitext(rel)[1], "application/octet-stream"))
        if encoding:
            self.send_header("Content-Encoding", encoding)
            self.send_header("Vary", "Accept-Encoding")
        hashed = rel not in ("index.html", "sw.js", "manifest.webmanifest", "robots.txt")
        self.send_header("Cache-Control", "public, max-age=31536000, immutable" if hashed else "no-cache")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
