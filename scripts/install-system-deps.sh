#!/usr/bin/env bash
# Installs the Debian packages the browser tests need, when they are missing:
# Chromium (Playwright drives /usr/bin/chromium; it never downloads a browser), a CJK font, and nginx
# (tests/e2e/nginx.spec.ts runs the deployment's configuration as the current user on a loopback port).
set -euo pipefail
packages=(chromium fonts-wqy-microhei nginx)
missing=()
for package in "${packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "system packages present: ${packages[*]}"
  exit 0
fi
echo "installing: ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)

# Debian's nginx package starts a system nginx on port 80 when installed; where the port is taken that
# start fails and so does the install. The tests never use it: while installing, policy-rc.d (exit 101,
# "action forbidden", honoured by invoke-rc.d and deb-systemd-invoke) keeps services from starting.
# An existing policy-rc.d is left as it is.
policy=/usr/sbin/policy-rc.d
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' | "${sudo_cmd[@]}" tee "$policy" >/dev/null
  "${sudo_cmd[@]}" chmod 755 "$policy"
  trap '"${sudo_cmd[@]}" rm -f "$policy"' EXIT
fi

"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
