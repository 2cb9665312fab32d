#!/usr/bin/env python3
"""Peak memory of `ftap serve` while 60 slow clients download one 50 MB file.

Usage: preview_memory.py FTAP CONTENT_FOLDER TEMPLATES [--clients 60] [--megabytes 50] [--max-rss-mb N]

Adds media/gros-fichier.mp4 (MEGABYTES of random bytes) to a copy of CONTENT_FOLDER, starts the
preview on a free port, and once it answers opens CLIENTS connections that each ask for the file
and read it slowly (128 KB then a pause of 50 ms: at most 2.5 MB/s each, so the server holds
every connection at once, each within the preview's 30 s to take a response). Prints the server's peak resident memory (VmHWM, the build included) and
what the clients received, as JSON; exits 1 when a client got a wrong length, or when the peak
passes --max-rss-mb (`make test` asks for 300 MB: the preview once held two copies of the file
per client, 6 GB here)."""
import argparse, json, os, shutil, socket, subprocess, sys, tempfile, threading, time
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def peak_rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def slow_client(port: int, path: str, results: list, index: int) -> None:
    received = 0
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=60) as s:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 65536)
            s.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode())
            head = b""
            while b"\r\n\r\n" not in head:
                piece = s.recv(4096)
                if not piece:
                    break
                head += piece
            head, _, rest = head.partition(b"\r\n\r\n")
            received = len(rest)
            length = next((int(l.split(b":")[1]) for l in head.split(b"\r\n") if l.lower().startswith(b"content-length:")), -1)
            since_pause = 0
            while True:
                piece = s.recv(65536)
                if not piece:
                    break
                received += len(piece)
                since_pause += len(piece)
                if since_pause >= 131072:
                    since_pause = 0
                    time.sleep(0.05)
            results[index] = (length, received)
    except OSError as error:
        results[index] = (-1, f"{error}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("ftap")
    ap.add_argument("content")
    ap.add_argument("templates")
    ap.add_argument("--clients", type=int, default=60)
    ap.add_argument("--megabytes", type=int, default=50)
    ap.add_argument("--max-rss-mb", type=int)
    a = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="ftap-preview-memory-"))
    try:
        content = work / "content"
        shutil.copytree(a.content, content)
        (content / "media").mkdir(exist_ok=True)
        with open(content / "media" / "gros-fichier.mp4", "wb") as f:
            for _ in range(a.megabytes):
                f.write(os.urandom(1 << 20))
        port = free_port()
        server = subprocess.Popen([a.ftap, "serve", "--content", str(content), "--templates", a.templates,
                                   "--output", str(work / "public"), "--port", str(port)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            for _ in range(600):
                try:
                    with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
                        s.sendall(f"HEAD /media/gros-fichier.mp4 HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode())
                        # The error page is also a 200: the file's own length says it is served.
                        if f"Content-Length: {a.megabytes << 20}\r\n".encode() in s.recv(4096):
                            break
                except OSError:
                    pass
                time.sleep(0.1)
            else:
                sys.exit("preview_memory: the preview never served the file")
            results = [None] * a.clients
            threads = [threading.Thread(target=slow_client, args=(port, "/media/gros-fichier.mp4", results, i)) for i in range(a.clients)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            peak = peak_rss_kb(server.pid)
        finally:
            server.terminate()
            server.wait(timeout=10)
        expected = a.megabytes << 20
        complete = sum(1 for r in results if r == (expected, expected))
        print(json.dumps({"clients": a.clients, "file_mb": a.megabytes, "complete": complete,
                          "peak_rss_mb": round(peak / 1024)}))
        if complete != a.clients:
            print(f"preview_memory: {a.clients - complete} clients got a wrong length: {[r for r in results if r != (expected, expected)][:3]}", file=sys.stderr)
            sys.exit(1)
        if a.max_rss_mb is not None and peak / 1024 > a.max_rss_mb:
            print(f"preview_memory: peak {round(peak / 1024)} MB, more than {a.max_rss_mb} MB", file=sys.stderr)
            sys.exit(1)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
