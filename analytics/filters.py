"""The population filters shared by every page and command (sidebar: period, province, instansi, unit, position type)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Filter field -> employees column (a fixed whitelist: identifiers are never taken from input).
FILTER_COLUMNS = {
    "provinsi": "provinsi",
    "instansi": "instansi",
    "unit_kerja": "unit_kerja",
    "jenis_jabatan": "jenis_jabatan",
}
FILTER_FIELDS = tuple(FILTER_COLUMNS)  # the one list of filter fields, in the sidebar's cascade order


@dataclass(frozen=True)
class Filters:
    """Which employees a view covers: one period and, per attribute, the chosen values (empty = all)."""

    period: int | None = None
    provinsi: tuple[str, ...] = ()
    instansi: tuple[str, ...] = ()
    unit_kerja: tuple[str, ...] = ()
    jenis_jabatan: tuple[str, ...] = ()

    def where(self, alias: str = "") -> tuple[str, list[Any]]:
        """A SQL condition over the employees table and its bound values ('true' when unfiltered)."""
        prefix = f"{alias}." if alias else ""
        clauses: list[str] = []
        params: list[Any] = []
        if self.period is not None:
            clauses.append(f"{prefix}period = ?")
            params.append(int(self.period))
        for field, column in FILTER_COLUMNS.items():
            values = getattr(self, field)
            if values:
                clauses.append(f"{prefix}{column} in (select unnest(?::varchar[]))")
                params.append(list(values))
        return (" and ".join(clauses) or "true"), params
