; Inno Setup script: SecondOp's Windows installer, from the PyInstaller folder build/dist/secondop.
; Built by .github/workflows/package.yml on windows-latest (not run on the Linux machine
; where SecondOp is developed). Per-user install by default: no administrator needed.
; Uninstalling removes the program only; the vault in %LOCALAPPDATA%\SecondOp stays.
#define AppVersion GetEnv("SECONDOP_VERSION")

[Setup]
AppId={{6C0B3F7E-2E55-4C59-9D0B-3E1F5C2A9B11}
AppName=SecondOp
AppVersion={#AppVersion}
AppPublisher=The SecondOp team
DefaultDirName={autopf}\SecondOp
DefaultGroupName=SecondOp
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\build\packages
OutputBaseFilename=SecondOp-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\build\icons\secondop.ico
UninstallDisplayIcon={app}\SecondOp.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Files]
Source: "..\..\build\dist\secondop\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\SecondOp"; Filename: "{app}\SecondOp.exe"
Name: "{autodesktop}\SecondOp"; Filename: "{app}\SecondOp.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked

[Run]
Filename: "{app}\SecondOp.exe"; Description: "Start SecondOp"; Flags: nowait postinstall skipifsilent
