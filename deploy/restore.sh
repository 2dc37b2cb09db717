#!/usr/bin/env bash
# Restore a backup made by deploy/backup.sh into DATABASE_URL and VAR_DIR/media.
# Stop the daphne processes first; the database's tables are replaced, not merged.
#   DATABASE_URL=postgres://… VAR_DIR=/srv/shanhai/var BACKUP_AGE_IDENTITY=/root/backup-key.txt \
#     deploy/restore.sh /backups/shanhai/manifest-<stamp>.sha256
# An encrypted backup (*.age) needs BACKUP_AGE_IDENTITY: the age private key file (age-keygen).
set -euo pipefail
manifest="${1:?usage: deploy/restore.sh <manifest-STAMP.sha256>}"
: "${DATABASE_URL:?set DATABASE_URL (postgres://…)}"
var_dir="${VAR_DIR:-$(cd "$(dirname "$0")/.." && pwd)/var}"
directory="$(cd "$(dirname "$manifest")" && pwd)"
(cd "$directory" && sha256sum --check --quiet "$(basename "$manifest")")  # refuses a damaged backup
stamp="$(basename "$manifest" .sha256)"; stamp="${stamp#manifest-}"

if [ -f "$directory/db-$stamp.dump.age" ]; then
  : "${BACKUP_AGE_IDENTITY:?the backup is encrypted: set BACKUP_AGE_IDENTITY to the age identity (private key) file}"
  command -v age >/dev/null || { echo "restore.sh: age is not installed (apt-get install age)" >&2; exit 1; }
  umask 077
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT  # the decrypted dump does not outlive the restore
  age -d -i "$BACKUP_AGE_IDENTITY" -o "$work/db.dump" "$directory/db-$stamp.dump.age"
  age -d -i "$BACKUP_AGE_IDENTITY" -o "$work/media.tar.gz" "$directory/media-$stamp.tar.gz.age"
  dump="$work/db.dump"
  media="$work/media.tar.gz"
else
  dump="$directory/db-$stamp.dump"
  media="$directory/media-$stamp.tar.gz"
fi

pg_restore --clean --if-exists --no-owner --no-privileges --exit-on-error \
  --dbname="$DATABASE_URL" "$dump"
mkdir -p "$var_dir"
rm -rf "$var_dir/media"
tar -xzf "$media" -C "$var_dir"
echo "restored database and media from $stamp"
