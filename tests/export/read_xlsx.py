"""Reads an exported workbook with openpyxl and prints what it holds as JSON.

An independent reader for the export tests: cell values with their types and number formats,
the frozen panes, the autofilter, the header's font, column widths, and from the zip itself the
formulas and pictures the sheets contain.
"""
import datetime
import json
import re
import sys
import warnings
import zipfile

import openpyxl

warnings.simplefilter("ignore")  # openpyxl warns that it drops images without Pillow


def cell(c):
    v = c.value
    if v is None:
        return None
    if isinstance(v, bool):
        return {"t": "b", "v": v}
    if isinstance(v, (int, float)):
        return {"t": "n", "v": v, "f": c.number_format}
    if isinstance(v, (datetime.datetime, datetime.date)):
        return {"t": "d", "v": v.isoformat(), "f": c.number_format}
    return {"t": "s", "v": str(v)}


def main(path):
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    out = {
        "sheets": wb.sheetnames,
        "freeze": ws.freeze_panes,
        "autofilter": ws.auto_filter.ref,
        "headerBold": all(bool(c.font and c.font.b) for c in ws[1]),
        "rows": [[cell(c) for c in row] for row in ws.iter_rows()],
        "formulaCells": sum(1 for row in ws.iter_rows() for c in row if c.data_type == "f"),
        "widths": {k: v.width for k, v in ws.column_dimensions.items()},
        "rowHeight2": ws.row_dimensions[2].height,
        "about": [[cell(c) for c in row] for row in wb.worksheets[1].iter_rows()]
        if len(wb.worksheets) > 1 else [],
    }
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        sheets = "".join(z.read(n).decode("utf-8") for n in names
                         if n.startswith("xl/worksheets/sheet"))
        out["formulaTags"] = len(re.findall(r"<f[ >/]", sheets))
        out["media"] = len([n for n in names if n.startswith("xl/media/")])
        out["pictures"] = sum(z.read(n).decode("utf-8").count("<xdr:pic>")
                              for n in names if n.startswith("xl/drawings/drawing"))
    print(json.dumps(out))


if __name__ == "__main__":
    main(sys.argv[1])
