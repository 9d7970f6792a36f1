#!/usr/bin/env bash
# Installs headless Chromium + chromedriver (Debian packages) for tests/test_app_browser.py.
# Does nothing when /usr/bin/chromium is already there. Needs root (or sudo) and apt.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium chromium-driver
