#!/usr/bin/env bash
# Every test of Perovskite QD Lab: type check, unit + component (Vitest), build, end-to-end in Debian's
# Chromium (Playwright against `vite preview`). Installs what it needs on a fresh Debian machine:
# npm packages (npm ci) and the `chromium` Debian package when /usr/bin/chromium is missing.
# It never downloads a browser of its own.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian's chromium is only needed by the end-to-end tests at the end: on a fresh machine it installs in the
# background while the type check, unit tests and build run (about a minute and a half saved in CI).
APT_PID=""
if [ ! -x /usr/bin/chromium ]; then
  echo "== installing Debian's chromium in the background (apt-get; log: /tmp/pqd-apt-chromium.log)"
  SUDO=""
  if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
  ( $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium ) \
    >/tmp/pqd-apt-chromium.log 2>&1 &
  APT_PID=$!
fi

if [ "${CI:-}" = "true" ] || [ ! -f node_modules/.package-lock.json ]; then
  # `npm install` with the committed package-lock.json installs the locked versions. Not `npm ci`: the
  # registry here serves only the linux-x64 build of @lix-js/sdk (Paraglide's compiler) at the locked
  # version, so its other platforms' optional packages cannot be recorded in the lock file and `npm ci`
  # refuses the lock as "out of sync" (seen 2026-11-25).
  echo "== npm install (locked versions)"
  npm install --no-audit --no-fund
fi

echo "== message catalogue (paraglide; and the test-only pseudo-locale)"
npm run i18n:test

echo "== type check (svelte-check)"
npx svelte-check --tsconfig ./tsconfig.json --fail-on-warnings --output human

echo "== unit and component tests (vitest)"
npx vitest run

echo "== build"
npx vite build --logLevel warn

if [ -n "$APT_PID" ]; then
  echo "== waiting for the chromium install"
  if ! wait "$APT_PID"; then cat /tmp/pqd-apt-chromium.log; echo "chromium install failed"; exit 1; fi
fi

echo "== end-to-end tests (playwright + chromium)"
npx playwright test
