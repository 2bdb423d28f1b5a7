"""The population filters shared by every page and command (sidebar: period, province, instansi, unit,
position type): one frozen class, one list of fields, one SQL builder with bound values.

The access scope (analytics.core.access.Scope) narrows a Filters; it never widens one.
"""

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
# Employee columns one may group box counts by (identifier whitelist).
GROUP_COLUMNS = (
    "period",
    "instansi",
    "jenis_instansi",
    "provinsi",
    "kab_kota",
    "unit_kerja",
    "jenis_jabatan",
    "jenis_kelamin",
    "golongan",
    "asn_type",
)


def _values(value: Any) -> tuple[str, ...]:
    """A filter value as a tuple: None -> (), 'A' -> ('A',), a list or set -> its items."""
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(value)


@dataclass(frozen=True)
class Filters:
    """Which employees a view covers: a period (or several) and, per attribute, the chosen values
    (empty = all). A single value or a list is accepted and kept as a tuple."""

    period: int | tuple[int, ...] | None = None
    provinsi: tuple[str, ...] = ()
    instansi: tuple[str, ...] = ()
    unit_kerja: tuple[str, ...] = ()
    jenis_jabatan: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for field in FILTER_FIELDS:
            object.__setattr__(self, field, _values(getattr(self, field)))

    def periods(self) -> tuple[int, ...]:
        """The chosen periods (empty = every period)."""
        if self.period is None:
            return ()
        return tuple(int(p) for p in self.period) if isinstance(self.period, tuple) else (int(self.period),)

    def where(self, alias: str = "") -> tuple[str, list[Any]]:
        """A SQL condition over the employees table and its positional bound values ('true' when
        unfiltered)."""
        prefix = f"{alias}." if alias else ""
        clauses: list[str] = []
        params: list[Any] = []
        periods = self.periods()
        if len(periods) == 1:
            clauses.append(f"{prefix}period = ?")
            params.append(periods[0])
        elif periods:
            clauses.append(f"{prefix}period in (select unnest(?::integer[]))")
            params.append(list(periods))
        for field, column in FILTER_COLUMNS.items():
            values = getattr(self, field)
            if values:
                clauses.append(f"{prefix}{column} in (select unnest(?::varchar[]))")
                params.append(list(values))
        return (" and ".join(clauses) or "true"), params

    def named(self, prefix: str = "", *, keys: tuple[str, ...] | None = None) -> tuple[str, dict[str, Any]]:
        """The same condition with named bound values (``$<prefix>f_<field>``), for statements that
        bind by name; ``keys`` limits it to some of the fields ('period' included)."""
        clauses: list[str] = []
        params: dict[str, Any] = {}
        periods = self.periods()
        if periods and (keys is None or "period" in keys):
            name = f"{prefix}f_period"
            if len(periods) == 1:
                clauses.append(f"period = ${name}")
                params[name] = periods[0]
            else:
                clauses.append(f"list_contains(${name}, period)")
                params[name] = list(periods)
        for field, column in FILTER_COLUMNS.items():
            values = getattr(self, field)
            if not values or (keys is not None and field not in keys):
                continue
            name = f"{prefix}f_{field}"
            clauses.append(f"list_contains(${name}, {column})")
            params[name] = list(values)
        return (" and ".join(clauses) or "true"), params
