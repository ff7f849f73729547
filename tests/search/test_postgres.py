"""The same engine contract on PostgreSQL: every `engine_contract` test, in a child pytest.

Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth; see tests/search/settings_pg.py).
Skipped on a machine without one, a failure in CI.
"""

import os
import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import skip_or_fail

ROOT = Path(__file__).resolve().parents[2]


def _reachable() -> bool:
    try:
        import psycopg
    except ImportError:
        return False
    try:
        psycopg.connect(
            host=os.environ.get("THUVIEN_TEST_PG_HOST", "127.0.0.1"),
            port=int(os.environ.get("THUVIEN_TEST_PG_PORT", "5432")),
            user=os.environ.get("THUVIEN_TEST_PG_USER", "postgres"),
            dbname="postgres",
            connect_timeout=3,
        ).close()
    except psycopg.Error:
        return False
    return True


def test_engine_contract_holds_on_postgresql():
    if not _reachable():
        skip_or_fail("PostgreSQL on 127.0.0.1:5432 with psycopg")
    command = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "-p",
        "no:randomly",
        "--ds=tests.search.settings_pg",
        "-m",
        "engine_contract",
        "tests/search",
    ]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    passed = re.search(r"(\d+) passed", result.stdout)
    assert passed and int(passed.group(1)) >= 50, result.stdout[-2000:]
