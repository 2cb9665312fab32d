#!/usr/bin/env python3
"""Threaded static server on 127.0.0.1 for the checkers. Usage: serve.py ROOT PORTFILE [--like-gitlab-pages]

Binds a free port and writes it to PORTFILE. Sends "LinkChecker: 1" on every answer:
without it linkchecker limits itself to about 3 requests per second on one host.
A folder without index.html is a 404, as on the real host, never a generated listing.

--like-gitlab-pages serves a file as the GitLab Pages daemon does: its FILE.br or FILE.gz sibling,
when the browser accepts that encoding and the sibling exists (with Content-Encoding and
Vary: Accept-Encoding), never a compression made on the fly, and "Cache-Control: max-age=600"."""
import functools, http.server, os, sys

class Handler(http.server.SimpleHTTPRequestHandler):
    like_gitlab_pages = False

    def end_headers(self):
        self.send_header("LinkChecker", "1")
        if self.like_gitlab_pages:
            self.send_header("Cache-Control", "max-age=600")
        super().end_headers()

    def guess_type(self, path):
        # Every text type with its charset, as the real host sends it: nothing is left for a
        # client to guess (LinkChecker would load chardet's models to do so).
        kind = super().guess_type(path)
        textual = kind.startswith("text/") or kind in ("application/javascript", "application/json", "application/xml")
        return kind + "; charset=utf-8" if textual and "charset" not in kind else kind

    def send_head(self):
        if not self.like_gitlab_pages:
            return super().send_head()
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            if not self.path.split("?", 1)[0].endswith("/"):
                return super().send_head()
            path = os.path.join(path, "index.html")
        if not os.path.isfile(path):
            return super().send_head()
        accepted = {e.split(";")[0].strip() for e in self.headers.get("Accept-Encoding", "").split(",")}
        for encoding, suffix in (("br", ".br"), ("gzip", ".gz")):
            if encoding in accepted and os.path.isfile(path + suffix):
                f = open(path + suffix, "rb")
                self.send_response(200)
                self.send_header("Content-Type", self.guess_type(path))
                self.send_header("Content-Encoding", encoding)
                self.send_header("Vary", "Accept-Encoding")
                self.send_header("Content-Length", str(os.fstat(f.fileno()).st_size))
                self.send_header("Last-Modified", self.date_time_string(int(os.stat(path).st_mtime)))
                self.end_headers()
                return f
        return super().send_head()

    def list_directory(self, path):
        self.send_error(404, "No index.html in this folder")
        return None

    def log_message(self, *args):
        pass

class Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # A client that stops reading a large file (a browser's PDF viewer, a link checker that
        # has the headers it wanted) is not the site's fault: only other errors are printed.
        if isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
            return
        super().handle_error(request, client_address)


root, portfile = sys.argv[1], sys.argv[2]
Handler.like_gitlab_pages = "--like-gitlab-pages" in sys.argv[3:]
server = Server(("127.0.0.1", 0), functools.partial(Handler, directory=root))
with open(portfile, "w") as f:
    f.write(str(server.server_address[1]))
server.serve_forever()
