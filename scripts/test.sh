#!/usr/bin/env bash
# Every test of Perovskite QD Lab: type check, unit + component (Vitest), build, end-to-end in Debian's
# Chromium (Playwright against `vite preview`). Installs what it needs on a fresh Debian machine:
# npm packages (npm ci) and the `chromium` Debian package when /usr/bin/chromium is missing.
# It never downloads a browser of its own.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${CI:-}" = "true" ] || [ ! -f node_modules/.package-lock.json ]; then
  # `npm install` with the committed package-lock.json installs the locked versions. Not `npm ci`: the
  # registry here serves only the linux-x64 build of @lix-js/sdk (Paraglide's compiler) at the locked
  # version, so its other platforms' optional packages cannot be recorded in the lock file and `npm ci`
  # refuses the lock as "out of sync" (seen 2026-11-25).
  echo "== npm install (locked versions)"
  npm install --no-audit --no-fund
fi

if [ ! -x /usr/bin/chromium ]; then
  echo "== installing Debian's chromium (apt-get)"
  SUDO=""
  if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

echo "== message catalogue (paraglide; and the test-only pseudo-locale)"
npm run i18n:test

echo "== type check (svelte-check)"
npx svelte-check --tsconfig ./tsconfig.json --fail-on-warnings --output human

echo "== unit and component tests (vitest)"
npx vitest run

echo "== build"
npx vite build --logLevel warn

echo "== end-to-end tests (playwright + chromium)"
npx playwright test
