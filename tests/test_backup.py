"""deploy/backup.sh and deploy/restore.sh on a scratch PostgreSQL database: what was there
comes back, files included; the backup files are encrypted with age (nothing readable in them),
an unencrypted backup is refused unless explicitly allowed, and a damaged backup is refused."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.servers import ROOT

pytestmark = [pytest.mark.postgres, pytest.mark.slow, pytest.mark.age]
SERVER = "postgres://postgres@127.0.0.1:5432"


@pytest.fixture
def keys(tmp_path) -> tuple[str, Path]:
    """A fresh age key pair: the public key (recipient) and the identity file (private key)."""
    identity = tmp_path / "backup-key.txt"
    subprocess.run(["age-keygen", "-o", str(identity)], check=True, capture_output=True)  # noqa: S603, S607
    public = subprocess.run(  # noqa: S603
        ["age-keygen", "-y", str(identity)],  # noqa: S607
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    assert public.startswith("age1")
    return public, identity


def scratch_env(name: str, var_dir: Path) -> dict[str, str]:
    return {
        **os.environ,
        "DATABASE_URL": f"{SERVER}/{name}",
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "VAR_DIR": str(var_dir),
        "PYTHONPATH": str(ROOT),
        "REDIS_URL": "",
    }


def sql(statement: str) -> None:
    import psycopg

    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as conn:
        conn.execute(statement)


@pytest.fixture(scope="module")
def migrated(tmp_path_factory) -> Iterator[str]:
    """A database the migrations ran on, once for the module: each test's scratch database is a
    copy of it (``CREATE DATABASE ... TEMPLATE``), as a freshly migrated one would be, without each
    test paying a ``migrate`` of its own (the longest part of these tests)."""
    name = f"shanhai_backup_template_{uuid.uuid4().hex[:8]}"
    sql(f'CREATE DATABASE "{name}"')
    try:
        manage(scratch_env(name, tmp_path_factory.mktemp("template-var")), "migrate", "--noinput", "-v", "0")
        yield name
    finally:
        sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def scratch(tmp_path, keys, migrated):
    name = f"shanhai_backup_{uuid.uuid4().hex[:8]}"
    sql(f'CREATE DATABASE "{name}" TEMPLATE "{migrated}"')
    env = {
        **scratch_env(name, tmp_path / "var"),
        "BACKUP_AGE_RECIPIENT": keys[0],
        "BACKUP_AGE_IDENTITY": str(keys[1]),
    }
    yield env
    sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


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


def fill(scratch: dict[str, str]) -> Path:
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
    return resume


def test_a_backup_restores_the_database_and_uploaded_files(scratch, tmp_path):
    resume = fill(scratch)
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
    assert script("backup.sh", scratch, str(tmp_path / "backups")).returncode == 0
    dump = next((tmp_path / "backups").glob("db-*.dump.age"))
    dump.write_bytes(dump.read_bytes()[:-10])
    manifest = next((tmp_path / "backups").glob("manifest-*.sha256"))
    refused = script("restore.sh", scratch, str(manifest))
    assert refused.returncode != 0 and "FAILED" in (refused.stdout + refused.stderr)


def test_the_backup_files_are_encrypted(scratch, tmp_path):
    fill(scratch)
    made = script("backup.sh", scratch, str(tmp_path / "backups"))
    assert made.returncode == 0, made.stderr
    files = sorted(p for p in (tmp_path / "backups").iterdir() if not p.name.startswith("manifest-"))
    assert [p.suffix for p in files] == [".age", ".age"]
    for path in files:
        data = path.read_bytes()
        assert data.startswith(b"age-encryption.org/v1\n")
        # Not a PostgreSQL dump, no SQL, no names, no PDF inside.
        for plain in (
            b"PGDMP",
            b"CREATE TABLE",
            "备份示范大学".encode(),
            b"backup-student",
            b"%PDF",
        ):
            assert plain not in data, (path.name, plain)
        assert oct(path.stat().st_mode & 0o777) == "0o600"
        # ...and with the identity they are what they should be.
        opened = subprocess.run(  # noqa: S603
            ["age", "-d", "-i", scratch["BACKUP_AGE_IDENTITY"], str(path)],  # noqa: S607
            check=True,
            capture_output=True,
        ).stdout
        assert opened.startswith(b"PGDMP" if path.name.startswith("db-") else b"\x1f\x8b")


def test_without_a_key_nothing_is_written_unless_plaintext_is_allowed(scratch, tmp_path):
    resume = fill(scratch)
    del scratch["BACKUP_AGE_RECIPIENT"]
    refused = script("backup.sh", scratch, str(tmp_path / "refused"))
    assert refused.returncode != 0 and "refusing to write an unencrypted backup" in refused.stderr
    assert not (tmp_path / "refused").exists()

    plain = script("backup.sh", {**scratch, "BACKUP_ALLOW_PLAINTEXT": "true"}, str(tmp_path / "plain"))
    assert plain.returncode == 0 and "WARNING" in plain.stderr
    dump = next((tmp_path / "plain").glob("db-*.dump"))
    assert dump.read_bytes().startswith(b"PGDMP")
    resume.unlink()
    restored = script("restore.sh", scratch, str(next((tmp_path / "plain").glob("manifest-*"))))
    assert restored.returncode == 0, restored.stderr
    assert resume.read_bytes() == b"%PDF-1.4 backup test"


def test_an_encrypted_backup_needs_the_identity_to_restore(scratch, tmp_path):
    fill(scratch)
    assert script("backup.sh", scratch, str(tmp_path / "backups")).returncode == 0
    manifest = str(next((tmp_path / "backups").glob("manifest-*.sha256")))
    missing = script("restore.sh", {k: v for k, v in scratch.items() if k != "BACKUP_AGE_IDENTITY"}, manifest)
    assert missing.returncode != 0 and "BACKUP_AGE_IDENTITY" in missing.stderr
    other = tmp_path / "other-key.txt"
    subprocess.run(["age-keygen", "-o", str(other)], check=True, capture_output=True)  # noqa: S603, S607
    wrong = script("restore.sh", {**scratch, "BACKUP_AGE_IDENTITY": str(other)}, manifest)
    assert wrong.returncode != 0 and "no identity matched" in wrong.stderr
    assert counts(scratch) == "1 1"  # untouched
