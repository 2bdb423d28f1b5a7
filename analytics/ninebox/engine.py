"""The nine-box engine: the one place that decides how a selection is boxed (docs/rules.md §2–5).

Two paths apply the same rules (analytics.ninebox.rules):

- **in memory**: analytics.ninebox.arrays over the derived ``employee_scores`` table
  (analytics.ninebox.scoring), for absolute cut-offs, a fresh scoring table and periods that fit in
  memory: fast enough to follow a slider;
- **SQL**: analytics.ninebox.boxes.boxes_sql, for everything else (relative cut-offs rank within the
  selection; lists of people need names).

:func:`prepare` makes the choice: it returns the selection held in memory, or None for the SQL path.
Box counts, the scatter and density and the what-if transitions ask it; none tests the conditions
itself. tests/test_scoring.py keeps the two paths equal.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from analytics.core.filters import Filters
from analytics.ninebox import arrays, scoring
from analytics.ninebox import rules as nbrules
from analytics.ninebox.rules import Rules


def fast_path(con: duckdb.DuckDBPyConnection, rules: Rules) -> scoring.Stats | None:
    """The scoring table's Stats when counts can come from ``employee_scores`` (absolute cut-offs and a
    fresh table), else None. Relative mode ranks within the selection and row-level output needs
    names: both keep ``boxes_sql``. So does an agency's own predicate map: the scoring table holds the
    default predicate substitution (docs/rules.md §4a)."""
    if rules.thresholds.relative or rules.predicate_map is not None or rules.bound:
        return None
    return scoring.fresh_stats(con)


def axis_rules(rules: Rules, stats: scoring.Stats) -> tuple[arrays.AxisRule, arrays.AxisRule]:
    """Both axes' rules for the arrays: absolute cut-offs compared as rules.bounds, like the SQL path."""
    nbrules.validate_weights(rules.weights)
    k, p = (
        arrays.axis_rule(axis, rules.weights.axis(axis), stats, nbrules.bounds(rules.thresholds, axis))
        for axis in nbrules.AXES
    )
    return k, p


@dataclass(frozen=True)
class InMemory:
    """A selection held in memory: the scoring table's stats and one block per period."""

    stats: scoring.Stats
    blocks: list[arrays.Block]

    def axis_rules(self, rules: Rules) -> tuple[arrays.AxisRule, arrays.AxisRule]:
        """Both axes' rules under ``rules`` (weights and cut-offs)."""
        return axis_rules(rules, self.stats)

    def scored(self, con: duckdb.DuckDBPyConnection, filters: Filters, rules: Rules) -> list[arrays.Scored]:
        """Scores and cells of every selected row, per period."""
        both = self.axis_rules(rules)
        return [arrays.score(con, blk, filters, both) for blk in self.blocks]


def prepare(con: duckdb.DuckDBPyConnection, rules: Rules, filters: Filters) -> InMemory | None:
    """The in-memory path for ``filters`` under ``rules``, or None when the SQL path must box it
    (relative cut-offs, a stale scoring table on a read-only file, a period that cannot be held)."""
    stats = fast_path(con, rules)
    if stats is None:
        return None
    blocks = arrays.blocks_for(con, stats, filters)
    return None if blocks is None else InMemory(stats, blocks)
