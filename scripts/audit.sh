#!/usr/bin/env bash
# npm audit of the production dependencies: fails on high or critical advisories. Where the registry's
# audit endpoint cannot be reached (some mirrors and proxies answer 405), it says so and does not fail:
# "not checked" must not read as "no findings".
set -uo pipefail
cd "$(dirname "$0")/.."

output=$(npm audit --omit=dev --audit-level=high 2>&1)
status=$?
echo "$output"
if [ $status -ne 0 ] && grep -q "audit endpoint returned an error" <<<"$output"; then
  echo "npm audit: NOT CHECKED — the registry's audit endpoint is unavailable from here." >&2
  exit 0
fi
exit $status
