#!/usr/bin/env bash
# Back up the platform: the PostgreSQL database (pg_dump, custom format) and uploaded files
# (VAR_DIR/media: resumes, business licences), encrypted with age, with a SHA-256 manifest.
#   DATABASE_URL=postgres://… VAR_DIR=/srv/shanhai/var BACKUP_AGE_RECIPIENT=age1… deploy/backup.sh /backups/shanhai
# Encryption (docs/operations.md): to the public key(s) in BACKUP_AGE_RECIPIENT (space-separated)
# and/or the recipients file BACKUP_AGE_RECIPIENTS_FILE (one key a line, `age -R`). The private key
# stays off the server. Without a recipient the script refuses, unless BACKUP_ALLOW_PLAINTEXT=true
# (then it writes db-STAMP.dump and media-STAMP.tar.gz unencrypted, as before).
set -euo pipefail
target="${1:?usage: deploy/backup.sh <directory>}"
: "${DATABASE_URL:?set DATABASE_URL (postgres://…)}"
var_dir="${VAR_DIR:-$(cd "$(dirname "$0")/.." && pwd)/var}"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"

recipients=()
for key in ${BACKUP_AGE_RECIPIENT:-}; do recipients+=(-r "$key"); done
if [ -n "${BACKUP_AGE_RECIPIENTS_FILE:-}" ]; then recipients+=(-R "$BACKUP_AGE_RECIPIENTS_FILE"); fi
if [ "${#recipients[@]}" -gt 0 ]; then
  command -v age >/dev/null || { echo "backup.sh: age is not installed (apt-get install age)" >&2; exit 1; }
  suffix=".age"
  seal() { age "${recipients[@]}" -o "$1"; }
elif [ "${BACKUP_ALLOW_PLAINTEXT:-false}" = "true" ]; then
  suffix=""
  seal() { cat > "$1"; }
  echo "backup.sh: WARNING: writing an unencrypted backup (BACKUP_ALLOW_PLAINTEXT=true)" >&2
else
  echo "backup.sh: refusing to write an unencrypted backup: set BACKUP_AGE_RECIPIENT (an age public key)" \
    "or BACKUP_AGE_RECIPIENTS_FILE, or BACKUP_ALLOW_PLAINTEXT=true" >&2
  exit 1
fi

mkdir -p "$target"
umask 077
dump="$target/db-$stamp.dump$suffix"
media="$target/media-$stamp.tar.gz$suffix"
trap 'rm -f "$dump" "$media"' ERR  # no half-written backup is left behind

pg_dump --format=custom --no-owner --no-privileges "$DATABASE_URL" | seal "$dump"
if [ -d "$var_dir/media" ]; then
  tar -czf - -C "$var_dir" media | seal "$media"
else
  tar -czf - --files-from /dev/null | seal "$media"
fi
(cd "$target" && sha256sum "$(basename "$dump")" "$(basename "$media")" > "manifest-$stamp.sha256")
echo "database: $dump ($(du -h "$dump" | cut -f1))"
echo "media:    $media ($(du -h "$media" | cut -f1))"
echo "manifest: $target/manifest-$stamp.sha256"
