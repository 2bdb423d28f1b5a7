"""The bundled demo: a seeded, realistic synthetic civil service plus merit-system assessments.

Why it is built this way:
- Everything is derived from one ``numpy`` generator seeded with ``seed``, so the same seed gives the
  same database and tests can rely on fixed facts. Person-level attributes (NIP, name, birth date,
  unit, position, latent performance and potential) are drawn once for the whole population as plain
  arrays; the rows of each period are then built in chunks and inserted by DuckDB from a registered
  pandas frame (string columns as ``Categorical``, so DuckDB reads codes, not Python strings). This is
  what lets ``--employees 4700000`` run in minutes on two cores.
- Places and institutions are real: all 22 kabupaten/kota of Nusa Tenggara Timur (docs/rules.md §10) and
  its province, several regencies of Jawa Barat and Sulawesi Selatan with their provinces, and four
  central agencies (two Kementerian, two LPNK). Units (OPD) are weighted so that Dinas Pendidikan and
  Dinas Kesehatan are the big ones; at large N big units split into schools, puskesmas and offices.
- Scores follow two latent traits per person (performance and potential, correlated about 0.4);
  each component is latent plus noise, clipped to 0–100, one decimal. ``kinerja_utama`` clusters in
  the SKP predicate bands (PermenPANRB 6/2022), most of them 'Baik'.
- Planted finding (docs/rules.md §6, "penumpukan persebaran talenta"): in period 2025 the unit
  **"Dinas Pendidikan" of "Pemerintah Kabupaten Ende"** (at least 220 people) has scores bunched
  tightly around the middle, so that about 60–65% of it sits in box 5 under the default weights
  (kepka411) and cut-offs 60/80. In 2024 the same unit looks ordinary.
- Merit data (PermenPANRB 40/2018): the legible real values of seed 001 for NTT 2022 (the province's
  eight aspects at 'Verifikasi Akhir', total 282.5, and the 22-regency SIPINTER status table, with
  unreadable cells NULL and flagged) carry source ``seed-001 (slide KASN NTT 2022)``. Everything else
  (other instansi in 2022 and 2023, NTT in 2023) is synthetic with source ``demo-sintetis``; no
  aspect rows are added for the NTT regencies in 2022, so their real totals stay the ones shown.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any, cast

import duckdb
import numpy as np
import numpy.typing as npt
import pandas as pd

from analytics.core import db, lake
from analytics.labels import t
from analytics.ninebox import scoring

DEFAULT_EMPLOYEES = 6000
DEFAULT_SEED = 2026
PERIODS = (2024, 2025)
MERIT_PERIODS = (2022, 2023)
DEMO_SOURCE = "demo-sintetis"
SEED_SOURCE = "seed-001 (slide KASN NTT 2022)"
MERIT_INSTRUMENT = "permenpanrb40_2018"
CHUNK_ROWS = 400_000
# DuckDB's share of the demo command's process: past it DuckDB spills to disk (the key's index and the
# sort of the scores table), which keeps a national build near 3 GB instead of 7,5 GB and is not slower
# (README performance table). The app sets its own (ui/data.py APP_MEMORY_LIMIT).
BUILD_MEMORY_LIMIT = "1500MB"
# DuckDB's share while the commit builds the (period, nip) key: the commit also writes a copy of the
# key's index to the write-ahead log, outside DuckDB's limit (≈ 0,9 GB at national scale), so the table's
# blocks DuckDB still holds in memory (already on disk) are let go first. A national build peaked at
# 3,17 GB with 1.500 MB here and 2,90 GB with 1.000 MB, in the same time (README performance table).
KEY_MEMORY_LIMIT = "1000MB"
PLANTED_INSTANSI = "Pemerintah Kabupaten Ende"
PLANTED_UNIT = "Dinas Pendidikan"
PLANTED_MIN_SIZE = 220
PLANTED_TIGHT_SHARE = 0.6  # share of the unit given tightly middling scores in 2025
BLANK_SHARE = 0.01  # rows with one component not assessed (docs/rules.md §4)

Progress = Callable[[float, str], None]
IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
Codes = npt.NDArray[np.signedinteger[Any]]  # small integer codes kept per person (int8 .. int32)

# --- data files -----------------------------------------------------------------------------------
# The long lists (regencies, central agencies and their units, places, position titles, bidang,
# personal names) are data in analytics/demo/data/, UTF-8, one item per line (CSV with a header where
# an item has fields), read once when this module is imported. File order is the order the generator
# draws from, so it is part of what a seed means: reordering a file changes the demo.

DEMO_DATA = resources.files("analytics.demo") / "data"


def _data_lines(name: str) -> tuple[str, ...]:
    """The items of a one-per-line text file in demo/data/."""
    return tuple((DEMO_DATA / name).read_text(encoding="utf-8").splitlines())


def _data_rows(name: str) -> list[dict[str, str]]:
    """The rows of a CSV file in demo/data/, column name -> text (an empty field is '')."""
    text = (DEMO_DATA / name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def _group(rows: list[dict[str, str]], column: str) -> dict[str, list[dict[str, str]]]:
    """Rows grouped by one column's value; groups and the rows in each keep the file's order."""
    out: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        out.setdefault(row[column], []).append(row)
    return out


# --- places and institutions ----------------------------------------------------------------------

NTT = "Nusa Tenggara Timur"
JABAR = "Jawa Barat"
SULSEL = "Sulawesi Selatan"

# (kab/kota, relative ASN weight) — the 22 of docs/rules.md §10, in its order; then the other provinces'.
_REGENCIES = _data_rows("regencies.csv")
NTT_REGENCIES: tuple[tuple[str, float], ...] = tuple(
    (r["kab_kota"], float(r["weight"])) for r in _REGENCIES if r["provinsi"] == NTT
)
OTHER_REGENCIES: dict[str, tuple[tuple[str, float], ...]] = {
    prov: tuple((r["kab_kota"], float(r["weight"])) for r in rows)
    for prov, rows in _group(_REGENCIES, "provinsi").items()
    if prov != NTT
}
PROVINCE_WEIGHTS = {NTT: 14.0, JABAR: 30.0, SULSEL: 15.0}
NTT_FOCUS = 1.5  # the demo is about NTT: its instansi get 1.5 times their weight
NAME_POOL = {NTT: "ntt", JABAR: "sunda", SULSEL: "bugis"}


@dataclass(frozen=True)
class Instansi:
    """One agency of the demo; provinsi/kab_kota are None for central agencies."""

    name: str
    jenis: str
    provinsi: str | None
    kab_kota: str | None
    weight: float
    place: str
    pool: str


NO_CAP = 10**9  # a unit that never splits into branches


@dataclass(frozen=True)
class UnitTemplate:
    """A unit (OPD) kind inside an instansi; ``branch`` names the sub-units it splits into at large N."""

    name: str
    weight: float
    kind: str
    head_type: str | None = "JPT Pratama"
    head_title: str | None = None
    jpt_extra: int = 0
    branch: str | None = None
    cap: int = NO_CAP


def _regency_units(place: str) -> list[UnitTemplate]:
    kec = [f"Kecamatan {place}"] + [f"Kecamatan {place} {d}" for d in ("Utara", "Selatan", "Timur", "Barat")]
    return [
        UnitTemplate("Dinas Pendidikan", 40, "pendidikan", branch="SD Negeri {k} {place}", cap=400),
        UnitTemplate("Dinas Kesehatan", 14, "kesehatan", branch="Puskesmas {place} {k}", cap=300),
        UnitTemplate(
            f"RSUD {place}",
            8,
            "rs",
            head_title=f"Direktur RSUD {place}",
            cap=1500,
            branch="RSUD Pratama {place} {k}",
        ),
        UnitTemplate("Sekretariat Daerah", 4, "setda", head_title="Sekretaris Daerah", jpt_extra=3),
        UnitTemplate("Sekretariat DPRD", 1.2, "umum", head_title="Sekretaris DPRD"),
        UnitTemplate("Inspektorat Daerah", 1.2, "pengawasan", head_title="Inspektur"),
        UnitTemplate("Bappeda", 1.2, "perencanaan"),
        UnitTemplate("BKPSDM", 1.0, "sdm"),
        UnitTemplate("Badan Pengelolaan Keuangan dan Aset Daerah", 1.5, "keuangan"),
        UnitTemplate("Dinas PUPR", 2.0, "pu"),
        UnitTemplate(
            "Dinas Pertanian", 2.5, "pertanian", branch="Balai Penyuluhan Pertanian {place} {k}", cap=600
        ),
        UnitTemplate("Dinas Sosial", 0.8, "sosial"),
        UnitTemplate("Dinas Kependudukan dan Pencatatan Sipil", 0.8, "dukcapil"),
        UnitTemplate("Satuan Polisi Pamong Praja", 1.2, "satpol"),
        UnitTemplate("Dinas Perhubungan", 0.8, "umum"),
        UnitTemplate("Dinas Lingkungan Hidup", 0.8, "umum"),
    ] + [
        UnitTemplate(
            k, 1.2, "kecamatan", head_type="Administrator", head_title=k.replace("Kecamatan", "Camat")
        )
        for k in kec
    ]


def _province_units(province: str, place: str) -> list[UnitTemplate]:
    rsud = "RSUD Prof. Dr. W. Z. Johannes" if province == NTT else f"RSUD Provinsi {province}"
    return [
        UnitTemplate(
            "Dinas Pendidikan dan Kebudayaan", 45, "pendidikan", branch="SMA Negeri {k} {place}", cap=400
        ),
        UnitTemplate("Dinas Kesehatan", 4, "kesehatan"),
        UnitTemplate(rsud, 12, "rs", head_title=f"Direktur {rsud}", branch="RSUD {place} {k}", cap=1500),
        UnitTemplate(
            "Sekretariat Daerah",
            6,
            "setda",
            head_type="JPT Madya",
            head_title="Sekretaris Daerah",
            jpt_extra=3,
        ),
        UnitTemplate("Sekretariat DPRD", 1.5, "umum", head_title="Sekretaris DPRD"),
        UnitTemplate("Inspektorat Daerah", 1.5, "pengawasan", head_title="Inspektur"),
        UnitTemplate("Bappelitbangda", 1.5, "perencanaan"),
        UnitTemplate("Badan Kepegawaian Daerah", 1.5, "sdm"),
        UnitTemplate(
            "Badan Pendapatan Daerah", 5, "keuangan", branch="UPT Pendapatan Daerah {place} {k}", cap=600
        ),
        UnitTemplate("Badan Pengelolaan Keuangan dan Aset Daerah", 2, "keuangan"),
        UnitTemplate("Dinas PUPR", 3, "pu"),
        UnitTemplate("Dinas Pertanian dan Ketahanan Pangan", 3, "pertanian"),
        UnitTemplate("Dinas Sosial", 1, "sosial"),
        UnitTemplate("Satuan Polisi Pamong Praja", 1.5, "satpol"),
        UnitTemplate("Dinas Perhubungan", 2, "umum"),
    ]


def _central() -> tuple[tuple[str, str, float, list[UnitTemplate]], ...]:
    """The central agencies (name, jenis, weight, units) from central_instansi.csv and central_units.csv."""
    agencies = _data_rows("central_instansi.csv")
    units = _group(_data_rows("central_units.csv"), "instansi")
    unknown = set(units) - {a["instansi"] for a in agencies}
    if unknown:
        raise ValueError(f"central_units.csv names agencies not in central_instansi.csv: {sorted(unknown)}")
    return tuple(
        (
            a["instansi"],
            a["jenis"],
            float(a["weight"]),
            [
                UnitTemplate(
                    u["unit"],
                    float(u["weight"]),
                    u["kind"],
                    head_type=u["head_type"] or None,
                    head_title=u["head_title"] or None,
                    jpt_extra=int(u["jpt_extra"]),
                    branch=u["branch"] or None,
                    cap=int(u["cap"]) if u["cap"] else NO_CAP,
                )
                for u in units.get(a["instansi"], [])
            ],
        )
        for a in agencies
    )


CENTRAL = _central()
CENTRAL_PLACES = _data_lines("central_places.txt")


def demo_instansi() -> list[Instansi]:
    """Every instansi of the demo: NTT first, then Jawa Barat, Sulawesi Selatan, central agencies."""
    out: list[Instansi] = []
    for prov in (NTT, JABAR, SULSEL):
        focus = NTT_FOCUS if prov == NTT else 1.0
        pool = NAME_POOL[prov]
        out.append(
            Instansi(
                f"Pemerintah Provinsi {prov}",
                "Provinsi",
                prov,
                None,
                PROVINCE_WEIGHTS[prov] * focus,
                prov,
                pool,
            )
        )
        regencies = NTT_REGENCIES if prov == NTT else OTHER_REGENCIES[prov]
        for kab, w in regencies:
            jenis = "Kota" if kab.startswith("Kota ") else "Kabupaten"
            place = kab.removeprefix("Kabupaten ")
            out.append(Instansi(f"Pemerintah {kab}", jenis, prov, kab, w * focus, place, pool))
    for name, jenis, w, _ in CENTRAL:
        out.append(Instansi(name, jenis, None, None, w, "", "nasional"))
    return out


def _templates(inst: Instansi) -> list[UnitTemplate]:
    if inst.jenis == "Provinsi":
        return _province_units(inst.provinsi or "", inst.place)
    if inst.jenis in ("Kabupaten", "Kota"):
        return _regency_units(inst.place)
    return next(units for name, _, _, units in CENTRAL if name == inst.name)


# --- positions ------------------------------------------------------------------------------------

JENIS_JABATAN = (
    "JPT Utama",
    "JPT Madya",
    "JPT Pratama",
    "Administrator",
    "Pengawas",
    "Fungsional",
    "Pelaksana",
)
J_UTAMA, J_MADYA, J_PRATAMA, J_ADMIN, J_PENGAWAS, J_FUNG, J_PELAKSANA = range(7)
PENDIDIKAN = ("SMA", "D3", "S1", "S2", "S3")
E_SMA, E_D3, E_S1, E_S2, E_S3 = range(5)
GOLONGAN = tuple(f"{g}/{s}" for g in ("I", "II", "III") for s in "abcd") + tuple(f"IV/{s}" for s in "abcde")
PPPK_GOLONGAN = ("V", "VII", "IX", "X", "XI")  # by education SMA, D3, S1, S2, S3 (Perpres 98/2020)
# golongan index bounds per jenis jabatan (index into GOLONGAN: III/a = 8, IV/a = 12)
GOL_BOUNDS = {
    J_UTAMA: (15, 16),
    J_MADYA: (14, 16),
    J_PRATAMA: (12, 15),
    J_ADMIN: (11, 13),
    J_PENGAWAS: (9, 12),
    J_FUNG: (5, 14),
    J_PELAKSANA: (4, 11),
}
GOL_ENTRY = np.array([4, 6, 8, 9, 10])  # entry golongan index for SMA, D3, S1, S2, S3 (PP 99/2000)

LEVELS_AHLI = ("Ahli Pertama", "Ahli Muda", "Ahli Madya", "Ahli Utama")
LEVELS_TERAMPIL = ("Terampil", "Mahir", "Penyelia")

# kind -> fungsional (base name, track A=ahli only, T=terampil only, AT=both, weight)
FUNGSIONAL: dict[str, list[tuple[str, str, float]]] = {
    kind: [(r["fungsional"], r["track"], float(r["weight"])) for r in rows]
    for kind, rows in _group(_data_rows("fungsional.csv"), "kind").items()
}
FUNGSIONAL["setda"] = [("Perancang Peraturan Perundang-undangan", "A", 0.3), *FUNGSIONAL["umum"]]
FUNGSIONAL["kecamatan"] = FUNGSIONAL["umum"]
# kind -> share of Fungsional among non-structural positions (the rest are Pelaksana)
FUNGSIONAL_SHARE = {
    "pendidikan": 0.9,
    "madrasah": 0.9,
    "kesehatan": 0.78,
    "rs": 0.8,
    "pertanian": 0.55,
    "pengawasan": 0.65,
    "statistik": 0.6,
    "satpol": 0.45,
    "sdm": 0.4,
    "agama": 0.45,
    "kecamatan": 0.06,
    "setda": 0.18,
}
# PPPK among Fungsional by unit kind (others PPPK_FUNGSIONAL_OTHER) and among Pelaksana: about a third of
# all ASN, as BKN reported for January 2026 (over 2 million PPPK of more than 6 million ASN)
PPPK_SHARE = {"pendidikan": 0.46, "madrasah": 0.4, "kesehatan": 0.42, "rs": 0.42}
PPPK_FUNGSIONAL_OTHER = 0.2
PPPK_PELAKSANA = 0.24

BIDANG: dict[str, tuple[str, ...]] = {
    kind: tuple(r["bidang"] for r in rows) for kind, rows in _group(_data_rows("bidang.csv"), "kind").items()
}
BIDANG_DEFAULT = _data_lines("bidang_default.txt")
_PELAKSANA = _data_rows("pelaksana.csv")
PELAKSANA = tuple(r["jabatan"] for r in _PELAKSANA)
PELAKSANA_WEIGHTS = np.array([float(r["weight"]) for r in _PELAKSANA])
ASISTEN = _data_lines("asisten.txt")

# --- names ----------------------------------------------------------------------------------------

NAME_LISTS = ("male_first", "female_first", "male_family", "female_family")


def _names() -> dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]]:
    """Per pool (in file order): male first names, female first names, male family/second names, female
    family/second names (empty: the male ones serve both)."""
    out: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {}
    for pool, rows in _group(_data_rows("names.csv"), "pool").items():
        unknown = {r["list"] for r in rows} - set(NAME_LISTS)
        if unknown:
            raise ValueError(f"names.csv, pool {pool}: unknown lists {sorted(unknown)}")
        mf, ff, ml, fl = (tuple(r["name"] for r in rows if r["list"] == lst) for lst in NAME_LISTS)
        out[pool] = (mf, ff, ml, fl)
    return out


NAMES = _names()
POOLS = tuple(NAMES)


def _name_vocab() -> tuple[list[str], list[str], dict[str, tuple[IntArray, IntArray, IntArray, IntArray]]]:
    """First-name and last-name vocabularies and, per pool, the codes of its four lists."""
    first: list[str] = []
    last: list[str] = []
    codes: dict[str, tuple[IntArray, IntArray, IntArray, IntArray]] = {}

    def code(vocab: list[str], names: Sequence[str]) -> IntArray:
        out = []
        for n in names:
            if n not in vocab:
                vocab.append(n)
            out.append(vocab.index(n))
        return np.array(out, dtype=np.int64)

    for pool, (mf, ff, ml, fl) in NAMES.items():
        codes[pool] = (code(first, mf), code(first, ff), code(last, ml), code(last, fl or ml))
    return first, last, codes


# --- helpers --------------------------------------------------------------------------------------


def _apportion(weights: Sequence[float] | FloatArray, total: int) -> IntArray:
    """Integers proportional to ``weights`` that sum to ``total`` (largest remainder)."""
    w = np.asarray(weights, dtype=np.float64)
    if total <= 0 or w.sum() <= 0:
        return np.zeros(len(w), dtype=np.int64)
    exact = w / w.sum() * total
    base = np.floor(exact).astype(np.int64)
    rest = int(total - base.sum())
    if rest > 0:
        order = np.argsort(-(exact - base), kind="stable")
        base[order[:rest]] += 1
    return np.asarray(base, dtype=np.int64)


def _pick(rng: np.random.Generator, n: int, probs: Sequence[float] | FloatArray) -> IntArray:
    p = np.asarray(probs, dtype=np.float64)
    return rng.choice(len(p), size=n, p=p / p.sum()).astype(np.int64)


def _clip_round(x: FloatArray) -> FloatArray:
    return np.asarray(np.round(np.clip(x, 0.0, 100.0), 1), dtype=np.float64)


def _half(x: FloatArray) -> FloatArray:
    return np.round(x * 2.0) / 2.0


# --- units ----------------------------------------------------------------------------------------


@dataclass
class Units:
    """The unit table: one entry per unit (OPD or sub-unit), with its size for this N."""

    instansi: IntArray
    name: list[str]
    kind: list[str]
    head_type: IntArray  # -1: no head
    head_title: list[str]
    jpt_extra: IntArray
    is_branch: npt.NDArray[np.bool_]
    size: IntArray
    planted: int


def build_units(instansi: list[Instansi], employees: int) -> Units:
    """Apportion ``employees`` to instansi and units; big units split into branches of at most ``cap``."""
    inst_sizes = _apportion([i.weight for i in instansi], employees)
    rows: list[tuple[int, str, str, int, str, int, bool, int]] = []
    planted = -1
    for ii, (inst, n_inst) in enumerate(zip(instansi, inst_sizes, strict=True)):
        templates = _templates(inst)
        sizes = _apportion([u.weight for u in templates], int(n_inst))
        for tmpl, n in zip(templates, sizes, strict=True):
            head = JENIS_JABATAN.index(tmpl.head_type) if tmpl.head_type else -1
            title = tmpl.head_title or f"Kepala {tmpl.name}"
            parts = max(1, math.ceil(int(n) / tmpl.cap)) if tmpl.branch else 1
            sub = _apportion(np.ones(parts), int(n))
            for k, ns in enumerate(sub):
                if k == 0:
                    if inst.name == PLANTED_INSTANSI and tmpl.name == PLANTED_UNIT:
                        planted = len(rows)
                    rows.append((ii, tmpl.name, tmpl.kind, head, title, tmpl.jpt_extra, False, int(ns)))
                else:
                    place = inst.place or CENTRAL_PLACES[k % len(CENTRAL_PLACES)]
                    name = (tmpl.branch or "").format(k=k, place=place)
                    rows.append((ii, name, tmpl.kind, -1, "", 0, True, int(ns)))
    size = np.array([r[7] for r in rows], dtype=np.int64)
    # the planted unit needs enough people to show piling up; take them from all other units
    if planted >= 0 and size[planted] < PLANTED_MIN_SIZE and employees > 4 * PLANTED_MIN_SIZE:
        need = PLANTED_MIN_SIZE - int(size[planted])
        others = size.copy()
        others[planted] = 0
        size = np.subtract(size, _apportion(np.asarray(others, dtype=np.float64), need))
        size[planted] = PLANTED_MIN_SIZE
    return Units(
        instansi=np.array([r[0] for r in rows], dtype=np.int64),
        name=[r[1] for r in rows],
        kind=[r[2] for r in rows],
        head_type=np.array([r[3] for r in rows], dtype=np.int64),
        head_title=[r[4] for r in rows],
        jpt_extra=np.array([r[5] for r in rows], dtype=np.int64),
        is_branch=np.array([r[6] for r in rows], dtype=np.bool_),
        size=size,
        planted=planted,
    )


# --- people ---------------------------------------------------------------------------------------


@dataclass
class People:
    """Person-level attributes for everyone who appears in either period (arrays of equal length)."""

    unit: Codes
    jenis: Codes
    func_base: Codes  # index into the fungsional catalogue, -1 when not Fungsional
    struct_title: Codes  # jabatan vocabulary code for structural/pelaksana titles, -1 for Fungsional
    edu: Codes
    male: npt.NDArray[np.bool_]
    birth: npt.NDArray[np.datetime64]
    tmt_year: Codes
    tmt_month: Codes
    pppk: npt.NDArray[np.bool_]
    nip: IntArray
    first: Codes
    last: Codes
    lat_perf: FloatArray
    lat_pot: FloatArray
    in_2024: npt.NDArray[np.bool_]
    in_2025: npt.NDArray[np.bool_]


class Vocab:
    """A growing list of strings with stable integer codes (for Categorical columns)."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self._index: dict[str, int] = {}

    def code(self, item: str) -> int:
        if item not in self._index:
            self._index[item] = len(self.items)
            self.items.append(item)
        return self._index[item]


def _func_catalogue() -> tuple[list[tuple[str, str]], dict[str, tuple[IntArray, FloatArray]]]:
    """All fungsional bases (name, track) and, per kind, their indices and weights."""
    bases: list[tuple[str, str]] = []
    per_kind: dict[str, tuple[IntArray, FloatArray]] = {}
    for kind, items in FUNGSIONAL.items():
        idx = []
        for name, track, _ in items:
            if (name, track) not in bases:
                bases.append((name, track))
            idx.append(bases.index((name, track)))
        per_kind[kind] = (np.array(idx, dtype=np.int64), np.array([w for _, _, w in items]))
    return bases, per_kind


def _sample_ages(rng: np.random.Generator, n: int) -> IntArray:
    """Ages in 2024 following the ageing profile of the Indonesian civil service (peak 41–55)."""
    ages = np.arange(21, 59)
    w = np.select(
        [ages <= 25, ages <= 30, ages <= 35, ages <= 40, ages <= 45, ages <= 55],
        [1.0, 3.0, 4.0, 4.5, 5.0, 5.5],
        4.0,
    )
    return ages[_pick(rng, n, w)]


def build_people(units: Units, instansi: list[Instansi], rng: np.random.Generator, vocab: Vocab) -> People:
    """Everyone of 2024 plus the 2025 joiners, with positions, NIP, names and latent traits."""
    n0 = int(units.size.sum())
    unit0 = np.repeat(np.arange(len(units.size)), units.size)
    # rank within unit: 0 is the head, then extra JPT posts, then the rest
    starts = np.cumsum(units.size) - units.size
    rank = np.arange(n0) - np.repeat(starts, units.size)

    # leavers (retirement at 58, BUP per UU 20/2023, plus ~1.3% others) and the same number of joiners
    age0 = _sample_ages(rng, n0)
    head_types = units.head_type[unit0]
    has_head = (head_types >= 0) & (units.size[unit0] >= 8)
    is_head = has_head & (rank == 0)
    age0 = np.where(is_head, rng.integers(45, 58, n0), age0)
    leave = ((age0 >= 57) & (rng.random(n0) < 0.85)) | (rng.random(n0) < 0.013)
    leavers = np.flatnonzero(leave)
    n1 = len(leavers)
    n = n0 + n1
    unit = np.concatenate([unit0, unit0[leavers]])
    age = np.concatenate([age0, rng.integers(22, 36, n1)])
    # unit kinds as small codes per person, not strings (a '<U' array costs ~80 bytes per person)
    kind_names = sorted(set(units.kind))
    kind_code = {k: c for c, k in enumerate(kind_names)}
    kind = np.array([kind_code[k] for k in units.kind], dtype=np.int16)[unit]

    # position type
    jenis = np.full(n, J_PELAKSANA, dtype=np.int64)
    jenis[:n0] = np.where(is_head, head_types, jenis[:n0])
    n_jpt = units.jpt_extra[unit0]
    extra = has_head & (rank >= 1) & (rank <= n_jpt) & (units.size[unit0] >= 30)
    jenis[:n0] = np.where(extra, J_PRATAMA, jenis[:n0])
    branch = units.is_branch[unit]
    # structural shares stay the same at any N (about 2.5% Administrator, 6% Pengawas in offices);
    # branches (schools, puskesmas) carry fewer: one administrative head per few dozen people
    p_admin = np.where(branch, 0.008, 0.025)
    p_peng = np.where(branch, 0.03, 0.06)
    fshare = np.array([FUNGSIONAL_SHARE.get(k, 0.3) for k in units.kind])[unit]
    u = rng.random(n)
    free = np.ones(n, dtype=bool)
    free[:n0] = ~(is_head | extra)
    free[n0:] = True
    structural_ok = np.arange(n) < n0  # joiners start as Fungsional/Pelaksana
    jenis = np.where(free & structural_ok & (u < p_admin), J_ADMIN, jenis)
    jenis = np.where(free & structural_ok & (u >= p_admin) & (u < p_admin + p_peng), J_PENGAWAS, jenis)
    rest = free & ~(structural_ok & (u < p_admin + p_peng))
    jenis = np.where(rest & (rng.random(n) < fshare), J_FUNG, jenis)
    age = np.where(np.isin(jenis, (J_UTAMA, J_MADYA, J_PRATAMA)) & (age < 44), rng.integers(44, 58, n), age)
    age = np.where((jenis == J_ADMIN) & (age < 36), rng.integers(36, 56, n), age)
    # the peak memory of a national build is here: drop every person-sized temporary once used
    del age0, branch, p_admin, p_peng, fshare, u, free, structural_ok, rest

    # education (Perpres/PermenPAN formasi: Guru/Dokter need S1+; structural mostly S1/S2)
    edu = np.empty(n, dtype=np.int64)
    probs = {
        J_UTAMA: (0, 0, 0.05, 0.6, 0.35),
        J_MADYA: (0, 0, 0.05, 0.7, 0.25),
        J_PRATAMA: (0, 0, 0.12, 0.78, 0.1),
        J_ADMIN: (0, 0.02, 0.45, 0.5, 0.03),
        J_PENGAWAS: (0.03, 0.07, 0.7, 0.2, 0),
        J_FUNG: (0.04, 0.22, 0.64, 0.095, 0.005),
        J_PELAKSANA: (0.5, 0.17, 0.31, 0.02, 0),
    }
    for j, p in probs.items():
        m = jenis == j
        edu[m] = _pick(rng, int(m.sum()), p)

    # fungsional base by unit kind
    bases, per_kind = _func_catalogue()
    func_base = np.full(n, -1, dtype=np.int64)
    # sorted, not set order: a set of str iterates in an order that follows PYTHONHASHSEED, which
    # differs per process, and the order decides which kind draws which numbers from rng
    for k in sorted(set(units.kind)):
        m = (jenis == J_FUNG) & (kind == kind_code[k])
        idx, w = per_kind[k]
        func_base[m] = idx[_pick(rng, int(m.sum()), w)]
    tracks = np.array([tr for _, tr in bases])
    ahli_only = (func_base >= 0) & (tracks[np.maximum(func_base, 0)] == "A")
    edu = np.where(ahli_only & (edu < E_S1), E_S1, edu)
    terampil_only = (func_base >= 0) & (tracks[np.maximum(func_base, 0)] == "T")
    edu = np.where(terampil_only & (edu > E_S1), E_S1, edu)

    # structural and pelaksana titles (jabatan vocabulary codes)
    struct_title = np.full(n, -1, dtype=np.int64)
    heads = np.flatnonzero(jenis[:n0] != J_PELAKSANA)
    for i in heads:  # few: heads and structural posts only (a few % of people)
        j = jenis[i]
        if j == J_FUNG:
            continue
        un = unit[i]
        b = BIDANG.get(units.kind[un], BIDANG_DEFAULT)
        if is_head[i]:
            title = units.head_title[un]
        elif extra[i]:
            r = int(rank[i]) - 1
            title = ASISTEN[r % 3] if units.kind[un] == "setda" else f"Direktur {b[r % len(b)]}"
        elif j == J_ADMIN:
            r = int(rank[i]) % (len(b) + 1)
            title = "Sekretaris" if r == len(b) else f"Kepala Bidang {b[r]}"
            if units.kind[un] == "setda":
                title = f"Kepala Bagian {b[r % len(b)]}"
            elif units.kind[un] == "kecamatan":
                title = "Sekretaris Kecamatan"
        else:
            r = int(rank[i]) % (len(b) + 2)
            title = (
                "Kepala Subbagian Umum dan Kepegawaian"
                if r == len(b)
                else "Kepala Subbagian Keuangan"
                if r == len(b) + 1
                else f"Kepala Seksi {b[r]}"
            )
            if units.is_branch[un]:
                title = "Kepala Subbagian Tata Usaha"
        struct_title[i] = vocab.code(title)
    pel_codes = np.array([vocab.code(p) for p in PELAKSANA], dtype=np.int64)
    m = jenis == J_PELAKSANA
    struct_title[m] = pel_codes[_pick(rng, int(m.sum()), PELAKSANA_WEIGHTS)]
    del m, unit0, rank, head_types, has_head, is_head, n_jpt, extra, ahli_only, terampil_only

    # PPPK (UU 20/2023): Fungsional (teachers, health workers) and Pelaksana; about a third overall
    fung_pppk = np.array([PPPK_SHARE.get(k, PPPK_FUNGSIONAL_OTHER) for k in units.kind])[unit]
    p_pppk = np.where(jenis == J_FUNG, fung_pppk, 0.0)
    p_pppk = np.where(jenis == J_PELAKSANA, PPPK_PELAKSANA, p_pppk)
    p_pppk[n0:] = np.where(jenis[n0:] >= J_FUNG, 0.6, 0.0)
    pppk = rng.random(n) < p_pppk
    del fung_pppk, p_pppk

    # dates: PNS TMT CPNS YYYYMM at entry age 18–35 (by education); PPPK appointment year
    male = rng.random(n) < np.where(
        np.isin(kind, [kind_code.get(k, -1) for k in ("pendidikan", "kesehatan", "rs", "madrasah")]),
        0.35,
        0.58,
    )
    male = np.where(jenis <= J_ADMIN, rng.random(n) < 0.78, male)
    del kind
    entry_lo = np.array([18, 21, 22, 24, 28])[edu]
    entry_age = np.minimum(entry_lo + rng.integers(0, 9, n), 35)
    ref_year = np.where(np.arange(n) < n0, 2024, 2025)
    birth_year = ref_year - age
    entry_age = np.minimum(entry_age, np.maximum(age - 1, 18))
    tmt_year = np.minimum(birth_year + entry_age, ref_year - 1)
    tmt_year[n0:] = 2025
    tmt_month = rng.integers(1, 13, n)
    tmt_month[n0:] = rng.integers(3, 7, n1)
    pppk_year = np.where(np.arange(n) < n0, rng.integers(2019, 2025, n), 2025)
    tmt_year = np.where(pppk, pppk_year, tmt_year)
    birth_year = np.where(pppk & (tmt_year - birth_year < 20), tmt_year - rng.integers(20, 36, n), birth_year)
    birth_day = rng.integers(0, 365, n)
    birth: npt.NDArray[np.datetime64] = np.asarray(
        (birth_year - 1970).astype("datetime64[Y]").astype("datetime64[D]") + birth_day, dtype="datetime64[D]"
    )

    del entry_lo, entry_age, ref_year, birth_year, pppk_year, birth_day, age

    # NIP (docs/rules.md §1): birth YYYYMMDD + TMT YYYYMM (PPPK: YYYY + '21') + gender + sequence
    ymd = _yyyymmdd(birth)
    mid = tmt_year * 100 + np.where(pppk, 21, tmt_month)
    prefix = ymd * 10_000_000 + mid * 10 + np.where(male, 1, 2)
    order = np.argsort(prefix, kind="stable")
    sp = prefix[order]
    first_of_group = np.r_[True, sp[1:] != sp[:-1]]
    group_start = np.maximum.accumulate(np.where(first_of_group, np.arange(n), 0))
    # the sequence runs on from a random start per (birth, TMT, gender) group, so it stays unique
    group = np.cumsum(first_of_group) - 1
    group_size = np.bincount(group)
    if group_size.max() > 999:
        raise ValueError("more than 999 people share a NIP prefix")
    start = np.floor(rng.random(len(group_size)) * np.minimum(400, 1000 - group_size)).astype(np.int64)
    seq = np.empty(n, dtype=np.int64)
    seq[order] = start[group] + np.arange(n) - group_start + 1
    nip = prefix * 1000 + seq
    del ymd, mid, prefix, order, sp, first_of_group, group_start, group, group_size, start, seq

    # names by the instansi's regional pool; NTT people in central agencies are not modelled
    _, _, codes = _name_vocab()
    pools = np.array([POOLS.index(i.pool) for i in instansi])[units.instansi[unit]]
    first = np.empty(n, dtype=np.int64)
    last = np.empty(n, dtype=np.int64)
    for pi, pool in enumerate(POOLS):
        mf, ff, ml, fl = codes[pool]
        for sex, fc, lc in ((True, mf, ml), (False, ff, fl)):
            m = (pools == pi) & (male == sex)
            count = int(m.sum())
            first[m] = fc[rng.integers(0, len(fc), count)]
            last[m] = lc[rng.integers(0, len(lc), count)]

    # latent traits, corr ~0.45; leaders were selected, so their performance runs higher
    lat_perf = rng.standard_normal(n) + np.where(jenis <= J_PENGAWAS, 0.35, 0.0)
    lat_pot = (
        0.45 * lat_perf
        + math.sqrt(1 - 0.45**2) * rng.standard_normal(n)
        + np.where(jenis <= J_ADMIN, 0.3, 0.0)
    )

    in_2024 = np.arange(n) < n0
    in_2025 = ~in_2024.copy()
    in_2025[:n0] = ~leave
    # kept for the whole build: codes in the smallest type that holds them (half the memory of int64)
    return People(
        unit.astype(np.int32),
        jenis.astype(np.int8),
        func_base.astype(np.int16),
        struct_title.astype(np.int32),
        edu.astype(np.int8),
        male,
        birth,
        tmt_year.astype(np.int16),
        tmt_month.astype(np.int8),
        pppk,
        nip,
        first.astype(np.int32),
        last.astype(np.int32),
        lat_perf,
        lat_pot,
        in_2024,
        in_2025,
    )


def _yyyymmdd(d: npt.NDArray[np.datetime64]) -> IntArray:
    y = d.astype("datetime64[Y]").astype(np.int64) + 1970
    mo = d.astype("datetime64[M]").astype(np.int64) % 12 + 1
    dd = (d - d.astype("datetime64[M]").astype("datetime64[D]")).astype(np.int64) + 1
    return np.asarray(y * 10000 + mo * 100 + dd, dtype=np.int64)


# --- scores ---------------------------------------------------------------------------------------

PREDIKAT = ("Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang", "Sangat Kurang")


def _kinerja_utama(s: FloatArray) -> FloatArray:
    """SKP score from a latent: bands at the predicate cut-offs, most land in 'Baik' (60–80)."""
    # cut-offs on the latent (share): Sangat Baik 20%, Baik 68%, Butuh Perbaikan 8%, Kurang 3%, SK 1%
    b_sb, b_b, b_bp, b_k = 0.8416, -1.1750, -1.7507, -2.3263
    sb = 80.0 + 20.0 * (1.0 - np.exp(-(s - b_sb) * 1.1))
    b = 60.0 + 20.0 * (s - b_b) / (b_sb - b_b)
    bp = 50.0 + 10.0 * (s - b_bp) / (b_b - b_bp)
    k = 30.0 + 20.0 * (s - b_k) / (b_bp - b_k)
    sk = np.maximum(10.0, 30.0 + 10.0 * (s - b_k))
    out = np.select([s >= b_sb, s >= b_b, s >= b_bp, s >= b_k], [sb, b, bp, k], sk)
    return np.minimum(np.round(out, 1), 100.0)


def _predikat_code(ku: FloatArray) -> IntArray:
    """Predicate from the score (PermenPANRB 6/2022 as agencies apply it; see ref_predicates)."""
    return np.asarray(np.select([ku >= 80, ku >= 60, ku >= 50, ku >= 30], [0, 1, 2, 3], 4), dtype=np.int64)


def period_scores(
    p: People, idx: IntArray, period: int, rng: np.random.Generator, planted_unit: int
) -> dict[str, FloatArray]:
    """The eleven components for the people ``idx`` in ``period`` (NaN = not assessed)."""
    n = len(idx)
    lp = p.lat_perf[idx]
    lq = p.lat_pot[idx]
    if period != PERIODS[0]:  # drift between periods, a few jump (new post, award, sanction)
        lp = 0.88 * lp + math.sqrt(1 - 0.88**2) * rng.standard_normal(n)
        lq = 0.93 * lq + math.sqrt(1 - 0.93**2) * rng.standard_normal(n)
        jump = rng.random(n) < 0.03
        lp = lp + jump * rng.choice([-1.5, 1.5], n)
    z = rng.standard_normal((11, n))
    seniority = period - p.tmt_year[idx]
    edu = p.edu[idx]
    out = {
        "kinerja_utama": _kinerja_utama(0.85 * lp + 0.53 * z[0]),
        "penghargaan": _clip_round(57 + 22 * (0.55 * lp + 0.84 * z[1])),
        "tim_kerja": _clip_round(66 + 15 * (0.65 * lp + 0.76 * z[2])),
        "umpan_balik": _clip_round(70 + 14 * (0.55 * lp + 0.84 * z[3])),
        "kompetensi": _clip_round(56 + 25 * (0.9 * lq + 0.44 * z[4])),
        "pengembangan_kompetensi": _clip_round(54 + 21 * (0.65 * lq + 0.76 * z[5])),
        "pengalaman_jabatan": _clip_round(38 + 1.1 * np.minimum(seniority, 30) + 4 * lq + 7 * z[6]),
        "potensi": _clip_round(55 + 27 * (0.9 * lq + 0.44 * z[7])),
        "pendidikan_formal": _clip_round(np.array([45.0, 55.0, 66.0, 82.0, 94.0])[edu] + 3 * z[8]),
        "kesesuaian_bidang_ilmu": _clip_round(np.where(rng.random(n) < 0.85, 80 + 6 * z[9], 55 + 9 * z[9])),
        "integritas": _clip_round(np.where(rng.random(n) < 0.95, 100 - np.abs(5 * z[10]), 55 + 10 * z[10])),
    }
    if period == PERIODS[-1]:  # planted piling up: tightly middling scores in one unit
        in_unit = np.flatnonzero(p.unit[idx] == planted_unit)
        tight = in_unit[rng.random(len(in_unit)) < PLANTED_TIGHT_SHARE]
        for name in db.COMPONENTS:
            centre = 72.0 if name == "kinerja_utama" else 70.0
            out[name][tight] = _clip_round(centre + 2.5 * rng.standard_normal(len(tight)))
    blank = np.flatnonzero(rng.random(n) < BLANK_SHARE)
    comp = rng.integers(0, len(db.COMPONENTS), len(blank))
    for c, name in enumerate(db.COMPONENTS):
        out[name][blank[comp == c]] = np.nan
    return out


# --- employees ------------------------------------------------------------------------------------

# The optional "SKP Ditetapkan" column (docs/data-contract.md §1, an extension) as the demo's NTT
# agencies would send it: an evaluated SKP was set; of the rest, nine in ten were set (no random draw:
# a hash of the NIP, so every other demo value stays as it was). Elsewhere the column is absent, and
# the evidence pack says "tidak tersedia" (docs/rules.md §19).
SKP_SET_PROVINCE = "Nusa Tenggara Timur"
SKP_SET_SQL = f"""case when provinsi = '{SKP_SET_PROVINCE}' then json_object('skp_ditetapkan',
    predikat_kinerja is not null or hash(cast(nip as varchar), period) % 10 <> 0)::varchar end"""

INSERT_EMPLOYEES = f"""
insert into employees (period, nip, nama, instansi, jenis_instansi, provinsi, kab_kota, unit_kerja,
    jabatan, jenis_jabatan, golongan, jenis_kelamin, tanggal_lahir, pendidikan, asn_type,
    predikat_kinerja, {", ".join(db.COMPONENTS)}, extra, source, import_id)
select period, cast(nip as varchar), cast(nama_depan as varchar) || ' ' || cast(nama_belakang as varchar),
    instansi, jenis_instansi, provinsi, kab_kota, unit_kerja, jabatan, jenis_jabatan, golongan,
    jenis_kelamin, date '1970-01-01' + cast(lahir as integer), pendidikan, asn_type, predikat_kinerja,
    {", ".join(db.COMPONENTS)}, {SKP_SET_SQL}, '{DEMO_SOURCE}', null
from chunk_df
"""  # noqa: S608 constant columns


JENIS_INSTANSI = ("Kementerian", "LPNK", "Provinsi", "Kabupaten", "Kota")


@dataclass(frozen=True)
class Lookups:
    """Code tables that turn person/unit/instansi indices into Categorical columns."""

    inst_names: list[str]
    inst_jenis: IntArray
    provs: list[str]
    inst_prov: IntArray
    kabs: list[str]
    inst_kab: IntArray
    unit_vocab: list[str]
    unit_code: IntArray
    first_vocab: list[str]
    last_vocab: list[str]
    func_codes: IntArray  # (fungsional base, level 0-6) -> jabatan code; levels 0-3 ahli, 4-6 terampil


def build_lookups(instansi: list[Instansi], units: Units, vocab: Vocab) -> Lookups:
    """Code tables for the frame builder; adds the fungsional titles to the jabatan vocabulary."""
    provs = sorted({i.provinsi for i in instansi if i.provinsi})
    kabs = [i.kab_kota for i in instansi if i.kab_kota]
    unit_vocab = list(dict.fromkeys(units.name))
    unit_index = {u: k for k, u in enumerate(unit_vocab)}
    first_vocab, last_vocab, _ = _name_vocab()
    bases, _ = _func_catalogue()
    func_codes = np.empty((len(bases), 7), dtype=np.int64)
    for b, (name, track) in enumerate(bases):
        for lvl in range(7):
            ahli = lvl <= 3
            if ahli and track == "T":  # terampil-only bases stay terampil even with S1
                title = f"{name} {LEVELS_TERAMPIL[min(lvl, 2)]}"
            elif not ahli and track == "A":
                title = f"{name} {LEVELS_AHLI[0]}"
            else:
                title = f"{name} {LEVELS_AHLI[lvl] if ahli else LEVELS_TERAMPIL[lvl - 4]}"
            func_codes[b, lvl] = vocab.code(title)
    return Lookups(
        inst_names=[i.name for i in instansi],
        inst_jenis=np.array([JENIS_INSTANSI.index(i.jenis) for i in instansi], dtype=np.int64),
        provs=provs,
        inst_prov=np.array([provs.index(i.provinsi) if i.provinsi else -1 for i in instansi], dtype=np.int64),
        kabs=kabs,
        inst_kab=np.array([kabs.index(i.kab_kota) if i.kab_kota else -1 for i in instansi], dtype=np.int64),
        unit_vocab=unit_vocab,
        unit_code=np.array([unit_index[u] for u in units.name], dtype=np.int64),
        first_vocab=first_vocab,
        last_vocab=last_vocab,
        func_codes=func_codes,
    )


def _cat(codes: IntArray, categories: Sequence[str]) -> pd.Categorical:
    return cast(pd.Categorical, pd.Categorical.from_codes(codes, categories=pd.Index(list(categories))))


def employee_frame(
    p: People,
    idx: IntArray,
    period: int,
    scores: dict[str, FloatArray],
    units: Units,
    lk: Lookups,
    vocab: Vocab,
) -> pd.DataFrame:
    """One chunk of employee rows as a frame of codes (Categorical) and numbers."""
    unit = p.unit[idx]
    inst = units.instansi[unit]
    jenis = p.jenis[idx]
    edu = p.edu[idx]
    pppk = p.pppk[idx]
    # golongan rises one step about every four years from the entry grade (PP 99/2000, PP 17/2020)
    seniority = np.maximum(period - p.tmt_year[idx], 0)
    lo = np.array([GOL_BOUNDS[j][0] for j in range(7)])[jenis]
    hi = np.array([GOL_BOUNDS[j][1] for j in range(7)])[jenis]
    gol = np.clip(GOL_ENTRY[edu] + seniority // 4, lo, hi)
    gol = np.where(jenis == J_PELAKSANA, np.minimum(gol, np.where(edu >= E_S1, 11, 9)), gol)
    gol_codes = np.where(pppk, len(GOLONGAN) + edu, gol)
    # fungsional level from golongan (PermenPANRB 1/2023): III/a-b Pertama, III/c-d Muda, IV/a-c Madya
    fb = p.func_base[idx]
    lvl_ahli = np.where(pppk, 0, np.select([gol >= 15, gol >= 12, gol >= 10], [3, 2, 1], 0))
    lvl_ter = np.where(pppk, 0, np.select([gol >= 10, gol >= 8], [2, 1], 0))
    level = np.where(edu <= E_D3, 4 + lvl_ter, lvl_ahli)
    jab = np.where(fb >= 0, lk.func_codes[np.maximum(fb, 0), level], p.struct_title[idx])
    ku = scores["kinerja_utama"]
    pred = np.where(np.isnan(ku), -1, _predikat_code(np.nan_to_num(ku)))
    frame: dict[str, object] = {
        "period": np.full(len(idx), period, dtype=np.int32),
        "nip": p.nip[idx],
        "nama_depan": _cat(p.first[idx], lk.first_vocab),
        "nama_belakang": _cat(p.last[idx], lk.last_vocab),
        "instansi": _cat(inst, lk.inst_names),
        "jenis_instansi": _cat(lk.inst_jenis[inst], JENIS_INSTANSI),
        "provinsi": _cat(lk.inst_prov[inst], lk.provs),
        "kab_kota": _cat(lk.inst_kab[inst], lk.kabs),
        "unit_kerja": _cat(lk.unit_code[unit], lk.unit_vocab),
        "jabatan": _cat(jab, vocab.items),
        "jenis_jabatan": _cat(jenis, JENIS_JABATAN),
        "golongan": _cat(gol_codes, GOLONGAN + PPPK_GOLONGAN),
        "jenis_kelamin": _cat(np.where(p.male[idx], 0, 1), ("L", "P")),
        "lahir": (p.birth[idx] - np.datetime64("1970-01-01", "D")).astype(np.int32),
        "pendidikan": _cat(edu, PENDIDIKAN),
        "asn_type": _cat(pppk.astype(np.int64), ("PNS", "PPPK")),
        "predikat_kinerja": _cat(pred, PREDIKAT),
    }
    frame.update(scores)
    return pd.DataFrame(frame)


# --- merit system (PermenPANRB 40/2018; seed 001) --------------------------------------------------

MERIT_STAGES = ("Mandiri", "Verifikasi Awal", "Asistensi 1", "Asistensi 2", "Verifikasi Akhir")
with (db.REFERENCE_DIR / "merit_instruments.csv").open(encoding="utf-8", newline="") as _fh:
    # The 2022 instrument's maximum total (ref_merit_instruments: 410 in the NTT slide's instrument).
    MERIT_MAX_TOTAL = float(
        next(r["max_total"] for r in csv.DictReader(_fh) if r["instrument"] == "permenpanrb40_2018")
    )
# seed 001: NTT province 2022, Verifikasi Akhir, per aspect (total 282.5 of 410)
NTT_PROVINCE_2022 = {
    "Perencanaan Kebutuhan": 37.5,
    "Pengadaan": 40.0,
    "Pengembangan Karier": 62.5,
    "Promosi dan Mutasi": 25.0,
    "Manajemen Kinerja": 57.5,
    "Penggajian, Penghargaan dan Disiplin": 30.0,
    "Perlindungan dan Pelayanan": 14.0,
    "Sistem Informasi": 16.0,
}
U = "unreadable"
# seed 001: SIPINTER status of the 22 NTT regencies, 2022 (status, mandiri, verifikasi); None = blank.
# A row whose status is unreadable is unreadable as a whole (all three cells flagged).
NTT_STATUS_2022: dict[str, tuple[str, float | str | None, float | str | None]] = {
    "Kabupaten Belu": ("Belum Input", None, None),
    "Kabupaten Ende": ("Selesai Input", 105.5, 33.0),
    "Kabupaten Flores Timur": (U, U, U),
    "Kabupaten Kupang": ("Belum Input", None, None),
    "Kabupaten Manggarai": ("Sedang Input", 117.0, None),
    "Kabupaten Manggarai Barat": (U, U, U),
    "Kabupaten Rote Ndao": ("Selesai Input", 105.0, 57.0),
    "Kabupaten Sikka": ("Sedang Input", 99.0, None),
    "Kabupaten Sumba Barat": ("Selesai Input", 218.5, U),
    "Kabupaten Sumba Barat Daya": (U, U, U),
    "Kabupaten Timor Tengah Selatan": (U, U, U),
    "Kabupaten Alor": ("Selesai Input", 113.0, 107.0),
    "Kabupaten Lembata": ("Sedang Input", 67.0, None),
    "Kabupaten Malaka": ("Sedang Input", None, None),
    "Kabupaten Manggarai Timur": (U, U, U),
    "Kabupaten Ngada": ("Selesai Input", 107.0, 92.5),
    "Kabupaten Nagekeo": ("Selesai Input", 209.0, 114.0),
    "Kabupaten Sabu Raijua": (U, U, U),
    "Kabupaten Sumba Tengah": (U, U, U),
    "Kabupaten Sumba Timur": (U, U, U),
    "Kabupaten Timor Tengah Utara": (U, U, U),
    "Kota Kupang": ("Sedang Input", 328.5, 240.5),
}

MERIT_SCORE_COLUMNS = (
    "period, instansi, jenis_instansi, provinsi, stage, aspect, score, instrument, source, import_id"
)
MERIT_STATUS_COLUMNS = (
    "period, instansi, jenis_instansi, provinsi, status, status_unreadable, nilai_mandiri, mandiri_unreadable, "
    "nilai_verifikasi, verifikasi_unreadable, source, import_id"
)


def _aspect_maxima(cur: duckdb.DuckDBPyConnection) -> list[tuple[str, float]]:
    rows = cur.execute(
        "select aspect, max_score from ref_merit_aspects where instrument = ? order by aspect_order",
        [MERIT_INSTRUMENT],
    ).fetchall()
    return [(str(a), float(m)) for a, m in rows]


def _synthetic_stages(rng: np.random.Generator, q: float, maxima: FloatArray, stages: int) -> FloatArray:
    """Aspect scores per stage (rows: Mandiri .. Verifikasi Akhir), half points, each <= its maximum.

    Self-assessment runs high; verification starts low and the two assistance rounds close part of
    the gap to the final verified score.
    """
    final = _half(maxima * np.clip(q + rng.normal(0, 0.1, len(maxima)), 0.03, 1.0))
    mandiri = _half(np.minimum(maxima, final + maxima * rng.uniform(0.03, 0.3, len(maxima))))
    awal = _half(np.maximum(0.0, final - maxima * rng.uniform(0.0, 0.18, len(maxima))))
    a1 = _half(awal + (final - awal) * rng.uniform(0.3, 0.6, len(maxima)))
    a2 = _half(a1 + (final - a1) * rng.uniform(0.5, 1.0, len(maxima)))
    out = np.vstack([mandiri, awal, np.minimum(a1, final), np.minimum(a2, final), final])
    return np.asarray(np.minimum(out[:stages], maxima), dtype=np.float64)


def merit_rows(
    cur: duckdb.DuckDBPyConnection, instansi: list[Instansi], rng: np.random.Generator
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Merit aspect scores and SIPINTER status rows: the real NTT 2022 values plus synthetic ones."""
    aspects = _aspect_maxima(cur)
    names = [a for a, _ in aspects]
    maxima = np.array([m for _, m in aspects])
    scores: list[tuple[object, ...]] = []
    status: list[tuple[object, ...]] = []
    prov_ntt = f"Pemerintah Provinsi {NTT}"
    for aspect, value in NTT_PROVINCE_2022.items():
        scores.append(
            (
                2022,
                prov_ntt,
                "Provinsi",
                NTT,
                "Verifikasi Akhir",
                aspect,
                value,
                MERIT_INSTRUMENT,
                SEED_SOURCE,
            )
        )
    for kab, (st, mandiri, verif) in NTT_STATUS_2022.items():
        jenis = "Kota" if kab.startswith("Kota ") else "Kabupaten"
        status.append(
            (
                2022,
                f"Pemerintah {kab}",
                jenis,
                NTT,
                None if st == U else st,
                st == U,
                None if mandiri in (None, U) else mandiri,
                mandiri == U,
                None if verif in (None, U) else verif,
                verif == U,
                SEED_SOURCE,
            )
        )
    for period in MERIT_PERIODS:
        for inst in instansi:
            kab = inst.kab_kota or ""
            if period == 2022 and inst.provinsi == NTT:
                continue  # real 2022 values only; never invent what the slide does not show
            if inst.jenis == "Kementerian":
                q = rng.uniform(0.7, 0.92)
            elif inst.jenis == "LPNK":
                q = rng.uniform(0.66, 0.9)
            elif inst.jenis == "Provinsi":
                q = rng.uniform(0.55, 0.82)
            else:
                q = rng.uniform(0.25, 0.75)
            if inst.provinsi == NTT:  # 2023 follows on from the real 2022 picture
                if inst.jenis == "Provinsi":
                    q = 282.5 / MERIT_MAX_TOTAL + rng.uniform(0.01, 0.06)
                else:
                    verif = NTT_STATUS_2022[kab][2]
                    base = verif / MERIT_MAX_TOTAL if isinstance(verif, float) else rng.uniform(0.2, 0.45)
                    q = base + rng.uniform(0.03, 0.15)
            elif period == 2023:
                q = min(q + 0.03, 0.95)
            u = rng.random()
            central = inst.jenis in ("Kementerian", "LPNK")
            st = "Selesai Input" if central or u < 0.86 else "Sedang Input" if u < 0.96 else "Belum Input"
            n_stages = {"Selesai Input": 5, "Sedang Input": 1, "Belum Input": 0}[st]
            values = _synthetic_stages(rng, q, maxima, n_stages)
            for s in range(n_stages):
                for a, aspect in enumerate(names):
                    scores.append(
                        (
                            period,
                            inst.name,
                            inst.jenis,
                            inst.provinsi,
                            MERIT_STAGES[s],
                            aspect,
                            float(values[s, a]),
                            MERIT_INSTRUMENT,
                            DEMO_SOURCE,
                        )
                    )
            mandiri_total = float(values[0].sum()) if n_stages >= 1 else None
            verif_total = float(values[-1].sum()) if n_stages == 5 else None
            status.append(
                (
                    period,
                    inst.name,
                    inst.jenis,
                    inst.provinsi,
                    st,
                    False,
                    mandiri_total,
                    False,
                    verif_total,
                    False,
                    DEMO_SOURCE,
                )
            )
    score_df = pd.DataFrame(
        scores,
        columns=[
            "period",
            "instansi",
            "jenis_instansi",
            "provinsi",
            "stage",
            "aspect",
            "score",
            "instrument",
            "source",
        ],
    )
    status_df = pd.DataFrame(
        status,
        columns=[
            "period",
            "instansi",
            "jenis_instansi",
            "provinsi",
            "status",
            "status_unreadable",
            "nilai_mandiri",
            "mandiri_unreadable",
            "nilai_verifikasi",
            "verifikasi_unreadable",
            "source",
        ],
    )
    return score_df, status_df


# --- the whole build ------------------------------------------------------------------------------


def build_demo(
    con: duckdb.DuckDBPyConnection,
    *,
    employees: int = DEFAULT_EMPLOYEES,
    seed: int = DEFAULT_SEED,
    progress: Progress | None = None,
    lang: str = "id",
    memory_limit: str | None = None,
) -> dict[str, int]:
    """Replace all data in employees, merit_scores, merit_status with the demo; return counts per table.

    One transaction: on any error every table is left as it was. ``progress(fraction, message)``
    is called along the way with a message in ``lang``. ``memory_limit`` (the demo command's
    BUILD_MEMORY_LIMIT) is DuckDB's share for the build, lowered to KEY_MEMORY_LIMIT while the key is
    built; without it the database's own limit is left alone (the app's first start).
    """
    if employees < 1:
        raise ValueError("employees must be positive")

    def report(fraction: float, key: str, **params: object) -> None:
        if progress is not None:
            progress(min(max(fraction, 0.0), 1.0), t(key, lang, **params))

    report(0.0, "demo.step.people")
    instansi = demo_instansi()
    units = build_units(instansi, employees)
    if memory_limit:
        con.execute("set memory_limit = ?", [memory_limit])
    counts = _fill(con.cursor(), instansi, units, seed=seed, report=report, memory_limit=memory_limit)
    # The nine-box fast path's derived table, built now rather than by the first page that counts
    # boxes (a few seconds at national scale, ~0,1 s for the default demo).
    scoring.refresh(con)
    report(1.0, "demo.step.done")
    return counts


def _fill(
    cur: duckdb.DuckDBPyConnection,
    instansi: list[Instansi],
    units: Units,
    *,
    seed: int,
    report: Callable[..., None],
    memory_limit: str | None = None,
) -> dict[str, int]:
    """The demo's rows, in one transaction: on any error every table is left as it was. The people
    live only here: they are dropped before the key is added and the transaction committed, the
    build's memory peak at national scale."""
    rng = np.random.default_rng(np.random.SeedSequence([seed, 0]))
    vocab = Vocab()
    people = build_people(units, instansi, rng, vocab)
    lk = build_lookups(instansi, units, vocab)
    report(0.05, "demo.step.people")
    cur.execute("begin transaction")
    try:
        keyless = not lake.is_lake(cur)
        if keyless:
            # A keyless table filled in bulk, and the (period, nip) key added once at the end, in this
            # transaction: building the key's index row by row during the inserts cost about half the
            # build's time and memory at national scale (README performance table). A lake has no keys.
            cur.execute("drop table employees")
            cur.execute(f"create table employees ({db.EMPLOYEES_COLUMNS})")  # noqa: S608 constant DDL
        else:
            cur.execute("delete from employees")
        cur.execute("delete from merit_scores")
        cur.execute("delete from merit_status")
        done = 0
        total = int(people.in_2024.sum() + people.in_2025.sum())
        for period, members in zip(PERIODS, (people.in_2024, people.in_2025), strict=True):
            idx_all = np.flatnonzero(members)
            for c, start in enumerate(range(0, len(idx_all), CHUNK_ROWS)):
                idx = idx_all[start : start + CHUNK_ROWS]
                chunk_rng = np.random.default_rng(np.random.SeedSequence([seed, period, c]))
                scores = period_scores(people, idx, period, chunk_rng, units.planted)
                chunk_df = employee_frame(people, idx, period, scores, units, lk, vocab)
                # Read by name from this frame (DuckDB's replacement scan), not registered: a view
                # registered and dropped inside the open transaction keeps its frame alive until the
                # commit, so every chunk stayed in memory (at 2 M employees: 0,27 GB more after the
                # 4 M rows, 0,38 GB more at the commit's peak).
                cur.execute(INSERT_EMPLOYEES)
                done += len(idx)
                report(0.05 + 0.9 * done / total, "demo.step.period", period=period)
        del people, lk, idx_all, idx, scores, chunk_df
        if keyless:
            cur.execute(f"alter table employees add {db.EMPLOYEES_KEY}")  # noqa: S608 constant DDL
            if memory_limit:
                cur.execute("set memory_limit = ?", [KEY_MEMORY_LIMIT])
        report(0.96, "demo.step.merit")
        score_df, status_df = merit_rows(
            cur, instansi, np.random.default_rng(np.random.SeedSequence([seed, 1]))
        )
        cur.register("score_df", score_df)
        cur.execute(f"insert into merit_scores ({MERIT_SCORE_COLUMNS}) select *, null from score_df")  # noqa: S608 constant
        cur.register("status_df", status_df)
        cur.execute(f"insert into merit_status ({MERIT_STATUS_COLUMNS}) select *, null from status_df")  # noqa: S608 constant
        cur.unregister("score_df")
        cur.unregister("status_df")
        counts = {}
        for table in ("employees", "merit_scores", "merit_status"):  # fixed whitelist
            row = cur.execute(f"select count(*) from {table}").fetchone()  # noqa: S608 whitelist
            counts[table] = int(row[0]) if row else 0
        cur.execute("commit")
    except BaseException:
        cur.execute("rollback")
        raise
    finally:
        if memory_limit:
            cur.execute("set memory_limit = ?", [memory_limit])
    return counts
