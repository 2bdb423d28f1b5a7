"""arrays.kept_array: a per-block array computed once and kept beside the fast files, which the next
process maps instead of computing it again."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from analytics.ninebox import arrays


class Compute:
    """A computation that counts its calls."""

    def __init__(self, values: np.ndarray | None) -> None:
        self.values, self.calls = values, 0

    def __call__(self) -> np.ndarray | None:
        self.calls += 1
        return None if self.values is None else self.values.copy()


def _must_not_run() -> np.ndarray:
    raise AssertionError("computed although the kept file holds the values")


def test_computed_once_then_read_from_the_file(tmp_path: Path) -> None:
    path = tmp_path / "hash_7.npy"
    values = np.array([3, 2**64 - 1, 0], dtype=np.uint64)
    compute = Compute(values)
    first = arrays.kept_array(path, 3, compute)
    assert compute.calls == 1 and first is not None
    np.testing.assert_array_equal(first, values)
    assert path.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["hash_7.npy"]  # no tmp left
    again = arrays.kept_array(path, 3, _must_not_run)
    assert isinstance(again, np.memmap) and not again.flags.writeable  # mapped, read-only
    assert again.dtype == np.uint64
    np.testing.assert_array_equal(again, values)


def test_a_file_of_another_length_or_unreadable_is_computed_again(tmp_path: Path) -> None:
    path = tmp_path / "bands.npy"
    np.save(path, np.zeros(5, dtype=np.int8))  # another block's length
    compute = Compute(np.array([1, -1, 2], dtype=np.int8))
    got = arrays.kept_array(path, 3, compute)
    assert compute.calls == 1 and got is not None and got.tolist() == [1, -1, 2]
    assert np.load(path).tolist() == [1, -1, 2]  # rewritten
    path.write_bytes(b"not an array")
    got = arrays.kept_array(path, 3, compute)
    assert compute.calls == 2 and got is not None and got.tolist() == [1, -1, 2]
    assert arrays.kept_array(path, 3, _must_not_run) is not None


def test_without_fast_files_computed_each_time_and_nothing_kept(tmp_path: Path) -> None:
    compute = Compute(np.arange(4, dtype=np.int64))
    for _ in range(2):
        got = arrays.kept_array(None, 4, compute)
        assert got is not None and got.tolist() == [0, 1, 2, 3]
    assert compute.calls == 2 and list(tmp_path.iterdir()) == []


def test_a_refused_computation_keeps_nothing(tmp_path: Path) -> None:
    path = tmp_path / "match.npy"
    compute = Compute(None)
    assert arrays.kept_array(path, 4, compute) is None
    assert arrays.kept_array(path, 4, compute) is None
    assert compute.calls == 2 and not path.exists()


@pytest.mark.parametrize("make_folder", [False, True])
def test_a_missing_folder_is_made_only_when_asked(tmp_path: Path, make_folder: bool) -> None:
    """A block's folder removed with its build is not made again (the value is still returned); the
    build's folder of a match is."""
    path = tmp_path / "build" / "p2025" / "bands.npy"
    got = arrays.kept_array(path, 2, Compute(np.array([4, 5])), make_folder=make_folder)
    assert got is not None and got.tolist() == [4, 5]
    assert path.exists() is make_folder and (tmp_path / "build").exists() is make_folder


@pytest.mark.parametrize("make_folder", [False, True])
def test_a_place_that_cannot_be_written_costs_only_the_next_computation(
    tmp_path: Path, make_folder: bool
) -> None:
    """Writing fails (here: the folder is a file, which fails for root too): the value is returned,
    nothing is left behind, and the next call computes again."""
    blocker = tmp_path / "p2025"
    blocker.write_text("a file where the folder should be")
    compute = Compute(np.array([1.5, 2.5]))
    for _ in range(2):
        got = arrays.kept_array(blocker / "x.npy", 2, compute, make_folder=make_folder)
        assert got is not None and got.tolist() == [1.5, 2.5]
    assert compute.calls == 2 and [p.name for p in tmp_path.iterdir()] == ["p2025"] and blocker.is_file()
