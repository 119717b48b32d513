#!/bin/sh
# HipFlex Desktop @VERSION@ for Linux x86-64 (glibc @GLIBC@ or newer), in one file: run it.
#
# The first start unpacks the app (Python, Qt and HipFlex Desktop, @UNPACKED@ MB) into
# ~/.cache/hipflex-desktop/ and runs it from there; later starts run it straight away. Unpacking a
# new version removes the versions unpacked before. Qt needs the system libraries a desktop has
# (on a bare Debian or Ubuntu: scripts/setup-debian.sh --list-libraries names them).
set -eu
needed=@GLIBC@
have=$(getconf GNU_LIBC_VERSION 2>/dev/null | cut -d' ' -f2) || have=""
if [ -n "$have" ] && ! printf '%s\n%s\n' "$needed" "$have" | sort -V -C; then
  echo "hipflex: this build needs glibc $needed or newer, and this system has $have." \
       "Install HipFlex Desktop from its source instead (scripts/run-app, see the README)." >&2
  exit 1
fi
id=@ID@
base=${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/hipflex-desktop
dir=$base/bundle-$id
if [ ! -x "$dir/hipflex" ]; then
  mkdir -p "$base"
  tmp=$(mktemp -d "$base/.unpacking-XXXXXX")
  if ! tail -c +@OFFSET@ "$0" | tar -xzf - -C "$tmp"; then
    rm -rf "$tmp"
    echo "hipflex: could not unpack into $base (it needs @UNPACKED@ MB free)" >&2
    exit 1
  fi
  mv -T "$tmp" "$dir" 2>/dev/null || rm -rf "$tmp"  # another start unpacked it first
  for old in "$base"/bundle-*; do
    [ "$old" = "$dir" ] || rm -rf "$old"
  done
fi
HIPFLEX_BUNDLE=$(readlink -f "$0") exec "$dir/hipflex" "$@"
exit 1
