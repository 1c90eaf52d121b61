"""Reads an exported CSV with Python's csv module and prints what it holds as JSON.

Also checks the bytes: the UTF-8 byte-order mark, and that every record ends in CRLF (a bare
line feed may only appear inside a quoted value).
"""
import csv
import io
import json
import sys


def main(path):
    data = open(path, "rb").read()
    text = data.decode("utf-8-sig")
    quoted = False
    bare = 0
    previous = ""
    for ch in text:
        if ch == '"':
            quoted = not quoted
        elif ch == "\n" and not quoted and previous != "\r":
            bare += 1
        previous = ch
    rows = list(csv.reader(io.StringIO(text, newline="")))
    print(json.dumps({
        "bom": data.startswith(b"\xef\xbb\xbf"),
        "bareLineFeeds": bare,
        "endsWithCrlf": text.endswith("\r\n"),
        "rows": rows,
    }))


if __name__ == "__main__":
    main(sys.argv[1])
