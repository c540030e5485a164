#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine and runs every test:
# type check, unit and integration tests (vitest), end-to-end tests (Playwright + Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."

SYSTEM_PACKAGES=(chromium socat xvfb xauth udev fonts-noto-core espeak-ng)
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  missing=()
  for pkg in "${SYSTEM_PACKAGES[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "== installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
else
  echo "== not root: make sure these Debian packages are installed: ${SYSTEM_PACKAGES[*]}"
fi

# The Electron binary comes from GitHub, which these machines cannot reach; package.json's
# allowScripts already skips it on npm 11, this covers older npm.
export ELECTRON_SKIP_BINARY_DOWNLOAD=1
echo "== npm ci"
npm ci --no-audit --no-fund

echo "== voice clips"
npx tsx main/build/build-voice-clips.ts
echo "== build"
npm run build
echo "== typecheck"
npm run typecheck
rm -f test-results/vitest.json test-results/playwright.json
status=0
echo "== unit and integration tests"
npm run test:unit || status=1
echo "== Electron security scan (Electronegativity, findings above LOW must be explained)"
npx tsx test/security/electronegativity-check.ts || status=1
echo "== end-to-end tests"
npm run test:e2e || status=1
echo "== summary"
npx tsx test/summarise-results.ts || status=1
exit "$status"
