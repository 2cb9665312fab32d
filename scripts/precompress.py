#!/usr/bin/env python3
"""Writes FILE.gz and FILE.br beside each FILE given (at least 512 bytes), as ftap does for the
files it writes (Sources/FTAPOutput/Precompression.swift): gzip level 9 with no time and no
name in its header, brotli quality 11 in text mode; the same input always gives the same bytes.
Usage: precompress.py FILE..."""
import gzip, sys
import brotli

for name in sys.argv[1:]:
    with open(name, "rb") as f:
        data = f.read()
    if len(data) < 512:
        continue
    with open(name + ".gz", "wb") as f:
        f.write(gzip.compress(data, compresslevel=9, mtime=0))
    with open(name + ".br", "wb") as f:
        f.write(brotli.compress(data, quality=11, mode=brotli.MODE_TEXT))
