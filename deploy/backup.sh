#!/usr/bin/env bash
# Back up the platform: the PostgreSQL database (pg_dump, custom format) and uploaded files
# (VAR_DIR/media: resumes, business licences), with a SHA-256 manifest.
#   DATABASE_URL=postgres://… VAR_DIR=/srv/shanhai/var deploy/backup.sh /backups/shanhai
set -euo pipefail
target="${1:?usage: deploy/backup.sh <directory>}"
: "${DATABASE_URL:?set DATABASE_URL (postgres://…)}"
var_dir="${VAR_DIR:-$(cd "$(dirname "$0")/.." && pwd)/var}"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$target"
dump="$target/db-$stamp.dump"
media="$target/media-$stamp.tar.gz"

pg_dump --format=custom --no-owner --no-privileges --file="$dump" "$DATABASE_URL"
if [ -d "$var_dir/media" ]; then
  tar -czf "$media" -C "$var_dir" media
else
  tar -czf "$media" --files-from /dev/null
fi
(cd "$target" && sha256sum "$(basename "$dump")" "$(basename "$media")" > "manifest-$stamp.sha256")
echo "database: $dump ($(du -h "$dump" | cut -f1))"
echo "media:    $media ($(du -h "$media" | cut -f1))"
echo "manifest: $target/manifest-$stamp.sha256"
