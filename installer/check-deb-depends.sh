#!/usr/bin/env bash
# Checks that a built khareetaty .deb declares every Debian package whose libraries its native code
# links against: the launcher, the JDK's libraries in the runtime and JavaFX's, which jpackage cannot
# see in the jars (the build moves them into the runtime's lib/). Like dpkg-shlibdeps, it reads the
# direct NEEDED entries of every ELF file (readelf -d), skips those the package itself provides,
# finds each library on this machine (ldconfig -p), asks dpkg -S which package owns it and compares
# that set with the package's Depends. Also fails when ldd finds an unresolved library.
# Run it where the package's dependencies are installed (after `apt-get -f install`), e.g. from
# installer/test-install.sh.   Usage: installer/check-deb-depends.sh khareetaty_VERSION_amd64.deb
set -euo pipefail
deb=${1:?usage: $0 PACKAGE.deb}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dpkg-deb -x "$deb" "$tmp"

# the declared package names, without versions and with every alternative of an "a | b"
declared=$(dpkg-deb -f "$deb" Depends | tr ',|' '\n\n' | sed 's/(.*)//; s/:any//; s/[[:space:]]//g' | grep -v '^$' | sort -u)

owner() { # the package that owns a library file (Debian 12 has /lib merged into /usr/lib)
  local p=$1 r found
  r=$(readlink -f "$p")
  for f in "$p" "$r" "${p#/usr}" "/usr${p}" "${r#/usr}" "/usr${r}"; do
    found=$(dpkg -S "$f" 2>/dev/null | sed -n '1s/:.*//p') || true
    [ -n "$found" ] && { echo "$found"; return 0; }
  done
  return 1
}

fail=0
declare -A needed_by
while IFS= read -r -d '' f; do
  [ "$(head -c 4 "$f" | tail -c 3)" = ELF ] || continue
  # ldd: every library resolves, except those the package provides (libjvm.so, loaded by the launcher)
  for so in $(ldd "$f" 2>/dev/null | awk '/not found/ { print $1 }' | sort -u); do
    [ -n "$(find "$tmp" -name "$so" -print -quit)" ] && continue
    echo "UNRESOLVED: $so (needed by ${f#"$tmp"})"
    fail=1
  done
  for so in $(readelf -d "$f" 2>/dev/null | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
    [ -n "$(find "$tmp" -name "$so" -print -quit)" ] && continue   # shipped in the package itself
    path=$(ldconfig -p | awk -v s="$so" '$1 == s && /x86-64/ && !p { p = $NF } END { print p }')
    if [ -z "$path" ]; then
      echo "NOT ON THIS MACHINE: $so (needed by ${f#"$tmp"})"
      fail=1
      continue
    fi
    pkg=$(owner "$path") || { echo "NO PACKAGE OWNS: $path (needed by ${f#"$tmp"})"; fail=1; continue; }
    needed_by[$pkg]="${needed_by[$pkg]:-} $(basename "$f")"
  done
done < <(find "$tmp" -type f \( -name '*.so' -o -name '*.so.*' -o -perm -u+x \) -print0)

echo "packages the native code links against (readelf NEEDED -> ldconfig -> dpkg -S):"
for pkg in $(printf '%s\n' "${!needed_by[@]}" | sort); do
  users=$(printf '%s\n' ${needed_by[$pkg]} | sort -u | tr '\n' ' ')
  if grep -qx "$pkg" <<<"$declared"; then
    echo "  declared  $pkg  <- $users"
  else
    echo "  MISSING   $pkg  <- $users"
    fail=1
  fi
done
echo "declared, not linked directly (loaded at run time or data: fonts, dlopen, xdg-desktop-menu):"
for pkg in $declared; do
  [ -n "${needed_by[$pkg]:-}" ] || echo "  $pkg"
done
if [ $fail -ne 0 ]; then
  echo "check-deb-depends: FAILED: the .deb does not declare every library its native code needs" >&2
  exit 1
fi
echo "check-deb-depends: every linked library's package is declared"
