"""deploy/backup.sh and deploy/restore.sh on a scratch PostgreSQL database: what was there
comes back, files included, and a damaged backup is refused."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from tests.servers import ROOT

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
SERVER = "postgres://postgres@127.0.0.1:5432"


@pytest.fixture
def scratch(tmp_path):
    import psycopg

    name = f"shanhai_backup_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    env = {
        **os.environ,
        "DATABASE_URL": f"{SERVER}/{name}",
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "VAR_DIR": str(tmp_path / "var"),
        "PYTHONPATH": str(ROOT),
        "REDIS_URL": "",
    }
    yield env
    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def manage(env: dict[str, str], *args: str) -> str:
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def counts(env: dict[str, str]) -> str:
    code = (
        "from directory.models import Organisation; from accounts.models import User; "
        "print(Organisation.objects.filter(kind='university').count(), User.objects.count())"
    )
    return manage(env, "shell", "--no-imports", "-c", code).splitlines()[-1]


def script(name: str, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603
        ["/bin/bash", str(ROOT / "deploy" / name), *args], env=env, capture_output=True, text=True
    )


def test_a_backup_restores_the_database_and_uploaded_files(scratch, tmp_path):
    manage(scratch, "migrate", "--noinput", "-v", "0")
    manage(
        scratch,
        "shell",
        "-c",
        "from directory.models import Organisation; from accounts.models import User; "
        "Organisation.objects.create(kind='university', name='备份示范大学', region_id='310000'); "
        "User.objects.create_user('backup-student', password='pw-backup-12345')",
    )
    resume = Path(scratch["VAR_DIR"]) / "media" / "resumes" / "cv.pdf"
    resume.parent.mkdir(parents=True)
    resume.write_bytes(b"%PDF-1.4 backup test")
    before = counts(scratch)
    assert before == "1 1"

    made = script("backup.sh", scratch, str(tmp_path / "backups"))
    assert made.returncode == 0, made.stderr
    manifest = next((tmp_path / "backups").glob("manifest-*.sha256"))

    manage(scratch, "flush", "--noinput")  # the loss
    resume.unlink()
    assert counts(scratch) == "0 0"

    restored = script("restore.sh", scratch, str(manifest))
    assert restored.returncode == 0, restored.stderr
    assert counts(scratch) == before
    assert resume.read_bytes() == b"%PDF-1.4 backup test"


def test_a_damaged_backup_is_refused_before_anything_is_touched(scratch, tmp_path):
    manage(scratch, "migrate", "--noinput", "-v", "0")
    assert script("backup.sh", scratch, str(tmp_path / "backups")).returncode == 0
    dump = next((tmp_path / "backups").glob("db-*.dump"))
    dump.write_bytes(dump.read_bytes()[:-10])
    manifest = next((tmp_path / "backups").glob("manifest-*.sha256"))
    refused = script("restore.sh", scratch, str(manifest))
    assert refused.returncode != 0 and "FAILED" in (refused.stdout + refused.stderr)
