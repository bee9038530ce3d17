"""How much does Chinese output cost the CLI? Prints the catalogue load time and ratios.

    .venv/bin/python benchmarks/i18n_catalogue.py

The catalogue is parsed once per process (simtool.i18n caches it), so the cost that matters
is one load, compared with the interpreter's own start and with `import serial`.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

from simtool.i18n_catalog import load_catalogue


def _best_of(runs: int, func: object) -> float:
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        func()  # type: ignore[operator]
        timings.append(time.perf_counter() - start)
    return min(timings)


def _process(code: str, runs: int = 5) -> float:
    return statistics.median(
        _best_of(1, lambda: subprocess.run([sys.executable, "-c", code], check=True))
        for _ in range(runs))


def main() -> None:
    messages = len(load_catalogue("zh_CN"))
    load = _best_of(20, lambda: load_catalogue("zh_CN"))
    bare = _process("pass")
    serial = _process("import serial")
    chinese = _process("from simtool import i18n; i18n.set_language('zh_CN'); "
                       "i18n.tr('Report', 'Verdict')")
    english = _process("from simtool import i18n; i18n.set_language('en'); "
                       "i18n.tr('Report', 'Verdict')")
    print(f"zh_CN catalogue: {messages} messages, one load {load * 1000:.1f} ms")
    print(f"python start {bare * 1000:.0f} ms; import serial {serial * 1000:.0f} ms")
    print(f"process with English tr(): {english * 1000:.0f} ms "
          f"({english / serial:.2f} x import serial)")
    print(f"process with Chinese tr(): {chinese * 1000:.0f} ms "
          f"({chinese / serial:.2f} x import serial, +{(chinese - english) * 1000:.0f} ms)")


if __name__ == "__main__":
    main()
