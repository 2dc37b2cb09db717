#!/usr/bin/env bash
# Restore a backup made by deploy/backup.sh into DATABASE_URL and VAR_DIR/media.
# Stop the daphne processes first; the database's tables are replaced, not merged.
#   DATABASE_URL=postgres://… VAR_DIR=/srv/shanhai/var deploy/restore.sh /backups/shanhai/manifest-<stamp>.sha256
set -euo pipefail
manifest="${1:?usage: deploy/restore.sh <manifest-STAMP.sha256>}"
: "${DATABASE_URL:?set DATABASE_URL (postgres://…)}"
var_dir="${VAR_DIR:-$(cd "$(dirname "$0")/.." && pwd)/var}"
directory="$(cd "$(dirname "$manifest")" && pwd)"
(cd "$directory" && sha256sum --check --quiet "$(basename "$manifest")")  # refuses a damaged backup
stamp="$(basename "$manifest" .sha256)"; stamp="${stamp#manifest-}"

pg_restore --clean --if-exists --no-owner --no-privileges --exit-on-error \
  --dbname="$DATABASE_URL" "$directory/db-$stamp.dump"
mkdir -p "$var_dir"
rm -rf "$var_dir/media"
tar -xzf "$directory/media-$stamp.tar.gz" -C "$var_dir"
echo "restored database and media from $stamp"
