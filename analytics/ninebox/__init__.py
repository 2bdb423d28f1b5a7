"""The nine-box: the rules and the box engine (SQL and in-memory paths), views, charts, calibration, piling-up, movement, fairness, the training walk."""
