#!/usr/bin/env python3
"""Writes the applicant-list CSV fixtures: one list in every encoding and separator the reader
must recognise. Run once from this folder; the output is committed."""

HEADERS = ["TRF Number", "Family Name", "Given Names", "Date of Birth", "Overall", "Phone", "Notes"]
ROWS = [
    ["23GB000101NUNJ001A", "Núñez", "José", "1999-03-14", "7.5", "+44 20 7946 0958", 'Likes "quotes"'],
    ["23GB000102ZOEA002A", "Zoë", "Anna", "2000-11-02", "6.5", "-5", "Leeds, UK – paid €150"],
    ["23GB000103OBRI003A", "O'Brien", "Seán", "1998-01-30", "7", "=1+2", "First line\nSecond line"],
    ["23GB000104WANG004A", "王", "小明", "2001-07-21", "8", "@SUM(A1)", ""],
]

ENCODINGS = {
    # name: (codec, byte order mark, line end, keep the CJK row)
    "utf8": ("utf-8", b"", "\n", True),
    "utf8-bom": ("utf-8", b"\xef\xbb\xbf", "\r\n", True),
    "utf16le-bom": ("utf-16-le", b"\xff\xfe", "\r\n", True),
    "utf16be-bom": ("utf-16-be", b"\xfe\xff", "\r\n", True),
    "cp1252": ("cp1252", b"", "\r\n", False),
}
SEPARATORS = {"comma": ",", "semicolon": ";", "tab": "\t"}


def cell(text, sep):
    if sep in text or '"' in text or "\n" in text or "\r" in text:
        return '"' + text.replace('"', '""') + '"'
    return text


def render(sep, line_end, with_cjk):
    rows = ROWS if with_cjk else ROWS[:3]
    lines = [sep.join(cell(c, sep) for c in row) for row in [HEADERS] + rows]
    # Line breaks inside quoted cells use the file's own line end, as spreadsheets write them.
    return line_end.join(line.replace("\n", line_end) for line in lines) + line_end


def write(name, data):
    with open(name, "wb") as f:
        f.write(data)


for enc_name, (codec, bom, line_end, with_cjk) in ENCODINGS.items():
    for sep_name, sep in SEPARATORS.items():
        text = render(sep, line_end, with_cjk)
        write(f"applicants-{enc_name}-{sep_name}.csv", bom + text.encode(codec))

# UTF-16 without a byte order mark, recognised by its zero bytes.
write("applicants-utf16le-comma.csv", render(",", "\r\n", True).encode("utf-16-le"))
write("applicants-utf16be-comma.csv", render(",", "\r\n", True).encode("utf-16-be"))
# Old Mac line ends and trailing blank lines.
write("applicants-utf8-cr-comma.csv", (render(",", "\r", True) + "\r\r").encode("utf-8"))
