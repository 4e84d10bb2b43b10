#!/usr/bin/env bash
# Restores a backup written by emocare-backup.sh.
#
#   EMOCARE_BACKUP_PASSPHRASE=... docker/backup/emocare-restore.sh /backups/emocare-2026-12-01.sql.gz.gpg \
#       [emocare_hub=restored_hub emocare_auth=restored_auth]
#
# Checks the SHA-256 first and refuses a file that does not match. Optional name mappings restore a database under
# another name (a restore drill next to the live databases). Connection as for the backup script.
set -euo pipefail

input=${1:?usage: emocare-restore.sh <backup-file> [source=target ...]}
shift
: "${EMOCARE_BACKUP_PASSPHRASE:?set EMOCARE_BACKUP_PASSPHRASE}"

if [ -f "$input.sha256" ]; then
  expected=$(cat "$input.sha256")
  actual=$(sha256sum "$input" | awk '{print $1}')
  if [ "$expected" != "$actual" ]; then
    echo "Refusing to restore: $input does not match its checksum" >&2
    exit 2
  fi
fi

# Database renames apply only to the CREATE DATABASE and USE lines of the dump.
rename=()
for mapping in "$@"; do
  source=${mapping%%=*}
  target=${mapping#*=}
  rename+=(-e "/^CREATE DATABASE\|^USE /s/\`$source\`/\`$target\`/")
done

client=$(command -v mysql || command -v mariadb)
gpg --batch --quiet --decrypt --pinentry-mode loopback --passphrase-fd 3 "$input" 3<<<"$EMOCARE_BACKUP_PASSPHRASE" \
  | gunzip -c \
  | { if [ ${#rename[@]} -gt 0 ]; then sed "${rename[@]}"; else cat; fi; } \
  | "$client" --host="${DB_HOST:-127.0.0.1}" --port="${DB_PORT:-3306}" --user="${DB_USER:-root}" \
      ${DB_PASSWORD:+--password="$DB_PASSWORD"} --default-character-set=utf8mb4
echo "Restored $input"
