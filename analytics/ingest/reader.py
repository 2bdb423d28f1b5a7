"""Read an uploaded file into a raw table: detect its real type, encoding, separator and header row.

Spreadsheet row numbers are kept for every data row so that each problem can name the row the user
sees in Excel. Nothing here judges values; that is the validators' work.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from analytics.ingest.columns import normalize_header
from analytics.ingest.problems import ImportRejected

HEADER_SCAN_ROWS = 30
MAX_UNZIPPED_BYTES = 1_000_000_000  # an xlsx expanding beyond this is refused (zip bomb)
MAX_ZIP_RATIO = 200
MAX_CELL_CHARS = 32_767  # Excel's own cell limit: a longer cell is a paste accident or an attack
_NON_BLANK = re.compile(rb"[^\s]")


@dataclass
class RawTable:
    """Cells as read (text for CSV, typed for Excel/Parquet), original headers, spreadsheet row numbers."""

    file_name: str
    file_type: str  # csv | xlsx | parquet
    frame: pd.DataFrame  # columns are the headers as written (made unique)
    row_numbers: pd.Series  # spreadsheet row number of each frame row
    header_row: int  # spreadsheet row number of the header (0 for parquet)


def sniff_type(data: bytes) -> str:
    """The file's real type from its first bytes: xlsx, xls, zip, parquet, binary or csv."""
    if data[:4] == b"PK\x03\x04":
        try:
            names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        except zipfile.BadZipFile:
            return "xlsx_corrupt"
        return "xlsx" if any(n.startswith("xl/") for n in names) else "zip"
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return "xls"
    if data[:4] == b"PAR1":
        return "parquet"
    head = data[:65536]
    if b"\x00" in head:
        return "binary"
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 13))
    return "binary" if control > len(head) * 0.01 + 2 else "csv"


EXTENSION_TYPES = {".csv": "csv", ".txt": "csv", ".xlsx": "xlsx", ".xlsm": "xlsx", ".parquet": "parquet"}


def read_raw(data: bytes, file_name: str, known_headers: Callable[[str], bool]) -> RawTable:
    """Parse the bytes of ``file_name``; ``known_headers`` tells whether a normalised cell is a header."""
    if len(data) == 0:
        raise ImportRejected("empty_file")
    real = sniff_type(data)
    ext = Path(file_name).suffix.lower()
    if real == "xls" or ext == ".xls":
        raise ImportRejected("old_excel")
    expected = EXTENSION_TYPES.get(ext)
    if expected is None:
        raise ImportRejected("unsupported_extension", ext=ext or "-")
    if real == "xlsx_corrupt":
        raise ImportRejected("corrupt_file", type="xlsx")
    if real in ("xls", "zip", "binary"):
        raise ImportRejected("wrong_content", ext=ext, detected=real)
    if real != expected:
        raise ImportRejected("extension_mismatch", ext=ext, detected=real)
    if real == "xlsx":
        return _read_xlsx(data, file_name, known_headers)
    if real == "parquet":
        return _read_parquet(data, file_name)
    return _read_csv(data, file_name, known_headers)


def _find_header(rows: list[list[object]], known_headers: Callable[[str], bool]) -> int:
    """Index of the row with the most recognised headers among the first rows (title rows skipped)."""
    best, best_hits = -1, 1
    for i, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        hits = sum(1 for cell in row if cell is not None and known_headers(normalize_header(cell)))
        if hits > best_hits:
            best, best_hits = i, hits
    if best < 0:
        raise ImportRejected("no_header")
    return best


def _unique_headers(cells: list[object]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for i, cell in enumerate(cells):
        name = str(cell).strip() if cell is not None and str(cell).strip() else f"(kolom {i + 1})"
        if name in seen:
            seen[name] += 1
            name = f"{name} ({seen[name]})"
        else:
            seen[name] = 1
        out.append(name)
    return out


def _decode(data: bytes) -> str:
    """UTF-8, else Windows-1252; a file mixing both (rows appended by another tool) is decoded line by line."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    lines = data.split(b"\n")
    utf8 = 0
    out = []
    for line in lines:
        try:
            out.append(line.decode("utf-8"))
            utf8 += any(b > 127 for b in line)
        except UnicodeDecodeError:
            out.append(line.decode("cp1252", errors="replace"))
    return "\n".join(out).removeprefix("\ufeff") if utf8 else data.decode("cp1252", errors="replace")


def _separator(lines: list[str]) -> str:
    best, best_score = ",", -1
    for sep in (";", ",", "\t", "|"):
        counts = [line.count(sep) for line in lines if line.strip()]
        if not counts:
            continue
        top = max(counts)
        score = top * 10 + sum(1 for c in counts if c == top)
        if top > 0 and score > best_score:
            best, best_score = sep, score
    return best


def _read_csv(data: bytes, file_name: str, known_headers: Callable[[str], bool]) -> RawTable:
    try:  # plain UTF-8: the fast reader parses the bytes as they are, no re-encoding
        text, utf8 = data.decode("utf-8-sig"), data
    except UnicodeDecodeError:
        text, utf8 = _decode(data), None
    if not text or text.isspace():
        raise ImportRejected("empty_file")
    head_lines = text[:200_000].splitlines()[:HEADER_SCAN_ROWS]
    sep = _separator(head_lines)
    try:
        head_rows = list(csv.reader(head_lines, delimiter=sep))
    except csv.Error as exc:  # a field beyond the csv module's limit (128 KiB) among the first rows
        at = next((i + 1 for i, line in enumerate(head_lines) if len(line) > MAX_CELL_CHARS), "?")
        raise ImportRejected("cell_too_large", limit=MAX_CELL_CHARS, at_row=at, at_column="-") from exc
    header_idx = _find_header([list(r) for r in head_rows], known_headers)
    fast = _read_csv_arrow(text, sep, header_idx, head_rows[header_idx], utf8)
    if fast is not None:
        frame = fast
        row_numbers = pd.Series(range(header_idx + 2, header_idx + 2 + len(frame)), index=frame.index)
        return _drop_blank_rows(RawTable(file_name, "csv", frame, row_numbers, header_idx + 1))
    try:
        frame = pd.read_csv(
            io.StringIO(text),
            sep=sep,
            skiprows=header_idx,
            header=0,
            dtype=str,
            keep_default_na=False,
            skip_blank_lines=False,
            engine="c",
        )
    except pd.errors.ParserError as exc:
        msg = str(exc)
        if "EOF" in msg:
            raise ImportRejected("truncated_csv") from exc
        line = _parser_error_line(msg)
        raise ImportRejected("csv_parse", row=line + header_idx if line else "?") from exc
    except pd.errors.EmptyDataError as exc:
        raise ImportRejected("empty_file") from exc
    frame.columns = _unique_headers(list(frame.columns))
    # header is spreadsheet row header_idx+1; data row i is header_idx + 2 + i
    row_numbers = pd.Series(range(header_idx + 2, header_idx + 2 + len(frame)), index=frame.index)
    return _drop_blank_rows(RawTable(file_name, "csv", frame, row_numbers, header_idx + 1))


def _read_csv_arrow(
    text: str, sep: str, header_idx: int, header: list[str], utf8: bytes | None = None
) -> pd.DataFrame | None:
    """Arrow's multi-threaded reader for the common case; None when the slow, precise path must run.

    Blank lines would shift spreadsheet row numbers (Arrow skips them), and any parse problem needs
    the line-accurate message of the pandas reader, so both fall back. ``utf8`` is the file's bytes
    when they are plain UTF-8 (then read without a copy), else the decoded ``text`` is re-encoded.
    """
    import pyarrow as pa
    import pyarrow.csv as pacsv

    raw = utf8 if utf8 is not None else text.encode("utf-8")
    cut = 3 if raw.startswith(codecs.BOM_UTF8) else 0
    for _ in range(header_idx + 1):
        cut = raw.find(b"\n", cut) + 1
        if cut == 0:
            return None
    if _NON_BLANK.search(raw, cut) is None:
        return None
    names = [f"c{i}" for i in range(len(header))]
    try:
        table = pacsv.read_csv(
            pa.BufferReader(pa.py_buffer(raw).slice(cut)),
            read_options=pacsv.ReadOptions(column_names=names, block_size=16 << 20),
            # An empty line must not be skipped (it would shift the row numbers): kept, it is a row
            # with too few fields, which fails the parse and sends the file to the precise reader.
            parse_options=pacsv.ParseOptions(
                delimiter=sep, newlines_in_values=False, ignore_empty_lines=False
            ),
            convert_options=pacsv.ConvertOptions(
                column_types={n: pa.large_string() for n in names},  # pandas' own string layout
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
            ),
        )
    except pa.ArrowInvalid:
        return None
    frame = table.to_pandas(
        types_mapper=lambda t: (
            pd.StringDtype(storage="pyarrow", na_value=np.nan)
            if t in (pa.string(), pa.large_string())
            else None
        )
    )
    frame.columns = _unique_headers(list(header))
    filled: pd.DataFrame = frame.fillna("")
    return filled


def _parser_error_line(message: str) -> int | None:
    m = re.search(r"line (\d+)", message)
    return int(m.group(1)) if m else None


def _check_zip_bomb(data: bytes) -> None:
    info = zipfile.ZipFile(io.BytesIO(data)).infolist()
    total = sum(i.file_size for i in info)
    if total > MAX_UNZIPPED_BYTES or total > max(len(data), 1) * MAX_ZIP_RATIO:
        raise ImportRejected("zip_bomb", size=total // 1_000_000)


def _read_xlsx(data: bytes, file_name: str, known_headers: Callable[[str], bool]) -> RawTable:
    import openpyxl

    _check_zip_bomb(data)
    try:
        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for broken archives
        raise ImportRejected("corrupt_file", type="xlsx") from exc
    try:
        best: tuple[int, list[list[object]], int] | None = None
        for ws in wb.worksheets:
            rows = [list(r) for r in ws.iter_rows(values_only=True)]
            try:
                idx = _find_header(rows, known_headers)
            except ImportRejected:
                continue
            hits = sum(1 for c in rows[idx] if c is not None and known_headers(normalize_header(c)))
            if best is None or hits > best[2]:
                best = (idx, rows, hits)
            break  # the first sheet with a recognisable header is the data sheet
    except Exception as exc:
        raise ImportRejected("corrupt_file", type="xlsx") from exc
    finally:
        wb.close()
    if best is None:
        raise ImportRejected("no_header")
    idx, rows, _ = best
    width = max(len(r) for r in rows[idx:]) if rows[idx:] else 0
    header = _unique_headers(rows[idx] + [None] * (width - len(rows[idx])))
    body = [r + [None] * (width - len(r)) for r in rows[idx + 1 :]]
    frame = pd.DataFrame(body, columns=header, dtype=object)
    row_numbers = pd.Series(range(idx + 2, idx + 2 + len(frame)), index=frame.index)
    return _drop_blank_rows(RawTable(file_name, "xlsx", frame, row_numbers, idx + 1))


def _read_parquet(data: bytes, file_name: str) -> RawTable:
    import pyarrow.parquet as pq

    try:
        frame = pq.read_table(io.BytesIO(data)).to_pandas()
    except Exception as exc:  # pyarrow raises ArrowInvalid/OSError for truncated files
        raise ImportRejected("corrupt_file", type="parquet") from exc
    frame = frame.astype(object)
    frame.columns = _unique_headers(list(frame.columns))
    row_numbers = pd.Series(range(1, len(frame) + 1), index=frame.index)
    return _drop_blank_rows(RawTable(file_name, "parquet", frame, row_numbers, 0))


def _drop_blank_rows(raw: RawTable) -> RawTable:
    frame = raw.frame
    if frame.empty:
        raise ImportRejected("no_rows")
    if raw.file_type == "csv":
        blank = pd.Series(True, index=frame.index)
        for col in frame.columns:  # column by column: usually the first one has no blank cell at all
            blank &= frame[col] == ""
            if not blank.any():
                break
        keep = ~blank
    else:
        keep = ~frame.map(lambda v: v is None or (isinstance(v, str) and not v.strip())).all(axis=1)
    if not keep.any():
        raise ImportRejected("no_rows")
    if not keep.all():
        raw.frame = frame[keep].reset_index(drop=True)
        raw.row_numbers = raw.row_numbers[keep].reset_index(drop=True)
    _check_cell_sizes(raw)
    return raw


def _check_cell_sizes(raw: RawTable) -> None:
    """Refuse a cell longer than Excel allows (vectorised for text columns; 1M rows in well under 1 s)."""
    for col in raw.frame.columns:
        values = raw.frame[col]
        if not (values.dtype == object or pd.api.types.is_string_dtype(values.dtype)):
            continue
        lengths = values.astype("string").str.len() if values.dtype == object else values.str.len()
        longest = lengths.max()
        if pd.notna(longest) and longest > MAX_CELL_CHARS:
            at = int(lengths.fillna(0).to_numpy().argmax())
            raise ImportRejected(
                "cell_too_large",
                limit=MAX_CELL_CHARS,
                at_row=int(raw.row_numbers.iloc[at]),
                at_column=str(col),
            )
