"""Dasbor Talenta & Sistem Merit ASN: the headless core (never imports streamlit)."""

__version__ = "0.1.0"
