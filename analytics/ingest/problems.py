"""Validation problems: where (file, spreadsheet row, column), what value, what is wrong, what to do."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from analytics.labels import t

ERROR = "error"
WARNING = "warning"
INFO = "info"


class ImportRejected(Exception):
    """A file that cannot be read at all (empty, corrupt, wrong type): one problem, nothing stored."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


@dataclass
class ProblemLog:
    """Problems collected column-wise so a million-row file stays cheap to validate."""

    file_name: str
    rows: list[pd.DataFrame] = field(default_factory=list)

    def add(
        self,
        code: str,
        *,
        severity: str = ERROR,
        row: Any = None,
        column: str | None = None,
        value: Any = None,
        **params: Any,
    ) -> None:
        """Add one problem, or one per element when ``row``/``value`` are Series (vectorised)."""
        if isinstance(row, pd.Series):
            if row.empty:
                return
            frame = pd.DataFrame(
                {
                    "row": row.to_numpy(),
                    "value": value.to_numpy() if isinstance(value, pd.Series) else value,
                }
            )
        else:
            frame = pd.DataFrame({"row": [row], "value": [value]})
        frame["severity"] = severity
        frame["code"] = code
        frame["column"] = column
        frame["params"] = pd.Series([params] * len(frame), index=frame.index, dtype=object)
        self.rows.append(frame)

    def frame(self) -> pd.DataFrame:
        """All problems, sorted by row: columns severity, code, row, column, value, params."""
        cols = ["severity", "code", "row", "column", "value", "params"]
        if not self.rows:
            return pd.DataFrame(columns=cols)
        out = pd.concat(self.rows, ignore_index=True)[cols]
        return out.sort_values(["row", "column"], na_position="first", kind="stable").reset_index(drop=True)


def describe(problem: pd.Series | dict[str, Any], file_name: str, lang: str = "id") -> str:
    """One problem as a sentence: file, row, column, value, what is wrong and what to do."""
    p = dict(problem)
    params = dict(p.get("params") or {})
    if "detected" in params:
        params["detected"] = t(f"ingest.detected.{params['detected']}", lang)
    value = p.get("value")
    value_text = "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)
    if len(value_text) > 60:
        value_text = value_text[:57] + "…"
    what = t(f"ingest.{p['code']}", lang, value=value_text, column=p.get("column") or "", **params)
    where = [t("ingest.where.file", lang, file=file_name)]
    if p.get("row") is not None and not pd.isna(p.get("row")):
        where.append(t("ingest.where.row", lang, row=int(p["row"])))
    if p.get("column"):
        where.append(t("ingest.where.column", lang, column=p["column"]))
    if value_text:
        where.append(t("ingest.where.value", lang, value=value_text))
    return ", ".join(where) + ": " + what
