#!/usr/bin/env bash
# Installs ClamAV's daemon from Debian (clamav-daemon) when clamd is missing; prints clamd's path.
# Used by .ci/run before the build and by clamd.sh (the local platform, the tests).
# Installing needs root (as CI, the machines run as root); otherwise it says what to run and fails.
set -euo pipefail

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
clamd_bin
