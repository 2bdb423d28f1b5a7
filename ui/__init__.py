"""Streamlit-aware shared code: cached connection and queries, shared widgets, session state."""
