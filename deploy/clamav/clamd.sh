#!/usr/bin/env bash
# Runs a real ClamAV daemon (Debian's clamav-daemon) in the foreground for the local platform and the
# tests, listening on 127.0.0.1:<port>, with its files in <folder>.
#
#   deploy/clamav/clamd.sh <folder> <port>
#
# - Installs clamav-daemon with apt-get when clamd is missing (as CI, the machines run as root).
# - No signature mirror can be reached from here, so the daemon loads a database this script writes:
#   the EICAR test signature (ptce-test.ndb). A production deployment runs freshclam instead
#   (deploy/k8s). The folder may also hold other *.ndb/*.hdb/*.cvd files: they are loaded as well.
set -euo pipefail

DIR="${1:?usage: clamd.sh <folder> <port>}"
PORT="${2:?usage: clamd.sh <folder> <port>}"

clamd_bin() {
  command -v clamd 2>/dev/null || { [[ -x /usr/sbin/clamd ]] && echo /usr/sbin/clamd; } || true
}

if [[ -z "$(clamd_bin)" ]]; then
  if [[ "$(id -u)" != "0" ]]; then
    echo "clamd is not installed and this user cannot install it: apt-get install clamav-daemon" >&2
    exit 1
  fi
  echo "Installing clamav-daemon (Debian)…" >&2
  # The package's scripts would start the system's clamd and freshclam services (freshclam trying
  # mirrors that cannot be reached): policy-rc.d tells them not to start anything during this install.
  POLICY=/usr/sbin/policy-rc.d
  CREATED_POLICY=""
  if [[ ! -e "$POLICY" ]]; then
    printf '#!/bin/sh\nexit 101\n' > "$POLICY" && chmod +x "$POLICY" && CREATED_POLICY=1
  fi
  # Another build on the machine may be installing packages: wait for its lock rather than fail.
  install() { DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends clamav-daemon >&2; }
  install || { apt-get update -q >&2 && install; } || STATUS=$?
  [[ -n "$CREATED_POLICY" ]] && rm -f "$POLICY"
  [[ -z "${STATUS:-}" ]] || exit "$STATUS"
fi

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

exec "$(clamd_bin)" --config-file="$DIR/clamd.conf"
