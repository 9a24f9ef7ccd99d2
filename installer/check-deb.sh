#!/usr/bin/env bash
# Installs the .deb that installer/build.sh made on this machine, uses it as a clerk would — the command on
# PATH, its version, binding a sample case that came with the package into a new database, the default
# per-user data folder, the menu entry — and removes it again, checking nothing is left behind.
# Needs root (apt-get) and a machine where the package is not installed yet. Takes ≈ 45 s.
#   bash installer/check-deb.sh [target/installer/anjuan_VERSION_amd64.deb]
set -euo pipefail
cd "$(dirname "$0")/.."
deb=${1:-$(ls target/installer/anjuan_*_amd64.deb 2>/dev/null | head -1)}
[ -n "$deb" ] && [ -f "$deb" ] || { echo "no .deb: run bash installer/build.sh first" >&2; exit 1; }
deb=$(readlink -f "$deb")
installed() { [ "$(dpkg-query -W -f='${Status}' anjuan 2>/dev/null)" = "install ok installed" ]; }
if installed; then
    echo "anjuan is installed already: remove it first (apt-get remove anjuan)" >&2
    exit 1
fi
tmp=$(mktemp -d)
failures=0
check() { # check DESCRIPTION COMMAND...
    local what=$1
    shift
    if "$@" >>"$tmp/log" 2>&1; then echo "ok    $what"; else echo "FAIL  $what"; failures=$((failures + 1)); fi
}
cleanup() {
    installed && apt-get purge -y anjuan >>"$tmp/log" 2>&1 || true
}
trap cleanup EXIT

start=$(date +%s)
echo "== install $deb"
apt-get install -y "$deb" >"$tmp/install.log" 2>&1 || { cat "$tmp/install.log" >&2; exit 1; }
check "anjuan is on PATH" test "$(command -v anjuan)" = /usr/bin/anjuan
check "the class-data archive was made" test -s /opt/anjuan/lib/app/anjuan.jsa
check "the menu entry 案卷" grep -q '^Name=案卷' /usr/share/applications/anjuan-anjuan.desktop
check "the samples came along" test -f /opt/anjuan/lib/app/samples/punishment-general-2023-basement/case.yaml

anjuan --version >"$tmp/version.txt" 2>&1 || true
cat "$tmp/version.txt"
check "anjuan --version names the program" grep -q '案卷 Anjuan' "$tmp/version.txt"

sample=/opt/anjuan/lib/app/samples/punishment-general-2023-basement
anjuan bind "$sample" --out "$tmp/out" --db "$tmp/db/anjuan" --quiet >"$tmp/bind.txt" 2>&1 || true
tail -3 "$tmp/bind.txt"
check "anjuan bind wrote the volumes" test -s "$tmp/out/bind-report.json"
check "… as PDF files" sh -c "ls '$tmp'/out/*.pdf"
if command -v pdfinfo >/dev/null; then
    for pdf in "$tmp"/out/*.pdf; do
        check "$(basename "$pdf") opens ($(pdfinfo "$pdf" 2>/dev/null | sed -n 's/^Pages: *//p') pages)" pdfinfo "$pdf"
    done
fi

# without --db: the database goes to the user's own data folder (InstallationSettings; Java takes the home
# folder from the user's account, not from $HOME, hence user.home)
env -u ANJUAN_HOME -u XDG_DATA_HOME _JAVA_OPTIONS="-Duser.home=$tmp/home" anjuan case list >"$tmp/list.txt" 2>&1 || true
check "the default database is per user (~/.local/share/anjuan)" test -f "$tmp/home/.local/share/anjuan/anjuan.mv.db"

echo "== remove"
apt-get purge -y anjuan >"$tmp/remove.log" 2>&1 || { cat "$tmp/remove.log" >&2; exit 1; }
check "anjuan is gone from PATH" test ! -e /usr/bin/anjuan
check "/opt/anjuan is gone" test ! -e /opt/anjuan
check "the menu entry is gone" test ! -e /usr/share/applications/anjuan-anjuan.desktop
echo "$(( $(date +%s) - start )) s"
if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed; log: $tmp/log" >&2
    exit 1
fi
rm -rf "$tmp"
echo "all checks passed"
