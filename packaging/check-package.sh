#!/usr/bin/env bash
# Checks the Debian package as a user would meet it: Debian's own checkers, then `apt-get install` it, start the
# installed programs (the window offscreen until Home has painted, the command line against the demo server),
# and remove it again. Usage: bash packaging/check-package.sh path/to/marquee_<version>_amd64.deb
set -euo pipefail

deb="$(realpath "$1")"
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}
step() { echo "== $*" >&2; }

step "lintian (errors fail the check)"
lintian --fail-on error --tag-display-limit 0 "$deb"

installed=no
work="$(mktemp -d)"
cleanup() {
  if [ "$installed" = yes ]; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q marquee >/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

step "apt-get install $deb"
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$deb"
installed=yes

step "desktop-file-validate, appstreamcli validate --pedantic"
desktop-file-validate /usr/share/applications/org.marquee.Marquee.desktop
# --no-net: the screenshots' URLs are not fetched (CI has no network); everything else is checked.
appstreamcli validate --pedantic --no-net /usr/share/metainfo/org.marquee.Marquee.metainfo.xml
for page in marquee marquee-cli marquee-demo-server; do
  test -s "/usr/share/man/man1/$page.1.gz" || { echo "no manual page for $page" >&2; exit 1; }
done
if command -v man >/dev/null 2>&1; then
  man -P cat marquee-cli | grep -q "settings" || { echo "man marquee-cli does not describe the settings command" >&2; exit 1; }
fi
for size in 16x16 32x32 48x48 128x128 256x256 scalable; do
  ls /usr/share/icons/hicolor/$size/apps/org.marquee.Marquee.* >/dev/null
done

step "the installed marquee, offscreen, until Home has painted"
first_paint="$(cd "$work" && QT_QPA_PLATFORM=offscreen MARQUEE_EXIT_AFTER_FIRST_PAINT=1 \
  timeout 120 /usr/bin/marquee --demo --data-dir "$work/app")"
echo "$first_paint"
case "$first_paint" in
  *first-paint-ms*) ;;
  *) echo "the installed marquee never painted Home" >&2; exit 1 ;;
esac

step "the installed marquee-cli --demo sync"
timeout 300 /usr/bin/marquee-cli --demo --data-dir "$work/cli" --quiet sync
/usr/bin/marquee-cli --data-dir "$work/cli" settings ttl/movies 7200
test "$(/usr/bin/marquee-cli --data-dir "$work/cli" settings ttl/movies)" = 7200

step "apt-get remove marquee"
as_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q marquee
installed=no
test ! -e /usr/bin/marquee
echo "package check passed" >&2
