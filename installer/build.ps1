# Builds the Windows package (.msi) and the portable app image (a folder and a .zip) in
# installer\target\dist, each with its own Java runtime (jlink, JavaFX on its module path).
# NOT TRIED: written on Linux, where the same packager builds the .deb (docs/install.md, "Windows").
# Needs: JDK 17 with its jmods folder (the Adoptium and Oracle builds have it), Maven 3.8+, and
# WiX Toolset 3.x (candle.exe, light.exe on the PATH), which jpackage uses to make the .msi.
#   powershell -ExecutionPolicy Bypass -File installer\build.ps1 [extra Maven options]
$ErrorActionPreference = 'Stop'
$root = Split-Path -Parent $PSScriptRoot
if (-not (Get-Command candle.exe -ErrorAction SilentlyContinue)) {
    Write-Error 'installer: WiX Toolset 3 (candle.exe, light.exe) must be on the PATH: jpackage makes the .msi with it'
}
Set-Location $root
mvn -B -ntp -Pinstaller -DskipTests -pl installer -am package @args
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
Write-Host 'installer: built in installer\target\dist:'
Get-ChildItem installer\target\dist -Name
