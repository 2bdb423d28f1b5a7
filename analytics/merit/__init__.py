"""The merit-system index: scores, categories, comparisons, charts and linked views."""
