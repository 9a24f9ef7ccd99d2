# Builds the Windows installer target\installer\anjuan-VERSION.msi: the program with its own Java runtime
# (jlink), the libraries, the samples and the fonts' licence, a Start-menu entry and a desktop shortcut for the
# window (anjuan.exe) and a console launcher for the commands (anjuan-cli.exe). See installer\README.md.
#
#   powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1 [-NoBuild]
#
# Needs on the Windows build machine: a JDK 17 with jmods (Temurin, Microsoft or Oracle builds; JAVA_HOME or
# JDK pointing at it), Maven, and WiX Toolset 3.x (candle.exe and light.exe on PATH), which jpackage drives.
param([switch]$NoBuild)
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..\..')

$jdk = if ($env:JDK) { $env:JDK } elseif ($env:JAVA_HOME) { $env:JAVA_HOME } else { throw 'Set JAVA_HOME (or JDK) to a JDK 17.' }
foreach ($tool in 'java', 'jlink', 'jpackage', 'jdeps') {
    if (-not (Test-Path "$jdk\bin\$tool.exe")) { throw "$jdk\bin\$tool.exe is missing: JAVA_HOME must be a full JDK 17." }
}
if (-not (Test-Path "$jdk\jmods")) { throw "$jdk has no jmods folder; use a JDK build that ships them." }
if (-not (Get-Command candle.exe -ErrorAction SilentlyContinue)) { throw 'WiX Toolset 3.x is needed: candle.exe and light.exe on PATH.' }

if (-not $NoBuild) {
    mvn -q -B package -DskipTests
    if ($LASTEXITCODE -ne 0) { throw 'mvn package failed' }
}
# jpackage wants a numeric version: 0.1.0-SNAPSHOT becomes 0.1.0
$version = (([xml](Get-Content pom.xml)).project.version -split '-')[0]

$out = 'target\installer'
if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory "$out\input\fonts", "$out\resources" | Out-Null
Copy-Item target\anjuan.jar "$out\input\"
Copy-Item -Recurse target\lib "$out\input\lib"          # Maven picked the JavaFX jars for Windows
Copy-Item -Recurse target\samples "$out\input\samples"
Copy-Item fonts\README.md, fonts\ARPHICPL.TXT "$out\input\fonts\"   # the font itself is inside anjuan.jar

& "$jdk\bin\java" -Djava.awt.headless=true installer\icon\AnjuanIcon.java fonts\AR-PL-UMing-CN.ttf "$out\resources"

# the same modules as on Linux (installer/build.sh): what jdeps finds, and those only found by name at run time
$found = & "$jdk\bin\jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 --class-path 'target\lib\*' target\anjuan.jar
if ($LASTEXITCODE -ne 0) { throw 'jdeps failed' }
$modules = "$found,jdk.localedata,jdk.charsets,jdk.zipfs,jdk.crypto.ec"
& "$jdk\bin\jlink" --add-modules $modules --include-locales=en,zh --strip-debug --no-header-files --no-man-pages `
    --generate-cds-archive --output "$out\runtime"
if ($LASTEXITCODE -ne 0) { throw 'jlink failed' }

& "$jdk\bin\jpackage" '@installer\windows\anjuan-msi.jpackage' --dest $out --app-version $version `
    --input "$out\input" --runtime-image "$out\runtime" --icon "$out\resources\anjuan.ico"
if ($LASTEXITCODE -ne 0) { throw 'jpackage failed' }
Get-ChildItem "$out\*.msi"
