"""`python -m analytics demo`: the command over analytics.demo.employees."""

from __future__ import annotations

import argparse
import sys
import time

from analytics.core import db
from analytics.core.formats import fmt_number
from analytics.demo.employees import BUILD_MEMORY_LIMIT, DEFAULT_EMPLOYEES, DEFAULT_SEED, PERIODS, build_demo
from analytics.labels import t


def run(args: argparse.Namespace) -> int:
    """``python -m analytics demo``: build the demo with a progress bar on stderr, print a summary."""
    from tqdm import tqdm

    lang = getattr(args, "lang", "id") or "id"
    employees = args.employees if args.employees is not None else DEFAULT_EMPLOYEES
    seed = args.seed if args.seed is not None else DEFAULT_SEED
    con = db.connect(args.db)
    started = time.perf_counter()
    title = t("demo.progress", lang)
    try:
        with tqdm(
            total=100, file=sys.stderr, desc=title, bar_format="{desc} {percentage:3.0f}%|{bar}|"
        ) as bar:

            def progress(fraction: float, message: str) -> None:
                bar.n = round(fraction * 100)
                bar.set_description_str(f"{title}: {message}", refresh=False)
                bar.refresh()

            counts = build_demo(
                con,
                employees=employees,
                seed=seed,
                progress=progress,
                lang=lang,
                memory_limit=BUILD_MEMORY_LIMIT,
            )
    finally:
        con.close()
    elapsed = time.perf_counter() - started
    print(
        t(
            "demo.summary",
            lang,
            employees=fmt_number(employees, lang=lang),
            seed=seed,
            periods=", ".join(str(p) for p in PERIODS),
        )
    )
    for table, n in counts.items():
        print(t("demo.rows", lang, table=t(f"demo.table.{table}", lang), n=fmt_number(n, lang=lang)))
    print(t("demo.elapsed", lang, seconds=fmt_number(elapsed, 1, lang)))
    return 0
