"""Test setup shared by every test: headless Qt, and no test ever touches the real home."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Before anything imports simtool.paths: every directory under one throw-away folder.
os.environ["SIMTOOL_HOME"] = tempfile.mkdtemp(prefix="simtool-test-home-")
# English output whatever the developer's locale (tests that want Chinese set LANG or --lang).
for _var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
    os.environ.pop(_var, None)
os.environ["LANG"] = "C.UTF-8"
# Finding sticks and routers asks each default gateway of this machine: never in tests (a
# test names the simulated device it serves on 127.0.0.1 instead).
os.environ["SIMTOOL_GATEWAYS"] = "none"

# Hypothesis budgets, chosen by HYPOTHESIS_PROFILE: "ci" (the default) keeps the suite fast
# and has no per-example deadline, so a slow shared 2-core runner does not flake; "deep" is
# the nightly run (>= 100,000 examples per property over framing, parsers, the session and
# redaction). Tests that want more than the profile's count in CI write
# `max_examples=max(N, settings.default.max_examples)`, so "deep" still raises them.
from hypothesis import HealthCheck, Phase, settings  # noqa: E402

settings.register_profile("ci", max_examples=100, deadline=None, print_blob=True)
settings.register_profile(
    "deep", max_examples=100_000, deadline=None, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
# "mutation" (scripts/mutation.sh): the ci budget, but a failing example is not shrunk (the
# run only needs to know that a test failed) and the seed is fixed, so two runs of the same
# code give the same score.
settings.register_profile(
    "mutation", parent=settings.get_profile("ci"), derandomize=True, database=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
