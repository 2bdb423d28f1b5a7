"""What-if: re-weighting and re-cutting the nine-box, its scenarios and charts."""
