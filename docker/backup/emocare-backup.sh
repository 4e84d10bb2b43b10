#!/usr/bin/env bash
# Consistent, encrypted backup of the Emocare databases (hub and auth-server) from MySQL 8 / MariaDB.
#
#   EMOCARE_BACKUP_PASSPHRASE=... docker/backup/emocare-backup.sh /backups/emocare-$(date +%F).sql.gz.gpg
#
# One mysqldump run over both databases with --single-transaction gives one consistent snapshot of both (InnoDB),
# without locking the applications out. The dump is compressed and encrypted with AES-256 (gpg symmetric, which also
# protects integrity); a SHA-256 of the encrypted file is written beside it. Personal data never touches the disk in
# clear. Connection: DB_HOST (127.0.0.1), DB_PORT (3306), DB_USER (root), DB_PASSWORD (empty),
# DATABASES ("emocare_hub emocare_auth").
set -euo pipefail

output=${1:?usage: emocare-backup.sh <output-file>}
: "${EMOCARE_BACKUP_PASSPHRASE:?set EMOCARE_BACKUP_PASSPHRASE (kept outside the backup, e.g. in a secret store)}"
read -r -a databases <<<"${DATABASES:-emocare_hub emocare_auth}"

dump=$(command -v mysqldump || command -v mariadb-dump)
umask 077
"$dump" --host="${DB_HOST:-127.0.0.1}" --port="${DB_PORT:-3306}" --user="${DB_USER:-root}" \
    ${DB_PASSWORD:+--password="$DB_PASSWORD"} \
    --single-transaction --quick --routines --triggers --events --hex-blob \
    --default-character-set=utf8mb4 --databases "${databases[@]}" \
  | gzip -c \
  | gpg --batch --yes --quiet --symmetric --cipher-algo AES256 --pinentry-mode loopback \
        --passphrase-fd 3 --output "$output" 3<<<"$EMOCARE_BACKUP_PASSPHRASE"
sha256sum "$output" | awk '{print $1}' > "$output.sha256"
echo "Backup written to $output ($(wc -c <"$output") bytes), checksum in $output.sha256"
