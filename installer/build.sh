#!/usr/bin/env bash
# Builds the installed program for Linux (see installer/README.md):
#   target/installer/anjuan/                 the app image: bin/anjuan (window), lib/app/anjuan-command
#                                            (commands), lib/runtime (a jlink'ed Java), lib/app (jar,
#                                            libraries, samples, class list)
#   target/installer/anjuan_VERSION_amd64.deb   the same, installed to /opt/anjuan, with /usr/bin/anjuan
#
#   bash installer/build.sh              # mvn package, then runtime, training run, app image, .deb
#   bash installer/build.sh --no-build   # reuse target/anjuan.jar, target/lib and target/samples
#   bash installer/build.sh --image-only # no .deb (no fakeroot / dpkg-deb needed)
#
# Needs a JDK 17 with jmods (jlink, jpackage, jdeps; Debian: openjdk-17-jdk-headless), Maven, and for the .deb
# fakeroot and dpkg-deb. JDK picks the JDK (default: the one of `java` on PATH).
set -euo pipefail
cd "$(dirname "$0")/.."

build=1
deb=1
for arg in "$@"; do
    case "$arg" in
        --no-build) build=0 ;;
        --image-only) deb=0 ;;
        *) echo "unknown option: $arg" >&2; exit 2 ;;
    esac
done

JDK=${JDK:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
for tool in jlink jpackage jdeps java; do
    [ -x "$JDK/bin/$tool" ] || { echo "$JDK/bin/$tool is missing: set JDK to a full JDK 17" >&2; exit 1; }
done
[ -d "$JDK/jmods" ] || { echo "$JDK has no jmods/ (Debian: apt-get install openjdk-17-jdk-headless)" >&2; exit 1; }

if [ "$build" = 1 ]; then
    echo "== mvn package"
    mvn -q -B package -DskipTests
fi
for f in target/anjuan.jar target/lib target/samples target/classes/org/anjuan/version.properties; do
    [ -e "$f" ] || { echo "$f is missing: run without --no-build" >&2; exit 1; }
done
version=$(sed -n 's/^version=//p' target/classes/org/anjuan/version.properties | tr -d '\r')
# jpackage wants a numeric version; 0.1.0-SNAPSHOT becomes 0.1.0
app_version=${version%%-*}

out=target/installer
rm -rf "$out"
mkdir -p "$out/input" "$out/resources" "$out/work"

echo "== app files"
cp target/anjuan.jar "$out/input/"
cp -r target/lib "$out/input/lib"
cp -r target/samples "$out/input/samples"
mkdir -p "$out/input/fonts"
cp fonts/README.md fonts/ARPHICPL.TXT "$out/input/fonts/" # the font itself is inside anjuan.jar
cp installer/linux/anjuan-command installer/linux/make-class-archive "$out/input/"
chmod 755 "$out/input/anjuan-command" "$out/input/make-class-archive"

echo "== icon"
"$JDK/bin/java" -Djava.awt.headless=true installer/icon/AnjuanIcon.java fonts/AR-PL-UMing-CN.ttf "$out/resources"
cp installer/linux/anjuan.desktop installer/linux/postinst installer/linux/prerm "$out/resources/"

echo "== runtime"
# the modules the code and its libraries use (jdeps follows the jar's class path), and those found only by
# name at run time: Chinese locale data, the GBK/GB18030 charsets, zip file systems, elliptic-curve crypto
found=$("$JDK/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 \
    --class-path "target/lib/*" target/anjuan.jar)
modules="$found,jdk.localedata,jdk.charsets,jdk.zipfs,jdk.crypto.ec"
echo "   $modules"
"$JDK/bin/jlink" --add-modules "$modules" --include-locales=en,zh \
    --strip-debug --no-header-files --no-man-pages --generate-cds-archive \
    --output "$out/runtime"
rm -f "$out/runtime/lib/server/classes_nocoops.jsa" # only for heaps over 32 GB

echo "== training run (the classes a command loads, for the class-data archive)"
java_rt="$out/runtime/bin/java"
work="$out/work"
sample=target/samples/punishment-general-2023-basement
scan=$(ls "$sample"/*.pdf | head -1)
train() {
    local name=$1
    shift
    "$java_rt" -Djava.awt.headless=true -XX:DumpLoadedClassList="$work/$name.classlist" \
        -cp "$out/input/anjuan.jar" org.anjuan.Main "$@" >"$work/$name.log" 2>&1 \
        || { echo "training run '$name' failed:" >&2; cat "$work/$name.log" >&2; exit 1; }
}
train version --version
train bind bind "$sample" --out "$work/bound" --db "$work/db" --quiet
train list case list --db "$work/db"
train cover print cover --case 1 --out "$work/cover.pdf" --db "$work/db"
train inspect inspect "$scan"
train number number "$scan" "$work/numbered.pdf"
# one list, first occurrence kept, the JVM's own hidden classes left out
cat "$work"/*.classlist | awk '!seen[$0]++' > "$out/input/anjuan.classlist"
echo "   $(wc -l < "$out/input/anjuan.classlist") classes"

echo "== app image"
common=(--name anjuan --app-version "$app_version" --vendor "Anjuan" --copyright "Anjuan"
        --description "案卷：行政执法案卷的登记、编号、装订与归档")
# the window too runs with the quick compiler only and the serial collector: on two cores the optimising
# compiler's threads took as much CPU as a bind itself, bind after bind (README, Benchmarks)
"$JDK/bin/jpackage" --type app-image --dest "$out" "${common[@]}" \
    --input "$out/input" --main-jar anjuan.jar --main-class org.anjuan.Main \
    --java-options -XX:TieredStopAtLevel=1 --java-options -XX:+UseSerialGC \
    --runtime-image "$out/runtime" --icon "$out/resources/anjuan.png"

if [ "$deb" = 1 ]; then
    echo "== .deb"
    "$JDK/bin/jpackage" --type deb --dest "$out" "${common[@]}" \
        --app-image "$out/anjuan" --install-dir /opt \
        --resource-dir "$out/resources" \
        --linux-package-name anjuan --linux-deb-maintainer "anjuan@localhost" \
        --linux-menu-group Office --linux-app-category misc --linux-shortcut \
        --linux-package-deps "cups-bsd, fonts-noto-cjk | fonts-wqy-microhei"
fi

echo "== class-data archive in the app image (the .deb makes its own where it is installed)"
"$out/anjuan/lib/app/make-class-archive"

ls -la "$out" | grep -E 'anjuan' || true
