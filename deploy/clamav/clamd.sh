#!/usr/bin/env bash
# Runs a real ClamAV daemon (Debian's clamav-daemon) in the foreground for the local platform and the
# tests, listening on 127.0.0.1:<port>, with its files in <folder>.
#
#   deploy/clamav/clamd.sh <folder> <port>
#
# - Installs clamav-daemon with apt-get when clamd is missing (installer.sh).
# - No signature mirror can be reached from here, so the daemon loads a database this script writes:
#   the EICAR test signature (ptce-test.ndb). A production deployment runs freshclam instead
#   (deploy/k8s). The folder may also hold other *.ndb/*.hdb/*.cvd files: they are loaded as well.
set -euo pipefail

DIR="${1:?usage: clamd.sh <folder> <port>}"
PORT="${2:?usage: clamd.sh <folder> <port>}"

CLAMD="$("$(dirname "$0")/installer.sh")"

mkdir -p "$DIR/db" "$DIR/tmp"
# EICAR's standard test file (eicar.org), written in two halves so that this script is not itself
# taken for a test virus by a scanner. ndb: Name:TargetType(0 = any file):Offset(* = anywhere):hex body.
EICAR_HEAD='X5O!P%@AP[4\PZX54(P^)7CC)7}$'
EICAR_TAIL='EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*'
HEX="$(printf '%s%s' "$EICAR_HEAD" "$EICAR_TAIL" | od -An -v -tx1 | tr -d ' \n')"
printf 'Eicar-Test-Signature:0:*:%s\n' "$HEX" > "$DIR/db/ptce-test.ndb"

cat > "$DIR/clamd.conf" <<CONF
Foreground yes
TCPSocket $PORT
TCPAddr 127.0.0.1
DatabaseDirectory $DIR/db
TemporaryDirectory $DIR/tmp
PidFile $DIR/clamd.pid
LogTime yes
LogVerbose no
# Attachments are 10 MB at most; a stream over this limit is answered with an error, never passed.
StreamMaxLength 12M
MaxFileSize 12M
MaxScanSize 48M
MaxThreads 4
CONF

exec "$CLAMD" --config-file="$DIR/clamd.conf"
