#!/usr/bin/env bash
# Builds the installable program in installer/target/dist: the portable app image (a folder and a
# .tar.gz on Linux) and the system's package (.deb on Linux, .dmg on macOS), each with its own Java
# runtime (jlink, JavaFX on its module path), the docs and the licence notices. Tests are skipped
# (CI runs them); extra arguments go to Maven, e.g. -o. Windows: installer\build.ps1.
# Needs JDK 17 with its jmods (Debian: openjdk-17-jmods) and Maven; on Linux fakeroot and dpkg-deb.
# docs/install.md has the details.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
if [ "$(uname -s)" = Linux ]; then
  for tool in fakeroot dpkg-deb; do
    command -v $tool >/dev/null || { echo "installer: $tool is missing (Debian: apt-get install ${tool/dpkg-deb/dpkg})" >&2; exit 1; }
  done
fi
cd "$root"
mvn -B -ntp -Pinstaller -DskipTests -pl installer -am package "$@"
echo "installer: built in installer/target/dist:"
ls -1 installer/target/dist | sed 's/^/  /'
