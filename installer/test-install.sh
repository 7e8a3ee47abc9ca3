#!/usr/bin/env bash
# The installer tested for real on this machine (Debian 12, as root): builds the .deb and the app
# image (installer/build.sh; --no-build reuses the last build), installs the .deb (dpkg -i, then
# apt-get -f install for its dependencies), checks its declared dependencies against the native code
# (check-deb-depends.sh), runs `khareetaty --version` and `khareetaty demo` for a fresh user, opens
# the window from the desktop entry under Xvfb and saves a screenshot (docs/screenshots/installed.png),
# runs the portable app image, then removes and purges the package and checks the user's store is
# still there. Skips with a message where it cannot run (not Debian, not root).
#   installer/test-install.sh [--no-build] [-- extra Maven options for the build]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
build=1
if [ "${1:-}" = --no-build ]; then build=0; shift; fi
[ "${1:-}" = -- ] && shift

skip() { echo "test-install: skipped: $*"; exit 0; }
[ "$(uname -s)" = Linux ] && command -v dpkg >/dev/null && command -v apt-get >/dev/null || skip "needs Debian (dpkg, apt-get)"
[ "$(id -u)" -eq 0 ] || skip "needs root to install a package (sudo $0)"

passed=0
pass() { passed=$((passed + 1)); echo "test-install: ok: $*"; }
fail() { echo "test-install: FAILED: $*" >&2; echo "$passed passed, 1 failed"; exit 1; }

if [ $build -eq 1 ]; then
  installer/build.sh "$@"
fi
dist=installer/target/dist
deb=$(ls "$dist"/khareetaty_*.deb 2>/dev/null | head -1)
tarball=$(ls "$dist"/khareetaty-*-linux-x64.tar.gz 2>/dev/null | head -1)
[ -f "$deb" ] && [ -f "$tarball" ] || fail "no .deb or app image tarball in $dist: build first (installer/build.sh)"
version=$(sed -n '0,/<version>/s:.*<version>\(.*\)</version>.*:\1:p' pom.xml)
commit=$(git rev-parse --short=10 HEAD 2>/dev/null || echo unknown)

# a clean state, then the install as IT would do it
if dpkg -s khareetaty >/dev/null 2>&1; then dpkg --purge khareetaty >/dev/null; fi
dpkg -i "$deb" || true    # fails when a dependency is missing; apt-get -f install brings it
DEBIAN_FRONTEND=noninteractive apt-get -f install -y -q >/dev/null
dpkg -s khareetaty | grep -q '^Status: install ok installed' || fail "the package did not install"
pass "installed $(dpkg-query -W -f '${Package} ${Version}' khareetaty) from $(basename "$deb")"
installed_kb=$(dpkg-query -W -f '${Installed-Size}' khareetaty)
echo "test-install: installed size $((installed_kb / 1024)) MiB (dpkg Installed-Size ${installed_kb} KiB; du: $(du -sh /opt/khareetaty | cut -f1))"

installer/check-deb-depends.sh "$deb" || fail "undeclared dependencies"
pass "every library the native code links against comes from a declared package"

[ "$(command -v khareetaty)" = /usr/bin/khareetaty ] || fail "khareetaty is not on the PATH"
pass "khareetaty on the PATH: /usr/bin/khareetaty -> $(readlink /usr/bin/khareetaty)"

# a fresh user (Java takes the home from the user account, not from $HOME): the program may write
# only in this home, never in /opt/khareetaty
user=khareetaty-test
user_home=/tmp/khareetaty-test-home
if id "$user" >/dev/null 2>&1; then userdel -r "$user" >/dev/null 2>&1 || true; fi
rm -rf "$user_home"
useradd -m -d "$user_home" -s /bin/sh "$user"
as_user() { runuser -u "$user" -- env -i HOME="$user_home" PATH=/usr/local/bin:/usr/bin:/bin DISPLAY="${DISPLAY:-}" "$@"; }
khareetaty() { as_user khareetaty "$@"; }
HOME=$user_home
marker=$(mktemp)

v=$(khareetaty --version)
echo "$v"
[ "$(head -1 <<<"$v")" = "Khareetaty Workstation $version (commit $commit)" ] \
  || [ $build -eq 0 ] || fail "--version does not print version $version and commit $commit"
grep -q "at /opt/khareetaty/lib/runtime" <<<"$v" || fail "--version: not on the package's own runtime"
pass "khareetaty --version: $(head -1 <<<"$v"), on the bundled runtime"

start=$(date +%s)
khareetaty demo | tee /tmp/khareetaty-test-demo.log
cp /tmp/khareetaty-test-demo.log "$user_home/demo.log"
grep -q 'loaded' "$user_home/demo.log" || fail "khareetaty demo printed no import summary"
[ -f "$HOME/.khareetaty/demo/khareetaty.mv.db" ] || fail "no demo store in $HOME/.khareetaty/demo"
pass "khareetaty demo built the demo store in ~/.khareetaty/demo in $(($(date +%s) - start)) s"

khareetaty stats --store "$HOME/.khareetaty/demo" >/tmp/khareetaty-test-stats.txt || fail "khareetaty stats"
pass "khareetaty stats on the demo store: $(grep -m1 -i 'incidents' /tmp/khareetaty-test-stats.txt || head -1 /tmp/khareetaty-test-stats.txt)"

desktop=$(ls /usr/share/applications/khareetaty*.desktop 2>/dev/null | head -1)
[ -n "$desktop" ] || fail "no desktop entry in /usr/share/applications"
exec_line=$(sed -n 's/^Exec=//p' "$desktop")
icon=$(sed -n 's/^Icon=//p' "$desktop")
[ -f "$icon" ] || fail "the desktop entry's icon $icon is missing"
pass "desktop entry $desktop: Exec=$exec_line, Icon=$icon"

shot_tool="$root/../shared/tools/screenshot"
[ -x "$shot_tool" ] || fail "the screenshot tool $shot_tool is missing"
mkdir -p docs/screenshots
# the desktop entry's command, its output kept to look for JavaFX's class-path warning
# shellcheck disable=SC2086
"$shot_tool" docs/screenshots/installed.png "${KHAREETATY_SHOT_SECONDS:-40}" -- \
  sh -c 'u=$0 h=$1; shift; exec runuser -u "$u" -- env -i HOME="$h" DISPLAY="$DISPLAY" "$@" >"$h/window.log" 2>&1' \
  "$user" "$user_home" $exec_line
cat "$user_home/window.log"
if grep -q 'Unsupported JavaFX configuration' "$user_home/window.log"; then
  fail "JavaFX ran from the class path"
fi
[ -s docs/screenshots/installed.png ] || fail "no screenshot"
pass "the desktop entry opened the window: docs/screenshots/installed.png"

changed=$(find /opt/khareetaty -newer "$marker" -print | head -5)
[ -z "$changed" ] || fail "the program wrote into the install folder: $changed"
[ ! -e "$HOME/.openjfx" ] || fail "JavaFX unpacked its native libraries into ~/.openjfx"
pass "nothing written in /opt/khareetaty; the user's data: $(cd "$HOME" && ls -d .[!.]* | tr '\n' ' ')"

portable=$(mktemp -d)
tar -C "$portable" -xzf "$tarball"
"$portable/khareetaty/bin/khareetaty" --version | grep -q "Khareetaty Workstation $version" \
  || fail "the portable app image does not run"
pass "the portable app image $(basename "$tarball") runs from $portable"
rm -rf "$portable"

apt-get remove -y -q khareetaty >/dev/null
[ ! -e /usr/bin/khareetaty ] && [ ! -e /opt/khareetaty/bin/khareetaty ] && [ ! -e "$desktop" ] \
  || fail "remove left the command, the program or the desktop entry"
dpkg --purge khareetaty >/dev/null
[ -f "$HOME/.khareetaty/demo/khareetaty.mv.db" ] || fail "uninstalling removed the user's store"
pass "removed and purged; the user's store $HOME/.khareetaty/demo is still there"

userdel -r "$user" >/dev/null 2>&1 || rm -rf "$user_home"
rm -f "$marker" /tmp/khareetaty-test-demo.log /tmp/khareetaty-test-stats.txt
echo "$passed passed, 0 failed"
