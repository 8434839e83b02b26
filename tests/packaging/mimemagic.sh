#!/usr/bin/env bash
# Checks that the installed shared-mime-info definition recognises a
# .dutymap agreement by name and, renamed, by its content (the SQLite header
# plus Dutymap's application id), and that another program's SQLite file is
# not taken for one. It builds a private MIME database in a temporary
# XDG_DATA_HOME and asks xdg-mime, as a user's file manager would without a
# desktop session.
#   mimemagic.sh <install prefix> <work folder>
set -euo pipefail
prefix=$1
work=$2
for tool in update-mime-database xdg-mime mimetype sqlite3; do
  if ! command -v "$tool" >/dev/null; then
    echo "skipped: $tool is not installed (packages shared-mime-info, xdg-utils, libfile-mimeinfo-perl, sqlite3)"
    exit 77
  fi
done

rm -rf "$work"
mkdir -p "$work/data/mime/packages"
cp "$prefix/share/mime/packages/io.github.dutymap.Dutymap.xml" "$work/data/mime/packages/"
# update-mime-database reports a bad match or glob, and then carries on
# without it; anything it prints is a failure.
XDG_DATA_HOME="$work/data" update-mime-database "$work/data/mime" >"$work/update.log" 2>&1
if [ -s "$work/update.log" ]; then
  echo "update-mime-database complained:"
  cat "$work/update.log"
  exit 1
fi

"$prefix/bin/dutymap-cli" new --model helpdesk-overflow -o "$work/real.dutymap" >/dev/null
cp "$work/real.dutymap" "$work/renamed.bin"
sqlite3 "$work/foreign.bin" 'PRAGMA application_id = 1; CREATE TABLE t(x);'

# Only the generic method: no desktop session may answer instead.
query() {
  env -u XDG_CURRENT_DESKTOP -u DESKTOP_SESSION -u KDE_FULL_SESSION \
    -u GNOME_DESKTOP_SESSION_ID -u MATE_DESKTOP_SESSION_ID -u DISPLAY -u WAYLAND_DISPLAY \
    -u DBUS_SESSION_BUS_ADDRESS XDG_DATA_HOME="$work/data" \
    xdg-mime query filetype "$1"
}

failed=0
expect() {
  local file=$1 wanted=$2 got
  got=$(query "$work/$file")
  if [ "$got" = "$wanted" ]; then
    echo "ok: $file is $got"
  else
    echo "FAILED: $file is “$got”, expected $wanted"
    failed=1
  fi
}
expect_not() {
  local file=$1 unwanted=$2 got
  got=$(query "$work/$file")
  if [ "$got" != "$unwanted" ] && [ -n "$got" ]; then
    echo "ok: $file is $got"
  else
    echo "FAILED: $file is “$got”, must not be $unwanted"
    failed=1
  fi
}
expect real.dutymap application/x-dutymap
expect renamed.bin application/x-dutymap
expect_not foreign.bin application/x-dutymap
exit $failed
