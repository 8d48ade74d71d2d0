"""Linear time on adversarial input: run time grows with size, not its square."""

import time

import pytest

from newsclean import clean

CASES = {
    "one long line": lambda n: "word " * (n // 5),
    "spaced letters": lambda n: "a " * (n // 2),
    "nested quotes": lambda n: "“" * (n // 2) + "”" * (n // 2),
    "hyphen breaks": lambda n: "ab-\n" * (n // 4),
    "spaces then text": lambda n: " " * n + "x",
    "mojibake": lambda n: "Ã©" * (n // 2),
    "columns, no page breaks": lambda n: (
        (f"{'the council met on monday to':<36}{'critics said the plan would':<30}\n" * 8 + "\n") * (n // 540)
    ),
}


def _seconds(text: str) -> float:
    best = float("inf")
    for _ in range(2):
        t = time.perf_counter()
        clean(text)
        best = min(best, time.perf_counter() - t)
    return best


@pytest.mark.parametrize("case", CASES)
def test_four_times_the_input_takes_at_most_about_four_times_as_long(case):
    make = CASES[case]
    small, large = _seconds(make(50_000)), _seconds(make(200_000))
    # 4x the input: linear is ~4x; allow noise, catch quadratic (~16x).
    assert large < 9 * small + 0.05, f"{case}: {small:.3f}s -> {large:.3f}s"
