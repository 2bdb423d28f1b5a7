"""NIP (Nomor Induk Pegawai) checks, vectorised over a column of 18-character strings.

PNS (PP 11/2017; Peraturan BKN): birth date YYYYMMDD, TMT CPNS YYYYMM, gender digit, 3-digit sequence.
PPPK: birth date YYYYMMDD, appointment year YYYY, a 2-digit code (21 regular, 24 part-time), gender
digit, sequence. A 'month' of 13 or more therefore marks a PPPK number, not an error (domain.md §1).
"""

from __future__ import annotations

import pandas as pd

PPPK_CODES = ("21", "24")
MIN_AGE_AT_APPOINTMENT = 17
MAX_AGE = 75


def check_nips(nips: pd.Series, period: pd.Series) -> pd.DataFrame:
    """Per NIP: birth_date, gender ('L'/'P'), asn_type ('PNS'/'PPPK') and the first problem code (or None).

    Problem codes: nip_length, nip_digits, nip_birth_date, nip_gender, nip_appointment.
    """
    s = nips.astype("str").fillna("")
    out = pd.DataFrame(index=s.index)
    digits = s.str.fullmatch(r"\d{18}").fillna(False).astype(bool)
    length_ok = s.str.len() == 18
    birth = pd.to_datetime(s.str.slice(0, 8).where(digits), format="%Y%m%d", errors="coerce")
    year = pd.to_numeric(s.str.slice(8, 12).where(digits), errors="coerce")
    month_or_code = pd.to_numeric(s.str.slice(12, 14).where(digits), errors="coerce")
    gender_digit = s.str.slice(14, 15)
    is_pppk = digits & (month_or_code >= 13)
    pppk_code_ok = s.str.slice(12, 14).isin(PPPK_CODES)
    period_num = pd.to_numeric(period, errors="coerce")
    age = period_num - birth.dt.year
    birth_ok = birth.notna() & (age >= MIN_AGE_AT_APPOINTMENT) & (age <= MAX_AGE)
    pns_month_ok = (month_or_code >= 1) & (month_or_code <= 12)
    appointment_ok = (
        (year >= birth.dt.year + MIN_AGE_AT_APPOINTMENT)
        & (year <= period_num.fillna(9999))
        & ((is_pppk & pppk_code_ok) | (~is_pppk & pns_month_ok))
    )
    gender_ok = gender_digit.isin(["1", "2"])

    problem = pd.Series(None, index=s.index, dtype="object")
    problem = problem.mask(~appointment_ok.fillna(False), "nip_appointment")
    problem = problem.mask(~gender_ok, "nip_gender")
    problem = problem.mask(~birth_ok.fillna(False), "nip_birth_date")
    problem = problem.mask(~digits, "nip_digits")
    problem = problem.mask(~length_ok, "nip_length")
    out["problem"] = problem
    out["birth_date"] = birth.where(birth_ok.fillna(False))  # datetime64, NaT when implausible
    out["gender"] = gender_digit.map({"1": "L", "2": "P"})
    out["asn_type"] = pd.Series("PNS", index=s.index).mask(is_pppk, "PPPK")
    return out
