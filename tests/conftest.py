"""Shared test settings: one hypothesis profile, a fixed 'now', paths to the project's own data."""
from __future__ import annotations

import datetime as dt
import pathlib

from hypothesis import HealthCheck, settings

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
CORPUS = ROOT / "corpus"
NOW = dt.date(2026, 11, 22)

settings.register_profile("chrono", deadline=None, max_examples=80,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.load_profile("chrono")
