"""The seeded demo data (employees, merit scores, critical positions)."""
