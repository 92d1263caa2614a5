"""A tiny static file server on 127.0.0.1 for the browser test: a directory, an ephemeral port, a thread."""

from __future__ import annotations

import contextlib
import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from typing import Iterator


class QuietHandler(SimpleHTTPRequestHandler):
    """Serves files without logging every request, and tells the browser not to cache them."""

    extensions_map = {**SimpleHTTPRequestHandler.extensions_map, ".json": "application/json", ".js": "text/javascript"}

    def log_message(self, format, *args):  # noqa: A002  (the base class's name)
        pass

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        super().end_headers()


@contextlib.contextmanager
def serve(directory: str) -> Iterator[str]:
    """Serve `directory` on http://127.0.0.1:<free port>; yield the base URL (no trailing slash)."""
    handler = functools.partial(QuietHandler, directory=str(directory))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, name="static-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
