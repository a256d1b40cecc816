<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>settings_dialog</name>
        <message>
            <location filename="../ui/shell/settings_dialog.py" line="+33" />
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <location line="+3" />
            <source> minutes</source>
            <translation> minutos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Lock after this many idle minutes</source>
            <translation>Bloquear tras estos minutos sin uso</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Remember the vault key in this computer's keychain</source>
            <translation>Recordar la clave de la bóveda en el llavero de este ordenador</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{reason} SecondOp never stores the key anywhere else, so you will type your passphrase each time.</source>
            <translation>{reason} SecondOp nunca guarda la clave en ningún otro sitio, así que escribirá su frase de contraseña cada vez.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Anyone who can log in to your account on this computer could then open the vault without the passphrase.</source>
            <translation>Cualquier persona que pueda entrar en su cuenta de este ordenador podría abrir entonces la bóveda sin la frase de contraseña.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Lock when idle for</source>
            <translation>&amp;Bloquear tras un tiempo sin uso de</translation>
        </message>
        <message>
            <location line="+6" />
            <source>As the system ({language})</source>
            <translation>Como el sistema ({language})</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Lan&amp;guage</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A new language applies when SecondOp next starts.</source>
            <translation>El nuevo idioma se aplica la próxima vez que abra SecondOp.</translation>
        </message>
    </context>
</TS>
