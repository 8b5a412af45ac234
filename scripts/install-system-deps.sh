#!/usr/bin/env bash
# Installs the Debian packages the browser tests need, when they are missing:
# Chromium (Playwright drives /usr/bin/chromium; it never downloads a browser) and a CJK font.
set -euo pipefail
missing=()
for package in chromium fonts-wqy-microhei; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "system packages present: chromium, fonts-wqy-microhei"
  exit 0
fi
echo "installing: ${missing[*]}"
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
"${sudo_cmd[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
