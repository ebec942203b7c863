# Build, sign and package LIP Desktop on Windows (PowerShell, in the repository root):
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1 -Version 0.1.0 `
#       -CertThumbprint <SHA1 des Code-Signing-Zertifikats>
# Needs: Python 3.11 (x64, python.org), the Windows SDK's signtool.exe on PATH, and the
# WiX Toolset v5 (`dotnet tool install --global wix --version 5.*`).
param(
    [Parameter(Mandatory = $true)][string]$Version,
    [string]$CertThumbprint = "",
    [string]$TimestampUrl = "http://timestamp.digicert.com"
)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

# 1. A clean build environment with exactly the locked versions (hashes checked).
if (Test-Path .venv-bundle) { Remove-Item -Recurse -Force .venv-bundle }
py -3.11 -m venv .venv-bundle
.\.venv-bundle\Scripts\python.exe -m pip install --require-hashes -r packaging\requirements-bundle.txt

# 2. The one-folder program: dist\lip-desktop\LIP Desktop.exe (windowed) and lip-desktop.exe.
.\.venv-bundle\Scripts\python.exe -m PyInstaller --noconfirm --clean `
    --distpath dist --workpath build\pyinstaller packaging\lip-desktop.spec

# 3. The same smoke test as on Linux (commands, window offscreen, moved copy).
.\.venv-bundle\Scripts\python.exe packaging\smoke_test.py dist\lip-desktop
if ($LASTEXITCODE -ne 0) { throw "Smoke-Test fehlgeschlagen" }

function Sign($files) {
    if (-not $CertThumbprint) { Write-Warning "Ohne -CertThumbprint: NICHT signiert"; return }
    signtool sign /sha1 $CertThumbprint /fd SHA256 /tr $TimestampUrl /td SHA256 `
        /d "LIP Desktop" $files
    if ($LASTEXITCODE -ne 0) { throw "Signieren fehlgeschlagen" }
}

# 4. Authenticode: both programs (and our own DLLs would go here too) before packaging.
Sign @("dist\lip-desktop\LIP Desktop.exe", "dist\lip-desktop\lip-desktop.exe")

# 5. The per-machine MSI, then sign it as well.
$msi = "dist\LIP-Desktop-$Version-x64.msi"
wix build packaging\windows\lip-desktop.wxs -arch x64 -d Version=$Version `
    -d BundleDir=dist\lip-desktop -b packaging\windows -o $msi
if ($LASTEXITCODE -ne 0) { throw "WiX fehlgeschlagen" }
Sign @($msi)
Write-Host "Fertig: $msi"
