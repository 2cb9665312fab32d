#!/usr/bin/env python3
"""Threaded static server on 127.0.0.1 for the checkers. Usage: serve.py ROOT PORTFILE

Binds a free port and writes it to PORTFILE. Sends "LinkChecker: 1" on every answer:
without it linkchecker limits itself to about 3 requests per second on one host.
A folder without index.html is a 404, as on the real host, never a generated listing."""
import functools, http.server, sys

class Handler(http.server.SimpleHTTPRequestHandler):
    def end_headers(self):
        self.send_header("LinkChecker", "1")
        super().end_headers()

    def guess_type(self, path):
        # Every text type with its charset, as the real host sends it: nothing is left for a
        # client to guess (LinkChecker would load chardet's models to do so).
        kind = super().guess_type(path)
        textual = kind.startswith("text/") or kind in ("application/javascript", "application/json", "application/xml")
        return kind + "; charset=utf-8" if textual and "charset" not in kind else kind

    def list_directory(self, path):
        self.send_error(404, "No index.html in this folder")
        return None

    def log_message(self, *args):
        pass

root, portfile = sys.argv[1], sys.argv[2]
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=root))
with open(portfile, "w") as f:
    f.write(str(server.server_address[1]))
server.serve_forever()
