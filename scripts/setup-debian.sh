#!/usr/bin/env bash
# Prepare a Debian/Ubuntu machine for HipFlex Desktop, then install the app into ./.venv.
#
#   scripts/setup-debian.sh          system libraries Qt needs + the app
#   scripts/setup-debian.sh --test   the above + what the test suite needs (Xvfb, xdotool,
#                                    ImageMagick, PulseAudio, speech-dispatcher with espeak-ng,
#                                    the AT-SPI bus and pyatspi for the screen-reader test)
#
# Qt's wheels from PyPI do not bring the system libraries they load (EGL, xkbcommon, fontconfig,
# the xcb family, libpulse for sound and speech); a fresh machine lacks them. This script lists
# which are missing and installs only those, with apt-get (as root, or through sudo).
set -euo pipefail
cd "$(dirname "$0")/.."

with_tests=0
[[ ${1:-} == --test ]] && with_tests=1

runtime=(
  libgl1 libegl1 libfontconfig1 fonts-dejavu-core libxkbcommon0 libxkbcommon-x11-0 libglib2.0-0
  libdbus-1-3 libpulse0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxcb-randr0
  libxcb-xfixes0 libxcb-shm0 libxcb-sync1 libxrender1 libxi6
)
testing=(
  xvfb xauth xdotool x11-utils imagemagick dbus dbus-x11 pulseaudio pulseaudio-utils
  speech-dispatcher speech-dispatcher-espeak-ng espeak-ng strace
  at-spi2-core python3 python3-pyatspi
)
wanted=("${runtime[@]}")
((with_tests)) && wanted+=("${testing[@]}")

missing=()
for pkg in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  echo "setup: installing system packages Qt and the tests need: ${missing[*]}" >&2
  sudo=()
  ((EUID == 0)) || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
else
  echo "setup: system packages already present" >&2
fi

python=${PYTHON:-python3}
if [[ ! -x .venv/bin/python ]]; then
  echo "setup: creating .venv with $($python --version)" >&2
  "$python" -m venv .venv
fi
extra=""
((with_tests)) && extra="[test]"
echo "setup: installing hipflex-desktop$extra into .venv" >&2
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".$extra"
