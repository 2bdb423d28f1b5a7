"""Talent pool and succession for critical positions, and their charts."""
