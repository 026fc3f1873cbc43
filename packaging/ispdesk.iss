; Inno Setup script for Windows: build dist\ispdesk with PyInstaller first (packaging\ispdesk.spec).
[Setup]
AppId={{7C3F2B1E-6A0D-4E55-9B1F-2D8E4A9C1F30}
AppName=ispdesk
AppVersion=0.1.0
AppPublisher=ispdesk
DefaultDirName={autopf}\ispdesk
DefaultGroupName=ispdesk
OutputBaseFilename=ispdesk-0.1.0-instalador
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
PrivilegesRequired=lowest

[Languages]
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Files]
Source: "..\dist\ispdesk\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\ispdesk"; Filename: "{app}\ispdesk.exe"
Name: "{autodesktop}\ispdesk"; Filename: "{app}\ispdesk.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Crear un acceso directo en el escritorio"; GroupDescription: "Accesos directos:"

[Run]
Filename: "{app}\ispdesk.exe"; Description: "Abrir ispdesk"; Flags: nowait postinstall skipifsilent
