#!/usr/bin/env bash
# Prepare a Debian/Ubuntu machine for HipFlex Desktop, then install the app into ./.venv.
#
#   scripts/setup-debian.sh            Python, the system libraries Qt needs, then the app
#   scripts/setup-debian.sh --test     the above + what the test suite needs (Xvfb, xdotool,
#                                      ImageMagick, PulseAudio, speech-dispatcher with espeak-ng,
#                                      desktop-file-utils, the AT-SPI bus and pyatspi for the
#                                      screen-reader test) and the test and bundle extras
#   scripts/setup-debian.sh --bundle   the app + PyInstaller and binutils (scripts/build-bundle)
#   scripts/setup-debian.sh --dry-run  say what would be installed, install nothing
#   scripts/setup-debian.sh --list-packages   every system package this script may install
#   scripts/setup-debian.sh --list-libraries  only the libraries Qt loads (what the bundle needs)
#
# A fresh Debian has no python3 at all; Debian and Ubuntu desktops have python3 but not its venv
# module (python3-venv). Qt's wheels from PyPI do not bring the system libraries they load (EGL,
# xkbcommon, fontconfig, the xcb family, libpulse for sound and speech). This script finds what
# is missing and installs only that, with apt-get (as root, or through sudo), saying in one line
# what and why. Without apt-get it names what to install by hand and stops.
#
# PYTHON=/path/to/python3.x picks the Python the virtual environment is made with (default: the
# first python3 on PATH).
set -euo pipefail
cd "$(dirname "$0")/.."

with_tests=0 with_bundle=0 dry_run=0 list_only=0 list_libraries=0
for arg in "$@"; do
  case $arg in
    --test) with_tests=1 with_bundle=1 ;;
    --bundle) with_bundle=1 ;;
    --dry-run) dry_run=1 ;;
    --list-packages) list_only=1 ;;
    --list-libraries) list_libraries=1 ;;
    *) echo "setup: unknown option $arg (expected --test, --bundle, --dry-run," \
            "--list-packages, --list-libraries)" >&2
       exit 2 ;;
  esac
done

python_packages=(python3 python3-venv)
runtime=(
  libgl1 libegl1 libfontconfig1 fonts-dejavu-core libxkbcommon0 libxkbcommon-x11-0 libglib2.0-0
  libdbus-1-3 libpulse0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxcb-randr0
  libxcb-xfixes0 libxcb-shm0 libxcb-sync1 libxrender1 libxi6
)
bundling=(
  binutils           # PyInstaller reads the libraries' dependencies with objdump,
  libpython3-dev     # bundles libpython3.X.so, which Debian's python3 keeps in libpython3.X,
  libgssapi-krb5-2   # and imports QtNetwork, which loads it (a fresh Debian 13 lacks it)
)
testing=(
  xvfb xauth xdotool x11-utils imagemagick dbus dbus-x11 pulseaudio pulseaudio-utils
  speech-dispatcher speech-dispatcher-espeak-ng espeak-ng strace desktop-file-utils
  at-spi2-core python3-pyatspi  # python3-pyatspi brings Debian's python3 with it
)
if ((list_libraries)); then
  printf '%s\n' "${runtime[@]}"
  exit 0
fi
if ((list_only)); then
  printf '%s\n' "${python_packages[@]}" "${runtime[@]}" "${bundling[@]}" "${testing[@]}"
  exit 0
fi

# The oldest Python the app supports, as pyproject.toml says (requires-python = ">=3.X").
needed=$(sed -n 's/^requires-python *= *">=\([0-9][0-9.]*\)".*/\1/p' pyproject.toml)
needed=${needed:-3.11}

# -- Python --------------------------------------------------------------------------------
# One of: ok, missing (no python3 at all), broken (does not run), old (too old), novenv (no
# venv/ensurepip module).
python_state() {
  local py=$1
  if [[ -z $py ]] || ! command -v "$py" >/dev/null 2>&1; then
    echo missing
  elif ! "$py" -c "pass" >/dev/null 2>&1; then
    echo broken
  elif ! "$py" -c "import sys; sys.exit(sys.version_info < tuple(map(int, '$needed'.split('.'))))" \
      2>/dev/null; then
    echo old
  elif ! "$py" -c "import ensurepip, venv" >/dev/null 2>&1; then
    echo novenv
  else
    echo ok
  fi
}

python=${PYTHON:-$(command -v python3 || true)}
state=$(python_state "$python")

too_old() {
  local found
  found=$("$python" -c 'import platform; print(platform.python_version())' 2>/dev/null || echo "?")
  echo "setup: HipFlex Desktop needs Python $needed or newer; found Python $found ($python)." >&2
  echo "setup: install a newer Python (Debian 12, Debian 13 and Ubuntu 24.04 have one), then" \
       "run again, or name it: PYTHON=/path/to/python3.X $0" >&2
  exit 1
}
[[ $state == old ]] && too_old
if [[ $state == broken ]]; then
  echo "setup: $python does not run; fix it or name another: PYTHON=/path/to/python3.X $0" >&2
  exit 1
fi

# Debian's own Python (a file of a Debian package) gets its venv module from python3-venv; any
# other Python (pyenv, a hand-built one) cannot be repaired with apt-get, so it is named instead.
if [[ $state == novenv ]]; then
  if ! dpkg-query -S "$(readlink -f "$(command -v "$python")")" >/dev/null 2>&1; then
    echo "setup: $python has no venv module (ensurepip); install one that has, or name it:" \
         "PYTHON=/path/to/python3.X $0" >&2
    exit 1
  fi
fi

# -- System packages -----------------------------------------------------------------------
wanted=()
case $state in
  missing) [[ -n ${PYTHON:-} ]] && { echo "setup: PYTHON=$PYTHON is not a program" >&2; exit 1; }
           wanted+=("${python_packages[@]}") ;;
  novenv) wanted+=(python3-venv) ;;
esac
wanted+=("${runtime[@]}")
((with_bundle)) && wanted+=("${bundling[@]}")
((with_tests)) && wanted+=("${testing[@]}")

# Why the missing packages are needed, in one clause per group that has one missing.
reasons() {
  local pkg out=() py=0 qt=0 bundle=0 tests=0
  for pkg in "$@"; do
    if [[ " ${python_packages[*]} " == *" $pkg "* ]]; then py=1
    elif [[ " ${runtime[*]} " == *" $pkg "* ]]; then qt=1
    elif [[ " ${bundling[*]} " == *" $pkg "* ]]; then bundle=1
    else tests=1
    fi
  done
  if ((py)); then
    if [[ $state == missing ]]; then out+=("there is no Python $needed+ yet")
    else out+=("$python cannot make a virtual environment without python3-venv")
    fi
  fi
  ((qt)) && out+=("Qt's window, sound and speech load these system libraries")
  ((bundle)) && out+=("PyInstaller needs these to build the one-file bundle")
  ((tests)) && out+=("the tests need Xvfb, xdotool, ImageMagick, PulseAudio and a speech engine")
  local IFS=";"
  echo "${out[*]}" | sed 's/;/; /g'
}

if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg-query >/dev/null 2>&1; then
  echo "setup: this is not a Debian or Ubuntu system (no apt-get), so nothing is installed" \
       "here. Install by hand, with your system's package manager:" >&2
  echo "  Python $needed or newer with its venv module; the libraries Qt loads: OpenGL/EGL," \
       "fontconfig, xkbcommon and xkbcommon-x11, GLib, D-Bus, PulseAudio's client library" \
       "(libpulse), xcb-util-cursor, xcb-util-wm, xcb-util-image, xcb-util-keysyms," \
       "xcb-util-renderutil (on Fedora: sudo dnf install python3 mesa-libGL mesa-libEGL" \
       "fontconfig libxkbcommon-x11 glib2 dbus-libs pulseaudio-libs xcb-util-cursor xcb-util-wm" \
       "xcb-util-image xcb-util-keysyms xcb-util-renderutil)." >&2
  echo "  Their Debian names: ${wanted[*]}" >&2
  echo "setup: then make the environment yourself: python3 -m venv .venv &&" \
       ".venv/bin/pip install -e ." >&2
  exit 1
fi

missing=()
for pkg in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
done
# A name dpkg does not know may be provided under another one (Debian 13 and Ubuntu 24.04 renamed
# libglib2.0-0 to libglib2.0-0t64): when apt-get's simulation (no root needed) would install
# nothing, nothing is missing. Without package lists the simulation fails, and apt-get runs.
if ((${#missing[@]})) \
    && simulated=$(apt-get -s install --no-install-recommends "${missing[@]}" 2>/dev/null) \
    && ! grep -q "^Inst " <<<"$simulated"; then
  missing=()
fi
if ((${#missing[@]})); then
  sudo=()
  how="apt-get"
  if [[ $(id -u) != 0 ]]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "setup: missing ${missing[*]} ($(reasons "${missing[@]}")); there is no sudo here:" \
           "as root, run apt-get install ${missing[*]}, then run $0 again" >&2
      exit 1
    fi
    sudo=(sudo)
    how="sudo apt-get"
  fi
  echo "setup: installing with $how: ${missing[*]} ($(reasons "${missing[@]}"))" >&2
  ((dry_run)) && exit 0
  # apt-get's progress is kept out of sight, but shown when it fails (dpkg reports on stdout).
  if ! output=$("${sudo[@]}" apt-get update -qq 2>&1) \
      || ! output=$("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
                    apt-get install -y -qq --no-install-recommends "${missing[@]}" 2>&1); then
    # sudo resets the environment: DEBIAN_FRONTEND goes through env, after it.
    tail -n 25 <<<"$output" >&2
    echo "setup: apt-get could not install ${missing[*]} (its last lines are above)" >&2
    exit 1
  fi
else
  echo "setup: system packages already present" >&2
  ((dry_run)) && exit 0
fi

# -- The virtual environment ---------------------------------------------------------------
if [[ $state != ok ]]; then
  python=${PYTHON:-$(command -v python3 || true)}
  state=$(python_state "$python")
  [[ $state == old ]] && too_old
  if [[ $state != ok ]]; then
    echo "setup: Python is still not usable after installing it ($state): $python" >&2
    exit 1
  fi
fi
# A .venv left by an earlier failed attempt (python3 -m venv without ensurepip leaves one
# without pip) is made again.
if [[ -x .venv/bin/python ]] && ! .venv/bin/python -m pip --version >/dev/null 2>&1; then
  echo "setup: .venv is incomplete (no pip); making it again" >&2
  rm -rf .venv
fi
if [[ ! -x .venv/bin/python ]]; then
  echo "setup: creating .venv with $("$python" --version 2>&1) ($python)" >&2
  "$python" -m venv .venv
fi
extras=()
((with_tests)) && extras+=(test)
((with_bundle)) && extras+=(bundle)
spec="."
((${#extras[@]})) && spec=".[$(IFS=,; echo "${extras[*]}")]"
# pip is asked again only when pyproject.toml (dependencies, entry points) changed since this
# set of extras was installed: the install is editable, so the code itself is always current.
stamp=.venv/hipflex-installed
want="$spec $(sha256sum pyproject.toml | cut -c1-16)"
if [[ -f $stamp ]] && grep -qxF "$want" "$stamp" \
    && .venv/bin/python -c "import hipflex_desktop" >/dev/null 2>&1; then
  echo "setup: hipflex-desktop${spec#.} is installed in .venv" >&2
  exit 0
fi
echo "setup: installing hipflex-desktop${spec#.} into .venv" >&2
# setuptools warns at length about resources/__pycache__ (Python's cache of resources/__init__.py)
# looking like a package it was not told about; it is only a cache.
rm -rf resources/__pycache__
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
.venv/bin/python -m pip install -q --disable-pip-version-check -e "$spec"
{ grep -s -v " ${want##* }\$" "$stamp" | grep -v "^$spec " || true; echo "$want"; } >"$stamp.new"
mv "$stamp.new" "$stamp"
