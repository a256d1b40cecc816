<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>app</name>
        <message>
            <location filename="../ui/shell/app.py" line="+63" />
            <source>Something went wrong</source>
            <translation>Algo ha fallado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SecondOp hit an unexpected problem and stopped that action. Your saved records are safe. If it happens again, restart SecondOp.</source>
            <translation>SecondOp tuvo un problema inesperado y detuvo esa acción. Sus documentos guardados están a salvo. Si vuelve a ocurrir, reinicie SecondOp.</translation>
        </message>
    </context>
    <context>
        <name>appointments</name>
        <message>
            <location filename="../preparing/appointments.py" line="+31" />
            <source>Enter the date and time of the appointment.</source>
            <translation>Escriba la fecha y la hora de la cita.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>- The packet (printed or on a laptop)</source>
            <translation>- El paquete para el médico (impreso o en un portátil)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>- Photo ID and insurance card</source>
            <translation>- Documento de identidad con foto y tarjeta del seguro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>- The list of questions</source>
            <translation>- La lista de preguntas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>- The list of medicines, with doses</source>
            <translation>- La lista de medicamentos, con las dosis</translation>
        </message>
    </context>
    <context>
        <name>appointments_page</name>
        <message>
            <location filename="../ui/preparing/appointments_page.py" line="+28" />
            <source>{date}, {time}</source>
            <translation>{date}, {time}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>(past)</source>
            <translation>(pasada)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(today)</source>
            <translation>(hoy)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(tomorrow)</source>
            <translation>(mañana)</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>(in %n days)</source>
            <translation>
                <numerusform>(dentro de %n día)</numerusform>
                <numerusform>(dentro de %n días)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>&amp;When</source>
            <translation>&amp;Cuándo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>W&amp;ith whom</source>
            <translation>Con &amp;quién</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Place or video link</source>
            <translation>Lu&amp;gar o enlace de videollamada</translation>
        </message>
        <message>
            <location line="+3" />
            <source>P&amp;urpose</source>
            <translation>&amp;Motivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Second opinion on treatment</source>
            <translation>p. ej., segunda opinión sobre el tratamiento</translation>
        </message>
        <message>
            <location line="+4" />
            <source>What to &amp;bring</source>
            <translation>Qué &amp;traer</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Started from the checklist's physical items and the usual papers.</source>
            <translation>Empieza con los objetos físicos de la lista de comprobación y los papeles habituales.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Notes after the visit</source>
            <translation>&amp;Notas tras la visita</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The &amp;opinion it produced</source>
            <translation>La &amp;opinión que le dieron</translation>
        </message>
        <message>
            <location line="+2" />
            <source>After the visit: the opinion you were given, from the Opinions tab.</source>
            <translation>Después de la visita: la opinión que le dieron, de la pestaña Opiniones.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>appointment</source>
            <translation>cita</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The what-to-bring list starts from your records checklist; edit it freely. After the visit, write what was said and link the opinion it produced.</source>
            <translation>La lista de qué traer empieza con su lista de comprobación de documentos; cámbiela como quiera. Después de la visita, escriba lo que le dijeron y enlace la opinión que le dieron.</translation>
        </message>
    </context>
    <context>
        <name>assemble</name>
        <message>
            <location filename="../packet/assemble.py" line="+147" />
            <source>“{title}” took longer than {seconds} seconds to prepare, so it was stopped.</source>
            <translation>“{title}” tardó más de {seconds} segundos en prepararse, así que se detuvo.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“{title}” stopped the program preparing it (it needs more memory than SecondOp allows, or it is damaged).</source>
            <translation>“{title}” detuvo el programa que lo preparaba (necesita más memoria de la que SecondOp permite, o está dañado).</translation>
        </message>
        <message>
            <location line="+6" />
            <source>“{title}” could not be prepared. {reason}.</source>
            <translation>No se pudo preparar “{title}”. {reason}.</translation>
        </message>
        <message>
            <location line="+50" />
            <source>The packet's helper processes could not start.</source>
            <translation>No se pudieron iniciar los procesos auxiliares del paquete.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>The folder {folder} does not exist.</source>
            <translation>La carpeta {folder} no existe.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Laying out the summary and sections</source>
            <translation>Componiendo el resumen y las secciones</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Preparing “{title}”</source>
            <translation>Preparando “{title}”</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Numbering the pages</source>
            <translation>Numerando las páginas</translation>
        </message>
        <message>
            <location line="+5" />
            <source>not recorded</source>
            <translation>no consta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{name} · born {date}</source>
            <translation>{name} · fecha de nacimiento: {date}</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Second-opinion packet: {name}</source>
            <translation>Paquete para segunda opinión: {name}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Prepared with SecondOp</source>
            <translation>Preparado con SecondOp</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Writing the packet</source>
            <translation>Guardando el paquete</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The packet could not be written to {folder}: {reason}.</source>
            <translation>No se pudo guardar el paquete en {folder}: {reason}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Done</source>
            <translation>Listo</translation>
        </message>
        <message>
            <location line="+24" />
            <source>“{title}” could not be added to the packet.</source>
            <translation>No se pudo añadir “{title}” al paquete.</translation>
        </message>
    </context>
    <context>
        <name>backup</name>
        <message>
            <location filename="../store/backup.py" line="+107" />
            <source>The backup could not be written: the disk is full. Nothing else changed.</source>
            <translation>No se pudo guardar la copia de seguridad: el disco está lleno. No ha cambiado nada más.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>The backup {name} is damaged ({member}).</source>
            <translation>La copia de seguridad {name} está dañada ({member}).</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{name} is not a readable SecondOp backup.</source>
            <translation>{name} no es una copia de seguridad de SecondOp que se pueda leer.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{name} does not hold an encrypted vault.</source>
            <translation>{name} no contiene una caja fuerte cifrada.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The backup {name} is damaged: its description (backup.json) cannot be read. Choose another backup.</source>
            <translation>La copia de seguridad {name} está dañada: no se puede leer su descripción (backup.json). Elija otra copia de seguridad.</translation>
        </message>
    </context>
    <context>
        <name>backup_actions</name>
        <message>
            <location filename="../ui/vault/backup_actions.py" line="+22" />
            <source>SecondOp backups</source>
            <translation>Copias de seguridad de SecondOp</translation>
        </message>
        <message>
            <location line="+9" />
            <source>SecondOp backup {date}</source>
            <translation>Copia de seguridad de SecondOp {date}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Back up to</source>
            <translation>Hacer copia de seguridad en</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Backing up</source>
            <translation>Haciendo la copia de seguridad</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Backup saved</source>
            <translation>Copia de seguridad guardada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saved and checked: {path}. It opens with your passphrase or your recovery key.</source>
            <translation>Guardada y comprobada: {path}. Se abre con su frase de contraseña o con su clave de recuperación.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Backup failed</source>
            <translation>No se pudo hacer la copia de seguridad</translation>
        </message>
        <message>
            <location line="+26" />
            <location line="+13" />
            <source>Restore from a backup</source>
            <translation>Restaurar desde una copia de seguridad</translation>
        </message>
        <message>
            <location line="-5" />
            <location line="+12" />
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Replace the vault with the backup of {date} ({time} UTC)? The current vault is kept as a backup first, so nothing is lost. You will then unlock with the passphrase the vault had when the backup was made.</source>
            <translation>¿Sustituir la caja fuerte por la copia de seguridad del {date} ({time} UTC)? Antes se guarda la caja fuerte actual como copia de seguridad, así que no se pierde nada. Después la desbloqueará con la frase de contraseña que tenía la caja fuerte cuando se hizo la copia.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Restore failed</source>
            <translation>No se pudo restaurar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The backup of {date} is now your vault.</source>
            <translation>La copia de seguridad del {date} es ahora su caja fuerte.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The vault it replaced was kept as a backup, in case you change your mind: {name}, in the folder {folder}.</source>
            <translation>La caja fuerte que había antes se guardó como copia de seguridad, por si cambia de opinión: {name}, en la carpeta {folder}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Restored</source>
            <translation>Restaurada</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The file could not be written or read: {reason}.</source>
            <translation>No se pudo escribir ni leer el archivo: {reason}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Something went wrong; nothing was changed.</source>
            <translation>Algo ha fallado; no se ha cambiado nada.</translation>
        </message>
    </context>
    <context>
        <name>care_team</name>
        <message>
            <location filename="../facts/care_team.py" line="+15" />
            <source>Treating doctor</source>
            <translation>Médico responsable</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referring doctor</source>
            <translation>Médico que derivó al paciente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>First opinion</source>
            <translation>Primera opinión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Second opinion</source>
            <translation>Segunda opinión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Enter the clinician's or facility's name.</source>
            <translation>Escriba el nombre del médico o del centro.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose the role in this case.</source>
            <translation>Elija su función en este caso.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That email address looks incomplete.</source>
            <translation>Esa dirección de correo electrónico parece incompleta.</translation>
        </message>
    </context>
    <context>
        <name>case_dialog</name>
        <message>
            <location filename="../ui/cases/case_dialog.py" line="+23" />
            <source>Edit case</source>
            <translation>Editar caso</translation>
        </message>
        <message>
            <location line="+0" />
            <source>New case</source>
            <translation>Nuevo caso</translation>
        </message>
    </context>
    <context>
        <name>case_form</name>
        <message>
            <location filename="../ui/cases/case_form.py" line="+28" />
            <source>Patient's name</source>
            <translation>Nombre del paciente</translation>
        </message>
        <message>
            <location line="+2" />
            <source>As written on medical records</source>
            <translation>Tal como aparece en los documentos médicos</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Date of birth</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 2 Sep 1954</source>
            <translation>p. ej., 2 sep 1954</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Case title</source>
            <translation>Título del caso</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The condition or question, e.g. Suspected lymphoma</source>
            <translation>La enfermedad o la duda, p. ej., Sospecha de linfoma</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The patient (me)</source>
            <translation>Yo, como paciente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A caregiver</source>
            <translation>Un cuidador</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Caregiver's name</source>
            <translation>Nombre del cuidador</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Relationship to the patient</source>
            <translation>Relación con el paciente</translation>
        </message>
        <message>
            <location line="+3" />
            <source>e.g. daughter, husband, parent</source>
            <translation>p. ej., hija, marido, padre o madre</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Contact for the consultant</source>
            <translation>Contacto para el médico consultor</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Phone or email the consultant can use</source>
            <translation>Teléfono o correo electrónico que puede usar el médico consultor</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reason for the second opinion</source>
            <translation>Motivo de la segunda opinión</translation>
        </message>
        <message>
            <location line="+2" />
            <source>In your own words: why do you want a second opinion?</source>
            <translation>Con sus propias palabras: ¿por qué quiere una segunda opinión?</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Decide by</source>
            <translation>Fecha para decidir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 20 Dec 2026</source>
            <translation>p. ej., 20/12/2026</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Patient's &amp;name</source>
            <translation>&amp;Nombre del paciente</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Date of &amp;birth</source>
            <translation>&amp;Fecha de nacimiento</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Case &amp;title</source>
            <translation>&amp;Título del caso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who manages it</source>
            <translation>Quién lo gestiona</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Care&amp;giver's name</source>
            <translation>Nombre del c&amp;uidador</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Re&amp;lationship</source>
            <translation>&amp;Relación</translation>
        </message>
        <message>
            <location line="+5" />
            <source>W&amp;hy a second opinion</source>
            <translation>¿&amp;Por qué una segunda opinión?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>C&amp;ontact</source>
            <translation>C&amp;ontacto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Decide by</source>
            <translation>Fecha para &amp;decidir</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Status</source>
            <translation>&amp;Estado</translation>
        </message>
    </context>
    <context>
        <name>case_list</name>
        <message>
            <location filename="../ui/cases/case_list.py" line="+44" />
            <source>{name} (archived)</source>
            <translation>{name} (archivado)</translation>
        </message>
        <message>
            <location line="+28" />
            <source>{name}: {title}, archived</source>
            <translation>{name}: {title}, archivado</translation>
        </message>
        <message>
            <location line="+37" />
            <location line="+11" />
            <source>Cases</source>
            <translation>Casos</translation>
        </message>
        <message>
            <location line="-6" />
            <location line="+1" />
            <source>Find a case</source>
            <translation>Buscar un caso</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;New case…</source>
            <translation>Nuevo caso…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show &amp;archived</source>
            <translation>Mostrar archivados</translation>
        </message>
    </context>
    <context>
        <name>case_page</name>
        <message>
            <location filename="../ui/cases/case_page.py" line="+103" />
            <location line="+76" />
            <source>Not entered</source>
            <translation>No indicado</translation>
        </message>
        <message>
            <location line="-66" />
            <source> (past)</source>
            <translation> (ya pasó)</translation>
        </message>
        <message>
            <location line="+2" />
            <source> (now)</source>
            <translation> (ahora)</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source> (starts in %n days)</source>
            <translation>
                <numerusform> (empieza dentro de %n día)</numerusform>
                <numerusform> (empieza dentro de %n días)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source> (%n days from today)</source>
            <translation>
                <numerusform> (dentro de %n día)</numerusform>
                <numerusform> (dentro de %n días)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source> (tomorrow)</source>
            <translation> (mañana)</translation>
        </message>
        <message>
            <location line="+2" />
            <source> (today)</source>
            <translation> (hoy)</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source> (%n days ago)</source>
            <translation>
                <numerusform> (hace %n día)</numerusform>
                <numerusform> (hace %n días)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+16" />
            <source>Patient</source>
            <translation>Paciente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of birth</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who manages it</source>
            <translation>Quién lo gestiona</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact</source>
            <translation>Contacto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decide by</source>
            <translation>Fecha para decidir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Why a second opinion</source>
            <translation>¿Por qué una segunda opinión?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reason for the second opinion</source>
            <translation>Motivo de la segunda opinión</translation>
        </message>
        <message>
            <location line="+23" />
            <source>No date yet</source>
            <translation>Aún sin fecha</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not written yet. Use Edit to add it.</source>
            <translation>Aún no está escrito. Puede añadirlo con «Editar datos…».</translation>
        </message>
        <message>
            <location line="+39" />
            <source>No case selected</source>
            <translation>No hay ningún caso seleccionado</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Create a case for each person whose second opinion you are preparing.</source>
            <translation>Cree un caso para cada persona cuya segunda opinión esté preparando.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Create a case…</source>
            <translation>Crear un caso…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Archived</source>
            <translation>Archivado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit details…</source>
            <translation>Editar datos…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Prepare pac&amp;ket…</source>
            <translation>Preparar el paquete…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Build the PDF for the consulting doctor (Ctrl+Shift+E)</source>
            <translation>Crear el PDF para el médico consultor (Ctrl+Mayús+E)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Case sections</source>
            <translation>Secciones del caso</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Overview</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Records</source>
            <translation>Documentos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Checklist</source>
            <translation>Lista</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Care team</source>
            <translation>Equipo médico</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Opinions</source>
            <translation>Opiniones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Compare</source>
            <translation>Comparar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Timeline</source>
            <translation>Cronología</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Health</source>
            <translation>Salud</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Questions</source>
            <translation>Preguntas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Options</source>
            <translation>Opciones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decision</source>
            <translation>Decisión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trials</source>
            <translation>Ensayos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Appointments</source>
            <translation>Citas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Search</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Request &amp;letter…</source>
            <translation>Carta de &amp;solicitud…</translation>
        </message>
        <message>
            <location line="+118" />
            <source>{name}, born {date}</source>
            <translation>{name}, fecha de nacimiento: {date}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Status: {status}</source>
            <translation>Estado: {status}</translation>
        </message>
    </context>
    <context>
        <name>case_transfer</name>
        <message>
            <location filename="../ui/cases/case_transfer.py" line="+39" />
            <source>SecondOp case files (*{suffix})</source>
            <translation>Archivos de caso de SecondOp (*{suffix})</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+108" />
            <source>Export case</source>
            <translation>Exportar caso</translation>
        </message>
        <message>
            <location line="-105" />
            <source>A case file holds everything of {name}'s case: the records, the notes, opinions, questions and the checklist. Anyone who has the file and its passphrase can read it, so give the passphrase separately (in person or by phone), not with the file. There is no recovery key for a case file: if the passphrase is lost, export the case again.</source>
            <translation>Un archivo de caso contiene todo el caso de {name}: los documentos, las notas, las opiniones, las preguntas y la lista de comprobación. Cualquier persona que tenga el archivo y su frase de contraseña puede leerlo, así que entregue la frase de contraseña por separado (en persona o por teléfono), no junto con el archivo. Un archivo de caso no tiene clave de recuperación: si se pierde la frase de contraseña, exporte el caso otra vez.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Passphrase for the case file</source>
            <translation>Frase de contraseña del archivo de caso</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Copy</source>
            <translation>&amp;Copiar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;New words</source>
            <translation>&amp;Nuevas palabras</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Passphrase for this file</source>
            <translation>&amp;Frase de contraseña de este archivo</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Save Case File…</source>
            <translation>&amp;Guardar archivo de caso…</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Copied</source>
            <translation>Copiado</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>Use at least %n characters (the offered seven words are best): a case file can be attacked on any computer it is copied to.</source>
            <translation>
                <numerusform>Use al menos %n carácter (lo mejor son las siete palabras propuestas): un archivo de caso puede ser atacado en cualquier ordenador al que se copie.</numerusform>
                <numerusform>Use al menos %n caracteres (lo mejor son las siete palabras propuestas): un archivo de caso puede ser atacado en cualquier ordenador al que se copie.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+34" />
            <source>Save the case file</source>
            <translation>Guardar el archivo de caso</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Exporting the case</source>
            <translation>Exportando el caso</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Case file saved</source>
            <translation>Archivo de caso guardado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saved {path}. Give the passphrase to the person who will import it separately from the file.</source>
            <translation>Se ha guardado {path}. Entregue la frase de contraseña a la persona que lo vaya a importar, por separado del archivo.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>The case file could not be written or read: {reason}.</source>
            <translation>No se ha podido escribir o leer el archivo de caso: {reason}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This could not be done ({error}). Nothing was changed.</source>
            <translation>No se ha podido hacer ({error}). No se ha cambiado nada.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Import a case file</source>
            <translation>Importar un archivo de caso</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+9" />
            <location line="+17" />
            <location line="+21" />
            <location line="+14" />
            <source>Import case</source>
            <translation>Importar caso</translation>
        </message>
        <message>
            <location line="-60" />
            <source>{name} could not be read: {reason}.</source>
            <translation>No se ha podido leer {name}: {reason}.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The passphrase of this case file (the person who sent it chose it; it is not your vault's).</source>
            <translation>La frase de contraseña de este archivo de caso (la eligió la persona que se lo envió; no es la de su caja fuerte).</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Importing the case</source>
            <translation>Importando el caso</translation>
        </message>
        <message>
            <location line="+12" />
            <source>This vault already holds this case of {name} (imported or made here before). Keep both adds a second copy beside it; Skip leaves the vault as it is.</source>
            <translation>Esta caja fuerte ya contiene este caso de {name} (importado o creado aquí antes). «Conservar ambos» añade una segunda copia a su lado; «Omitir» deja la caja fuerte como está.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>&amp;Keep Both</source>
            <translation>&amp;Conservar ambos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Skip</source>
            <translation>&amp;Omitir</translation>
        </message>
        <message numerus="yes">
            <location line="+26" />
            <source>Imported {name}'s case with %n records.</source>
            <translation>
                <numerusform>Se ha importado el caso de {name} con %n documento.</numerusform>
                <numerusform>Se ha importado el caso de {name} con %n documentos.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>casefile_init</name>
        <message>
            <location filename="../casefile/__init__.py" line="+76" />
            <source>case {id} ({patient})</source>
            <translation>caso {id} ({patient})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This case is already in the vault: {cases}. Keep both, or skip this import.</source>
            <translation>Este caso ya está en la caja fuerte: {cases}. Conserve ambos u omita esta importación.</translation>
        </message>
        <message>
            <location line="+71" />
            <source>Writing the case file…</source>
            <translation>Escribiendo el archivo de caso…</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Writing the case file: {title}</source>
            <translation>Escribiendo el archivo de caso: {title}</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The case file could not be opened: {reason}.</source>
            <translation>No se pudo abrir el archivo de caso: {reason}.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This case file is encrypted: enter its passphrase.</source>
            <translation>Este archivo de caso está cifrado: escriba su frase de contraseña.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{name} is not a SecondOp case file (they end in {suffix}).</source>
            <translation>{name} no es un archivo de caso de SecondOp (su nombre termina en {suffix}).</translation>
        </message>
        <message>
            <location line="+14" />
            <source>This case file is damaged or incomplete (it may have been cut short while copying), so nothing was imported. Ask for it again.</source>
            <translation>Este archivo de caso está dañado o incompleto (quizá se cortó al copiarlo), así que no se importó nada. Pídalo de nuevo.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The case document inside the file is not readable JSON.</source>
            <translation>Los datos del caso que contiene el archivo no son JSON legible.</translation>
        </message>
        <message>
            <location line="+43" />
            <source>The record “{title}” in the case file does not match its SHA-256 (its bytes were changed), so nothing was imported.</source>
            <translation>El documento “{title}” del archivo de caso no coincide con su SHA-256 (sus bytes se modificaron), así que no se importó nada.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Reading the case file…</source>
            <translation>Leyendo el archivo de caso…</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Importing {title}</source>
            <translation>Importando {title}</translation>
        </message>
        <message>
            <location line="+26" />
            <source>{name} could not be read: {reason}.</source>
            <translation>No se pudo leer {name}: {reason}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name} is not text (UTF-8 JSON).</source>
            <translation>{name} no es texto (JSON en UTF-8).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{name} is not valid JSON ({problem}).</source>
            <translation>{name} no es JSON válido ({problem}).</translation>
        </message>
        <message numerus="yes">
            <location line="+45" />
            <source>No file in {folder} has the SHA-256 of %n record(s) ({titles}), so nothing was imported. Point --files at the folder holding every record's file.</source>
            <translation>
                <numerusform>Ningún archivo de {folder} tiene el SHA-256 de %n documento ({titles}), así que no se importó nada. Indique en --files la carpeta que contiene los archivos de todos los documentos.</numerusform>
                <numerusform>Ningún archivo de {folder} tiene el SHA-256 de %n documentos ({titles}), así que no se importó nada. Indique en --files la carpeta que contiene los archivos de todos los documentos.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+31" />
            <source>The record “{title}” could not be imported from {file}, so nothing was imported.</source>
            <translation>El documento “{title}” no se pudo importar desde {file}, así que no se importó nada.</translation>
        </message>
    </context>
    <context>
        <name>cases_init</name>
        <message>
            <location filename="../cases/__init__.py" line="+23" />
            <source>Gathering records</source>
            <translation>Reuniendo documentos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ready to send</source>
            <translation>Listo para enviar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sent to the consultant</source>
            <translation>Enviado al médico consultor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Seen by the consultant</source>
            <translation>Visto por el médico consultor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decision made</source>
            <translation>Decisión tomada</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Second opinion</source>
            <translation>Segunda opinión</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A caregiver</source>
            <translation>Un cuidador</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Managed by {who} ({relationship})</source>
            <translation>Lo gestiona {who} ({relationship})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Managed by {who}</source>
            <translation>Lo gestiona {who}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Managed by the patient</source>
            <translation>Lo gestiona el paciente</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Enter the patient's name.</source>
            <translation>Escriba el nombre del paciente.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The patient's name is too long (200 characters).</source>
            <translation>El nombre del paciente es demasiado largo (máximo 200 caracteres).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The date of birth cannot be in the future.</source>
            <translation>La fecha de nacimiento no puede estar en el futuro.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Check the year of the date of birth.</source>
            <translation>Revise el año de la fecha de nacimiento.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose who manages this case.</source>
            <translation>Elija quién gestiona este caso.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter the caregiver's name.</source>
            <translation>Escriba el nombre del cuidador.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose a status.</source>
            <translation>Elija un estado.</translation>
        </message>
        <message>
            <location line="+62" />
            <source>Case {id} no longer exists.</source>
            <translation>El caso {id} ya no existe.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>There is no case with id {id}.</source>
            <translation>No hay ningún caso con el identificador {id}.</translation>
        </message>
    </context>
    <context>
        <name>ccda</name>
        <message>
            <location filename="../records/structured/ccda.py" line="+93" />
            <source>The document is larger than {size} MB, more than SecondOp reads.</source>
            <translation>El documento ocupa más de {size} MB, más de lo que SecondOp lee.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The document uses an XML feature SecondOp does not read.</source>
            <translation>El documento usa una función de XML que SecondOp no lee.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This file is not well-formed XML (line {line}, column {column}): it is damaged or not an XML document.</source>
            <translation>Este archivo no es XML bien formado (línea {line}, columna {column}): está dañado o no es un documento XML.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This file is not XML in an encoding SecondOp can read.</source>
            <translation>Este archivo no es XML en una codificación que SecondOp pueda leer.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This XML is not a C-CDA document: its ClinicalDocument is not in the HL7 namespace (urn:hl7-org:v3).</source>
            <translation>Este XML no es un documento C-CDA: su ClinicalDocument no está en el espacio de nombres de HL7 (urn:hl7-org:v3).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This XML is not a C-CDA document: its root is not ClinicalDocument.</source>
            <translation>Este XML no es un documento C-CDA: su raíz no es ClinicalDocument.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The document nests its elements more than {depth} deep, which no C-CDA document does.</source>
            <translation>El documento anida sus elementos a más de {depth} niveles, algo que ningún documento C-CDA hace.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The document declares a document type (DOCTYPE), which C-CDA does not use and SecondOp does not read.</source>
            <translation>El documento declara un tipo de documento (DOCTYPE), que C-CDA no usa y SecondOp no lee.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The document declares entities, which SecondOp does not read (they can hide an attack).</source>
            <translation>El documento declara entidades, que SecondOp no lee (pueden ocultar un ataque).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The document refers to a file or web address outside itself, which SecondOp never follows.</source>
            <translation>El documento remite a un archivo o una dirección web fuera de él, que SecondOp nunca sigue.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>C-CDA document</source>
            <translation>Documento C-CDA</translation>
        </message>
    </context>
    <context>
        <name>checklist</name>
        <message>
            <location filename="../records/checklist.py" line="+25" />
            <source>Still needed</source>
            <translation>Aún falta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Requested</source>
            <translation>Solicitado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Received</source>
            <translation>Recibido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sent to the consultant</source>
            <translation>Enviado al médico consultor</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Pathology reports for every biopsy and surgery, with marker and molecular results</source>
            <translation>Informes de anatomía patológica de cada biopsia y cirugía, con los resultados de los marcadores y los estudios moleculares</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Glass slides or tissue blocks from the pathology lab (shipped by the lab)</source>
            <translation>Portaobjetos de cristal o bloques de tejido del laboratorio de anatomía patológica (los envía el propio laboratorio)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Radiology reports for every scan (CT, MRI, PET, ultrasound)</source>
            <translation>Informes de radiología de cada prueba de imagen (TAC, resonancia magnética, PET, ecografía)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The scan images themselves on a disc or USB stick (a report alone is often not enough)</source>
            <translation>Las propias imágenes de las pruebas en un disco o una memoria USB (muchas veces el informe solo no basta)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Operative and procedure notes</source>
            <translation>Informes de las operaciones y de los procedimientos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discharge summaries from hospital stays</source>
            <translation>Informes de alta de los ingresos en el hospital</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Recent lab results with dates and reference ranges, including tumour markers</source>
            <translation>Análisis recientes con fechas y valores de referencia, incluidos los marcadores tumorales</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Treatment so far: drugs, doses, cycles and dates; radiation dose and dates; the plan now proposed</source>
            <translation>El tratamiento hasta ahora: medicamentos, dosis, ciclos y fechas; dosis de radioterapia y fechas; el plan que se propone ahora</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Notes from the specialists seen, and a summary letter from the treating doctor</source>
            <translation>Informes de los especialistas que le han atendido y una carta de resumen del médico que le trata</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Photo ID and insurance card (front and back)</source>
            <translation>Documento de identidad con foto y tarjeta del seguro médico (por delante y por detrás)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Referral or consultation request form, and a signed records release</source>
            <translation>Volante o solicitud de consulta, y una autorización firmada para entregar sus documentos médicos</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Describe what is to be gathered.</source>
            <translation>Describa qué hay que reunir.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose a status.</source>
            <translation>Elija un estado.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose a kind of record.</source>
            <translation>Elija un tipo de documento.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The request date is in the future.</source>
            <translation>La fecha de la solicitud está en el futuro.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The return date is before the date it was sent.</source>
            <translation>La fecha de devolución es anterior a la fecha de envío.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>There is no checklist item with id {id}.</source>
            <translation>No hay ningún elemento de la lista de comprobación con el id {id}.</translation>
        </message>
    </context>
    <context>
        <name>checklist_dialog</name>
        <message>
            <location filename="../ui/records/checklist_dialog.py" line="+47" />
            <source>Checklist item</source>
            <translation>Elemento de la lista de comprobación</translation>
        </message>
        <message>
            <location line="+2" />
            <source>New checklist item</source>
            <translation>Nuevo elemento de la lista de comprobación</translation>
        </message>
        <message>
            <location line="+4" />
            <source>What to gather</source>
            <translation>Qué reunir</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kind of record</source>
            <translation>Tipo de documento</translation>
        </message>
        <message>
            <location line="+5" />
            <source>From whom</source>
            <translation>De quién</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hospital department, lab or doctor</source>
            <translation>Servicio del hospital, laboratorio o médico</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Requested on</source>
            <translation>Solicitado el</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 2 Nov 2026</source>
            <translation>p. ej., 2 nov 2026</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A physical item (slides, tissue blocks, an imaging disc)</source>
            <translation>Un objeto físico (portaobjetos, bloques de tejido, un disco de imágenes)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Carrier</source>
            <translation>Empresa de mensajería</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tracking number</source>
            <translation>Número de seguimiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sent on</source>
            <translation>Enviado el</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Returned on</source>
            <translation>Devuelto el</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;What</source>
            <translation>&amp;Qué</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;From</source>
            <translation>&amp;De quién</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Status</source>
            <translation>&amp;Estado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Requested on</source>
            <translation>&amp;Solicitado el</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Carrier</source>
            <translation>Empresa de &amp;mensajería</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Tracking number</source>
            <translation>Número de se&amp;guimiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sent o&amp;n</source>
            <translation>Envi&amp;ado el</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ret&amp;urned on</source>
            <translation>Dev&amp;uelto el</translation>
        </message>
        <message>
            <location line="+1" />
            <source>N&amp;otes</source>
            <translation>N&amp;otas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Linked records</source>
            <translation>Documentos vi&amp;nculados</translation>
        </message>
        <message>
            <location line="+64" />
            <source>Due by {date} (30 days after the request)</source>
            <translation>Plazo hasta el {date} (30 días después de la solicitud)</translation>
        </message>
    </context>
    <context>
        <name>checklist_section</name>
        <message>
            <location filename="../ui/records/checklist_section.py" line="+32" />
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From</source>
            <translation>De quién</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Requested</source>
            <translation>Solicitado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Due</source>
            <translation>Plazo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Linked</source>
            <translation>Vinculados</translation>
        </message>
        <message>
            <location line="+50" />
            <source>{item} (physical item)</source>
            <translation>{item} (objeto físico)</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>{status}, indexed: %n study(ies)</source>
            <translation>
                <numerusform>{status}, indexado: %n estudio</numerusform>
                <numerusform>{status}, indexado: %n estudios</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>{status}, overdue</source>
            <translation>{status}, fuera de plazo</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>%n linked record(s)</source>
            <translation>
                <numerusform>%n documento vinculado</numerusform>
                <numerusform>%n documentos vinculados</numerusform>
            </translation>
        </message>
        <message>
            <location line="+15" />
            <source>Shipping: {details}</source>
            <translation>Envío: {details}</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Records checklist</source>
            <translation>Lista de comprobación de documentos</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Add item…</source>
            <translation>Añadir elemen&amp;to…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ed&amp;it…</source>
            <translation>Ed&amp;itar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Remove…</source>
            <translation>Quita&amp;r…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Request &amp;letter…</source>
            <translation>Carta de &amp;solicitud…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Write a letter asking for this item's records; it is marked as requested</source>
            <translation>Escribir una carta para pedir los documentos de este elemento; queda marcado como solicitado</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Add the &amp;usual list</source>
            <translation>Añadir la lista habit&amp;ual</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What second-opinion centres usually ask for</source>
            <translation>Lo que suelen pedir los centros de segunda opinión</translation>
        </message>
        <message>
            <location line="+60" />
            <source>Nothing on the checklist yet. “Add the usual list” adds what second-opinion centres usually ask for; change it to fit your case.</source>
            <translation>Todavía no hay nada en la lista de comprobación. “Añadir la lista habitual” añade lo que suelen pedir los centros de segunda opinión; cámbiela para que se ajuste a su caso.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{done} of {total} gathered.</source>
            <translation>Reunidos: {done} de {total}.</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n request(s) overdue (more than 30 days): a reminder call often helps.</source>
            <translation>
                <numerusform>%n solicitud está fuera de plazo (más de 30 días): una llamada para recordarla suele ayudar.</numerusform>
                <numerusform>%n solicitudes están fuera de plazo (más de 30 días): una llamada para recordarlas suele ayudar.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+55" />
            <source>Remove from checklist</source>
            <translation>Quitar de la lista de comprobación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove “{item}” from the checklist? Linked records stay in the case.</source>
            <translation>¿Quitar “{item}” de la lista de comprobación? Los documentos vinculados se quedan en el caso.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
    </context>
    <context>
        <name>choices</name>
        <message>
            <location filename="../packet/choices.py" line="+86" />
            <source>Unknown paper or image quality.</source>
            <translation>Papel o calidad de imagen desconocidos.</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <location filename="../cli.py" line="+46" />
            <source>warning: {message}</source>
            <translation>aviso: {message}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Vault created.</source>
            <translation>Caja fuerte creada.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The recovery key is not marked as confirmed: SecondOp will remind you at each unlock and offer a new one. (Scripts: pass --recovery-key-confirmed once the printed key is stored, or --recovery-out FILE.)</source>
            <translation>La clave de recuperación no está marcada como confirmada: SecondOp se lo recordará cada vez que desbloquee la caja fuerte y le ofrecerá una nueva. (Scripts: pase --recovery-key-confirmed cuando haya guardado la clave mostrada, o --recovery-out FILE.)</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Recovery key written to {file}; keep it somewhere safe.</source>
            <translation>Clave de recuperación escrita en {file}; consérvela en un lugar seguro.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Your recovery key (shown once; keep it somewhere safe):</source>
            <translation>Su clave de recuperación (se muestra una sola vez; consérvela en un lugar seguro):</translation>
        </message>
        <message>
            <location line="+12" />
            <source>To confirm you have it, type its last group (Enter to skip): </source>
            <translation>Para confirmar que la tiene, escriba su último grupo (Intro para omitir): </translation>
        </message>
        <message>
            <location line="+5" />
            <source>That was not the last group; the key stays unconfirmed.</source>
            <translation>Ese no era el último grupo; la clave sigue sin confirmar.</translation>
        </message>
        <message numerus="yes">
            <location line="+100" />
            <source>%n suggestion(s) accepted.</source>
            <translation>
                <numerusform>%n sugerencia aceptada.</numerusform>
                <numerusform>%n sugerencias aceptadas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+30" />
            <source>%n record(s) have no text to search (photos, scans).</source>
            <translation>
                <numerusform>%n documento no tiene texto en el que buscar (fotos, escaneos).</numerusform>
                <numerusform>%n documentos no tienen texto en el que buscar (fotos, escaneos).</numerusform>
            </translation>
        </message>
        <message>
            <location line="+19" />
            <source>{option} must be ids separated by commas, not nothing.</source>
            <translation>{option} debe ser una lista de ids separados por comas, y no se indicó ninguno.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{option} must be ids separated by commas, not {given}.</source>
            <translation>{option} debe ser una lista de ids separados por comas, no {given}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{option} lists {ids} more than once.</source>
            <translation>{option} incluye {ids} más de una vez.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Unknown sections: (none given). The sections are: {sections}.</source>
            <translation>No se indicó ninguna sección. Las secciones son: {sections}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Unknown section: {unknown}. The sections are: {sections}.</source>
            <translation>Sección desconocida: {unknown}. Las secciones son: {sections}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unknown sections: {unknown}. The sections are: {sections}.</source>
            <translation>Secciones desconocidas: {unknown}. Las secciones son: {sections}.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>No record {ids} in case {case} ({patient}); `secondop case show --case {case}` lists its records.</source>
            <translation>No hay ningún documento {ids} en el caso {case} ({patient}); `secondop case show --case {case}` muestra sus documentos.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>No clinician {id} on the care team of case {case}; `secondop case show --case {case}` lists the care team.</source>
            <translation>No hay ningún profesional {id} en el equipo médico del caso {case}; `secondop case show --case {case}` muestra el equipo médico.</translation>
        </message>
        <message>
            <location line="+48" />
            <source>The backup could not be written: {reason}.</source>
            <translation>No se pudo escribir la copia de seguridad: {reason}.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The previous vault was kept as {folder}.</source>
            <translation>La caja fuerte anterior se conservó como {folder}.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Restored {folder} from {file}. Unlock it with the passphrase it had then.</source>
            <translation>Se restauró la caja fuerte {folder} a partir de {file}. Desbloquéela con la frase de contraseña que tenía entonces.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>The vault is sound: every page passed its integrity check.</source>
            <translation>La caja fuerte está en buen estado: todas las páginas pasaron su comprobación de integridad.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Demo vault written to {folder}.</source>
            <translation>Caja fuerte de demostración creada en {folder}.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Section names for --sections: {names}.</source>
            <translation>Nombres de las secciones para --sections: {names}.</translation>
        </message>
        <message>
            <location line="+20" />
            <location line="+187" />
            <source>vault folder (default: app-data folder)</source>
            <translation>carpeta de la caja fuerte (por defecto: la carpeta de datos de la aplicación)</translation>
        </message>
        <message>
            <location line="-182" />
            <source>read the passphrase as one line from stdin</source>
            <translation>leer la frase de contraseña como una línea de la entrada estándar</translation>
        </message>
        <message>
            <location line="+4" />
            <source>SecondOp: organise records and questions for a second medical opinion.</source>
            <translation>SecondOp: organice sus documentos y preguntas para una segunda opinión médica.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>print the versions of SecondOp, Qt, SQLCipher</source>
            <translation>mostrar las versiones de SecondOp, Qt y SQLCipher</translation>
        </message>
        <message>
            <location line="+2" />
            <source>vault folder for the app</source>
            <translation>carpeta de la caja fuerte para la aplicación</translation>
        </message>
        <message>
            <location line="+4" />
            <source>open the app on a temporary demo vault</source>
            <translation>abrir la aplicación con una caja fuerte de demostración temporal</translation>
        </message>
        <message>
            <location line="+7" />
            <source>create a vault</source>
            <translation>crear una caja fuerte</translation>
        </message>
        <message>
            <location line="+6" />
            <source>write the recovery key to FILE (counts as confirming it)</source>
            <translation>escribir la clave de recuperación en FILE (cuenta como confirmarla)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>mark the printed recovery key as confirmed (you keep what is printed)</source>
            <translation>marcar como confirmada la clave de recuperación mostrada (usted guarda lo que se muestra)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>add, list or show cases</source>
            <translation>añadir, listar o mostrar casos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>add a case; prints its id</source>
            <translation>añadir un caso; muestra su id</translation>
        </message>
        <message>
            <location line="+6" />
            <source>date of birth as remembered: 1956-03-14, 14 Mar 1956, Mar 1956, 1956</source>
            <translation>fecha de nacimiento tal como la recuerde: 1956-03-14, 14 de marzo de 1956, marzo de 1956, 1956</translation>
        </message>
        <message>
            <location line="+6" />
            <source>list cases</source>
            <translation>listar los casos</translation>
        </message>
        <message>
            <location line="+4" />
            <source>print a whole case as JSON</source>
            <translation>mostrar un caso completo en JSON</translation>
        </message>
        <message>
            <location line="+6" />
            <source>(the only format; accepted for clarity)</source>
            <translation>(el único formato; se acepta por claridad)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>import files or folders into a case</source>
            <translation>importar archivos o carpetas a un caso</translation>
        </message>
        <message>
            <location line="+4" />
            <source>one JSON object per input file</source>
            <translation>un objeto JSON por cada archivo de entrada</translation>
        </message>
        <message>
            <location line="+5" />
            <source>a line on stderr as each record is stored</source>
            <translation>una línea en stderr cada vez que se guarda un documento</translation>
        </message>
        <message>
            <location line="+5" />
            <source>try F's text as the password of every password-protected PDF</source>
            <translation>probar el texto de F como contraseña de cada PDF protegido con contraseña</translation>
        </message>
        <message>
            <location line="+5" />
            <source>accept the facts read from FHIR and C-CDA files (otherwise they wait for review)</source>
            <translation>aceptar los datos leídos de archivos FHIR y C-CDA (si no, esperan a que usted los revise)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>full-text search of a case's records</source>
            <translation>buscar en el texto de los documentos de un caso</translation>
        </message>
        <message>
            <location line="+3" />
            <source>one case (default: every case)</source>
            <translation>un caso (por defecto: todos los casos)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>also search titles, notes and every section (opinions, questions, timeline...)</source>
            <translation>buscar también en títulos, notas y todas las secciones (opiniones, preguntas, cronología...)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>write the case's packet (PDF)</source>
            <translation>crear el paquete del caso (PDF)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>these records, in this order (default: those marked In packet, in the order last chosen in the app, else pathology, imaging, labs, letters, the rest; newest first)</source>
            <translation>estos documentos, en este orden (por defecto: los marcados «En el paquete», en el último orden elegido en la aplicación; si no, anatomía patológica, imágenes, análisis, cartas y el resto; los más recientes primero)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>only these sections (names below; default: all); the cover, contents and records index always come</source>
            <translation>solo estas secciones (nombres abajo; por defecto: todas); la portada, el índice y la lista de documentos se incluyen siempre</translation>
        </message>
        <message>
            <location line="+10" />
            <source>the care-team clinician the packet is for (default: the second-opinion clinician on the care team)</source>
            <translation>el profesional del equipo médico al que va dirigido el paquete (por defecto: el médico de la segunda opinión en el equipo médico)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>protect the packet (AES-256) with F's text</source>
            <translation>proteger el paquete (AES-256) con el texto de F</translation>
        </message>
        <message>
            <location line="+3" />
            <source>default: from the locale</source>
            <translation>por defecto: según la configuración regional</translation>
        </message>
        <message>
            <location line="+6" />
            <source>photo and scan pages without the invisible text read from them</source>
            <translation>páginas de fotos y escaneos sin el texto invisible leído de ellas</translation>
        </message>
        <message>
            <location line="+4" />
            <source>write a backup file of the vault</source>
            <translation>crear un archivo de copia de seguridad de la caja fuerte</translation>
        </message>
        <message>
            <location line="+6" />
            <source>replace the vault with a backup (the current one is kept)</source>
            <translation>sustituir la caja fuerte por una copia de seguridad (se conserva la actual)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>copy what can still be read from a damaged vault</source>
            <translation>copiar lo que aún se pueda leer de una caja fuerte dañada</translation>
        </message>
        <message>
            <location line="+5" />
            <source>run the vault's integrity checks</source>
            <translation>comprobar la integridad de la caja fuerte</translation>
        </message>
        <message>
            <location line="+4" />
            <source>write a vault holding a fictional case</source>
            <translation>crear una caja fuerte con un caso ficticio</translation>
        </message>
        <message>
            <location line="+19" />
            <source>the passphrase on standard input is not valid UTF-8.</source>
            <translation>la frase de contraseña de la entrada estándar no es UTF-8 válido.</translation>
        </message>
    </context>
    <context>
        <name>cli_case</name>
        <message>
            <location filename="../cli_case.py" line="+24" />
            <source>Give --case-password-file FILE (the passphrase for this case file), or --no-encryption to write it unencrypted.</source>
            <translation>Indique --case-password-file FILE (la frase de contraseña de este archivo de caso), o --no-encryption para escribirlo sin cifrar.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The folder {folder} does not exist.</source>
            <translation>La carpeta {folder} no existe.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The case file could not be written: {reason}.</source>
            <translation>No se pudo escribir el archivo de caso: {reason}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Case {case} written to {file}.</source>
            <translation>Caso {case} guardado en {file}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Case {case} written to {file} (not encrypted).</source>
            <translation>Caso {case} guardado en {file} (sin cifrar).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Give either --from FILE (a case file) or --json FILE.</source>
            <translation>Indique --from FILE (un archivo de caso) o bien --json FILE.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>--files goes with --json (a case file carries its records).</source>
            <translation>--files se usa con --json (un archivo de caso ya lleva sus documentos).</translation>
        </message>
        <message>
            <location line="+17" />
            <source>{problem} Add --if-exists keep-both to import a second copy, or --if-exists skip.</source>
            <translation>{problem} Añada --if-exists keep-both para importar una segunda copia, o --if-exists skip.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>This case is already in the vault; nothing was imported (--if-exists skip).</source>
            <translation>Este caso ya está en la caja fuerte; no se importó nada (--if-exists skip).</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>Imported as case {case}, with %n record(s).</source>
            <translation>
                <numerusform>Importado como caso {case}, con %n documento.</numerusform>
                <numerusform>Importado como caso {case}, con %n documentos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n record(s) left out (give --files DIR to bring their files): {titles}</source>
            <translation>
                <numerusform>%n documento quedó fuera (indique --files DIR para traer su archivo): {titles}</numerusform>
                <numerusform>%n documentos quedaron fuera (indique --files DIR para traer sus archivos): {titles}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+14" />
            <source>write one case to an encrypted case file</source>
            <translation>guardar un caso en un archivo de caso cifrado</translation>
        </message>
        <message>
            <location line="+4" />
            <source>e.g. mum.secondop-case</source>
            <translation>p. ej., mama.secondop-case</translation>
        </message>
        <message>
            <location line="+5" />
            <source>a file holding the passphrase for the case file (not your vault's)</source>
            <translation>un archivo con la frase de contraseña del archivo de caso (no la de su caja fuerte)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>write a plain tar (for scripts only)</source>
            <translation>escribir un tar sin cifrar (solo para scripts)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>add a case from a case file or from case JSON</source>
            <translation>añadir un caso desde un archivo de caso o desde el JSON de un caso</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a case file</source>
            <translation>un archivo de caso</translation>
        </message>
        <message>
            <location line="+5" />
            <source>the case file's passphrase</source>
            <translation>la frase de contraseña del archivo de caso</translation>
        </message>
        <message>
            <location line="+5" />
            <source>a case in the `case show --json` format</source>
            <translation>un caso en el formato de `case show --json`</translation>
        </message>
        <message>
            <location line="+5" />
            <source>with --json: the record files, found by SHA-256</source>
            <translation>con --json: los archivos de los documentos, encontrados por su SHA-256</translation>
        </message>
        <message>
            <location line="+6" />
            <source>when the vault already holds this case (default: stop and say so)</source>
            <translation>qué hacer si la caja fuerte ya tiene este caso (por defecto: detenerse y avisar)</translation>
        </message>
    </context>
    <context>
        <name>cli_common</name>
        <message>
            <location filename="../cli_common.py" line="+110" />
            <source>usage: </source>
            <translation>uso: </translation>
        </message>
        <message>
            <location line="+1" />
            <source>positional arguments</source>
            <translation>argumentos posicionales</translation>
        </message>
        <message>
            <location line="+1" />
            <source>options</source>
            <translation>opciones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>show this help message and exit</source>
            <translation>mostrar esta ayuda y salir</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: error: %(message)s
</translation>
        </message>
        <message>
            <location line="+1" />
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argumento %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <location line="+3" />
            <source>the following arguments are required: %s</source>
            <translation>faltan estos argumentos obligatorios: %s</translation>
        </message>
        <message>
            <location line="+3" />
            <source>unrecognized arguments: %s</source>
            <translation>argumentos no reconocidos: %s</translation>
        </message>
        <message>
            <location line="+1" />
            <source>expected one argument</source>
            <translation>se esperaba un valor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>expected at least one argument</source>
            <translation>se esperaba al menos un valor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>invalid %(type)s value: %(value)r</source>
            <translation>valor de tipo %(type)s no válido: %(value)r</translation>
        </message>
        <message>
            <location line="+3" />
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>opción ambigua: %(option)s podría ser %(matches)s</translation>
        </message>
        <message>
            <location line="+3" />
            <source>ignored explicit argument %r</source>
            <translation>argumento explícito ignorado: %r</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not allowed with argument %s</source>
            <translation>no se permite junto con el argumento %s</translation>
        </message>
        <message>
            <location line="+14" />
            <source>No passphrase given: pass --passphrase-stdin and send it on standard input.</source>
            <translation>No se indicó la frase de contraseña: pase --passphrase-stdin y envíela por la entrada estándar.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>New passphrase: </source>
            <translation>Nueva frase de contraseña: </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Repeat it: </source>
            <translation>Repítala: </translation>
        </message>
        <message>
            <location line="+1" />
            <source>The two passphrases differ.</source>
            <translation>Las dos frases de contraseña no coinciden.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>Passphrase: </source>
            <translation>Frase de contraseña: </translation>
        </message>
        <message>
            <location line="+15" />
            <source>Cannot read the password file {name}: {reason}.</source>
            <translation>No se puede leer el archivo de contraseña {name}: {reason}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The password file {name} is empty.</source>
            <translation>El archivo de contraseña {name} está vacío.</translation>
        </message>
    </context>
    <context>
        <name>cli_ocr</name>
        <message numerus="yes">
            <location filename="../cli_ocr.py" line="+25" />
            <source>%n page(s) waiting for their text to be read.</source>
            <translation>
                <numerusform>%n página espera a que se lea su texto.</numerusform>
                <numerusform>%n páginas esperan a que se lea su texto.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+15" />
            <source>Text recognition is not installed, so the text in photos and scans cannot be read. Reinstall SecondOp to add it.</source>
            <translation>El reconocimiento de texto no está instalado, así que no se puede leer el texto de fotos y escaneos. Vuelva a instalar SecondOp para añadirlo.</translation>
        </message>
        <message numerus="yes">
            <location line="+11" />
            <source>%n page(s) read</source>
            <translation>
                <numerusform>%n página leída</numerusform>
                <numerusform>%n páginas leídas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n failed</source>
            <translation>
                <numerusform>%n no se pudo leer</numerusform>
                <numerusform>%n no se pudieron leer</numerusform>
            </translation>
        </message>
        <message>
            <location line="+10" />
            <source>read the text of a case's photos and scans</source>
            <translation>leer el texto de las fotos y escaneos de un caso</translation>
        </message>
        <message>
            <location line="+6" />
            <source>read the waiting pages now and return when done</source>
            <translation>leer ahora las páginas pendientes y terminar cuando acabe</translation>
        </message>
        <message>
            <location line="+3" />
            <source>a line on stderr per page</source>
            <translation>una línea en stderr por página</translation>
        </message>
    </context>
    <context>
        <name>cli_suggestions</name>
        <message>
            <location filename="../cli_suggestions.py" line="+29" />
            <source>Give --accept-all or ids, not both.</source>
            <translation>Indique --accept-all o unos identificadores, no ambos.</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%n suggestion(s) accepted.</source>
            <translation>
                <numerusform>%n sugerencia aceptada.</numerusform>
                <numerusform>%n sugerencias aceptadas.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+42" />
            <source>Suggestion {id} is not in case {case}.</source>
            <translation>La sugerencia {id} no está en el caso {case}.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>invalid kind {kind} (choose from {kinds})</source>
            <translation>tipo no válido {kind} (elija entre {kinds})</translation>
        </message>
        <message>
            <location line="+11" />
            <source>list, accept or reject the facts read from structured records</source>
            <translation>listar, aceptar o rechazar los datos leídos de documentos estructurados</translation>
        </message>
        <message>
            <location line="+9" />
            <source>only this kind: condition, medication, allergy, procedure, encounter, immunization or lab</source>
            <translation>solo este tipo: condition, medication, allergy, procedure, encounter, immunization o lab</translation>
        </message>
        <message>
            <location line="+9" />
            <source>list decided suggestions too</source>
            <translation>listar también las sugerencias ya decididas</translation>
        </message>
        <message>
            <location line="+8" />
            <source>make these suggestions facts of the case</source>
            <translation>convertir estas sugerencias en datos del caso</translation>
        </message>
        <message>
            <location line="+3" />
            <source>reject</source>
            <translation>rechazar</translation>
        </message>
        <message>
            <location line="+5" />
            <source>accept every pending suggestion (of --kind)</source>
            <translation>aceptar todas las sugerencias pendientes (del tipo --kind)</translation>
        </message>
    </context>
    <context>
        <name>connection</name>
        <message>
            <location filename="../store/connection.py" line="+69" />
            <source>a PDF document</source>
            <translation>un documento PDF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a ZIP archive (or an office document)</source>
            <translation>un archivo ZIP (o un documento de ofimática)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a PNG image</source>
            <translation>una imagen PNG</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a JPEG image</source>
            <translation>una imagen JPEG</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a GIF image</source>
            <translation>una imagen GIF</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Another program is using the vault's files right now (a backup or sync tool, or SecondOp itself), so this could not be done. Close that program or wait a moment, then try again; nothing was lost.</source>
            <translation>Otro programa está usando ahora mismo los archivos de la caja fuerte (una herramienta de copias de seguridad o de sincronización, o el propio SecondOp), así que no se pudo hacer. Cierre ese programa o espere un momento y vuelva a intentarlo; no se ha perdido nada.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The disk is full, so this change was not saved. Free some space and try again; everything saved before is safe.</source>
            <translation>El disco está lleno, así que este cambio no se guardó. Libere algo de espacio y vuelva a intentarlo; todo lo que guardó antes está a salvo.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>SecondOp may not write to the vault's folder (the file or folder is read-only, or the drive is write-protected), so this change was not saved. Check the folder's permissions; everything saved before is safe.</source>
            <translation>SecondOp no tiene permiso para escribir en la carpeta de la caja fuerte (el archivo o la carpeta son de solo lectura, o la unidad está protegida contra escritura), así que este cambio no se guardó. Revise los permisos de la carpeta; todo lo que guardó antes está a salvo.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The disk reported an error while reading or writing the vault (a failing drive, or a USB or network drive that was disconnected). Check the drive and try again; your backups are the safe copy.</source>
            <translation>El disco dio un error al leer o escribir la caja fuerte (una unidad que falla, o una unidad USB o de red que se desconectó). Revise la unidad y vuelva a intentarlo; sus copias de seguridad son la copia segura.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The vault's files could not be opened: the drive may have been removed or the folder moved. Reconnect it and try again.</source>
            <translation>No se pudieron abrir los archivos de la caja fuerte: puede que se haya quitado la unidad o que se haya movido la carpeta. Vuelva a conectarla e inténtelo de nuevo.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>SecondOp cannot open the vault: its folder is read-only (its permissions, a write-protected drive or a read-only mount), and SecondOp must write beside the vault even to read it. Make the folder writable, or copy the vault to a writable drive.</source>
            <translation>SecondOp no puede abrir la caja fuerte: su carpeta es de solo lectura (por sus permisos, por una unidad protegida contra escritura o por un montaje de solo lectura), y SecondOp necesita escribir junto a la caja fuerte incluso para leerla. Permita escribir en la carpeta, o copie la caja fuerte a una unidad en la que se pueda escribir.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Part of the vault is damaged and could not be read. Nothing was changed; restore the vault from a backup (or save what can still be read).</source>
            <translation>Una parte de la caja fuerte está dañada y no se pudo leer. No se ha cambiado nada; restaure la caja fuerte desde una copia de seguridad (o guarde lo que todavía se pueda leer).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This change conflicts with what is already saved (for example, what it belongs to was deleted in the meantime), so it was not saved.</source>
            <translation>Este cambio choca con lo que ya está guardado (por ejemplo, aquello a lo que pertenece se eliminó mientras tanto), así que no se guardó.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>SecondOp ran out of memory. Close other programs and try again; nothing was lost.</source>
            <translation>SecondOp se quedó sin memoria. Cierre otros programas y vuelva a intentarlo; no se ha perdido nada.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>SecondOp made an internal mistake while using the vault, so this was not done. Your saved data is unchanged; please report this problem.</source>
            <translation>SecondOp cometió un error interno al usar la caja fuerte, así que esto no se hizo. Sus datos guardados no han cambiado; por favor, informe de este problema.</translation>
        </message>
        <message>
            <location line="+73" />
            <source>a plain, unencrypted SQLite database</source>
            <translation>una base de datos SQLite normal, sin cifrar</translation>
        </message>
        <message>
            <location line="+5" />
            <source>a text file</source>
            <translation>un archivo de texto</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{name} is {what}, not a SecondOp vault. SecondOp will not open or change it.</source>
            <translation>{name} es {what}, no una caja fuerte de SecondOp. SecondOp no lo abrirá ni lo cambiará.</translation>
        </message>
        <message>
            <location line="+61" />
            <source>The vault's database could not be read: it is damaged, or it does not belong with this key header. Nothing was changed; restore it from a backup.</source>
            <translation>No se pudo leer la base de datos de la caja fuerte: está dañada o no corresponde a esta cabecera de la clave. No se ha cambiado nada; restáurela desde una copia de seguridad.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This recovery key does not open this vault.</source>
            <translation>Esta clave de recuperación no abre esta caja fuerte.</translation>
        </message>
        <message>
            <location line="+30" />
            <location line="+18" />
            <source>The vault is locked.</source>
            <translation>La caja fuerte está bloqueada.</translation>
        </message>
    </context>
    <context>
        <name>container</name>
        <message>
            <location filename="../casefile/container.py" line="+132" />
            <source>This is not an encrypted SecondOp case file.</source>
            <translation>Este no es un archivo de caso cifrado de SecondOp.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>That passphrase does not open this case file. Check it with the person who sent it (it is not your vault's passphrase).</source>
            <translation>Esa frase de contraseña no abre este archivo de caso. Compruébela con la persona que se lo envió (no es la frase de contraseña de su caja fuerte).</translation>
        </message>
        <message>
            <location line="+44" />
            <source>This case file is damaged or incomplete (it may have been cut short while copying, or changed after it was written), so nothing was imported. Ask for it again.</source>
            <translation>Este archivo de caso está dañado o incompleto (quizá se cortó al copiarlo o se modificó después de escribirse), así que no se importó nada. Pídalo de nuevo.</translation>
        </message>
    </context>
    <context>
        <name>content</name>
        <message>
            <location filename="../packet/content.py" line="+135" />
            <source>A chosen record is no longer in this case; refresh the list.</source>
            <translation>Uno de los documentos elegidos ya no está en este caso; actualice la lista.</translation>
        </message>
        <message>
            <location line="+58" />
            <location filename="../packet/structured.py" line="+61" />
            <location filename="../records/structured/__init__.py" line="+100" />
            <location line="+1" />
            <location line="+2" />
            <source>not recorded</source>
            <translation>no consta</translation>
        </message>
        <message>
            <location line="+8" />
            <source>{caregiver} ({relationship}) for the patient, {date}</source>
            <translation>{caregiver} ({relationship}) en nombre del paciente, {date}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>caregiver</source>
            <translation>cuidador</translation>
        </message>
        <message>
            <location line="+4" />
            <source>the patient, {date}</source>
            <translation>el paciente, {date}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Patient</source>
            <translation>Paciente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of birth</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About</source>
            <translation>Asunto</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Second opinion</source>
            <translation>Segunda opinión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prepared by</source>
            <translation>Preparado por</translation>
        </message>
        <message>
            <location line="+3" />
            <source>For</source>
            <translation>Para</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Contact</source>
            <translation>Contacto</translation>
        </message>
        <message>
            <location line="+5" />
            <source>REQUEST FOR A SECOND OPINION</source>
            <translation>SOLICITUD DE SEGUNDA OPINIÓN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This packet was prepared by the patient or their caregiver with SecondOp. It contains a one-page summary, the contents, the sections chosen and copies of the records, each page numbered.</source>
            <translation>Este paquete lo preparó el paciente o su cuidador con SecondOp. Contiene un resumen de una página, el índice, las secciones elegidas y copias de los documentos, con todas las páginas numeradas.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Not recorded</source>
            <translation>No consta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Why a second opinion</source>
            <translation>Motivo de la segunda opinión</translation>
        </message>
        <message>
            <location line="+6" />
            <source>A doctor</source>
            <translation>Un médico</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Diagnosis and recommended treatment so far</source>
            <translation>Diagnóstico y tratamiento recomendado hasta ahora</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Opinion</source>
            <translation>Opinión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Diagnosis</source>
            <translation>Diagnóstico</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recommended treatment</source>
            <translation>Tratamiento recomendado</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The three questions that matter most to us</source>
            <translation>Las tres preguntas más importantes para nosotros</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{condition} (since {date})</source>
            <translation>{condition} (inicio: {date})</translation>
        </message>
        <message>
            <location line="+10" />
            <source>None current (past ones in the health section)</source>
            <translation>Ninguno actual (los anteriores, en la sección de salud)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Other health problems</source>
            <translation>Otros problemas de salud</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Medicines taken now</source>
            <translation>Medicamentos actuales</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Medicine</source>
            <translation>Medicamento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dose</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Schedule</source>
            <translation>Frecuencia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Since</source>
            <translation>Desde</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No medicine marked as taken now</source>
            <translation>Ningún medicamento marcado como actual</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Allergies:</source>
            <translation>Alergias:</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Treatments so far</source>
            <translation>Tratamientos hasta ahora</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+26" />
            <location line="+60" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location line="-86" />
            <source>Treatment</source>
            <translation>Tratamiento</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Next appointment: {purpose}</source>
            <translation>Próxima cita: {purpose}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>visit</source>
            <translation>consulta</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Decision needed by</source>
            <translation>Fecha límite para decidir</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Key dates</source>
            <translation>Fechas clave</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message numerus="yes">
            <location line="+17" />
            <source>%n test(s) (latest {date})</source>
            <translation>
                <numerusform>%n prueba (la más reciente, {date})</numerusform>
                <numerusform>%n pruebas (la más reciente, {date})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n test(s)</source>
            <translation>
                <numerusform>%n prueba</numerusform>
                <numerusform>%n pruebas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lab results:</source>
            <translation>Resultados de laboratorio:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Imaging:</source>
            <translation>Imágenes:</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n study(ies) on disc</source>
            <translation>
                <numerusform>%n estudio en disco</numerusform>
                <numerusform>%n estudios en disco</numerusform>
            </translation>
        </message>
        <message>
            <location line="+29" />
            <source>No records were chosen for this packet.</source>
            <translation>No se eligió ningún documento para este paquete.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Source</source>
            <translation>Origen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Page</source>
            <translation>Página</translation>
        </message>
    </context>
    <context>
        <name>convert</name>
        <message>
            <location filename="../packet/convert.py" line="+30" />
            <source>Leave it out of the packet (untick it), or import it again from another copy.</source>
            <translation>Déjelo fuera del paquete (desmárquelo) o vuelva a añadirlo desde otra copia.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>“{title}” needs more memory to prepare than SecondOp allows; it may be damaged or unusually large.</source>
            <translation>“{title}” necesita más memoria de la que SecondOp permite para prepararlo; puede estar dañado o ser excepcionalmente grande.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“{title}” is built in a way that cannot be read safely.</source>
            <translation>“{title}” está construido de una forma que no se puede leer con seguridad.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“{title}” is damaged or in a form SecondOp cannot put in the packet ({error}).</source>
            <translation>“{title}” está dañado o en un formato que SecondOp no puede incluir en el paquete ({error}).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The image “{title}” could not be read.</source>
            <translation>No se pudo leer la imagen “{title}”.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“{title}” is password-protected. Import it again with its password.</source>
            <translation>“{title}” está protegido con contraseña. Vuelva a añadirlo con su contraseña.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“{title}” could not be copied into the packet ({error}) nor drawn as pictures of its pages. Leave it out of the packet, or import it again from another copy.</source>
            <translation>“{title}” no se pudo copiar en el paquete ({error}) ni dibujar como imágenes de sus páginas. Déjelo fuera del paquete o vuelva a añadirlo desde otra copia.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“{title}” has no pages that could be drawn. Leave it out.</source>
            <translation>“{title}” no tiene páginas que se puedan dibujar. Déjelo fuera.</translation>
        </message>
    </context>
    <context>
        <name>date_field</name>
        <message>
            <location filename="../ui/common/date_field.py" line="+15" />
            <source>A day (2 Sep 1954), a month (Mar 2024), a year (2019), or roughly: about 2019, about March 2024, early 2019, spring 2019.</source>
            <translation>Un día (2 sept 1954), un mes (mar 2024), un año (2019) o de forma aproximada: hacia 2019, hacia marzo de 2024, principios de 2019, primavera de 2019.</translation>
        </message>
        <message>
            <location line="+54" />
            <source>{label}: first reading</source>
            <translation>{label}: primera interpretación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{label}: second reading</source>
            <translation>{label}: segunda interpretación</translation>
        </message>
    </context>
    <context>
        <name>dates</name>
        <message>
            <location filename="../core/dates.py" line="+83" />
            <source>January</source>
            <translation>enero</translation>
        </message>
        <message>
            <location line="+1" />
            <source>February</source>
            <translation>febrero</translation>
        </message>
        <message>
            <location line="+1" />
            <source>March</source>
            <translation>marzo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>April</source>
            <translation>abril</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+15" />
            <source>May</source>
            <translation>mayo</translation>
        </message>
        <message>
            <location line="-14" />
            <source>June</source>
            <translation>junio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>July</source>
            <translation>julio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>August</source>
            <translation>agosto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>September</source>
            <translation>septiembre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>October</source>
            <translation>octubre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>November</source>
            <translation>noviembre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>December</source>
            <translation>diciembre</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Jan</source>
            <translation>ene</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Feb</source>
            <translation>feb</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mar</source>
            <translation>mar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Apr</source>
            <translation>abr</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Jun</source>
            <translation>jun</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Jul</source>
            <translation>jul</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Aug</source>
            <translation>ago</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sep</source>
            <translation>sept</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Oct</source>
            <translation>oct</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nov</source>
            <translation>nov</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dec</source>
            <translation>dic</translation>
        </message>
        <message>
            <location line="+31" />
            <source>early {year}</source>
            <translation>principios de {year}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>mid {year}</source>
            <translation>mediados de {year}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>late {year}</source>
            <translation>finales de {year}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>spring {year}</source>
            <translation>primavera de {year}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>summer {year}</source>
            <translation>verano de {year}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>autumn {year}</source>
            <translation>otoño de {year}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>winter {year}</source>
            <translation>invierno de {year}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Write it as 2 Sep 1954, Mar 2024, 2019 or about 2019.</source>
            <translation>Escríbala así: 2 de septiembre de 1954, marzo de 2024, 2019 o hacia 2019.</translation>
        </message>
        <message>
            <location line="+205" />
            <source>Day and month could be confused in {text}: {first} or {second}? Choose one, or write the month as a word (2 Sep 1954).</source>
            <translation>El día y el mes podrían confundirse en {text}: ¿{first} o {second}? Elija una opción o escriba el mes con letras (2 de septiembre de 1954).</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Write “{part}” with a year only ({part} 2019); for a month write about March 2024.</source>
            <translation>«{part}» va solo con un año, como en «{part} 2019»; para un mes, escriba por ejemplo hacia marzo de 2024.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Write the year in full, with four digits (1954, not 54).</source>
            <translation>Escriba el año completo, con cuatro cifras (1954, no 54).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>That date does not exist. {hint}</source>
            <translation>Esa fecha no existe. {hint}</translation>
        </message>
        <message>
            <location line="+45" />
            <source>That is not a date SecondOp can read. {hint}</source>
            <translation>SecondOp no puede leer esa fecha. {hint}</translation>
        </message>
        <message>
            <location line="+26" />
            <source>There is no month {month}. {hint}</source>
            <translation>No existe el mes {month}. {hint}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>“{word}” is not a month. {hint}</source>
            <translation>«{word}» no es un mes. {hint}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{abbr} {year}</source>
            <translation>{abbr} {year}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{month} {year}</source>
            <translation>{month} de {year}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{day} {abbr} {year}</source>
            <translation>{day} {abbr} {year}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{day} {month} {year}</source>
            <translation>{day} de {month} de {year}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>about {date}</source>
            <translation>hacia {date}</translation>
        </message>
    </context>
    <context>
        <name>datetime_field</name>
        <message>
            <location filename="../ui/common/datetime_field.py" line="+42" />
            <source>e.g. 14 Dec 2026</source>
            <translation>p. ej., 14 dic 2026</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{label}: time</source>
            <translation>{label}: hora</translation>
        </message>
        <message>
            <location line="+2" />
            <source>e.g. 9:30 or 2 pm</source>
            <translation>p. ej., 9:30 o 14:00</translation>
        </message>
        <message>
            <location line="+5" />
            <source>at</source>
            <translation>a las</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{label}: give the day, e.g. 14 Dec 2026.</source>
            <translation>{label}: indique el día, p. ej., 14 dic 2026.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{label}: give the day, not only the month.</source>
            <translation>{label}: indique el día, no solo el mes.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{label}: give the time, e.g. 9:30 or 2 pm.</source>
            <translation>{label}: indique la hora, p. ej., 9:30 o 14:00.</translation>
        </message>
    </context>
    <context>
        <name>decision</name>
        <message>
            <location filename="../preparing/decision.py" line="+20" />
            <source>I want to decide myself</source>
            <translation>Quiero decidir yo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>I want to decide together with my doctor</source>
            <translation>Quiero decidir junto con mi médico</translation>
        </message>
        <message>
            <location line="+1" />
            <source>I want the doctor to decide</source>
            <translation>Quiero que decida el médico</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Do you feel sure about the best choice for you?</source>
            <translation>¿Se siente seguro de cuál es la mejor opción para usted?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Do you know the benefits and risks of each option?</source>
            <translation>¿Conoce los beneficios y los riesgos de cada opción?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Are you clear about which benefits and risks matter most to you?</source>
            <translation>¿Tiene claro qué beneficios y riesgos le importan más?</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Do you have enough support and advice to make a choice?</source>
            <translation>¿Tiene suficiente apoyo y consejo para elegir?</translation>
        </message>
        <message>
            <location line="+6" />
            <source>My goals</source>
            <translation>Mis objetivos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For example: to see my grandchild's wedding; to keep working.</source>
            <translation>Por ejemplo: ver la boda de mi nieta; seguir trabajando.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>What matters most to me</source>
            <translation>Lo que más me importa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For example: staying at home; no pain.</source>
            <translation>Por ejemplo: quedarme en casa; no tener dolor.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>What I'm afraid of</source>
            <translation>Lo que me da miedo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For example: losing my hair; being a burden.</source>
            <translation>Por ejemplo: perder el pelo; ser una carga.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Treatments I'd rather avoid</source>
            <translation>Tratamientos que preferiría evitar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For example: a long hospital stay.</source>
            <translation>Por ejemplo: una estancia larga en el hospital.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Conservative or complementary approaches</source>
            <translation>Opciones conservadoras o complementarias</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For example: I'd like to know whether waiting is safe; I take herbal remedies.</source>
            <translation>Por ejemplo: quiero saber si es seguro esperar; tomo remedios de hierbas.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Who should take part in decisions</source>
            <translation>Quién debe participar en las decisiones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>For example: my daughter Ada.</source>
            <translation>Por ejemplo: mi hija Ada.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Cultural or religious considerations</source>
            <translation>Aspectos culturales o religiosos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anything the team should respect.</source>
            <translation>Todo lo que el equipo médico debe respetar.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Practical limits</source>
            <translation>Límites prácticos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Travel, work, caring for others, money.</source>
            <translation>Desplazamientos, trabajo, cuidar de otras personas, dinero.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Answer the four questions to see where you stand.</source>
            <translation>Responda a las cuatro preguntas para ver en qué punto está.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>You seem ready to decide. It is still fine to take your time.</source>
            <translation>Parece que está preparado para decidir. Aun así, puede tomarse su tiempo.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>talk the options through again with someone you trust</source>
            <translation>volver a hablar de las opciones con alguien de confianza</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ask the doctors to explain the benefits and risks again</source>
            <translation>pedir a los médicos que le vuelvan a explicar los beneficios y los riesgos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>rate what matters most to you on the Options page</source>
            <translation>valorar lo que más le importa en la página Opciones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>ask who can help: your family, a nurse, a patient group</source>
            <translation>preguntar quién puede ayudarle: su familia, una enfermera, una asociación de pacientes</translation>
        </message>
        <message>
            <location line="+5" />
            <source>You may not be ready yet. It may help to {steps}.</source>
            <translation>Quizá aún no sea el momento de decidir. Podría ayudarle {steps}.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Choose the role you want in the decision.</source>
            <translation>Elija el papel que quiere tener en la decisión.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unknown certainty question.</source>
            <translation>Pregunta de seguridad desconocida.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Unknown heading.</source>
            <translation>Apartado desconocido.</translation>
        </message>
    </context>
    <context>
        <name>decision_page</name>
        <message>
            <location filename="../ui/preparing/decision_page.py" line="+46" />
            <source>What matters to me</source>
            <translation>Lo que me importa</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The decision</source>
            <translation>La decisión</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What is being decided</source>
            <translation>Qué se decide</translation>
        </message>
        <message>
            <location line="+2" />
            <source>e.g. Start chemotherapy now, or wait and watch</source>
            <translation>p. ej., empezar la quimioterapia ahora, o esperar y vigilar</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Decide by</source>
            <translation>Decidir antes del</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 15 December 2026</source>
            <translation>p. ej., 15 de diciembre de 2026</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;What is being decided</source>
            <translation>&amp;Qué se decide</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decide &amp;by</source>
            <translation>Decidir an&amp;tes del</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The role I want</source>
            <translation>El papel que quiero</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Am I ready? Four questions</source>
            <translation>¿Estoy preparado? Cuatro preguntas</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{question} Yes</source>
            <translation>{question} Sí</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{question} No</source>
            <translation>{question} No</translation>
        </message>
        <message>
            <location line="+15" />
            <source>What the answers suggest</source>
            <translation>Lo que sugieren las respuestas</translation>
        </message>
        <message>
            <location line="+59" />
            <source>Editing…</source>
            <translation>Editando…</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Saved</source>
            <translation>Guardado</translation>
        </message>
    </context>
    <context>
        <name>dialogs</name>
        <message>
            <location filename="../ui/common/dialogs.py" line="+146" />
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Password</source>
            <translation>&amp;Contraseña</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Keep editing</source>
            <translation>Seguir editando</translation>
        </message>
    </context>
    <context>
        <name>dicom_image</name>
        <message>
            <location filename="../records/dicom_image.py" line="+51" />
            <source>The image file is too large to convert here.</source>
            <translation>El archivo de imagen es demasiado grande para convertirlo aquí.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The file is not a readable DICOM image.</source>
            <translation>El archivo no es una imagen DICOM legible.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The image's size ({cols} x {rows}) cannot be opened safely.</source>
            <translation>El tamaño de la imagen ({cols} x {rows}) no se puede abrir con seguridad.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>This image is stored in a way SecondOp cannot convert. Export it as a picture from the viewer on the disc, then add that picture.</source>
            <translation>Esta imagen está guardada de una forma que SecondOp no puede convertir. Expórtela como imagen desde el visor del disco y añada esa imagen.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>The image's pixel data is incomplete: the file is damaged.</source>
            <translation>Los datos de la imagen están incompletos: el archivo está dañado.</translation>
        </message>
        <message>
            <location line="+53" />
            <source>image {n}</source>
            <translation>imagen {n}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Key image</source>
            <translation>Imagen clave</translation>
        </message>
    </context>
    <context>
        <name>dicomdir</name>
        <message numerus="yes">
            <location filename="../records/structured/dicomdir.py" line="+95" />
            <source>Imaging disc: %n study(ies)</source>
            <translation>
                <numerusform>Disco de imágenes: %n estudio</numerusform>
                <numerusform>Disco de imágenes: %n estudios</numerusform>
            </translation>
        </message>
        <message>
            <location line="+47" />
            <source>The disc's index is larger than {size} MB, more than SecondOp reads.</source>
            <translation>El índice del disco ocupa más de {size} MB, más de lo que SecondOp lee.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This file is not a DICOM file: it lacks the marker every DICOM file carries.</source>
            <translation>Este archivo no es un archivo DICOM: le falta la marca que llevan todos los archivos DICOM.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>This DICOM file is an image or another DICOM object, not a disc's index (DICOMDIR).</source>
            <translation>Este archivo DICOM es una imagen u otro objeto DICOM, no el índice de un disco (DICOMDIR).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The disc's index lists more than {count} entries, more than SecondOp reads.</source>
            <translation>El índice del disco enumera más de {count} entradas, más de lo que SecondOp lee.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The disc's index (DICOMDIR) is damaged and cannot be read.</source>
            <translation>El índice del disco (DICOMDIR) está dañado y no se puede leer.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The disc's index points outside its own folder, which SecondOp does not follow.</source>
            <translation>El índice del disco apunta fuera de su propia carpeta, y SecondOp no lo sigue.</translation>
        </message>
        <message>
            <location line="+36" />
            <source>The disc's index is damaged: its records link in a loop or to records that are not there.</source>
            <translation>El índice del disco está dañado: sus registros se enlazan en bucle o con registros que no existen.</translation>
        </message>
        <message>
            <location line="+44" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+47" />
            <source>Modality</source>
            <translation>Modalidad</translation>
        </message>
        <message>
            <location line="-46" />
            <location line="+47" />
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <location line="-46" />
            <location line="+47" />
            <source>Body part</source>
            <translation>Parte del cuerpo</translation>
        </message>
        <message>
            <location line="-46" />
            <location line="+43" />
            <source>Series</source>
            <translation>Series</translation>
        </message>
        <message>
            <location line="-42" />
            <location line="+46" />
            <source>Images</source>
            <translation>Imágenes</translation>
        </message>
        <message>
            <location line="-45" />
            <source>Accession number</source>
            <translation>Número de acceso</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Patient</source>
            <translation>Paciente</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>This disc holds images of %n patient(s).</source>
            <translation>
                <numerusform>Este disco contiene imágenes de %n paciente.</numerusform>
                <numerusform>Este disco contiene imágenes de %n pacientes.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Studies</source>
            <translation>Estudios</translation>
        </message>
        <message>
            <location line="+13" />
            <source>no description</source>
            <translation>sin descripción</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Study of {date}: {description}</source>
            <translation>Estudio del {date}: {description}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Study: {description}</source>
            <translation>Estudio: {description}</translation>
        </message>
    </context>
    <context>
        <name>edit_actions</name>
        <message>
            <location filename="../ui/shell/edit_actions.py" line="+16" />
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cu&amp;t</source>
            <translation>Cor&amp;tar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Copy</source>
            <translation>&amp;Copiar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Paste</source>
            <translation>&amp;Pegar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Select &amp;All</source>
            <translation>Seleccionar t&amp;odo</translation>
        </message>
    </context>
    <context>
        <name>edit_dialog</name>
        <message>
            <location filename="../ui/common/edit_dialog.py" line="+51" />
            <source>Save the changes you made before closing?</source>
            <translation>¿Desea guardar los cambios que hizo antes de cerrar?</translation>
        </message>
    </context>
    <context>
        <name>facts_pages</name>
        <message>
            <location filename="../ui/facts/pages.py" line="+41" />
            <source>Not known</source>
            <translation>No se sabe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mild</source>
            <translation>Leve</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Moderate</source>
            <translation>Moderada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Severe</source>
            <translation>Grave</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Life-threatening</source>
            <translation>Potencialmente mortal</translation>
        </message>
        <message>
            <location line="+40" />
            <location line="+457" />
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <location line="-456" />
            <source>Doctor, nurse or facility</source>
            <translation>Médico, enfermera o centro</translation>
        </message>
        <message>
            <location line="+2" />
            <source>S&amp;pecialty</source>
            <translation>Es&amp;pecialidad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fa&amp;cility</source>
            <translation>&amp;Centro</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Role in this case</source>
            <translation>&amp;Función en este caso</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Their part in this case, shown beside their name in the packet.</source>
            <translation>Lo que hace en este caso; aparece junto a su nombre en el paquete.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Ph&amp;one</source>
            <translation>&amp;Teléfono</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E&amp;mail</source>
            <translation>Co&amp;rreo electrónico</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Addre&amp;ss</source>
            <translation>D&amp;irección</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No&amp;tes</source>
            <translation>N&amp;otas</translation>
        </message>
        <message>
            <location line="+4" />
            <source>clinician</source>
            <translation>profesional</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Everyone involved in the patient's care: the doctors who gave an opinion, the one you are seeing for the second opinion, nurses, hospitals. Their details go on the packet's cover and in request letters, and questions can be addressed to them.</source>
            <translation>Todas las personas que atienden al paciente: los médicos que dieron una opinión, el médico consultor de la segunda opinión, enfermeras, hospitales. Sus datos aparecen en la portada del paquete y en las cartas de solicitud, y puede dirigirles preguntas.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Diagnosis, &amp;in their words</source>
            <translation>Diagnóstico, en sus &amp;palabras</translation>
        </message>
        <message>
            <location line="+2" />
            <source>As the doctor wrote or said it</source>
            <translation>Tal como lo escribió o lo dijo el médico</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Given by</source>
            <translation>&amp;Quién lo dio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;When</source>
            <translation>&amp;Cuándo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Type, stage, grade</source>
            <translation>&amp;Tipo, estadio, grado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The type of the illness and its stage or grade, in the doctor's words.</source>
            <translation>El tipo de enfermedad y su estadio o grado, con las palabras del médico.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>How esta&amp;blished</source>
            <translation>Cómo se esta&amp;bleció</translation>
        </message>
        <message>
            <location line="+1" />
            <source>biopsy, imaging, labs, clinical exam</source>
            <translation>biopsia, imágenes, análisis, exploración física</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How the doctor reached the diagnosis: a biopsy, scans, blood tests…</source>
            <translation>Cómo llegó el médico al diagnóstico: una biopsia, escáneres, análisis de sangre…</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Recommended treatment</source>
            <translation>Tratamiento &amp;recomendado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rea&amp;soning</source>
            <translation>Ra&amp;zonamiento</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What is &amp;uncertain</source>
            <translation>Lo que no es &amp;seguro</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What the doctor said is not known yet or could change.</source>
            <translation>Lo que el médico dijo que aún no se sabe o que podría cambiar.</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+255" />
            <source>&amp;Linked records</source>
            <translation>Documentos vi&amp;nculados</translation>
        </message>
        <message>
            <location line="-253" />
            <source>{date}: {diagnosis}</source>
            <translation>{date}: {diagnosis}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Undated</source>
            <translation>Sin fecha</translation>
        </message>
        <message>
            <location line="+4" />
            <source>opinion</source>
            <translation>opinión</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Opinions compared</source>
            <translation>Opiniones comparadas</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Point to resolve</source>
            <translation>&amp;Punto por aclarar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>e.g. Is the lymphoma stage II or III?</source>
            <translation>p. ej., ¿el linfoma está en estadio II o III?</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Res&amp;olved</source>
            <translation>Acla&amp;rado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tick it once this difference has been explained to you.</source>
            <translation>Márquelo cuando le hayan explicado esta diferencia.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>point</source>
            <translation>punto</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&lt;b&gt;Points to resolve&lt;/b&gt; (each is also a question for the doctors, on the Questions tab)</source>
            <translation>&lt;b&gt;Puntos por aclarar&lt;/b&gt; (cada uno es también una pregunta para los médicos, en la pestaña Preguntas)</translation>
        </message>
        <message>
            <location line="+47" />
            <source>Record at least two opinions (Opinions tab) to compare them.</source>
            <translation>Anote al menos dos opiniones (pestaña Opiniones) para compararlas.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Every opinion that says something says it in the same words.</source>
            <translation>Todas las opiniones que dicen algo lo dicen con las mismas palabras.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Worded differently: {aspects}. Check with the doctors whether they mean the same thing; those rows are highlighted.</source>
            <translation>Con otras palabras: {aspects}. Pregunte a los médicos si quieren decir lo mismo; esas filas están resaltadas.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Doctor not recorded</source>
            <translation>Médico: no consta</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{aspect} (worded differently)</source>
            <translation>{aspect} (con otras palabras)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>not recorded</source>
            <translation>no consta</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Worded differently: check whether they mean the same</source>
            <translation>Con otras palabras: compruebe si quieren decir lo mismo</translation>
        </message>
        <message>
            <location line="+31" />
            <source>No events yet. Add them on the right, or add the records that have a date.</source>
            <translation>Todavía no hay eventos. Añádalos a la derecha, o añada los documentos que tienen fecha.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Date not recorded</source>
            <translation>Fecha: no consta</translation>
        </message>
        <message>
            <location line="+9" />
            <source>During the year</source>
            <translation>Durante el año</translation>
        </message>
        <message>
            <location line="+11" />
            <source>(coming)</source>
            <translation>(próximamente)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Timeline</source>
            <translation>Cronología</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;What happened</source>
            <translation>&amp;Qué pasó</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Biopsy of the left breast</source>
            <translation>p. ej., biopsia de la mama izquierda</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Da&amp;te</source>
            <translation>&amp;Fecha</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ki&amp;nd</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What sort of event it was: it sets its mark and colour on the timeline.</source>
            <translation>Qué tipo de evento fue: decide su símbolo y su color en la cronología.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Deta&amp;ils</source>
            <translation>Detalle&amp;s</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{date}: {title}</source>
            <translation>{date}: {title}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>event</source>
            <translation>evento</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Add dated &amp;records to the timeline</source>
            <translation>Añadir los documentos con fecha a la &amp;cronología</translation>
        </message>
        <message>
            <location line="+3" />
            <source>One event for each record that has a date of service</source>
            <translation>Un evento por cada documento que tiene fecha de atención</translation>
        </message>
        <message numerus="yes">
            <location line="+53" />
            <source>%n added.</source>
            <translation>
                <numerusform>Se añadió %n evento.</numerusform>
                <numerusform>Se añadieron %n eventos.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing added yet.</source>
            <translation>Todavía no se ha añadido nada.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Every record with a confirmed date is already on the timeline.</source>
            <translation>Todos los documentos con fecha confirmada ya están en la cronología.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Waiting for you to confirm the date suggested from the text of {names}: check it on the Records tab (Use this date), then add again.</source>
            <translation>Falta que confirme la fecha sugerida a partir del texto de {names}: revísela en la pestaña Documentos (Usar esta fecha) y vuelva a añadir.</translation>
        </message>
        <message>
            <location line="+23" />
            <location line="+113" />
            <source>&amp;Condition</source>
            <translation>&amp;Problema de salud</translation>
        </message>
        <message>
            <location line="-112" />
            <source>e.g. Type 2 diabetes; heart attack</source>
            <translation>p. ej., diabetes tipo 2; infarto</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Since or &amp;when</source>
            <translation>Desde o &amp;cuándo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>e.g. 2015, about 2010</source>
            <translation>p. ej., 2015, hacia 2010</translation>
        </message>
        <message>
            <location line="+2" />
            <source>S&amp;tatus</source>
            <translation>E&amp;stado</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+105" />
            <source>&amp;Notes</source>
            <translation>&amp;Notas</translation>
        </message>
        <message>
            <location line="-103" />
            <source>Treatment, who follows it</source>
            <translation>Tratamiento, quién lo sigue</translation>
        </message>
        <message>
            <location line="+9" />
            <source>condition</source>
            <translation>problema de salud</translation>
        </message>
        <message>
            <location line="+9" />
            <source>e.g. Tamoxifen</source>
            <translation>p. ej., tamoxifeno</translation>
        </message>
        <message>
            <location line="+2" />
            <source>D&amp;ose</source>
            <translation>D&amp;osis</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Form or ro&amp;ute</source>
            <translation>Forma o vía</translation>
        </message>
        <message>
            <location line="+1" />
            <source>tablet by mouth, injection…</source>
            <translation>pastilla por boca, inyección…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Schedule</source>
            <translation>&amp;Horario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>twice a day</source>
            <translation>dos veces al día</translation>
        </message>
        <message>
            <location line="+4" />
            <source>K&amp;ind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Prescribed, bought without a prescription, or a supplement.</source>
            <translation>Con receta, comprado sin receta, o un suplemento.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>S&amp;tarted</source>
            <translation>&amp;Inicio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sto&amp;pped</source>
            <translation>&amp;Suspendido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pres&amp;cribed by</source>
            <translation>Re&amp;cetado por</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reason</source>
            <translation>&amp;Para qué es</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Taking it no&amp;w</source>
            <translation>Lo toma aho&amp;ra</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ticked while it is taken now: the packet's summary lists these.</source>
            <translation>Marcado mientras lo toma: el resumen del paquete los enumera.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>(past)</source>
            <translation>(ya no lo toma)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>medication</source>
            <translation>medicamento</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Substance</source>
            <translation>&amp;Sustancia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Penicillin</source>
            <translation>p. ej., penicilina</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Reaction</source>
            <translation>Rea&amp;cción</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sever&amp;ity</source>
            <translation>G&amp;ravedad</translation>
        </message>
        <message>
            <location line="+3" />
            <source>How bad the reaction was, as far as you know.</source>
            <translation>Lo grave que fue la reacción, hasta donde usted sabe.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>allergy</source>
            <translation>alergia</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Relative</source>
            <translation>Fam&amp;iliar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Mother</source>
            <translation>p. ej., madre</translation>
        </message>
        <message>
            <location line="+5" />
            <source>e.g. Breast cancer</source>
            <translation>p. ej., cáncer de mama</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Age a&amp;t onset</source>
            <translation>Edad al empe&amp;zar</translation>
        </message>
        <message>
            <location line="+5" />
            <source>family history entry</source>
            <translation>antecedente familiar</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Problems, medications, allergies, lab results and family history</source>
            <translation>Problemas de salud, medicamentos, alergias, análisis y antecedentes familiares</translation>
        </message>
        <message>
            <location line="+35" />
            <source>&amp;Lab results</source>
            <translation>Análisis &amp;y pruebas</translation>
        </message>
        <message>
            <location line="-30" />
            <source>Pro&amp;blems and past history</source>
            <translation>Pro&amp;blemas y antecedentes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Medications</source>
            <translation>&amp;Medicamentos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Aller&amp;gies</source>
            <translation>Aler&amp;gias</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Famil&amp;y history</source>
            <translation>Antecedentes &amp;familiares</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{statement} (I have checked)</source>
            <translation>{statement} (lo he comprobado)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Tick only when you know the list is empty. Left unticked, an empty list is printed in the packet as “Not recorded”.</source>
            <translation>Márquelo solo cuando sepa que la lista está vacía. Si no lo marca, una lista vacía aparece en el paquete como “No consta”.</translation>
        </message>
    </context>
    <context>
        <name>fhir</name>
        <message>
            <location filename="../records/structured/fhir.py" line="+68" />
            <source>The FHIR bundle is empty: it holds no resources.</source>
            <translation>El paquete FHIR está vacío: no contiene recursos.</translation>
        </message>
        <message numerus="yes">
            <location line="+11" />
            <source>FHIR bundle: %n entries</source>
            <translation>
                <numerusform>Paquete FHIR: %n entrada</numerusform>
                <numerusform>Paquete FHIR: %n entradas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>FHIR resource: {kind}</source>
            <translation>Recurso FHIR: {kind}</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The folder holds more than {limit} files, too many to read safely.</source>
            <translation>La carpeta contiene más de {limit} archivos, demasiados para leerlos con seguridad.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The folder's files together are larger than {limit} MB, too large to read safely.</source>
            <translation>Los archivos de la carpeta ocupan en total más de {limit} MB, demasiado para leerlos con seguridad.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>None of the folder's files is a readable FHIR resource.</source>
            <translation>Ninguno de los archivos de la carpeta es un recurso FHIR legible.</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Health records export: %n files</source>
            <translation>
                <numerusform>Exportación de registros de salud: %n archivo</numerusform>
                <numerusform>Exportación de registros de salud: %n archivos</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Why it was not read</source>
            <translation>Por qué no se leyó</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Files not read</source>
            <translation>Archivos no leídos</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The FHIR file is larger than {limit} MB, too large to read safely.</source>
            <translation>El archivo FHIR ocupa más de {limit} MB, demasiado para leerlo con seguridad.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The file is empty.</source>
            <translation>El archivo está vacío.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The file is not UTF-8 text, so it is not FHIR JSON.</source>
            <translation>El archivo no es texto UTF-8, así que no es JSON de FHIR.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The FHIR file holds too many values to read safely.</source>
            <translation>El archivo FHIR contiene demasiados valores para leerlo con seguridad.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The file is not valid JSON (line {line}, column {column}).</source>
            <translation>El archivo no es JSON válido (línea {line}, columna {column}).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The file is not valid JSON.</source>
            <translation>El archivo no es JSON válido.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This is JSON but not a FHIR resource: it is not a JSON object.</source>
            <translation>Es JSON pero no un recurso FHIR: no es un objeto JSON.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This is JSON but not a FHIR resource: it has no resourceType.</source>
            <translation>Es JSON pero no un recurso FHIR: no tiene resourceType.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The FHIR bundle's entries are not a list.</source>
            <translation>Las entradas del paquete FHIR no son una lista.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Entry {number} of the FHIR bundle is not a JSON object.</source>
            <translation>La entrada {number} del paquete FHIR no es un objeto JSON.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Entry {number} of the FHIR bundle holds no FHIR resource.</source>
            <translation>La entrada {number} del paquete FHIR no contiene ningún recurso FHIR.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Name: {name}</source>
            <translation>Nombre: {name}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Date of birth: {date}</source>
            <translation>Fecha de nacimiento: {date}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sex: {sex}</source>
            <translation>Sexo: {sex}</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>This file holds the records of %n different people.</source>
            <translation>
                <numerusform>Este archivo contiene registros de %n persona distinta.</numerusform>
                <numerusform>Este archivo contiene registros de %n personas distintas.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+33" />
            <source>Patient</source>
            <translation>Paciente</translation>
        </message>
        <message>
            <location line="-12" />
            <source>The FHIR bundle is nested too deeply to be read safely.</source>
            <translation>El paquete FHIR está anidado a demasiada profundidad para leerlo con seguridad.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The FHIR bundle has more than {limit} entries, too many to read safely.</source>
            <translation>El paquete FHIR tiene más de {limit} entradas, demasiadas para leerlo con seguridad.</translation>
        </message>
        <message>
            <location line="+9" />
            <location filename="../records/structured/fhir_resources.py" line="+69" />
            <source>Condition</source>
            <translation>Afección</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../records/structured/fhir_resources.py" line="+5" />
            <source>Medication</source>
            <translation>Medicamento</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>Prescription</source>
            <translation>Receta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Allergy</source>
            <translation>Alergia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Observation</source>
            <translation>Observación</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../records/structured/fhir_resources.py" line="+13" />
            <source>Procedure</source>
            <translation>Procedimiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Diagnostic report</source>
            <translation>Informe diagnóstico</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Document</source>
            <translation>Documento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Encounter</source>
            <translation>Atención</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Immunization</source>
            <translation>Vacunación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Imaging study</source>
            <translation>Estudio de imagen</translation>
        </message>
        <message>
            <location filename="../records/structured/fhir_resources.py" line="-33" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Test</source>
            <translation>Prueba</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unit</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reference range</source>
            <translation>Intervalo de referencia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Flag</source>
            <translation>Indicador</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Conditions</source>
            <translation>Afecciones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Onset</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resolved</source>
            <translation>Resolución</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Medications</source>
            <translation>Medicamentos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dosage</source>
            <translation>Dosis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Started or prescribed</source>
            <translation>Inicio o prescripción</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Allergies</source>
            <translation>Alergias</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Substance</source>
            <translation>Sustancia</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reaction</source>
            <translation>Reacción</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Severity</source>
            <translation>Gravedad</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lab results</source>
            <translation>Resultados de laboratorio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vital signs</source>
            <translation>Constantes vitales</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other observations</source>
            <translation>Otras observaciones</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Procedures</source>
            <translation>Procedimientos</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Diagnostic reports</source>
            <translation>Informes diagnósticos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Report</source>
            <translation>Informe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Conclusion</source>
            <translation>Conclusión</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Encounters</source>
            <translation>Atenciones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Class</source>
            <translation>Clase</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Immunizations</source>
            <translation>Vacunas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vaccine</source>
            <translation>Vacuna</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Imaging studies</source>
            <translation>Estudios de imagen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Modality</source>
            <translation>Modalidad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Series</source>
            <translation>Series</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Images</source>
            <translation>Imágenes</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Documents</source>
            <translation>Documentos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attachment</source>
            <translation>Adjunto</translation>
        </message>
        <message>
            <location line="+5" />
            <source>ambulatory</source>
            <translation>ambulatoria</translation>
        </message>
        <message>
            <location line="+1" />
            <source>inpatient</source>
            <translation>hospitalización</translation>
        </message>
        <message>
            <location line="+2" />
            <source>emergency</source>
            <translation>urgencias</translation>
        </message>
        <message>
            <location line="+0" />
            <source>virtual</source>
            <translation>virtual</translation>
        </message>
        <message>
            <location line="+1" />
            <source>home health</source>
            <translation>atención domiciliaria</translation>
        </message>
        <message>
            <location line="+3" />
            <source>outpatient</source>
            <translation>consulta externa</translation>
        </message>
        <message>
            <location line="+2" />
            <source>observation</source>
            <translation>observación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>short stay</source>
            <translation>estancia corta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>pre-admission</source>
            <translation>preingreso</translation>
        </message>
        <message>
            <location line="+372" />
            <source>Kind of entry</source>
            <translation>Tipo de entrada</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Entries</source>
            <translation>Entradas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The file also holds these entries, not shown here.</source>
            <translation>El archivo contiene también estas entradas, que no se muestran aquí.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other entries</source>
            <translation>Otras entradas</translation>
        </message>
    </context>
    <context>
        <name>fhir_resources</name>
        <message>
            <location line="-18" />
            <source>Attached document</source>
            <translation>Documento adjunto</translation>
        </message>
    </context>
    <context>
        <name>filetypes</name>
        <message>
            <location filename="../records/filetypes.py" line="+28" />
            <source>JPEG photo</source>
            <translation>Foto JPEG</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PNG image</source>
            <translation>Imagen PNG</translation>
        </message>
        <message>
            <location line="+1" />
            <source>TIFF scan</source>
            <translation>Escaneo TIFF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>WebP image</source>
            <translation>Imagen WebP</translation>
        </message>
        <message>
            <location line="+1" />
            <source>HEIC photo</source>
            <translation>Foto HEIC</translation>
        </message>
        <message>
            <location line="+44" />
            <source>a ZIP or Office document</source>
            <translation>un archivo ZIP o un documento de Office</translation>
        </message>
        <message>
            <location line="+2" />
            <source>an old Word or Excel document</source>
            <translation>un documento antiguo de Word o Excel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>a DICOM image</source>
            <translation>una imagen DICOM</translation>
        </message>
        <message>
            <location line="+2" />
            <source>a web page or XML document</source>
            <translation>una página web o un documento XML</translation>
        </message>
        <message>
            <location line="+2" />
            <source>a GIF image</source>
            <translation>una imagen GIF</translation>
        </message>
        <message>
            <location line="+2" />
            <source>a BMP image</source>
            <translation>una imagen BMP</translation>
        </message>
        <message>
            <location line="+4" />
            <source>something else</source>
            <translation>otra cosa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>plain text</source>
            <translation>texto sin formato</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Open it and print it to PDF (File &gt; Print &gt; Save as PDF), then import the PDF.</source>
            <translation>Ábralo e imprímalo como PDF (Archivo &gt; Imprimir &gt; Guardar como PDF) y luego añada el PDF.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Open it and print it to PDF, then import the PDF.</source>
            <translation>Ábralo e imprímalo como PDF y luego añada el PDF.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Open it in your browser and print it to PDF, then import the PDF.</source>
            <translation>Ábralo en su navegador, imprímalo como PDF y luego añada el PDF.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>SecondOp reads structured records exported as FHIR (JSON) or C-CDA (XML); this file is neither. Print the summary to PDF from your patient portal instead.</source>
            <translation>SecondOp lee historiales estructurados exportados como FHIR (JSON) o C-CDA (XML); este archivo no es ninguno de los dos. Imprima el resumen en PDF desde su portal de pacientes.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This image from an imaging disc has no standard DICOM header, so SecondOp cannot read it. Export it as a picture from the disc's own viewer, and keep the disc itself on the records checklist.</source>
            <translation>Esta imagen de un disco de imágenes no tiene la cabecera DICOM estándar, así que SecondOp no puede leerla. Expórtela como imagen desde el visor del propio disco y anote el disco en la lista de comprobación de documentos.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Unpack it first, then import the folder.</source>
            <translation>Descomprímalo primero y luego añada la carpeta.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Convert it to PNG or JPEG first (any image viewer can), then import that.</source>
            <translation>Conviértalo primero a PNG o JPEG (cualquier visor de imágenes puede hacerlo) y luego añada ese archivo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save the attachment from the email and import that file.</source>
            <translation>Guarde el archivo adjunto del correo electrónico y añada ese archivo.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>This file is named {suffix} but is really {what}, so it cannot be read. Download or scan it again.</source>
            <translation>Este archivo tiene la extensión {suffix}, pero en realidad es {what}, así que no se puede leer. Descárguelo o escanéelo de nuevo.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>SecondOp imports PDFs and photos, not {suffix} files.</source>
            <translation>SecondOp admite archivos PDF y fotos, no archivos {suffix}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This is a DICOM image.</source>
            <translation>Es una imagen DICOM.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>SecondOp imports PDFs and photos (JPEG, PNG, TIFF, WebP, HEIC); this looks like {what}. Print or export it to PDF first.</source>
            <translation>SecondOp admite archivos PDF y fotos (JPEG, PNG, TIFF, WebP, HEIC); esto parece {what}. Imprímalo o expórtelo como PDF primero.</translation>
        </message>
    </context>
    <context>
        <name>form_fields</name>
        <message>
            <location filename="../ui/common/form_fields.py" line="+66" />
            <source>e.g. 3 Mar 2026</source>
            <translation>p. ej., 3 mar 2026</translation>
        </message>
    </context>
    <context>
        <name>guide_dialog</name>
        <message>
            <location filename="../ui/shell/guide_dialog.py" line="+71" />
            <source>The screen: {topic}</source>
            <translation>La pantalla: {topic}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>SecondOp User Guide</source>
            <translation>Guía de uso de SecondOp</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+1" />
            <source>Search the guide</source>
            <translation>Buscar en la guía</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Topics</source>
            <translation>Temas</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Topic</source>
            <translation>Tema</translation>
        </message>
        <message>
            <location line="+65" />
            <source>Nothing in the guide mentions “{words}”.</source>
            <translation>La guía no menciona “{words}” en ningún tema.</translation>
        </message>
    </context>
    <context>
        <name>health</name>
        <message>
            <location filename="../facts/health.py" line="+19" />
            <source>Prescription</source>
            <translation>Con receta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Over the counter</source>
            <translation>Sin receta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Supplement</source>
            <translation>Suplemento</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Mild</source>
            <translation>Leve</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Moderate</source>
            <translation>Moderada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Severe</source>
            <translation>Grave</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Life-threatening</source>
            <translation>Potencialmente mortal</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Enter the medication's name.</source>
            <translation>Escriba el nombre del medicamento.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose prescription, over the counter or supplement.</source>
            <translation>Elija con receta, sin receta o suplemento.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The stop date is before the start date.</source>
            <translation>La fecha en que lo dejó es anterior a la fecha en que lo empezó.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The stop date is in the future.</source>
            <translation>La fecha en que lo dejó está en el futuro.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Enter what causes the reaction.</source>
            <translation>Escriba qué le causa la reacción.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose a severity.</source>
            <translation>Elija la gravedad.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Enter the relative (for example, mother).</source>
            <translation>Escriba el familiar (por ejemplo, madre).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter the condition.</source>
            <translation>Escriba la enfermedad.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Active</source>
            <translation>Activo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Controlled</source>
            <translation>Controlado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In remission</source>
            <translation>En remisión</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resolved</source>
            <translation>Resuelto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not sure</source>
            <translation>No se sabe</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Enter the condition (for example, type 2 diabetes).</source>
            <translation>Escriba el problema de salud (por ejemplo, diabetes tipo 2).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose a status.</source>
            <translation>Elija un estado.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That date is in the future.</source>
            <translation>Esa fecha está en el futuro.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>No other health problems</source>
            <translation>Ningún otro problema de salud</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No medicines taken</source>
            <translation>No toma medicamentos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No known allergies</source>
            <translation>Sin alergias conocidas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No relevant family history</source>
            <translation>Sin antecedentes familiares relevantes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not recorded</source>
            <translation>No consta</translation>
        </message>
        <message>
            <location line="+29" />
            <source>{none} (as stated by the patient)</source>
            <translation>{none} (según el paciente)</translation>
        </message>
    </context>
    <context>
        <name>imaging_studies</name>
        <message>
            <location filename="../ui/records/imaging_studies.py" line="+39" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Modality</source>
            <translation>Modalidad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Body part</source>
            <translation>Parte del cuerpo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Series</source>
            <translation>Series</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Images</source>
            <translation>Imágenes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disc</source>
            <translation>Disco</translation>
        </message>
        <message>
            <location line="+36" />
            <source>not recorded</source>
            <translation>no consta</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Imaging studies on the discs</source>
            <translation>Estudios de imagen en los discos</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Imaging studies</source>
            <translation>Estudios de imagen</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Add &amp;key images…</source>
            <translation>Añadir imágenes &amp;clave…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose image files on the disc (the slices the report talks about): each is added as a picture record that can travel in the packet.</source>
            <translation>Elija archivos de imagen del disco (los cortes de los que habla el informe): cada uno se añade como un documento de imagen que puede ir en el paquete.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Add key images from the disc</source>
            <translation>Añadir imágenes clave del disco</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Disc images (*.dcm *.DCM *);;All files (*)</source>
            <translation>Imágenes del disco (*.dcm *.DCM *);;Todos los archivos (*)</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>Read from the disc's index: %n study(ies). The images stay on the disc; send the disc itself with the packet.</source>
            <translation>
                <numerusform>Leído del índice del disco: %n estudio. Las imágenes siguen en el disco; envíe el propio disco con el paquete.</numerusform>
                <numerusform>Leído del índice del disco: %n estudios. Las imágenes siguen en el disco; envíe el propio disco con el paquete.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>import_flow</name>
        <message>
            <location filename="../ui/records/import_flow.py" line="+42" />
            <source>Needs a password: none was typed. Press “Try again” to type it.</source>
            <translation>Necesita una contraseña: no se escribió ninguna. Pulse “Volver a intentarlo” para escribirla.</translation>
        </message>
        <message>
            <location line="+76" />
            <source>Importing records</source>
            <translation>Añadiendo documentos</translation>
        </message>
        <message>
            <location line="+40" />
            <source>That password did not open it. Try {n} of {tries}.</source>
            <translation>Esa contraseña no lo abrió. Intento {n} de {tries}.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Password-protected PDF</source>
            <translation>PDF protegido con contraseña</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This PDF is protected by a password. Patient portals often use the patient's date of birth. Type it to import an unlocked copy, or Cancel to skip this file for now.</source>
            <translation>Este PDF está protegido con una contraseña. Los portales del paciente suelen usar la fecha de nacimiento del paciente. Escríbala para añadir una copia desbloqueada, o pulse Cancelar para saltarse este archivo por ahora.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Needs a password: none of the three passwords opened it.</source>
            <translation>Necesita una contraseña: ninguna de las tres contraseñas lo abrió.</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Import finished</source>
            <translation>Importación terminada</translation>
        </message>
        <message>
            <location line="+17" />
            <source>&amp;Review suggested facts…</source>
            <translation>&amp;Revisar los datos sugeridos…</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Waiting for the password…</source>
            <translation>Esperando la contraseña…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Imported.</source>
            <translation>Añadido.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The import stopped: {error}. Records already imported are kept.</source>
            <translation>La importación se detuvo: {error}. Los documentos ya añadidos se conservan.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The import stopped unexpectedly. Records already imported are kept.</source>
            <translation>La importación se detuvo de forma inesperada. Los documentos ya añadidos se conservan.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Import</source>
            <translation>Importación</translation>
        </message>
        <message>
            <location line="+52" />
            <source>{files} and {more} more</source>
            <translation>{files} y {more} más</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{count} files: {files}</source>
            <translation>{count} archivos: {files}</translation>
        </message>
    </context>
    <context>
        <name>importer</name>
        <message numerus="yes">
            <location filename="../records/importer.py" line="+91" />
            <source>%n imported ({repaired})</source>
            <translation>
                <numerusform>%n añadido ({repaired})</numerusform>
                <numerusform>%n añadidos ({repaired})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n repaired</source>
            <translation>
                <numerusform>%n reparado</numerusform>
                <numerusform>%n reparados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n imported</source>
            <translation>
                <numerusform>%n añadido</numerusform>
                <numerusform>%n añadidos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n already in the case</source>
            <translation>
                <numerusform>%n ya estaba en el caso</numerusform>
                <numerusform>%n ya estaban en el caso</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n could not be imported</source>
            <translation>
                <numerusform>%n no se pudo añadir</numerusform>
                <numerusform>%n no se pudieron añadir</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n needs a password</source>
            <translation>
                <numerusform>%n necesita una contraseña</numerusform>
                <numerusform>%n necesitan una contraseña</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n fact(s) suggested for you to review</source>
            <translation>
                <numerusform>%n dato sugerido para que lo revise</numerusform>
                <numerusform>%n datos sugeridos para que los revise</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>stopped before the end</source>
            <translation>se detuvo antes del final</translation>
        </message>
        <message>
            <location line="+54" />
            <source>The file no longer exists where it was.</source>
            <translation>El archivo ya no está donde estaba.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>This is not a regular file.</source>
            <translation>No es un archivo normal.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The file is empty (0 bytes): it was probably not downloaded completely.</source>
            <translation>El archivo está vacío (0 bytes): probablemente no se descargó por completo.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>SecondOp is not allowed to read this file (permission denied).</source>
            <translation>SecondOp no tiene permiso para leer este archivo (permiso denegado).</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The file could not be read ({error}).</source>
            <translation>No se pudo leer el archivo ({error}).</translation>
        </message>
        <message>
            <location line="+53" />
            <source>There is no case with id {id}.</source>
            <translation>No hay ningún caso con el id {id}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Checking files…</source>
            <translation>Comprobando los archivos…</translation>
        </message>
        <message>
            <location line="+42" />
            <location line="+222" />
            <source>Already in this case as “{title}”.</source>
            <translation>Ya está en este caso como “{title}”.</translation>
        </message>
        <message>
            <location line="-231" />
            <source>The same file as {name}, imported just now.</source>
            <translation>Es el mismo archivo que {name}, añadido hace un momento.</translation>
        </message>
        <message>
            <location line="-25" />
            <source>{done} of {total} files read, {imported} imported</source>
            <translation>Leídos {done} de {total} archivos; añadidos: {imported}</translation>
        </message>
        <message>
            <location line="+97" />
            <source>Not imported: the disk is full.</source>
            <translation>No se añadió: el disco está lleno.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import stopped before this file.</source>
            <translation>La importación se detuvo antes de este archivo.</translation>
        </message>
        <message>
            <location line="+40" />
            <source>FHIR and C-CDA documents are imported from SecondOp's window or its secondop import command.</source>
            <translation>Los documentos FHIR y C-CDA se importan desde la ventana de SecondOp o con su orden secondop import.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>This PDF is protected by a password (often the date of birth).</source>
            <translation>Este PDF está protegido con una contraseña (a menudo, la fecha de nacimiento).</translation>
        </message>
        <message>
            <location line="-18" />
            <location line="+51" />
            <source>The file changed while it was being imported; try again.</source>
            <translation>El archivo cambió mientras se añadía; vuelva a intentarlo.</translation>
        </message>
    </context>
    <context>
        <name>instance</name>
        <message>
            <location filename="../store/instance.py" line="+38" />
            <source>This vault is already open in another SecondOp window or command. Close it there first, then try again.</source>
            <translation>Esta caja fuerte ya está abierta en otra ventana o en otro comando de SecondOp. Ciérrela allí primero y vuelva a intentarlo.</translation>
        </message>
    </context>
    <context>
        <name>keychain</name>
        <message>
            <location filename="../store/keychain.py" line="+42" />
            <location line="+10" />
            <source>No system keychain was found on this computer.</source>
            <translation>No se encontró ningún llavero del sistema en este ordenador.</translation>
        </message>
        <message>
            <location line="-8" />
            <source>The system keychain is switched off for this account.</source>
            <translation>El llavero del sistema está desactivado para esta cuenta.</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+2" />
            <source>The system keychain is not working on this computer.</source>
            <translation>El llavero del sistema no funciona en este ordenador.</translation>
        </message>
        <message>
            <location line="+34" />
            <source>The system keychain refused to store the key (it may be locked).</source>
            <translation>El llavero del sistema no aceptó guardar la clave (puede que esté bloqueado).</translation>
        </message>
    </context>
    <context>
        <name>keys</name>
        <message>
            <location filename="../store/keys.py" line="+72" />
            <source>The vault's key header (vault.header) is damaged, so your passphrase cannot be checked. Open the vault with your recovery key (Forgot passphrase?) to write a new header, or restore the header from a backup. Your data is not affected.</source>
            <translation>La cabecera de la clave de la caja fuerte (vault.header) está dañada, así que no se puede comprobar su frase de contraseña. Abra la caja fuerte con su clave de recuperación (¿Olvidó su frase de contraseña?) para escribir una cabecera nueva, o restaure la cabecera desde una copia de seguridad. Sus datos no se ven afectados.</translation>
        </message>
        <message>
            <location line="+130" />
            <source>A recovery key has {expected} letters and digits ({groups} groups of {size}); this one has {count}.</source>
            <translation>Una clave de recuperación tiene {expected} letras y cifras ({groups} grupos de {size}); esta tiene {count}.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>A recovery key never contains {characters}.</source>
            <translation>Una clave de recuperación nunca contiene {characters}.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>This recovery key has a typo: compare each group with your recovery kit.</source>
            <translation>Esta clave de recuperación tiene un error de escritura: compare cada grupo con su kit de recuperación.</translation>
        </message>
        <message>
            <location line="+96" />
            <source>That passphrase does not open this vault. Check Caps Lock and the keyboard layout, or use your recovery key.</source>
            <translation>Esa frase de contraseña no abre esta caja fuerte. Compruebe el Bloq Mayús y la distribución del teclado, o use su clave de recuperación.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>This recovery key belongs to a different vault.</source>
            <translation>Esta clave de recuperación pertenece a otra caja fuerte.</translation>
        </message>
        <message>
            <location line="+33" />
            <location line="+9" />
            <source>This key does not belong to this vault.</source>
            <translation>Esta clave no pertenece a esta caja fuerte.</translation>
        </message>
        <message>
            <location line="+54" />
            <source>This vault was written by a newer version of SecondOp; update the app.</source>
            <translation>Esta caja fuerte se guardó con una versión más reciente de SecondOp; actualice la aplicación.</translation>
        </message>
    </context>
    <context>
        <name>lab_chart</name>
        <message>
            <location filename="../ui/facts/lab_chart.py" line="+62" />
            <source> (above the reference range)</source>
            <translation> (por encima de los valores de referencia)</translation>
        </message>
        <message>
            <location line="+2" />
            <source> (below the reference range)</source>
            <translation> (por debajo de los valores de referencia)</translation>
        </message>
        <message>
            <location line="+16" />
            <location line="+18" />
            <source>Chart</source>
            <translation>Gráfico</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Chart of {test}</source>
            <translation>Gráfico de {test}</translation>
        </message>
        <message>
            <location line="+21" />
            <source>{value} on {date}</source>
            <translation>{value} el {date}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Reference range: {range}.</source>
            <translation>Valores de referencia: {range}.</translation>
        </message>
        <message>
            <location line="+97" />
            <source>Results over time</source>
            <translation>Resultados a lo largo del tiempo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Select a test in the overview to see its results over time.</source>
            <translation>Seleccione una prueba en el resumen para ver sus resultados a lo largo del tiempo.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Each test's results appear here over time once they are added.</source>
            <translation>Los resultados de cada prueba aparecerán aquí a lo largo del tiempo cuando se añadan.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Reference range: {range}</source>
            <translation>Valores de referencia: {range}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This test's results are words or limits, not numbers: not drawn.</source>
            <translation>Los resultados de esta prueba son palabras o límites, no números: no se dibujan.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>A chart appears once this test has three dated results in one unit.</source>
            <translation>El gráfico aparece cuando esta prueba tiene tres resultados con fecha en una misma unidad.</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>%n result(s) not drawn: a word or a limit (such as &lt;0.5), no date, or another unit.</source>
            <translation>
                <numerusform>%n resultado sin dibujar: una palabra o un límite (como &lt;0,5), sin fecha o en otra unidad.</numerusform>
                <numerusform>%n resultados sin dibujar: una palabra o un límite (como &lt;0,5), sin fecha o en otra unidad.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>labs</name>
        <message>
            <location filename="../facts/labs.py" line="+24" />
            <source>High</source>
            <translation>Alto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Critically high</source>
            <translation>Muy alto (crítico)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Low</source>
            <translation>Bajo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Critically low</source>
            <translation>Muy bajo (crítico)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Abnormal</source>
            <translation>Anormal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Critically abnormal</source>
            <translation>Anormal (crítico)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Enter the test's name (for example, PSA).</source>
            <translation>Escriba el nombre de la prueba (por ejemplo, PSA).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter the result as the report gives it.</source>
            <translation>Escriba el resultado tal como lo da el informe.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That date is in the future.</source>
            <translation>Esa fecha está en el futuro.</translation>
        </message>
        <message>
            <location line="+88" />
            <source>↑ up</source>
            <translation>↑ sube</translation>
        </message>
        <message>
            <location line="+1" />
            <source>↓ down</source>
            <translation>↓ baja</translation>
        </message>
        <message>
            <location line="+1" />
            <source>→ unchanged</source>
            <translation>→ sin cambios</translation>
        </message>
    </context>
    <context>
        <name>labs_html</name>
        <message numerus="yes">
            <location filename="../packet/labs_html.py" line="+42" />
            <source>%n results since {date}</source>
            <translation>
                <numerusform>%n resultado desde el {date}</numerusform>
                <numerusform>%n resultados desde el {date}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n results</source>
            <translation>
                <numerusform>%n resultado</numerusform>
                <numerusform>%n resultados</numerusform>
            </translation>
        </message>
        <message>
            <location line="+32" />
            <source>{test} ({unit}): {n} results from {first} to {last}</source>
            <translation>{test} ({unit}): {n} resultados, del {first} al {last}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{test}: {n} results from {first} to {last}</source>
            <translation>{test}: {n} resultados, del {first} al {last}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>; shaded: reference range {range}</source>
            <translation>; sombreado: intervalo de referencia {range}</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>(%n other result(s) not drawn: not a number, undated or in another unit)</source>
            <translation>
                <numerusform>(%n resultado más sin dibujar: no es un número, no tiene fecha o está en otra unidad)</numerusform>
                <numerusform>(%n resultados más sin dibujar: no son números, no tienen fecha o están en otra unidad)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+13" />
            <source>Values: {values}</source>
            <translation>Valores: {values}</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Test</source>
            <translation>Prueba</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Latest</source>
            <translation>Último</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Flag</source>
            <translation>Indicador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reference range</source>
            <translation>Intervalo de referencia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Previous</source>
            <translation>Anterior</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Direction</source>
            <translation>Tendencia</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Each chart shows the measured values only, joined by a line; a red point is outside the reference range the report gave.</source>
            <translation>Cada gráfico muestra solo los valores medidos, unidos por una línea; un punto rojo está fuera del intervalo de referencia que daba el informe.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Trends</source>
            <translation>Evolución</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Imaging disc</source>
            <translation>Disco de imágenes</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Patient named on the disc: {name}</source>
            <translation>Paciente que figura en el disco: {name}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Modality</source>
            <translation>Modalidad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Body part</source>
            <translation>Parte del cuerpo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Series</source>
            <translation>Series</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Images</source>
            <translation>Imágenes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Accession</source>
            <translation>N.º de acceso</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The disc's index is also in this packet, with the records.</source>
            <translation>El índice del disco también va en este paquete, con los documentos.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>These studies are on the imaging disc(s) that travel with the patient; the images themselves are not in this packet.</source>
            <translation>Estos estudios están en los discos de imágenes que acompañan al paciente; las imágenes en sí no van en este paquete.</translation>
        </message>
    </context>
    <context>
        <name>labs_page</name>
        <message>
            <location filename="../ui/facts/labs_page.py" line="+50" />
            <source>Not given</source>
            <translation>No indicado</translation>
        </message>
        <message>
            <location line="+45" />
            <source>&amp;Test</source>
            <translation>&amp;Prueba</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. PSA, Haemoglobin</source>
            <translation>p. ej., PSA, hemoglobina</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Result</source>
            <translation>Resul&amp;tado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>as the report gives it, e.g. 7.2 or &lt;0.5</source>
            <translation>tal como lo da el informe, p. ej., 7,2 o &lt;0,5</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type it as the report shows it. A limit such as &lt;0.5 or a word such as positive is kept as written; only plain numbers are drawn on the chart.</source>
            <translation>Escríbalo tal como aparece en el informe. Un límite como &lt;0,5 o una palabra como positivo se guarda tal cual; solo los números simples se dibujan en el gráfico.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>e.g. ng/mL or mmol/L</source>
            <translation>p. ej., ng/mL o mmol/L</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Referen&amp;ce range</source>
            <translation>Valores de referen&amp;cia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 3.5-5.0 or &lt; 4</source>
            <translation>p. ej., 3,5-5,0 o &lt; 4</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The normal range the report prints beside the result. Given as numbers, it is drawn as a pale band on the chart.</source>
            <translation>El intervalo normal que el informe imprime junto al resultado. Si viene en números, se dibuja como una franja clara en el gráfico.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The lab's own mark beside the result (H for high, L for low). Leave it as Not given when the report shows none: nothing is worked out here.</source>
            <translation>La marca del propio laboratorio junto al resultado (H si es alto, L si es bajo). Déjelo en No indicado si el informe no muestra ninguna: aquí no se deduce nada.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>N&amp;otes</source>
            <translation>N&amp;otas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Linked record&amp;s</source>
            <translation>Documentos enla&amp;zados</translation>
        </message>
        <message>
            <location line="+4" />
            <source>lab result</source>
            <translation>resultado de análisis</translation>
        </message>
        <message>
            <location line="-30" />
            <source>Un&amp;it</source>
            <translation>U&amp;nidad</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Flag on the re&amp;port</source>
            <translation>&amp;Indicador del informe</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Date take&amp;n</source>
            <translation>Fecha de e&amp;xtracción</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Blood tests and other lab results, one line per result, as the report gives it. Results read from an imported health record (a FHIR or C-CDA file) are suggested for you to accept; you can also type them here.</source>
            <translation>Análisis de sangre y otros resultados de laboratorio, una línea por resultado, tal como los da el informe. Los resultados leídos de un documento de salud importado (un archivo FHIR o C-CDA) se le ofrecen como sugerencias para que los acepte; también puede escribirlos aquí.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Test</source>
            <translation>Prueba</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Latest</source>
            <translation>Último</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Previous</source>
            <translation>Anterior</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Change</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Flag</source>
            <translation>Indicador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Results</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <location line="+59" />
            <source>date not recorded</source>
            <translation>fecha: no consta</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Not compared: the two results are in different units.</source>
            <translation>Sin comparar: los dos resultados están en unidades distintas.</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Tests overvie&amp;w</source>
            <translation>&amp;Resumen por prueba</translation>
        </message>
        <message>
            <location line="-39" />
            <source>Not compared: one of the two is not a plain number.</source>
            <translation>Sin comparar: uno de los dos no es un número simple.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reference range: {range}</source>
            <translation>Valores de referencia: {range}</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Tests overview</source>
            <translation>Resumen por prueba</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Select a test to see its chart; Enter edits its latest result</source>
            <translation>Seleccione una prueba para ver su gráfico; Intro abre su último resultado para editarlo</translation>
        </message>
    </context>
    <context>
        <name>letter</name>
        <message>
            <location filename="../packet/letter.py" line="+69" />
            <source>(date of birth)</source>
            <translation>(fecha de nacimiento)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Patient</source>
            <translation>Paciente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date of birth</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+24" />
            <source>Period:</source>
            <translation>Periodo:</translation>
        </message>
        <message>
            <location line="-16" />
            <source>the medical records department named in my letter</source>
            <translation>el departamento de historias clínicas indicado en mi carta</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+70" />
            <source>caregiver</source>
            <translation>cuidador</translation>
        </message>
        <message>
            <location line="-68" />
            <source>{relationship}; contact: {contact}</source>
            <translation>{relationship}; contacto: {contact}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>I, the patient named above, authorise {holder} to release copies of the records below to {caregiver} ({relationship}), who is asking for them on my behalf.</source>
            <translation>Yo, el/la paciente arriba identificado/a, autorizo que {holder} entregue copias de los documentos que se indican a continuación a {caregiver} ({relationship}), que las solicita en mi nombre.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Records:</source>
            <translation>Documentos:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Purpose:</source>
            <translation>Finalidad:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>to obtain a second medical opinion.</source>
            <translation>obtener una segunda opinión médica.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This authorisation ends on:</source>
            <translation>Esta autorización es válida hasta:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{date}, unless I withdraw it sooner in writing. I understand that I may withdraw it at any time, except for records already released, and that my treatment does not depend on signing it.</source>
            <translation>{date}, salvo que la revoque antes por escrito. Entiendo que puedo revocarla en cualquier momento, excepto en lo que se refiere a los documentos ya entregados, y que mi tratamiento no depende de que la firme.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Date:</source>
            <translation>Fecha:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signature of the patient:</source>
            <translation>Firma del paciente:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>If the patient cannot sign, the person legally able to act for them signs below and encloses a copy of the document that allows it (for example a power of attorney for health care, or a guardianship order).</source>
            <translation>Si el paciente no puede firmar, firma a continuación la persona legalmente facultada para actuar en su nombre, que adjunta una copia del documento que la acredita (por ejemplo, un poder para decisiones de salud o una resolución judicial de tutela).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Signature of the legal representative:</source>
            <translation>Firma del representante legal:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name and authority:</source>
            <translation>Nombre y calidad en la que actúa:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Authorisation to release medical records</source>
            <translation>Autorización para la entrega de documentos médicos</translation>
        </message>
        <message>
            <location line="+24" />
            <source>on behalf of {patient} ({relationship}; authorisation enclosed)</source>
            <translation>en nombre de {patient} ({relationship}; se adjunta autorización)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>the address above</source>
            <translation>la dirección indicada arriba</translation>
        </message>
        <message>
            <location line="+2" />
            <source>To:</source>
            <translation>Para:</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+91" />
            <source>Medical Records Department</source>
            <translation>Departamento de Historias Clínicas</translation>
        </message>
        <message>
            <location line="-90" />
            <source>Request for copies of medical records</source>
            <translation>Solicitud de copias de documentos médicos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dear Sir or Madam,</source>
            <translation>Estimados señores:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I am asking for copies of the following records, for a second medical opinion:</source>
            <translation>Les solicito copias de los siguientes documentos para una segunda opinión médica:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Format wanted:</source>
            <translation>Formato solicitado:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Electronic copies (PDF) where possible, otherwise paper copies.</source>
            <translation>Copias electrónicas (PDF) si es posible; si no, copias en papel.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>For any scans (CT, MRI, PET, X-ray, ultrasound): the images themselves on a CD, DVD or USB stick in DICOM format, with the reports.</source>
            <translation>Para cualquier estudio de imagen (TC/TAC, resonancia magnética, PET, radiografía, ecografía): las propias imágenes en un CD, DVD o memoria USB en formato DICOM, junto con los informes.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Please send them to:</source>
            <translation>Les ruego que las envíen a:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I make this request under the patient's legal right of access to their own health information. For example, in the United States the HIPAA Privacy Rule (45 CFR 164.524) requires a response within 30 days; in the United Kingdom and the European Union the GDPR right of access gives one month. Please tell me if there is a fee before copying.</source>
            <translation>Hago esta solicitud en virtud del derecho legal del paciente a acceder a su propia información de salud. Por ejemplo, en Estados Unidos la Norma de Privacidad de HIPAA (45 CFR 164.524) exige una respuesta en un plazo de 30 días; en el Reino Unido y en la Unión Europea, el derecho de acceso del RGPD establece un plazo de un mes. Les ruego que me informen antes de hacer las copias si tienen algún costo.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Thank you for your help.</source>
            <translation>Gracias por su ayuda.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Signature:</source>
            <translation>Firma:</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Say which records you are asking for.</source>
            <translation>Indique qué documentos solicita.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Medical Records Department, {place}</source>
            <translation>Departamento de Historias Clínicas, {place}</translation>
        </message>
    </context>
    <context>
        <name>letter_dialog</name>
        <message>
            <location filename="../ui/packet/letter_dialog.py" line="+50" />
            <source>Records request letter</source>
            <translation>Carta de solicitud de documentos</translation>
        </message>
        <message>
            <location line="+6" />
            <source>To</source>
            <translation>Para</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Records wanted</source>
            <translation>Documentos solicitados</translation>
        </message>
        <message>
            <location line="+2" />
            <source>e.g. Pathology reports for the neck biopsy</source>
            <translation>p. ej., informes de anatomía patológica de la biopsia del cuello</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Period</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. September 2026 to now</source>
            <translation>p. ej., de septiembre de 2026 hasta hoy</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Send the copies to</source>
            <translation>Enviar las copias a</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;To</source>
            <translation>&amp;Para</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Records wanted</source>
            <translation>&amp;Documentos solicitados</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Period</source>
            <translation>Peri&amp;odo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Send copies to</source>
            <translation>&amp;Enviar copias a</translation>
        </message>
        <message>
            <location line="+1" />
            <source>P&amp;aper</source>
            <translation>P&amp;apel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The letter cites the patient's right of access (in the US, 30 days to respond) and asks for scan images on a disc. Print it, sign it and send or hand it in.</source>
            <translation>La carta cita el derecho de acceso del paciente (en EE. UU., 30 días para responder) y pide las imágenes de los estudios en un disco. Imprímala, fírmela y envíela o entréguela en mano.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>A second page is {patient}'s authorisation for you to receive the records: they sign it (or their legal representative does).</source>
            <translation>Una segunda página es la autorización de {patient} para que usted reciba los documentos: debe firmarla esa persona (o su representante legal).</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The checklist item will be marked as requested.</source>
            <translation>El elemento de la lista de comprobación se marcará como solicitado.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Save letter…</source>
            <translation>&amp;Guardar carta…</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Say which records you are asking for.</source>
            <translation>Indique qué documentos solicita.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Records request - {name}.pdf</source>
            <translation>Solicitud de documentos - {name}.pdf</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Save the letter</source>
            <translation>Guardar la carta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The letter could not be saved: {reason}.</source>
            <translation>No se pudo guardar la carta: {reason}.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Saved {path}. Print it, sign it, and send it or hand it in.</source>
            <translation>Se guardó {path}. Imprímala, fírmela y envíela o entréguela en mano.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The checklist item is now marked as requested.</source>
            <translation>El elemento de la lista de comprobación ya está marcado como solicitado.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Letter saved</source>
            <translation>Carta guardada</translation>
        </message>
    </context>
    <context>
        <name>list_editor</name>
        <message>
            <location filename="../ui/common/list_editor.py" line="+112" />
            <source>{Noun} list</source>
            <translation>Lista de entradas ({noun})</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Add {noun}</source>
            <translation>Aña&amp;dir {noun}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete</source>
            <translation>E&amp;liminar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move up (Alt+Up)</source>
            <translation>Subir (Alt+Flecha arriba)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move down (Alt+Down)</source>
            <translation>Bajar (Alt+Flecha abajo)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&amp;Undo</source>
            <translation>Des&amp;hacer</translation>
        </message>
        <message>
            <location line="+96" />
            <source>Drag to reorder, or use Alt+Up and Alt+Down</source>
            <translation>Arrastre para cambiar el orden, o use Alt+Flecha arriba y Alt+Flecha abajo</translation>
        </message>
        <message>
            <location line="+89" />
            <source>Choose Add {noun} to start.</source>
            <translation>Elija «Añadir {noun}» para empezar.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nothing added yet. {start}</source>
            <translation>Todavía no ha añadido nada. {start}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Select {a_noun}, or choose Add {noun}.</source>
            <translation>Seleccione una entrada de la lista o elija «Añadir {noun}».</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Editing…</source>
            <translation>Editando…</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Saved</source>
            <translation>Guardado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Saved. Some fields need attention: see the notes under them.</source>
            <translation>Guardado. Algunos campos necesitan atención: vea las notas debajo de ellos.</translation>
        </message>
        <message>
            <location line="+73" />
            <source>The {noun} was deleted.</source>
            <translation>Se eliminó la entrada ({noun}).</translation>
        </message>
    </context>
    <context>
        <name>list_items</name>
        <message>
            <location filename="../ui/common/list_items.py" line="+41" />
            <source>Opinion</source>
            <translation>Opinión</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Not recorded</source>
            <translation>No consta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>None yet</source>
            <translation>Sin opinión todavía</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No trial</source>
            <translation>Sin ensayo clínico</translation>
        </message>
        <message>
            <location line="+22" />
            <source>entry</source>
            <translation>entrada</translation>
        </message>
        <message>
            <location line="+34" />
            <source>New {noun}</source>
            <translation>Nueva entrada: {noun}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>⚠ Needs attention: {note}</source>
            <translation>⚠ Necesita atención: {note}</translation>
        </message>
    </context>
    <context>
        <name>lists</name>
        <message>
            <location filename="../cases/lists.py" line="+142" />
            <source>That {name} entry no longer exists.</source>
            <translation>Esa entrada ya no existe.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>That entry was deleted meanwhile.</source>
            <translation>Esa entrada se eliminó mientras tanto.</translation>
        </message>
        <message>
            <location line="+131" />
            <source>That entry was already deleted.</source>
            <translation>Esa entrada ya se había eliminado.</translation>
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <location filename="../ui/shell/main_window.py" line="+109" />
            <source>  &lt;a href="{href}"&gt;Open the ready packet&lt;/a&gt; (File &amp;gt; Prepare Packet builds your own).</source>
            <translation>  &lt;a href="{href}"&gt;Abrir el paquete ya preparado&lt;/a&gt; (Archivo &amp;gt; Preparar paquete crea el suyo).</translation>
        </message>
        <message>
            <location line="+9" />
            <source>  Passphrase: {passphrase}</source>
            <translation>  Frase de contraseña: {passphrase}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Demo: every person here is fictional, and this vault is deleted when you quit.</source>
            <translation>Demostración: todas las personas que aparecen aquí son ficticias, y esta caja fuerte se borra al salir.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Demo mode</source>
            <translation>Modo de demostración</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Warning about the vault folder</source>
            <translation>Aviso sobre la carpeta de la caja fuerte</translation>
        </message>
        <message>
            <location line="+137" />
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;New Case…</source>
            <translation>Nuevo caso…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Lock</source>
            <translation>&amp;Bloquear</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Change &amp;Passphrase…</source>
            <translation>Cambiar la &amp;frase de contraseña…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Settings…</source>
            <translation>C&amp;onfiguración…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Import Records…</source>
            <translation>Añadir &amp;documentos…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Import &amp;Folder…</source>
            <translation>Añadir documentos de una &amp;carpeta…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Review Su&amp;ggested Facts…</source>
            <translation>Re&amp;visar datos sugeridos…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Prepare &amp;Packet…</source>
            <translation>Preparar el paquete…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>E&amp;xport Case…</source>
            <translation>E&amp;xportar caso…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Import &amp;Case…</source>
            <translation>I&amp;mportar caso…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Back Up To…</source>
            <translation>&amp;Hacer copia de seguridad en…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Restore From Backup…</source>
            <translation>&amp;Restaurar desde una copia de seguridad…</translation>
        </message>
        <message>
            <location line="+24" />
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Edit Case Details…</source>
            <translation>&amp;Editar los datos del caso…</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+103" />
            <source>&amp;Archive Case</source>
            <translation>&amp;Archivar caso</translation>
        </message>
        <message>
            <location line="-100" />
            <source>&amp;Delete Case…</source>
            <translation>E&amp;liminar caso…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show &amp;Archived Cases</source>
            <translation>Mostrar casos &amp;archivados</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Go to &amp;Case List</source>
            <translation>Ir a la &amp;lista de casos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Go to Case &amp;Page</source>
            <translation>Ir a la &amp;página del caso</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Records</source>
            <translation>&amp;Documentos</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Check&amp;list</source>
            <translation>Lista de &amp;comprobación</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Timeline</source>
            <translation>C&amp;ronología</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Co&amp;mpare Opinions</source>
            <translation>Co&amp;mparar opiniones</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Search Records</source>
            <translation>&amp;Buscar en los documentos</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;User Guide</source>
            <translation>&amp;Guía de uso</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Keyboard Shortcuts</source>
            <translation>&amp;Atajos de teclado</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;What's This?</source>
            <translation>¿&amp;Qué es esto?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;About SecondOp</source>
            <translation>Acerca &amp;de SecondOp</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Un&amp;archive Case</source>
            <translation>Des&amp;archivar caso</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Checking the vault</source>
            <translation>Comprobando la caja fuerte</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The vault is damaged: some of its pages fail their integrity check. Restore the latest good backup, or save what can still be read.</source>
            <translation>La caja fuerte está dañada: algunas de sus páginas no superan la comprobación de integridad. Restaure la última copia de seguridad en buen estado, o guarde lo que todavía se pueda leer.</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Locked.</source>
            <translation>Caja fuerte bloqueada.</translation>
        </message>
        <message>
            <location line="+100" />
            <source>Case archived.</source>
            <translation>Caso archivado.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Case restored.</source>
            <translation>Caso desarchivado.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Delete the case “{title}” for {patient}?

Everything in it is removed from the vault. This cannot be undone; archive it instead if you might need it again.</source>
            <translation>¿Eliminar el caso “{title}” de {patient}?

Todo lo que contiene se quitará de la caja fuerte. Esto no se puede deshacer. Si cree que podría necesitarlo de nuevo, mejor archívelo.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Delete case</source>
            <translation>Eliminar caso</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Case deleted.</source>
            <translation>Caso eliminado.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Passphrase changed.</source>
            <translation>Frase de contraseña cambiada.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Passphrase changed and the vault re-encrypted.</source>
            <translation>Frase de contraseña cambiada y caja fuerte cifrada de nuevo.</translation>
        </message>
        <message>
            <location line="+50" />
            <source>About {app}</source>
            <translation>Acerca de {app}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&lt;p&gt;An offline, encrypted organizer for getting a second medical opinion.&lt;/p&gt;&lt;p&gt;Your vault is kept in:&lt;br/&gt;&lt;tt&gt;{folder}&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;No network, no account, no server.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Un organizador cifrado y sin conexión para pedir una segunda opinión médica.&lt;/p&gt;&lt;p&gt;Su caja fuerte se guarda en:&lt;br/&gt;&lt;tt&gt;{folder}&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Sin red, sin cuenta, sin servidor.&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Open the ready packet</source>
            <translation>Abrir el paquete ya preparado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Demo packet.pdf</source>
            <translation>Paquete de demostración.pdf</translation>
        </message>
    </context>
    <context>
        <name>meta</name>
        <message>
            <location filename="../records/meta.py" line="+20" />
            <source>Pathology report</source>
            <translation>Informe de anatomía patológica</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Imaging report</source>
            <translation>Informe de imágenes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Imaging images</source>
            <translation>Imágenes médicas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lab result</source>
            <translation>Resultado de análisis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Operative or procedure note</source>
            <translation>Nota quirúrgica o de procedimiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Discharge summary</source>
            <translation>Informe de alta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clinic or consultation note</source>
            <translation>Nota de consulta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Treatment summary</source>
            <translation>Resumen del tratamiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Medication list</source>
            <translation>Lista de medicamentos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Referral or letter</source>
            <translation>Derivación o carta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Insurance, ID or admin</source>
            <translation>Seguro, identificación o trámites</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <location line="+126" />
            <source>Untitled record</source>
            <translation>Documento sin título</translation>
        </message>
    </context>
    <context>
        <name>ocr</name>
        <message>
            <location filename="../records/ocr.py" line="+78" />
            <source>Text recognition is not installed.</source>
            <translation>El reconocimiento de texto no está instalado.</translation>
        </message>
    </context>
    <context>
        <name>ocr_progress</name>
        <message>
            <location filename="../ui/records/ocr_progress.py" line="+81" />
            <source>Reading text: page {page} of {pages}</source>
            <translation>Leyendo el texto: página {page} de {pages}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reading page {page} of {pages}</source>
            <translation>Leyendo la página {page} de {pages}</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>Reading stopped: %n page(s) left, read at the next unlock</source>
            <translation>
                <numerusform>Lectura detenida: queda %n página, que se leerá la próxima vez que desbloquee</numerusform>
                <numerusform>Lectura detenida: quedan %n páginas, que se leerán la próxima vez que desbloquee</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>Stopped: %n page(s) left</source>
            <translation>
                <numerusform>Detenida: queda %n página</numerusform>
                <numerusform>Detenida: quedan %n páginas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Text waiting to be read (%n page(s))</source>
            <translation>
                <numerusform>Texto pendiente de leer (%n página)</numerusform>
                <numerusform>Texto pendiente de leer (%n páginas)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>Text not read yet</source>
            <translation>Texto aún sin leer</translation>
        </message>
    </context>
    <context>
        <name>ocr_queue</name>
        <message>
            <location filename="../records/ocr_queue.py" line="+106" />
            <source>Reading text: page {page} of {pages} of “{title}”</source>
            <translation>Leyendo el texto: página {page} de {pages} de «{title}»</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Text read</source>
            <translation>Texto leído</translation>
        </message>
    </context>
    <context>
        <name>ocr_reader</name>
        <message>
            <location filename="../ui/records/ocr_reader.py" line="+74" />
            <source>Stop reading</source>
            <translation>Dejar de leer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Stop reading the text of photos for now; the rest is read at the next unlock.</source>
            <translation>Dejar de leer el texto de las fotos por ahora; el resto se lee la próxima vez que desbloquee.</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+43" />
            <source>Reading the text of photos</source>
            <translation>Leyendo el texto de las fotos</translation>
        </message>
        <message>
            <location line="-17" />
            <source>The text in photos and scans cannot be read: text recognition is not installed. Everything else works.</source>
            <translation>No se puede leer el texto de fotos y escaneos: el reconocimiento de texto no está instalado. Todo lo demás funciona.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Reading the text of photos…</source>
            <translation>Leyendo el texto de las fotos…</translation>
        </message>
    </context>
    <context>
        <name>open_file</name>
        <message>
            <location filename="../ui/common/open_file.py" line="+31" />
            <source>This computer has no program set up to show folders. The file is in: {path}</source>
            <translation>Este ordenador no tiene ningún programa preparado para mostrar carpetas. El archivo está en: {path}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This computer has no program set up to open this kind of file, so it cannot be shown outside SecondOp. Save a copy where you choose, to open it another way?</source>
            <translation>Este ordenador no tiene ningún programa preparado para abrir este tipo de archivo, así que no se puede mostrar fuera de SecondOp. ¿Desea guardar una copia donde usted elija, para abrirla de otra forma?</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Save a Copy…</source>
            <translation>Guardar una copia…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Save a copy</source>
            <translation>Guardar una copia</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The copy could not be saved: {reason}.</source>
            <translation>No se pudo guardar la copia: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>opinions</name>
        <message>
            <location filename="../facts/opinions.py" line="+46" />
            <source>Write at least the diagnosis or the recommendation.</source>
            <translation>Escriba al menos el diagnóstico o la recomendación.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The date of the opinion is in the future.</source>
            <translation>La fecha de la opinión está en el futuro.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Write the point to resolve.</source>
            <translation>Escriba el punto que hay que aclarar.</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Diagnosis</source>
            <translation>Diagnóstico</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type, stage, grade</source>
            <translation>Tipo, estadio, grado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How it was established</source>
            <translation>Cómo se llegó al diagnóstico</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recommended treatment</source>
            <translation>Tratamiento recomendado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reasoning</source>
            <translation>Razonamiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What is uncertain</source>
            <translation>Qué no es seguro</translation>
        </message>
    </context>
    <context>
        <name>options</name>
        <message>
            <location filename="../preparing/options.py" line="+39" />
            <source>Name the option (for example, surgery or watchful waiting).</source>
            <translation>Ponga nombre a la opción (por ejemplo, cirugía o espera vigilada).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Leaning goes from 0 to 5.</source>
            <translation>La preferencia va de 0 a 5.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A point is a benefit or a risk.</source>
            <translation>Un punto es un beneficio o un riesgo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Describe the benefit or risk.</source>
            <translation>Describa el beneficio o el riesgo.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Rate how much it matters from 0 to 5.</source>
            <translation>Valore de 0 a 5 cuánto le importa.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Watchful waiting / no treatment now</source>
            <translation>Espera vigilada / sin tratamiento por ahora</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Regular check-ups and tests instead of starting treatment now.</source>
            <translation>Revisiones y pruebas periódicas en lugar de empezar un tratamiento ahora.</translation>
        </message>
    </context>
    <context>
        <name>options_page</name>
        <message>
            <location filename="../ui/preparing/options_page.py" line="+38" />
            <source>0 – not rated</source>
            <translation>0 – sin valorar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>1 – hardly</source>
            <translation>1 – casi nada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>2 – a little</source>
            <translation>2 – un poco</translation>
        </message>
        <message>
            <location line="+1" />
            <source>3 – somewhat</source>
            <translation>3 – algo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>4 – a lot</source>
            <translation>4 – mucho</translation>
        </message>
        <message>
            <location line="+1" />
            <source>5 – very much</source>
            <translation>5 – muchísimo</translation>
        </message>
        <message>
            <location line="+45" />
            <source>Benefits</source>
            <translation>Beneficios</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a benefit, then press Enter</source>
            <translation>Añada un beneficio y pulse Intro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New benefit</source>
            <translation>Nuevo beneficio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How much this benefit matters to me</source>
            <translation>Cuánto me importa este beneficio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add benefit</source>
            <translation>Añadir beneficio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected benefit</source>
            <translation>Quitar el beneficio seleccionado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Risks and side effects</source>
            <translation>Riesgos y efectos secundarios</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add a risk or side effect, then press Enter</source>
            <translation>Añada un riesgo o efecto secundario y pulse Intro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New risk or side effect</source>
            <translation>Nuevo riesgo o efecto secundario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How much this risk or side effect matters to me</source>
            <translation>Cuánto me importa este riesgo o efecto secundario</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Add risk or side effect</source>
            <translation>Añadir riesgo o efecto secundario</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove the selected risk or side effect</source>
            <translation>Quitar el riesgo o efecto secundario seleccionado</translation>
        </message>
        <message>
            <location line="+9" />
            <source>How much it matters to me, 0 to 5</source>
            <translation>Cuánto me importa, de 0 a 5</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add</source>
            <translation>Añadir</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location line="+16" />
            <source>&lt;b&gt;{title}&lt;/b&gt; — how much each matters to me</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt;: cuánto me importa cada uno</translation>
        </message>
        <message>
            <location line="+33" />
            <source>{point}  —  matters {rating}</source>
            <translation>{point}  —  me importa {rating}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>“{point}” is selected: choose another rating in the box to change how much it matters, or Remove it.</source>
            <translation>“{point}” está seleccionado: elija otra valoración en la lista para cambiar cuánto le importa, o pulse Quitar.</translation>
        </message>
        <message>
            <location line="+62" />
            <source>Option</source>
            <translation>Opción</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Proposed by</source>
            <translation>Propuesta por</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What it involves</source>
            <translation>En qué consiste</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Benefits
(how much each
matters to me)</source>
            <translation>Beneficios
(cuánto me importa
cada uno)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Risks and
side effects
(how much each
matters to me)</source>
            <translation>Riesgos y
efectos secundarios
(cuánto me importa
cada uno)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recovery and time</source>
            <translation>Recuperación y tiempo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cost and coverage</source>
            <translation>Gastos y cobertura</translation>
        </message>
        <message>
            <location line="+1" />
            <source>My notes</source>
            <translation>Mis notas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How much I lean
towards it</source>
            <translation>Cuánto me inclino
por ella</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Benefits minus
risks, as I rated
them</source>
            <translation>Beneficios menos
riesgos, según
mi valoración</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Treatment options side by side</source>
            <translation>Opciones de tratamiento una al lado de otra</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The numbers are how much each point matters to you, not a medical score. Use them to talk the choice through with your doctors.</source>
            <translation>Los números indican cuánto le importa cada punto, no son una puntuación médica. Úselos para hablar de la decisión con sus médicos.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Add the options on the Options list to compare them here.</source>
            <translation>Añada las opciones en la lista de opciones para compararlas aquí.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>You lean most towards: {options}.</source>
            <translation>Se inclina más por: {options}.</translation>
        </message>
        <message>
            <location line="+1" />
            <source> and </source>
            <translation> y </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Say how much you lean towards each option to see your leaning here.</source>
            <translation>Indique cuánto se inclina por cada opción para ver aquí su preferencia.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>The option you lean towards most</source>
            <translation>La opción por la que más se inclina</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Option</source>
            <translation>&amp;Opción</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. Surgery; Watchful waiting</source>
            <translation>p. ej., cirugía; espera vigilada</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Proposed &amp;by</source>
            <translation>&amp;Propuesta por</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What it &amp;involves</source>
            <translation>En qué &amp;consiste</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recovery and &amp;time</source>
            <translation>&amp;Recuperación y tiempo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cost and &amp;coverage</source>
            <translation>&amp;Gastos y cobertura</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What it would cost you, and what your insurer or health service pays.</source>
            <translation>Lo que le costaría a usted, y lo que paga su seguro o el sistema de salud.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>My &amp;notes</source>
            <translation>Mis &amp;notas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>How much I &amp;lean towards it</source>
            <translation>Cuánto me &amp;inclino por ella</translation>
        </message>
        <message>
            <location line="+3" />
            <source>0 to 5: how much you lean towards this option now. Yours, not advice.</source>
            <translation>De 0 a 5: cuánto se inclina ahora por esta opción. Es su opinión, no un consejo.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{option}
I lean towards it: {rating}</source>
            <translation>{option}
Me inclino por ella: {rating}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>option</source>
            <translation>opción</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Add &amp;watchful waiting as an option</source>
            <translation>Añadir la e&amp;spera vigilada como opción</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Doing nothing for now is an option too: comparing against it shows what a treatment adds.</source>
            <translation>No hacer nada por ahora también es una opción: compararla con las demás muestra lo que aporta un tratamiento.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Options</source>
            <translation>Opciones</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Each option</source>
            <translation>Cada opción</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Side by side</source>
            <translation>Una al lado de otra</translation>
        </message>
    </context>
    <context>
        <name>packet_dialog</name>
        <message>
            <location filename="../ui/packet/packet_dialog.py" line="+81" />
            <source>Prepare the packet</source>
            <translation>Preparar el paquete</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Sections</source>
            <translation>Secciones</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Records in the packet, in order</source>
            <translation>Documentos del paquete, en orden</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Tick what travels; drag or press Alt+Up/Down to reorder</source>
            <translation>Marque lo que se envía; arrastre o pulse Alt+Arriba/Abajo para cambiar el orden</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All</source>
            <translation>Todos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>None</source>
            <translation>Ninguno</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Records (ticked ones travel, in this order)</source>
            <translation>Documentos (se envían los marcados, en este orden)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Records added since</source>
            <translation>Documentos añadidos desde entonces</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Tick them</source>
            <translation>&amp;Marcarlos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Tick the records added since you last chose this packet's records</source>
            <translation>Marcar los documentos añadidos desde la última vez que eligió los documentos de este paquete</translation>
        </message>
        <message>
            <location line="+16" />
            <source>e.g. Prof. L. Okonjo, Northgate Cancer Centre</source>
            <translation>p. ej., Prof. L. Okonjo, Centro Oncológico Northgate</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Protect with a password (AES-256)</source>
            <translation>Proteger con contraseña (AES-256)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Packet password</source>
            <translation>Contraseña del paquete</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Generate</source>
            <translation>&amp;Generar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Cop&amp;y</source>
            <translation>&amp;Copiar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Copy the password</source>
            <translation>Copiar la contraseña</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Passwords of packets already saved</source>
            <translation>Contraseñas de paquetes ya guardados</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Send the password another way (phone call or text message), never in the same email as the packet.</source>
            <translation>Envíe la contraseña por otro medio (llamada o mensaje de texto), nunca en el mismo correo electrónico que el paquete.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Options</source>
            <translation>Opciones</translation>
        </message>
        <message>
            <location line="+2" />
            <source>For (the consultant)</source>
            <translation>Para (el médico consultor)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Paper</source>
            <translation>Pape&amp;l</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Image &amp;quality</source>
            <translation>Cali&amp;dad de imagen</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <location line="+13" />
            <location line="+17" />
            <source>Checks before export</source>
            <translation>Revisión antes de exportar</translation>
        </message>
        <message>
            <location line="-12" />
            <source>Check &amp;again</source>
            <translation>&amp;Volver a revisar</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Packet preview</source>
            <translation>Vista previa del paquete</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pre&amp;view</source>
            <translation>Vista pr&amp;evia</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Preview</source>
            <translation>Vista previa</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Open &amp;folder</source>
            <translation>Abrir carpe&amp;ta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Print…</source>
            <translation>&amp;Imprimir…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Export…</source>
            <translation>E&amp;xportar…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reset to default</source>
            <translation>&amp;Restablecer lo predeterminado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Forget this case's remembered choices: every record in clinical order (pathology, imaging, labs, letters, the rest; newest first), ticked as on the Records page; every section; the usual paper and quality</source>
            <translation>Olvidar las opciones guardadas de este caso: todos los documentos en orden clínico (anatomía patológica, imágenes, análisis, cartas, el resto; los más recientes primero), marcados como en la página Documentos; todas las secciones; el papel y la calidad habituales</translation>
        </message>
        <message numerus="yes">
            <location line="+102" />
            <source>%n record(s) added since you last chose this packet's records are not ticked (at the end of the list).</source>
            <translation>
                <numerusform>%n documento añadido desde la última vez que eligió los documentos de este paquete no está marcado (al final de la lista).</numerusform>
                <numerusform>%n documentos añadidos desde la última vez que eligió los documentos de este paquete no están marcados (al final de la lista).</numerusform>
            </translation>
        </message>
        <message>
            <location line="+56" />
            <source>Your choices could not be remembered. {reason}</source>
            <translation>No se pudieron guardar sus opciones. {reason}</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Back to the defaults.</source>
            <translation>Se volvió a lo predeterminado.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>{file} ({date}): {password}</source>
            <translation>{file} ({date}): {password}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Passwords of packets already saved: {passwords}</source>
            <translation>Contraseñas de paquetes ya guardados: {passwords}</translation>
        </message>
        <message>
            <location line="+41" />
            <source>Nothing to fix: the packet is ready.</source>
            <translation>No hay nada que corregir: el paquete está listo.</translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>Press Enter or double-click to hide the %n</source>
            <translation>
                <numerusform>Pulse Enter o haga doble clic para ocultar %n aviso</numerusform>
                <numerusform>Pulse Enter o haga doble clic para ocultar los %n avisos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>Press Enter or double-click to show the %n</source>
            <translation>
                <numerusform>Pulse Enter o haga doble clic para mostrar %n aviso</numerusform>
                <numerusform>Pulse Enter o haga doble clic para mostrar los %n avisos</numerusform>
            </translation>
        </message>
        <message>
            <location line="+38" />
            <source>Use a password of at least 8 characters, or Generate one.</source>
            <translation>Use una contraseña de al menos 8 caracteres, o pulse Generar.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Building the preview</source>
            <translation>Creando la vista previa</translation>
        </message>
        <message numerus="yes">
            <location line="+13" />
            <source>Preview: %n page(s).</source>
            <translation>
                <numerusform>Vista previa: %n página.</numerusform>
                <numerusform>Vista previa: %n páginas.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+9" />
            <source>Second opinion packet - {name}.pdf</source>
            <translation>Paquete de segunda opinión - {name}.pdf</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Export the packet</source>
            <translation>Exportar el paquete</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Exporting the packet</source>
            <translation>Exportando el paquete</translation>
        </message>
        <message numerus="yes">
            <location line="+15" />
            <source>Saved {file}: %n page(s), {size} MB.</source>
            <translation>
                <numerusform>Se guardó {file}: %n página, {size} MB.</numerusform>
                <numerusform>Se guardó {file}: %n páginas, {size} MB.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Protected with the password shown above.</source>
            <translation>Protegido con la contraseña que se muestra arriba.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Cancelled. Nothing was written.</source>
            <translation>Cancelado. No se guardó nada.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The packet could not be made. Nothing was written.</source>
            <translation>No se pudo crear el paquete. No se guardó nada.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Open folder</source>
            <translation>Abrir carpeta</translation>
        </message>
        <message>
            <location line="+19" />
            <source>{names} could not be copied as PDF and went in as pictures of its pages (untick it to leave it out).</source>
            <translation>No se pudo copiar como PDF y se añadió como imágenes de sus páginas: {names} (desmárquelo si prefiere dejarlo fuera).</translation>
        </message>
    </context>
    <context>
        <name>packet_print</name>
        <message>
            <location filename="../ui/packet/packet_print.py" line="+38" />
            <source>Preparing the packet for printing</source>
            <translation>Preparando el paquete para imprimir</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Print</source>
            <translation>Imprimir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Printing failed.</source>
            <translation>No se pudo imprimir.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Print the packet</source>
            <translation>Imprimir el paquete</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The printer could not be opened.</source>
            <translation>No se pudo abrir la impresora.</translation>
        </message>
    </context>
    <context>
        <name>packet_records</name>
        <message>
            <location filename="../ui/packet/packet_records.py" line="+38" />
            <source>no date</source>
            <translation>sin fecha</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n página</numerusform>
                <numerusform>%n páginas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>pagination</name>
        <message>
            <location filename="../packet/pagination.py" line="+97" />
            <source>(continued)</source>
            <translation>(continuación)</translation>
        </message>
    </context>
    <context>
        <name>parsing</name>
        <message>
            <location filename="../records/parsing.py" line="+82" />
            <source>Download it again, or ask for a new copy.</source>
            <translation>Descárguelo de nuevo o pida una copia nueva.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>That password does not open this PDF.</source>
            <translation>Esa contraseña no abre este PDF.</translation>
        </message>
        <message>
            <location line="+59" />
            <source>This PDF uses an encryption SecondOp cannot open. Print it to a new PDF first.</source>
            <translation>Este PDF usa un cifrado que SecondOp no puede abrir. Imprímalo primero como un PDF nuevo.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The PDF's page list is damaged.</source>
            <translation>La lista de páginas del PDF está dañada.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The PDF has no pages.</source>
            <translation>El PDF no tiene páginas.</translation>
        </message>
        <message>
            <location line="+60" />
            <source>{tool}: its copy could not be read either ({error})</source>
            <translation>{tool}: tampoco se pudo leer su copia ({error})</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The PDF is damaged and parts of it are missing (it may be an incomplete download), so its pages cannot be shown as they were: {details}. {again}</source>
            <translation>El PDF está dañado y le faltan partes (puede que la descarga no se completara), así que sus páginas no se pueden mostrar como eran: {details}. {again}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The PDF is damaged and SecondOp could not repair it: no reader found its pages. {again} ({tried})</source>
            <translation>El PDF está dañado y SecondOp no pudo repararlo: ningún lector encontró sus páginas. {again} ({tried})</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Repaired: the PDF is damaged, so SecondOp rebuilt it with qpdf. The repaired copy is used for preview, search and the packet; the original file is kept unchanged inside it.</source>
            <translation>Reparado: el PDF está dañado, así que SecondOp lo reconstruyó con qpdf. La copia reparada se usa para la vista previa, la búsqueda y el paquete; el archivo original se guarda sin cambios dentro de ella.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Repaired: the PDF is damaged, so SecondOp copied its pages into a new PDF with PDFium. The repaired copy is used for preview, search and the packet; the original file is kept unchanged inside it.</source>
            <translation>Reparado: el PDF está dañado, así que SecondOp copió sus páginas en un PDF nuevo con PDFium. La copia reparada se usa para la vista previa, la búsqueda y el paquete; el archivo original se guarda sin cambios dentro de ella.</translation>
        </message>
        <message numerus="yes">
            <location line="+30" />
            <source>%n of its {total} parts could not be found or read</source>
            <translation>
                <numerusform>no se pudo encontrar ni leer %n de sus {total} partes</numerusform>
                <numerusform>no se pudieron encontrar ni leer %n de sus {total} partes</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+25" />
            <source>no page was found</source>
            <translation>no se encontró ninguna página</translation>
        </message>
        <message>
            <location line="+6" />
            <source>page {page} of {count} came out empty</source>
            <translation>la página {page} de {count} salió vacía</translation>
        </message>
        <message>
            <location line="+129" />
            <source>This HEIC photo could not be read. Export it as JPEG first.</source>
            <translation>No se pudo leer esta foto HEIC. Expórtela primero como JPEG.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The image could not be read: it is damaged or not really an image.</source>
            <translation>No se pudo leer la imagen: está dañada o en realidad no es una imagen.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The image is damaged or incomplete and cannot be read.</source>
            <translation>La imagen está dañada o incompleta y no se puede leer.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>The image is too large to open safely (over 89 megapixels). Shrink it, or take the photo again at normal size.</source>
            <translation>La imagen es demasiado grande para abrirla con seguridad (más de 89 megapíxeles). Redúzcala o vuelva a hacer la foto a tamaño normal.</translation>
        </message>
        <message>
            <location line="+68" />
            <source>The document is larger than SecondOp reads ({size} MB at most); it may not be a single patient's record.</source>
            <translation>El documento es más grande de lo que SecondOp lee ({size} MB como máximo); puede que no sea el historial de un solo paciente.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>The PDF is damaged and cannot be read.</source>
            <translation>El PDF está dañado y no se puede leer.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The attached PDF is protected by a password.</source>
            <translation>El PDF adjunto está protegido con una contraseña.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>The file needs more memory to read than SecondOp allows; it may be damaged.</source>
            <translation>Leer el archivo necesita más memoria de la que SecondOp permite; puede que esté dañado.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The file is built in a way that cannot be read safely.</source>
            <translation>El archivo está construido de una forma que no se puede leer con seguridad.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unsupported file type.</source>
            <translation>Tipo de archivo no compatible.</translation>
        </message>
    </context>
    <context>
        <name>passphrase</name>
        <message>
            <location filename="../vault/passphrase.py" line="+23" />
            <source>Very weak</source>
            <translation>Muy débil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Weak</source>
            <translation>Débil</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fair</source>
            <translation>Regular</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Strong</source>
            <translation>Fuerte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Very strong</source>
            <translation>Muy fuerte</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Names, birth dates and words about SecondOp or medicine are the first things someone would try. Add words of your own that have nothing to do with them.</source>
            <translation>Los nombres, las fechas de nacimiento y las palabras sobre SecondOp o la medicina son lo primero que alguien probaría. Añada palabras suyas que no tengan nada que ver con ellos.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Straight rows of keys are easy to guess.</source>
            <translation>Las filas seguidas de teclas son fáciles de adivinar.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Short keyboard patterns are easy to guess.</source>
            <translation>Los patrones cortos de teclado son fáciles de adivinar.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Repeats like "aaa" are easy to guess.</source>
            <translation>Las repeticiones como "aaa" son fáciles de adivinar.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Repeats like "abcabcabc" are only slightly harder to guess than "abc".</source>
            <translation>Las repeticiones como "abcabcabc" son solo un poco más difíciles de adivinar que "abc".</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sequences like "abc" or "6543" are easy to guess.</source>
            <translation>Las secuencias como "abc" o "6543" son fáciles de adivinar.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recent years are easy to guess.</source>
            <translation>Los años recientes son fáciles de adivinar.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dates are often easy to guess.</source>
            <translation>Las fechas suelen ser fáciles de adivinar.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This is a top-10 common password.</source>
            <translation>Es una de las 10 contraseñas más comunes.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This is a top-100 common password.</source>
            <translation>Es una de las 100 contraseñas más comunes.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This is a very common password.</source>
            <translation>Es una contraseña muy común.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This is similar to a commonly used password.</source>
            <translation>Se parece a una contraseña muy usada.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A word by itself is easy to guess.</source>
            <translation>Una palabra sola es fácil de adivinar.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Names and surnames by themselves are easy to guess.</source>
            <translation>Los nombres y apellidos solos son fáciles de adivinar.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Common names and surnames are easy to guess.</source>
            <translation>Los nombres y apellidos comunes son fáciles de adivinar.</translation>
        </message>
        <message>
            <location line="+48" />
            <source>Choose a passphrase.</source>
            <translation>Elija una frase de contraseña.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Use at least {count} characters; a few unrelated words work well.</source>
            <translation>Use al menos {count} caracteres; unas cuantas palabras sin relación entre sí funcionan bien.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This would be easy to guess.</source>
            <translation>Sería fácil de adivinar.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{warning} Add another word or two.</source>
            <translation>{warning} Añada una o dos palabras más.</translation>
        </message>
    </context>
    <context>
        <name>passphrase_dialog</name>
        <message>
            <location filename="../ui/vault/passphrase_dialog.py" line="+52" />
            <source>Choose this if someone may know your old passphrase or have your old recovery key. Every record is copied under a new key, so nothing from before opens the vault again (a large vault takes a minute or two). You get a new recovery key to write down. Backups made before today still open with the old passphrase: delete them if they may be in the wrong hands.</source>
            <translation>Elija esto si alguien puede conocer su frase de contraseña anterior o tener su clave de recuperación anterior. Cada documento se copia con una clave nueva, así que nada de antes vuelve a abrir la caja fuerte (si es grande, tarda uno o dos minutos). Recibirá una clave de recuperación nueva para anotarla. Las copias de seguridad hechas antes de hoy se siguen abriendo con la frase de contraseña anterior: elimínelas si pueden estar en malas manos.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Change passphrase</source>
            <translation>Cambiar la frase de contraseña</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Current passphrase</source>
            <translation>Frase de contraseña actual</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Current passphrase</source>
            <translation>Frase de contraseña &amp;actual</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Also re-&amp;encrypt everything with a new key</source>
            <translation>Cifrar también todo de &amp;nuevo con una clave nueva</translation>
        </message>
        <message>
            <location line="+8" />
            <source>C&amp;hange</source>
            <translation>Ca&amp;mbiar</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Changing passphrase</source>
            <translation>Cambiando la frase de contraseña</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Something else is working on the vault (an import, a backup, or the check made after unlocking). Wait until it has finished, then try again.</source>
            <translation>Hay otra tarea trabajando con la caja fuerte (una importación, una copia de seguridad o la comprobación que se hace al desbloquearla). Espere a que termine y vuelva a intentarlo.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Re-encrypting the vault</source>
            <translation>Cifrando de nuevo la caja fuerte</translation>
        </message>
        <message>
            <location line="+21" />
            <source>The vault was re-encrypted but could not be opened again ({problem}). Lock it and unlock it with your new passphrase.</source>
            <translation>La caja fuerte se cifró de nuevo, pero no se pudo volver a abrir ({problem}). Bloquéela y desbloquéela con su nueva frase de contraseña.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The vault could not be opened again: {problem}. Lock it.</source>
            <translation>No se pudo volver a abrir la caja fuerte: {problem}. Bloquéela.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Cancelled. Nothing was changed; your passphrase is the old one.</source>
            <translation>Cancelado. No se ha cambiado nada; su frase de contraseña sigue siendo la anterior.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>The current passphrase is not right.</source>
            <translation>La frase de contraseña actual no es correcta.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The vault could not be written: {reason}.</source>
            <translation>No se pudo escribir en la caja fuerte: {reason}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The passphrase could not be changed.</source>
            <translation>No se pudo cambiar la frase de contraseña.</translation>
        </message>
    </context>
    <context>
        <name>passphrase_edit</name>
        <message>
            <location filename="../ui/common/passphrase_edit.py" line="+16" />
            <source>Caps Lock seems to be on.</source>
            <translation>Parece que el Bloq Mayús está activado.</translation>
        </message>
        <message>
            <location line="+31" />
            <location line="+11" />
            <source>Show passphrase</source>
            <translation>Mostrar la frase de contraseña</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Hide passphrase</source>
            <translation>Ocultar la frase de contraseña</translation>
        </message>
    </context>
    <context>
        <name>paths</name>
        <message>
            <location filename="../paths.py" line="+64" />
            <source>This vault folder seems to be inside {service}. Sync tools can copy the database while it is open and leave a damaged copy, and they keep a copy on their servers. Keep the vault in the default folder and use Back Up To… for copies.</source>
            <translation>Parece que esta carpeta de la caja fuerte está dentro de {service}. Las herramientas de sincronización pueden copiar la base de datos mientras está abierta y dejar una copia dañada, y guardan una copia en sus servidores. Deje la caja fuerte en la carpeta predeterminada y use Hacer copia de seguridad en… para hacer copias.</translation>
        </message>
    </context>
    <context>
        <name>preflight</name>
        <message numerus="yes">
            <location filename="../packet/preflight.py" line="+39" />
            <source>%n record(s) have no date.</source>
            <translation>
                <numerusform>%n documento no tiene fecha.</numerusform>
                <numerusform>%n documentos no tienen fecha.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n record(s) have no kind (report, lab result…).</source>
            <translation>
                <numerusform>%n documento no tiene tipo (informe, análisis…).</numerusform>
                <numerusform>%n documentos no tienen tipo (informe, análisis…).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n record(s) have no text to check: make sure the patient's name and date of birth can be read on them.</source>
            <translation>
                <numerusform>%n documento no tiene texto que revisar: asegúrese de que en él se pueden leer el nombre y la fecha de nacimiento del paciente.</numerusform>
                <numerusform>%n documentos no tienen texto que revisar: asegúrese de que en ellos se pueden leer el nombre y la fecha de nacimiento del paciente.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>%n record(s) do not mention “{surname}”. Centres ask for the patient's name and date of birth on every record: are they the right patient's?</source>
            <translation>
                <numerusform>%n documento no menciona “{surname}”. Los centros piden el nombre y la fecha de nacimiento del paciente en cada documento: ¿es del paciente correcto?</numerusform>
                <numerusform>%n documentos no mencionan “{surname}”. Los centros piden el nombre y la fecha de nacimiento del paciente en cada documento: ¿son del paciente correcto?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>%n record(s) look like duplicates of others.</source>
            <translation>
                <numerusform>%n documento parece un duplicado de otro.</numerusform>
                <numerusform>%n documentos parecen duplicados de otros.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n of the chosen sections are empty and will be left out.</source>
            <translation>
                <numerusform>%n de las secciones elegidas está vacía y se dejará fuera.</numerusform>
                <numerusform>%n de las secciones elegidas están vacías y se dejarán fuera.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+44" />
            <source>“{title}” has no date.</source>
            <translation>“{title}” no tiene fecha.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>“{title}” has no kind (report, lab result…).</source>
            <translation>“{title}” no tiene tipo (informe, análisis…).</translation>
        </message>
        <message>
            <location line="+4" />
            <source>“{title}” has no text to check: make sure the patient's name and date of birth can be read on it.</source>
            <translation>“{title}” no tiene texto que revisar: asegúrese de que en él se pueden leer el nombre y la fecha de nacimiento del paciente.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>“{title}” does not mention “{surname}”. Centres ask for the patient's name and date of birth on every record: is it the right patient?</source>
            <translation>“{title}” no menciona “{surname}”. Los centros piden el nombre y la fecha de nacimiento del paciente en cada documento: ¿es del paciente correcto?</translation>
        </message>
        <message>
            <location line="+16" />
            <source>“{title}” looks like a duplicate of “{other}”.</source>
            <translation>“{title}” parece un duplicado de “{other}”.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>There are imaging reports but not the images themselves. Centres usually want the scans on a disc or USB stick; ask the radiology department.</source>
            <translation>Hay informes de imágenes, pero no las imágenes en sí. Los centros suelen pedir las imágenes en un disco o una memoria USB; solicítelas al servicio de radiología.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>The section “{section}” is empty and will be left out.</source>
            <translation>La sección “{section}” está vacía y se dejará fuera.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The packet will be about {size} MB: too large for most email. Choose a smaller image quality, fewer records, or send it on a USB stick.</source>
            <translation>El paquete ocupará unos {size} MB: demasiado para la mayoría de los correos electrónicos. Elija una calidad de imagen menor o menos documentos, o envíelo en una memoria USB.</translation>
        </message>
    </context>
    <context>
        <name>preview</name>
        <message>
            <location filename="../records/preview.py" line="+64" />
            <source>The record itself is kept unchanged.</source>
            <translation>El documento en sí se conserva sin cambios.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This page is damaged or in a form SecondOp cannot draw.</source>
            <translation>Esta página está dañada o tiene un formato que SecondOp no puede mostrar.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This page needs more memory to draw than the preview allows, so it was stopped.</source>
            <translation>Para mostrar esta página hace falta más memoria de la que permite la vista previa, así que se detuvo.</translation>
        </message>
        <message>
            <location line="+57" />
            <source>This PDF is damaged or in a form SecondOp cannot draw.</source>
            <translation>Este PDF está dañado o tiene un formato que SecondOp no puede mostrar.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>The PDF has {count} pages, not {page}.</source>
            <translation>El PDF no tiene página {page}: su número de páginas es {count}.</translation>
        </message>
        <message>
            <location line="+39" />
            <source>SecondOp cannot draw this kind of file.</source>
            <translation>SecondOp no puede mostrar este tipo de archivo.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>This picture is damaged or in a form SecondOp cannot draw.</source>
            <translation>Esta imagen está dañada o tiene un formato que SecondOp no puede mostrar.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The picture is too large to preview safely ({width} × {height} pixels, over {limit} megapixels).</source>
            <translation>La imagen es demasiado grande para mostrarla con seguridad ({width} × {height} píxeles, más de {limit} megapíxeles).</translation>
        </message>
        <message>
            <location line="+25" />
            <source>The picture has {count} pages, not {page}.</source>
            <translation>La imagen no tiene página {page}: su número de páginas es {count}.</translation>
        </message>
        <message>
            <location line="+98" />
            <source>Drawing this page took longer than the preview allows, so it was stopped; the file may be damaged or unusually complex.</source>
            <translation>Mostrar esta página tardaba más de lo que permite la vista previa, así que se detuvo; puede que el archivo esté dañado o sea muy complejo.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The drawing stopped unexpectedly; the file may be damaged.</source>
            <translation>La página dejó de dibujarse de forma inesperada; puede que el archivo esté dañado.</translation>
        </message>
    </context>
    <context>
        <name>questions</name>
        <message>
            <location filename="../preparing/questions.py" line="+16" />
            <source>High</source>
            <translation>Alta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Low</source>
            <translation>Baja</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Three questions are already marked; unmark one first.</source>
            <translation>Ya hay tres preguntas marcadas; desmarque una antes.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Write the question.</source>
            <translation>Escriba la pregunta.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose a priority.</source>
            <translation>Elija una prioridad.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Write the answer you were given.</source>
            <translation>Escriba la respuesta que le dieron.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The date of the answer is in the future.</source>
            <translation>La fecha de la respuesta es posterior a hoy.</translation>
        </message>
    </context>
    <context>
        <name>questions_page</name>
        <message>
            <location filename="../ui/preparing/questions_page.py" line="+44" />
            <source>Add questions from the bank</source>
            <translation>Añadir preguntas del banco</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Search the questions, e.g. side effects</source>
            <translation>Buscar en las preguntas, p. ej., efectos secundarios</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Search the question bank</source>
            <translation>Buscar en el banco de preguntas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Question bank</source>
            <translation>Banco de preguntas</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Already in your questions</source>
            <translation>Ya está en sus preguntas</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Add the ticked questions</source>
            <translation>&amp;Añadir las preguntas marcadas</translation>
        </message>
        <message>
            <location line="+55" />
            <source>&amp;Question</source>
            <translation>&amp;Pregunta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What do you want to ask?</source>
            <translation>¿Qué quiere preguntar?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Priority</source>
            <translation>P&amp;rioridad</translation>
        </message>
        <message>
            <location line="+4" />
            <source>One of my &amp;top three</source>
            <translation>Una de mis &amp;tres principales</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your three most important questions go on the packet's summary.</source>
            <translation>Sus tres preguntas más importantes van en el resumen del paquete.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>F&amp;or</source>
            <translation>Para &amp;quién</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The doctor you want to ask.</source>
            <translation>El médico al que quiere preguntar.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>About a trial</source>
            <translation>Sobre un ensayo clínico</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The clinical trial this question is about, if any.</source>
            <translation>El ensayo clínico al que se refiere esta pregunta, si lo hay.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>question</source>
            <translation>pregunta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The questions you want answered at the appointment, in your own words. Mark your top three: they come first in the packet. The question bank has questions other families found useful.</source>
            <translation>Las preguntas que quiere que le respondan en la cita, con sus propias palabras. Marque sus tres principales: van primero en el paquete. El banco de preguntas tiene preguntas que otras familias encontraron útiles.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Add from the question &amp;bank…</source>
            <translation>Añadir del &amp;banco de preguntas…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mark your three most important questions: they go on the packet's first page.</source>
            <translation>Marque sus tres preguntas más importantes: van en la primera página del paquete.</translation>
        </message>
        <message>
            <location line="+33" />
            <source>(not answered yet)</source>
            <translation>(aún sin respuesta)</translation>
        </message>
        <message>
            <location line="+65" />
            <source>Answers to this question</source>
            <translation>Respuestas a esta pregunta</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+9" />
            <source>Answered by</source>
            <translation>Respondida por</translation>
        </message>
        <message>
            <location line="-7" />
            <source>Answer</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What the doctor answered</source>
            <translation>Lo que respondió el médico</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add ans&amp;wer</source>
            <translation>Añadir respue&amp;sta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove answer</source>
            <translation>Quitar respuesta</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&lt;b&gt;Answers&lt;/b&gt; (one per doctor)</source>
            <translation>&lt;b&gt;Respuestas&lt;/b&gt; (una por médico)</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Not recorded</source>
            <translation>No consta</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Someone</source>
            <translation>Alguien</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{who}, {date}: {answer}</source>
            <translation>{who}, {date}: {answer}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{who}: {answer}</source>
            <translation>{who}: {answer}</translation>
        </message>
    </context>
    <context>
        <name>readiness</name>
        <message>
            <location filename="../summary/readiness.py" line="+82" />
            <source>Import your records (Records tab): start with the latest reports.</source>
            <translation>Añada sus documentos (pestaña Documentos): empiece por los informes más recientes.</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>Chase %n overdue records requests.</source>
            <translation>
                <numerusform>Reclame %n solicitud de documentos con retraso.</numerusform>
                <numerusform>Reclame %n solicitudes de documentos con retraso.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>Gather the %n checklist items still open.</source>
            <translation>
                <numerusform>Reúna %n elemento pendiente de la lista de comprobación.</numerusform>
                <numerusform>Reúna los %n elementos pendientes de la lista de comprobación.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>Write your questions; the question bank has ideas.</source>
            <translation>Escriba sus preguntas; en el banco de preguntas encontrará ideas.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Mark your three most important questions.</source>
            <translation>Marque sus tres preguntas más importantes.</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Ask your %n unanswered top questions at the next appointment.</source>
            <translation>
                <numerusform>Haga en la próxima cita su pregunta principal aún sin respuesta.</numerusform>
                <numerusform>Haga en la próxima cita sus %n preguntas principales aún sin respuesta.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+10" />
            <source>Write down what matters most to you (Decision tab).</source>
            <translation>Anote lo que más le importa (pestaña Decisión).</translation>
        </message>
        <message>
            <location line="+5" />
            <source>List the treatment options, including watchful waiting.</source>
            <translation>Anote las opciones de tratamiento, incluida la de esperar y vigilar.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Rate how much each benefit and risk matters to you.</source>
            <translation>Valore cuánto le importa cada beneficio y cada riesgo.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Book the second-opinion appointment and note it here.</source>
            <translation>Pida la cita para la segunda opinión y anótela aquí.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Prepare the packet and send it to the consulting doctor before the appointment.</source>
            <translation>Prepare el paquete y envíeselo al médico consultor antes de la cita.</translation>
        </message>
    </context>
    <context>
        <name>readiness_panel</name>
        <message>
            <location filename="../ui/cases/readiness_panel.py" line="+28" />
            <source>today</source>
            <translation>hoy</translation>
        </message>
        <message>
            <location line="+2" />
            <source>tomorrow</source>
            <translation>mañana</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>in %n days</source>
            <translation>
                <numerusform>dentro de %n día</numerusform>
                <numerusform>dentro de %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n days ago</source>
            <translation>
                <numerusform>hace %n día</numerusform>
                <numerusform>hace %n días</numerusform>
            </translation>
        </message>
        <message>
            <location line="+32" />
            <source>Records</source>
            <translation>Documentos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Questions</source>
            <translation>Preguntas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What matters</source>
            <translation>Lo que le importa</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Options</source>
            <translation>Opciones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next appointment</source>
            <translation>Próxima cita</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Decide by</source>
            <translation>Fecha para decidir</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+3" />
            <source>Next steps</source>
            <translation>Próximos pasos</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Where you are</source>
            <translation>En qué punto está</translation>
        </message>
        <message>
            <location line="+15" />
            <source>done</source>
            <translation>hecho</translation>
        </message>
        <message>
            <location line="+0" />
            <source>to do</source>
            <translation>pendiente</translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>{done} of %n checklist items gathered</source>
            <translation>
                <numerusform>{done} de %n elemento de la lista de comprobación reunido</numerusform>
                <numerusform>{done} de %n elementos de la lista de comprobación reunidos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n imported</source>
            <translation>
                <numerusform>%n añadido</numerusform>
                <numerusform>%n añadidos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n requests overdue</source>
            <translation>
                <numerusform>%n solicitud con retraso</numerusform>
                <numerusform>%n solicitudes con retraso</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>%n written</source>
            <translation>
                <numerusform>%n escrita</numerusform>
                <numerusform>%n escritas</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>top three chosen</source>
            <translation>las tres principales elegidas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{chosen} of 3 top questions chosen</source>
            <translation>{chosen} de 3 preguntas principales elegidas</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n of them not answered yet</source>
            <translation>
                <numerusform>%n de ellas aún sin respuesta</numerusform>
                <numerusform>%n de ellas aún sin respuesta</numerusform>
            </translation>
        </message>
        <message>
            <location line="+9" />
            <source>{written} of 8 headings written.</source>
            <translation>{written} de 8 apartados escritos.</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%n listed</source>
            <translation>
                <numerusform>%n anotada</numerusform>
                <numerusform>%n anotadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n with your ratings</source>
            <translation>
                <numerusform>%n con su valoración</numerusform>
                <numerusform>%n con sus valoraciones</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>{date} at {time}</source>
            <translation>{date} a las {time}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>None booked yet.</source>
            <translation>Aún no hay ninguna cita pedida.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>No date set (Edit details).</source>
            <translation>Sin fecha (Editar datos…).</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Everything on this list is done. Take your time to decide.</source>
            <translation>Todo lo de esta lista está hecho. Tómese su tiempo para decidir.</translation>
        </message>
    </context>
    <context>
        <name>record_details</name>
        <message>
            <location filename="../ui/records/record_details.py" line="+38" />
            <source>Record title</source>
            <translation>Título del documento</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Kind of record</source>
            <translation>Tipo de documento</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Date of service</source>
            <translation>Fecha de la atención</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 3 Mar 2026</source>
            <translation>p. ej., 3 mar 2026</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Suggested from the document's text; check it.</source>
            <translation>Sugerida a partir del texto del documento; compruébela.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Use this date</source>
            <translation>Usar esta fecha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Use the suggested date</source>
            <translation>Usar la fecha sugerida</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Source: facility or clinician</source>
            <translation>Origen: centro o médico</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hospital, clinic or doctor it came from</source>
            <translation>Hospital, clínica o médico del que procede</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Include in the packet</source>
            <translation>Incluir en el paquete</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Strai&amp;ghten photo…</source>
            <translation>Endere&amp;zar la foto…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lay a photo of a page flat, as a scan; the photo is kept</source>
            <translation>Dejar plana la foto de una página, como un escaneo; la foto se conserva</translation>
        </message>
        <message>
            <location line="+15" />
            <source>&amp;Title</source>
            <translation>&amp;Título</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ki&amp;nd</source>
            <translation>T&amp;ipo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>N&amp;otes</source>
            <translation>&amp;Notas</translation>
        </message>
        <message>
            <location line="-3" />
            <source>D&amp;ate</source>
            <translation>&amp;Fecha</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Source</source>
            <translation>&amp;Origen</translation>
        </message>
        <message>
            <location line="+68" />
            <source>unlocked copy of a password-protected PDF</source>
            <translation>copia desbloqueada de un PDF protegido con contraseña</translation>
        </message>
        <message>
            <location line="+4" />
            <source>repaired copy of a damaged PDF (the original is kept inside it)</source>
            <translation>copia reparada de un PDF dañado (el original se guarda dentro)</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>%n page(s), {size}, from the file “{name}”{notes}.</source>
            <translation>
                <numerusform>%n página, {size}, del archivo “{name}”{notes}.</numerusform>
                <numerusform>%n páginas, {size}, del archivo “{name}”{notes}.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+11" />
            <source>Editing…</source>
            <translation>Editando…</translation>
        </message>
        <message>
            <location line="+56" />
            <source>Saved</source>
            <translation>Guardado</translation>
        </message>
    </context>
    <context>
        <name>record_links</name>
        <message>
            <location filename="../ui/common/record_links.py" line="+48" />
            <source>no date</source>
            <translation>sin fecha</translation>
        </message>
        <message>
            <location line="+33" />
            <source>(removed from the case)</source>
            <translation>(quitado del caso)</translation>
        </message>
        <message>
            <location line="+75" />
            <source>Linked records</source>
            <translation>Documentos vinculados</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Filter by title, kind, date, source or file name</source>
            <translation>Filtrar por título, tipo, fecha, origen o nombre de archivo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Filter {label}</source>
            <translation>Filtrar {label}</translation>
        </message>
        <message>
            <location line="+16" />
            <source>{label} ticked</source>
            <translation>{label}: marcados</translation>
        </message>
        <message>
            <location line="+81" />
            <source>No records in this case yet.</source>
            <translation>Este caso todavía no tiene documentos.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{ticked} of {total} linked; {shown} shown by the filter.</source>
            <translation>Vinculados: {ticked} de {total}; el filtro muestra {shown}.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{ticked} of {total} linked.</source>
            <translation>Vinculados: {ticked} de {total}.</translation>
        </message>
    </context>
    <context>
        <name>record_preview</name>
        <message>
            <location filename="../ui/records/record_preview.py" line="+42" />
            <source>Turn the image a quarter turn clockwise (kept in the vault)</source>
            <translation>Girar la imagen un cuarto de vuelta en el sentido de las agujas del reloj (se guarda en la caja fuerte)</translation>
        </message>
        <message>
            <location line="+24" />
            <location line="+123" />
            <source>Record preview</source>
            <translation>Vista previa del documento</translation>
        </message>
        <message>
            <location line="-122" />
            <source>Select a record to see it here.</source>
            <translation>Seleccione un documento para verlo aquí.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Preview message</source>
            <translation>Mensaje de la vista previa</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+17" />
            <source>Page</source>
            <translation>Página</translation>
        </message>
        <message>
            <location line="-16" />
            <source>Page </source>
            <translation>Página </translation>
        </message>
        <message>
            <location line="+5" />
            <source>Zoom out</source>
            <translation>Alejar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom out (Ctrl+-)</source>
            <translation>Alejar (Ctrl+-)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Zoom in</source>
            <translation>Acercar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoom in (Ctrl++)</source>
            <translation>Acercar (Ctrl++)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Width</source>
            <translation>Ancho</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fit to width</source>
            <translation>Ajustar al ancho</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fit the page's width</source>
            <translation>Ajustar al ancho de la página</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Fit the whole page</source>
            <translation>Ajustar a la página entera</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show the whole page</source>
            <translation>Mostrar la página entera</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rotate</source>
            <translation>Girar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rotate a quarter turn</source>
            <translation>Girar un cuarto de vuelta</translation>
        </message>
        <message>
            <location line="+79" />
            <source>PDF pages are shown as their source has them</source>
            <translation>Las páginas de un PDF se muestran tal como vienen en el archivo</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Image preview</source>
            <translation>Vista previa de la imagen</translation>
        </message>
        <message>
            <location line="+16" />
            <source>of {count}</source>
            <translation>de {count}</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Loading page {page}…</source>
            <translation>Cargando la página {page}…</translation>
        </message>
        <message>
            <location line="+31" />
            <source>{title}, page {page}</source>
            <translation>{title}, página {page}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Page {page} cannot be shown here. {reason} To see it, use Open in viewer.</source>
            <translation>La página {page} no se puede mostrar aquí. {reason} Para verla, use Abrir en el visor.</translation>
        </message>
    </context>
    <context>
        <name>records_init</name>
        <message>
            <location filename="../records/__init__.py" line="+201" />
            <source>There is no record with id {id}.</source>
            <translation>No hay ningún documento con el id {id}.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Give the record a title.</source>
            <translation>Póngale un título al documento.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose a kind of record.</source>
            <translation>Elija un tipo de documento.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The date is in the future.</source>
            <translation>La fecha está en el futuro.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Rotate by quarter turns only.</source>
            <translation>Gírelo solo en cuartos de vuelta.</translation>
        </message>
    </context>
    <context>
        <name>records_model</name>
        <message>
            <location filename="../ui/records/records_model.py" line="+35" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Source</source>
            <translation>Origen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pages</source>
            <translation>Páginas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Packet</source>
            <translation>Paquete</translation>
        </message>
        <message>
            <location line="+164" />
            <source>In packet</source>
            <translation>En el paquete</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not in packet</source>
            <translation>No está en el paquete</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Possibly the same document as “{title}”</source>
            <translation>Posiblemente el mismo documento que “{title}”</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Suggested from the text: check it and correct it if needed.</source>
            <translation>Sugerida a partir del texto: compruébela y corríjala si hace falta.</translation>
        </message>
    </context>
    <context>
        <name>records_section</name>
        <message>
            <location filename="../ui/records/records_section.py" line="+87" />
            <source>Records</source>
            <translation>Documentos</translation>
        </message>
        <message>
            <location line="+27" />
            <source>&amp;Import files…</source>
            <translation>Añadir a&amp;rchivos…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import PDFs and photos (Ctrl+I)</source>
            <translation>Añadir archivos PDF y fotos (Ctrl+I)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Import fo&amp;lder…</source>
            <translation>Añadir una &amp;carpeta…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show records of kind</source>
            <translation>Mostrar documentos del tipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All kinds</source>
            <translation>Todos los tipos</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Filter by title or source</source>
            <translation>Filtrar por título u origen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Filter records</source>
            <translation>Filtrar documentos</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Opens a temporary copy in your computer's viewer; it is erased when SecondOp locks</source>
            <translation>Abre una copia temporal en el visor de su ordenador; se borra cuando SecondOp se bloquea</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Save a &amp;copy…</source>
            <translation>&amp;Guardar una copia…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Delete…</source>
            <translation>E&amp;liminar…</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Possible duplicate</source>
            <translation>Posible duplicado</translation>
        </message>
        <message>
            <location line="-19" />
            <source>O&amp;pen in viewer</source>
            <translation>A&amp;brir en el visor</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Sho&amp;w the other</source>
            <translation>&amp;Mostrar el otro</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Delete &amp;this one…</source>
            <translation>Eliminar e&amp;ste…</translation>
        </message>
        <message>
            <location line="+40" />
            <source>No records yet</source>
            <translation>Todavía no hay documentos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Drag PDFs, phone photos and scans onto this window, or use Import files. SecondOp keeps them encrypted in your vault and reads their text so you can search them.</source>
            <translation>Arrastre a esta ventana sus archivos PDF, fotos del teléfono y escaneos, o use Añadir archivos. SecondOp los guarda cifrados en su caja fuerte y lee su texto para que pueda buscar en ellos.</translation>
        </message>
        <message numerus="yes">
            <location line="+155" />
            <source>%n record(s)</source>
            <translation>
                <numerusform>%n documento</numerusform>
                <numerusform>%n documentos</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>{shown} of {total}</source>
            <translation>{shown} de {total}</translation>
        </message>
        <message>
            <location line="+42" />
            <source>This may be the same document as “{title}”, imported before. Compare them; if they are the same, one of them can go.</source>
            <translation>Puede que sea el mismo documento que “{title}”, añadido antes. Compárelos; si son iguales, puede eliminar uno de los dos.</translation>
        </message>
        <message>
            <location filename="../ui/records/suggestions_bar.py" line="+56" />
            <source>&amp;Review suggested facts ({count})…</source>
            <translation>Revisar los &amp;datos sugeridos ({count})…</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n fact(s) read from imported health records wait for your review.</source>
            <translation>
                <numerusform>%n dato leído de documentos de salud importados espera su revisión.</numerusform>
                <numerusform>%n datos leídos de documentos de salud importados esperan su revisión.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/records/records_section.py" line="+87" />
            <source>Import records</source>
            <translation>Añadir documentos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Records (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.webp *.heic *.heif *.json *.xml DICOMDIR);;Health records from a portal (*.json *.xml);;Imaging disc index (DICOMDIR);;All files (*)</source>
            <translation>Documentos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.webp *.heic *.heif *.json *.xml DICOMDIR);;Historias clínicas de un portal (*.json *.xml);;Índice de un disco de imágenes (DICOMDIR);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Import every record in a folder</source>
            <translation>Añadir todos los documentos de una carpeta</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Imported “{title}”.</source>
            <translation>Se añadió “{title}”.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Imported %n record(s).</source>
            <translation>
                <numerusform>Se añadió %n documento.</numerusform>
                <numerusform>Se añadieron %n documentos.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+17" />
            <location line="+7" />
            <source>Open in viewer</source>
            <translation>Abrir en el visor</translation>
        </message>
        <message>
            <location line="-6" />
            <source>The copy could not be written: {reason}.</source>
            <translation>No se pudo escribir la copia: {reason}.</translation>
        </message>
        <message>
            <location line="+15" />
            <location line="+11" />
            <source>Save a copy</source>
            <translation>Guardar una copia</translation>
        </message>
        <message>
            <location line="-9" />
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The copy could not be saved: {reason}.</source>
            <translation>No se pudo guardar la copia: {reason}.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Delete “{title}” ({pages}) from this case?

It is removed from the vault; the original file on your computer, if you still have it, is not touched.</source>
            <translation>¿Eliminar “{title}” ({pages}) de este caso?

Se quita de la caja fuerte; el archivo original de su ordenador, si todavía lo tiene, no se toca.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Delete record</source>
            <translation>Eliminar documento</translation>
        </message>
    </context>
    <context>
        <name>recovery_confirm</name>
        <message>
            <location filename="../ui/vault/recovery_confirm.py" line="+27" />
            <source>Your recovery key was never confirmed. If you forget your passphrase, it is the only way back into your vault. Make a new recovery key now and keep it somewhere safe.</source>
            <translation>Su clave de recuperación nunca se confirmó. Si olvida su frase de contraseña, es la única forma de volver a entrar en su caja fuerte. Cree ahora una nueva clave de recuperación y guárdela en un lugar seguro.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Recovery key not confirmed</source>
            <translation>Clave de recuperación sin confirmar</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Make a new &amp;recovery key…</source>
            <translation>Crear una nueva clave de recuperación…</translation>
        </message>
        <message>
            <location line="+45" />
            <source>New recovery key</source>
            <translation>Nueva clave de recuperación</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Make a new recovery key</source>
            <translation>Crear una nueva clave de recuperación</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The new key replaces the old one: a key from before stops working. Your passphrase and your records stay as they are.</source>
            <translation>La clave nueva sustituye a la anterior: una clave de antes deja de funcionar. Su frase de contraseña y sus documentos se quedan como están.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Later</source>
            <translation>Más &amp;tarde</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Make a new recovery key</source>
            <translation>&amp;Crear una nueva clave de recuperación</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Your new recovery key</source>
            <translation>Su nueva clave de recuperación</translation>
        </message>
        <message>
            <location line="+3" />
            <source>It is shown only now. Write it on paper or save the recovery kit and print it, then keep it somewhere safe, away from this computer.</source>
            <translation>Solo se muestra ahora. Anótela en papel o guarde el kit de recuperación e imprímalo; después, guárdela en un lugar seguro, lejos de este ordenador.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Check your recovery key</source>
            <translation>Compruebe su clave de recuperación</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Type two of its groups from your copy (not from the screen).</source>
            <translation>Escriba dos de sus grupos mirando su copia (no la pantalla).</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Show the key &amp;again</source>
            <translation>Ver la clave &amp;otra vez</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Confirm</source>
            <translation>&amp;Confirmar</translation>
        </message>
        <message>
            <location line="+17" />
            <location line="+39" />
            <source>The key header could not be written: {reason}.</source>
            <translation>No se pudo escribir la cabecera de la clave: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>recovery_key_parts</name>
        <message>
            <location filename="../ui/vault/recovery_key_parts.py" line="+45" />
            <source>Group {number}: {characters}</source>
            <translation>Grupo {number}: {characters}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>SecondOp recovery kit</source>
            <translation>Kit de recuperación de SecondOp</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Save recovery kit</source>
            <translation>Guardar el kit de recuperación</translation>
        </message>
        <message>
            <location line="+2" />
            <source>PDF files</source>
            <translation>Archivos PDF</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Recovery kit</source>
            <translation>Kit de recuperación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The kit could not be saved: {reason}.</source>
            <translation>No se pudo guardar el kit: {reason}.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Saved to {path}. Print it, then delete the file if you like.</source>
            <translation>Guardado en {path}. Imprímalo y, si quiere, elimine después el archivo.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Print the recovery kit</source>
            <translation>Imprimir el kit de recuperación</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Sent to the printer. Keep the page somewhere safe, away from this computer.</source>
            <translation>Enviado a la impresora. Guarde la página en un lugar seguro, lejos de este ordenador.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Group {number}</source>
            <translation>Grupo {number}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Group {number} of the recovery key</source>
            <translation>Grupo {number} de la clave de recuperación</translation>
        </message>
        <message>
            <location line="+19" />
            <source>That does not match. Check your copy of the key.</source>
            <translation>No coincide. Revise su copia de la clave.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Print recovery kit…</source>
            <translation>&amp;Imprimir el kit de recuperación…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Save recovery kit (PDF)…</source>
            <translation>&amp;Guardar el kit de recuperación (PDF)…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>I have &amp;written it down</source>
            <translation>Ya la he a&amp;notado</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Recovery key group</source>
            <translation>Grupo de la clave de recuperación</translation>
        </message>
    </context>
    <context>
        <name>recovery_kit</name>
        <message>
            <location filename="../vault/recovery_kit.py" line="+38" />
            <location line="+76" />
            <source>SecondOp recovery kit</source>
            <translation>Kit de recuperación de SecondOp</translation>
        </message>
        <message>
            <location line="-74" />
            <source>Created {date}. Keep this page somewhere safe and private, away from your computer. Anyone who has it and your vault file can read your records.</source>
            <translation>Creado el {date}. Guarde esta página en un lugar seguro y privado, lejos de su ordenador. Cualquier persona que la tenga y tenga también el archivo de su caja fuerte puede leer sus documentos.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Your recovery key</source>
            <translation>Su clave de recuperación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When to use it</source>
            <translation>Cuándo usarla</translation>
        </message>
        <message>
            <location line="+2" />
            <source>You forgot your passphrase: on the unlock screen choose {button}, type this key, and choose a new passphrase.</source>
            <translation>Ha olvidado su frase de contraseña: en la pantalla de desbloqueo elija {button}, escriba esta clave y elija una frase de contraseña nueva.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The file {file} was lost or damaged: the key still opens your vault and writes a new header.</source>
            <translation>El archivo {file} se perdió o se dañó: la clave sigue abriendo su caja fuerte y escribe una cabecera nueva.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Letters and digits only; the last group is a checksum that catches typing mistakes. O is read as 0 and I or L as 1.</source>
            <translation>Solo letras y números; el último grupo es una suma de control que detecta los errores al escribir. La O se lee como 0, y la I o la L como 1.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Where your vault is</source>
            <translation>Dónde está su caja fuerte</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Write your passphrase nowhere near this page.</source>
            <translation>No anote nunca su frase de contraseña cerca de esta página.</translation>
        </message>
    </context>
    <context>
        <name>rekey</name>
        <message>
            <location filename="../store/rekey.py" line="+82" />
            <source>The key given does not open this vault.</source>
            <translation>La clave indicada no abre esta caja fuerte.</translation>
        </message>
        <message>
            <location line="+56" />
            <source>The re-encrypted copy failed its check, so the vault was left as it was: {problem}</source>
            <translation>La copia cifrada de nuevo no superó la comprobación, así que la caja fuerte se dejó como estaba: {problem}</translation>
        </message>
    </context>
    <context>
        <name>render</name>
        <message>
            <location filename="../packet/render.py" line="+370" />
            <source>Page {page} of {total}</source>
            <translation>Página {page} de {total}</translation>
        </message>
    </context>
    <context>
        <name>report_dialog</name>
        <message>
            <location filename="../ui/common/report_dialog.py" line="+48" />
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What happened</source>
            <translation>Qué ocurrió</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Files not imported</source>
            <translation>Archivos no añadidos</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Try again</source>
            <translation>Volver a intentarlo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Try again: {name}</source>
            <translation>Volver a intentarlo: {name}</translation>
        </message>
    </context>
    <context>
        <name>restore</name>
        <message>
            <location filename="../casefile/restore.py" line="+48" />
            <source>The case document is not valid at {where}: {problem}</source>
            <translation>Los datos del caso no son válidos en {where}: {problem}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The case document is not valid at {where}: {id} is not an id in {list}.</source>
            <translation>Los datos del caso no son válidos en {where}: {id} no es un id de {list}.</translation>
        </message>
    </context>
    <context>
        <name>salvage</name>
        <message>
            <location filename="../vault/salvage.py" line="+37" />
            <source>records whose case is unknown</source>
            <translation>documentos de un caso desconocido</translation>
        </message>
        <message>
            <location line="+5" />
            <source>record {number} (title unknown)</source>
            <translation>documento {number} (título desconocido)</translation>
        </message>
        <message numerus="yes">
            <location line="+21" />
            <source>%n of them record(s)</source>
            <translation>
                <numerusform>%n de ellos es un documento</numerusform>
                <numerusform>%n de ellos son documentos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Saved %n item(s) to {folder}, {of_them}.</source>
            <translation>
                <numerusform>Se guardó %n elemento en {folder}; {of_them}.</numerusform>
                <numerusform>Se guardaron %n elementos en {folder}; {of_them}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Saved %n item(s) to {folder}.</source>
            <translation>
                <numerusform>Se guardó %n elemento en {folder}.</numerusform>
                <numerusform>Se guardaron %n elementos en {folder}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n record(s) had an unreadable entry: saved from their contents as “{name}”.</source>
            <translation>
                <numerusform>%n documento tenía una entrada ilegible: se guardó a partir de su contenido como “{name}”.</numerusform>
                <numerusform>%n documentos tenían una entrada ilegible: se guardaron a partir de su contenido como “{name}”.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>%n could not be read: {items}</source>
            <translation>
                <numerusform>No se pudo leer %n elemento: {items}</numerusform>
                <numerusform>No se pudieron leer %n elementos: {items}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+8" />
            <source>untitled</source>
            <translation>sin título</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The vault's database (vault.db) is missing from {folder}, so there is nothing to salvage. Restore the vault from a backup if you have one.</source>
            <translation>Falta la base de datos de la caja fuerte (vault.db) en {folder}, así que no hay nada que rescatar. Restaure la caja fuerte desde una copia de seguridad si tiene una.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Reading the cases</source>
            <translation>Leyendo los casos</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Reading {name}</source>
            <translation>Leyendo {name}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>the details of case {number}</source>
            <translation>los datos del caso {number}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reading the records</source>
            <translation>Leyendo los documentos</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Done</source>
            <translation>Terminado</translation>
        </message>
        <message>
            <location line="+16" />
            <source>some details of {name}'s case</source>
            <translation>algunos datos del caso de {name}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>{number} (case details unreadable)</source>
            <translation>{number} (datos del caso ilegibles)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{name} ({problem})</source>
            <translation>{name} ({problem})</translation>
        </message>
    </context>
    <context>
        <name>salvage_rows</name>
        <message>
            <location filename="../vault/salvage_rows.py" line="+211" />
            <source>part of its contents is in a damaged page</source>
            <translation>parte de su contenido está en una página dañada</translation>
        </message>
        <message>
            <location line="+10" />
            <source>its contents are missing</source>
            <translation>falta su contenido</translation>
        </message>
        <message>
            <location line="+54" />
            <source>its original is no longer inside</source>
            <translation>ya no contiene el original</translation>
        </message>
        <message>
            <location line="+5" />
            <source>its unlocked copy is incomplete</source>
            <translation>su copia desbloqueada está incompleta</translation>
        </message>
        <message>
            <location line="+2" />
            <source>its contents no longer match</source>
            <translation>su contenido ya no coincide</translation>
        </message>
    </context>
    <context>
        <name>sandbox</name>
        <message>
            <location filename="../records/sandbox.py" line="+190" />
            <source>The file needs more memory to read than SecondOp allows.</source>
            <translation>Leer el archivo necesita más memoria de la que SecondOp permite.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The file is damaged or in a form SecondOp cannot read (the reader stopped with {error}). If it opens on your computer, print it to PDF and import that.</source>
            <translation>El archivo está dañado o en un formato que SecondOp no puede leer (el lector se detuvo con {error}). Si se abre en su ordenador, imprímalo como PDF y añada ese PDF.</translation>
        </message>
        <message>
            <location line="+175" />
            <source>Reading this file took longer than {seconds} seconds, so it was stopped. The file may be damaged; try printing it to a new PDF.</source>
            <translation>Leer este archivo tardó más de {seconds} segundos, así que se detuvo. Puede que el archivo esté dañado; pruebe a imprimirlo como un PDF nuevo.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Reading this file made the reader stop unexpectedly; the file is probably damaged.</source>
            <translation>Al leer este archivo, el lector se detuvo de forma inesperada; probablemente el archivo está dañado.</translation>
        </message>
    </context>
    <context>
        <name>schema</name>
        <message>
            <location filename="../casefile/schema.py" line="+299" />
            <source>This is not a SecondOp case: the file holds no JSON object.</source>
            <translation>Esto no es un caso de SecondOp: el archivo no contiene un objeto JSON.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>This is not a SecondOp case document (its "format" is not "{format}").</source>
            <translation>Estos no son datos de un caso de SecondOp (su "format" no es "{format}").</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This case document is version {found}; this SecondOp reads version {version}. Export the case again from the SecondOp it came from, or update SecondOp.</source>
            <translation>Estos datos del caso son de la versión {found}; esta versión de SecondOp lee la versión {version}. Exporte el caso de nuevo desde el SecondOp del que proceden, o actualice SecondOp.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The case document is not valid at {where}: {problem}.</source>
            <translation>Los datos del caso no son válidos en {where}: {problem}.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The case document is not valid at the document: {problem}.</source>
            <translation>Los datos del caso no son válidos: {problem}.</translation>
        </message>
    </context>
    <context>
        <name>search_init</name>
        <message>
            <location filename="../search/__init__.py" line="+100" />
            <source>Checklist</source>
            <translation>Lista de comprobación</translation>
        </message>
        <message>
            <location line="+3" />
            <source>item</source>
            <translation>elemento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>from</source>
            <translation>de quién</translation>
        </message>
        <message>
            <location line="+1" />
            <source>tracking</source>
            <translation>seguimiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>carrier</source>
            <translation>empresa de mensajería</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+15" />
            <location line="+41" />
            <location line="+33" />
            <location line="+11" />
            <location line="+29" />
            <source>notes</source>
            <translation>notas</translation>
        </message>
        <message>
            <location line="-123" />
            <source>Care team</source>
            <translation>Equipo médico</translation>
        </message>
        <message>
            <location line="+3" />
            <source>name</source>
            <translation>nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>specialty</source>
            <translation>especialidad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>hospital or practice</source>
            <translation>hospital o consulta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>address</source>
            <translation>dirección</translation>
        </message>
        <message>
            <location line="+1" />
            <source>email</source>
            <translation>correo electrónico</translation>
        </message>
        <message>
            <location line="+1" />
            <source>phone</source>
            <translation>teléfono</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Opinions</source>
            <translation>Opiniones</translation>
        </message>
        <message>
            <location line="+3" />
            <source>diagnosis</source>
            <translation>diagnóstico</translation>
        </message>
        <message>
            <location line="+1" />
            <source>specifics</source>
            <translation>detalles</translation>
        </message>
        <message>
            <location line="+1" />
            <source>established by</source>
            <translation>establecido por</translation>
        </message>
        <message>
            <location line="+1" />
            <source>recommendation</source>
            <translation>recomendación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>reasoning</source>
            <translation>razonamiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>uncertain</source>
            <translation>dudas</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Compare</source>
            <translation>Comparar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>point to resolve</source>
            <translation>punto por aclarar</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Timeline</source>
            <translation>Cronología</translation>
        </message>
        <message>
            <location line="+3" />
            <source>event</source>
            <translation>acontecimiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>details</source>
            <translation>detalles</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+10" />
            <location line="+12" />
            <location line="+10" />
            <location line="+11" />
            <source>Health</source>
            <translation>Salud</translation>
        </message>
        <message>
            <location line="-40" />
            <source>condition</source>
            <translation>enfermedad</translation>
        </message>
        <message>
            <location line="+10" />
            <source>medication</source>
            <translation>medicamento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>dose</source>
            <translation>dosis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>schedule</source>
            <translation>pauta</translation>
        </message>
        <message>
            <location line="+1" />
            <source>reason</source>
            <translation>motivo</translation>
        </message>
        <message>
            <location line="+9" />
            <source>allergy</source>
            <translation>alergia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>reaction</source>
            <translation>reacción</translation>
        </message>
        <message>
            <location line="+9" />
            <source>lab test</source>
            <translation>análisis</translation>
        </message>
        <message>
            <location line="+1" />
            <source>result</source>
            <translation>resultado</translation>
        </message>
        <message>
            <location line="+10" />
            <source>family member</source>
            <translation>familiar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>family history</source>
            <translation>antecedentes familiares</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+7" />
            <source>Questions</source>
            <translation>Preguntas</translation>
        </message>
        <message>
            <location line="-5" />
            <source>question</source>
            <translation>pregunta</translation>
        </message>
        <message>
            <location line="+7" />
            <source>answer</source>
            <translation>respuesta</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+13" />
            <source>Options</source>
            <translation>Opciones</translation>
        </message>
        <message>
            <location line="-10" />
            <source>option</source>
            <translation>opción</translation>
        </message>
        <message>
            <location line="+1" />
            <source>what it involves</source>
            <translation>en qué consiste</translation>
        </message>
        <message>
            <location line="+1" />
            <source>recovery</source>
            <translation>recuperación</translation>
        </message>
        <message>
            <location line="+1" />
            <source>costs</source>
            <translation>costes</translation>
        </message>
        <message>
            <location line="+9" />
            <source>benefit or risk</source>
            <translation>beneficio o riesgo</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Trials</source>
            <translation>Ensayos clínicos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>trial</source>
            <translation>ensayo clínico</translation>
        </message>
        <message>
            <location line="+1" />
            <source>registry number</source>
            <translation>número de registro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>site</source>
            <translation>centro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>contact</source>
            <translation>contacto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>eligibility</source>
            <translation>requisitos para participar</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Appointments</source>
            <translation>Citas</translation>
        </message>
        <message>
            <location line="+3" />
            <source>purpose</source>
            <translation>motivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>place</source>
            <translation>lugar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>to bring</source>
            <translation>qué llevar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>notes after</source>
            <translation>notas posteriores</translation>
        </message>
        <message>
            <location line="+6" />
            <source>record title</source>
            <translation>título del documento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>record source</source>
            <translation>origen del documento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>record notes</source>
            <translation>notas del documento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>file name</source>
            <translation>nombre del archivo</translation>
        </message>
        <message>
            <location line="+56" />
            <source>{section}: {field}</source>
            <translation>{section}: {field}</translation>
        </message>
        <message>
            <location line="+28" />
            <source>page {page}, from the picture's text</source>
            <translation>página {page}, del texto de la imagen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>page {page}</source>
            <translation>página {page}</translation>
        </message>
        <message>
            <location line="+49" />
            <source>Decision: the decision</source>
            <translation>Decisión: la decisión</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Decision: what matters to me</source>
            <translation>Decisión: lo que me importa</translation>
        </message>
    </context>
    <context>
        <name>search_section</name>
        <message>
            <location filename="../ui/records/search_section.py" line="+129" />
            <source>Nothing in this case mentions that.</source>
            <translation>No hay nada en este caso que mencione eso.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Found in %n place(s) (the first 50 pages). Press Enter on a result to open it there.</source>
            <translation>
                <numerusform>Encontrado en %n lugar (las primeras 50 páginas). Pulse Intro en un resultado para abrirlo allí.</numerusform>
                <numerusform>Encontrado en %n lugares (las primeras 50 páginas). Pulse Intro en un resultado para abrirlo allí.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>Found in %n place(s). Press Enter on a result to open it there.</source>
            <translation>
                <numerusform>Encontrado en %n lugar. Pulse Intro en un resultado para abrirlo allí.</numerusform>
                <numerusform>Encontrado en %n lugares. Pulse Intro en un resultado para abrirlo allí.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+9" />
            <source>{photos} and {scans} could not be searched: their text was not read (search finds only their title and notes).</source>
            <translation>No se pudo buscar en {photos} y {scans}: su texto no se leyó (la búsqueda solo encuentra su título y sus notas).</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%n photo(s)</source>
            <translation>
                <numerusform>%n foto</numerusform>
                <numerusform>%n fotos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n scanned record(s)</source>
            <translation>
                <numerusform>%n documento escaneado</numerusform>
                <numerusform>%n documentos escaneados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n photo(s) could not be searched: its/their text was not read (search finds only its/their title and notes).</source>
            <translation>
                <numerusform>No se pudo buscar en %n foto: su texto no se leyó (la búsqueda solo encuentra su título y sus notas).</numerusform>
                <numerusform>No se pudo buscar en %n fotos: su texto no se leyó (la búsqueda solo encuentra su título y sus notas).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%n scanned record(s) could not be searched: its/their text was not read (search finds only its/their title and notes).</source>
            <translation>
                <numerusform>No se pudo buscar en %n documento escaneado: su texto no se leyó (la búsqueda solo encuentra su título y sus notas).</numerusform>
                <numerusform>No se pudo buscar en %n documentos escaneados: su texto no se leyó (la búsqueda solo encuentra su título y sus notas).</numerusform>
            </translation>
        </message>
        <message>
            <location line="+21" />
            <source>Search records, notes, opinions, questions…, e.g. Ki-67 or biopsy</source>
            <translation>Buscar en documentos, notas, opiniones, preguntas…, p. ej., Ki-67 o biopsia</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Search records</source>
            <translation>Buscar en los documentos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Search &amp;all cases</source>
            <translation>Buscar en &amp;todos los casos</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Search results</source>
            <translation>Resultados de la búsqueda</translation>
        </message>
    </context>
    <context>
        <name>sections_html</name>
        <message>
            <location filename="../packet/sections_html.py" line="+41" />
            <source>A doctor</source>
            <translation>Un médico</translation>
        </message>
        <message>
            <location filename="../packet/labs_html.py" line="-165" />
            <location filename="../packet/sections_html.py" line="+8" />
            <source>date not recorded</source>
            <translation>fecha: no consta</translation>
        </message>
        <message>
            <location filename="../packet/sections_html.py" line="+5" />
            <source>Where the opinions differ:</source>
            <translation>En qué difieren las opiniones:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>they agree on everything written</source>
            <translation>coinciden en todo lo anotado</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Points we would like resolved</source>
            <translation>Puntos que nos gustaría aclarar</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>Función</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Specialty, facility</source>
            <translation>Especialidad, centro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact</source>
            <translation>Contacto</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Care team</source>
            <translation>Equipo médico</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Event</source>
            <translation>Evento</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+52" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="-46" />
            <source>Health problems and past medical history</source>
            <translation>Problemas de salud y antecedentes médicos</translation>
        </message>
        <message>
            <location line="+11" />
            <location line="+69" />
            <source>Condition</source>
            <translation>Enfermedad</translation>
        </message>
        <message>
            <location line="-68" />
            <source>Since</source>
            <translation>Desde</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+183" />
            <location line="+38" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location line="-216" />
            <source>Medications</source>
            <translation>Medicamentos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>(stopped)</source>
            <translation>(suspendido)</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Medicine</source>
            <translation>Medicamento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dose, form</source>
            <translation>Dosis, vía</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Schedule</source>
            <translation>Frecuencia</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+151" />
            <source>Dates</source>
            <translation>Fechas</translation>
        </message>
        <message>
            <location line="-146" />
            <source>Allergies</source>
            <translation>Alergias</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Substance</source>
            <translation>Sustancia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reaction</source>
            <translation>Reacción</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Severity</source>
            <translation>Gravedad</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Family history</source>
            <translation>Antecedentes familiares</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Relative</source>
            <translation>Familiar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Age at onset</source>
            <translation>Edad de inicio</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+38" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location line="-23" />
            <source>(matters {importance}/5)</source>
            <translation>(importancia {importance}/5)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The ratings (0–5) say how much each point matters to the patient; they are not a medical score.</source>
            <translation>Las puntuaciones (0–5) indican cuánto le importa cada punto al paciente; no son una valoración médica.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Proposed by</source>
            <translation>Propuesta por</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What it involves</source>
            <translation>En qué consiste</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Benefits</source>
            <translation>Beneficios</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Risks and side effects</source>
            <translation>Riesgos y efectos secundarios</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Recovery and time</source>
            <translation>Recuperación y duración</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cost and coverage</source>
            <translation>Costo y cobertura</translation>
        </message>
        <message>
            <location line="+6" />
            <source>— we lean towards it {leaning}/5</source>
            <translation>— nos inclinamos por ella {leaning}/5</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The decision</source>
            <translation>La decisión</translation>
        </message>
        <message>
            <location line="+2" />
            <source>To decide:</source>
            <translation>Qué hay que decidir:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>By:</source>
            <translation>Fecha límite:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>How we want to decide:</source>
            <translation>Cómo queremos decidir:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>[Top question]</source>
            <translation>[Pregunta prioritaria]</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>%n question(s) for other doctors are not included.</source>
            <translation>
                <numerusform>No se incluye %n pregunta dirigida a otros médicos.</numerusform>
                <numerusform>No se incluyen %n preguntas dirigidas a otros médicos.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+14" />
            <source>sent {date}</source>
            <translation>envío: {date}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>returned {date}</source>
            <translation>devolución: {date}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>From {source}</source>
            <translation>Procedencia: {source}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Item</source>
            <translation>Elemento</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Carrier</source>
            <translation>Mensajería</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tracking number</source>
            <translation>Número de seguimiento</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Answer</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Registry number</source>
            <translation>Número de registro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trial</source>
            <translation>Ensayo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Site and contact</source>
            <translation>Centro y contacto</translation>
        </message>
    </context>
    <context>
        <name>session</name>
        <message>
            <location filename="../vault/session.py" line="+110" />
            <source>Making the new key</source>
            <translation>Creando la clave nueva</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Re-encrypting every page</source>
            <translation>Cifrando de nuevo cada página</translation>
        </message>
    </context>
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
            <translation>Recordar la clave de la caja fuerte en el llavero de este ordenador</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{reason} SecondOp never stores the key anywhere else, so you will type your passphrase each time.</source>
            <translation>{reason} SecondOp nunca guarda la clave en ningún otro sitio, así que escribirá su frase de contraseña cada vez.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Anyone who can log in to your account on this computer could then open the vault without the passphrase.</source>
            <translation>Cualquier persona que pueda entrar en su cuenta de este ordenador podría abrir entonces la caja fuerte sin la frase de contraseña.</translation>
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
        <message>
            <location line="+6" />
            <source>In the packet, make photo and scan pages searc&amp;hable</source>
            <translation>En el paquete, permitir buscar en las &amp;páginas de fotos y escaneos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The words read from each photo and scanned page travel with it, invisible, so the doctor can search and copy them. The picture itself is unchanged.</source>
            <translation>Las palabras leídas de cada foto y de cada página escaneada viajan con ella, invisibles, para que el médico pueda buscarlas y copiarlas. La imagen no cambia.</translation>
        </message>
    </context>
    <context>
        <name>shortcuts_dialog</name>
        <message>
            <location filename="../ui/shell/shortcuts_dialog.py" line="+31" />
            <source>Tab / Shift+Tab</source>
            <translation>Tabulador / Mayúsculas+Tabulador</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The next / previous control</source>
            <translation>El control siguiente / anterior</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ctrl+Tab / Ctrl+Shift+Tab</source>
            <translation>Control+Tabulador / Control+Mayúsculas+Tabulador</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+4" />
            <source>The next / previous tab</source>
            <translation>La pestaña siguiente / anterior</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Ctrl+PgDown / Ctrl+PgUp</source>
            <translation>Control+Av Pág / Control+Re Pág</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Arrow keys</source>
            <translation>Teclas de flecha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move in a list or table</source>
            <translation>Moverse por una lista o una tabla</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Space</source>
            <translation>Espacio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tick or untick the box that has the focus</source>
            <translation>Marcar o desmarcar la casilla activa</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Alt + underlined letter</source>
            <translation>Alt + letra subrayada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The button or field it names (hold Alt to see the letters)</source>
            <translation>El botón o el campo que esa letra indica (mantenga pulsada Alt para ver las letras)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Esc</source>
            <translation>Escape</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close a dialog without changing anything</source>
            <translation>Cerrar una ventana sin cambiar nada</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Keyboard Shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{command} ({menu} menu)</source>
            <translation>{command} (menú {menu})</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What they do</source>
            <translation>Qué hacen</translation>
        </message>
        <message>
            <location line="+16" />
            <source>The keys for the menus' commands, then for moving around a page.</source>
            <translation>Primero, las teclas de las órdenes de los menús; después, las que sirven para moverse por una página.</translation>
        </message>
    </context>
    <context>
        <name>spec</name>
        <message>
            <location filename="../packet/spec.py" line="+23" />
            <source>Summary</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Diagnosis and opinions</source>
            <translation>Diagnóstico y opiniones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Timeline</source>
            <translation>Cronología</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Health problems, medications, allergies and family history</source>
            <translation>Problemas de salud, medicamentos, alergias y antecedentes familiares</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Lab results</source>
            <translation>Resultados de laboratorio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Imaging available on disc</source>
            <translation>Imágenes disponibles en disco</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Slides, blocks and imaging discs: where they are</source>
            <translation>Preparaciones (laminillas), bloques y discos de imágenes: dónde están</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Treatment options</source>
            <translation>Opciones de tratamiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Questions</source>
            <translation>Preguntas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Preferences and values</source>
            <translation>Preferencias y valores</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clinical trials</source>
            <translation>Ensayos clínicos</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Cover</source>
            <translation>Portada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contents</source>
            <translation>Índice</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Records index</source>
            <translation>Índice de documentos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Records</source>
            <translation>Documentos</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <location line="+1" />
            <source>US Letter</source>
            <translation>Carta (EE. UU.)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Small (for email)</source>
            <translation>Baja (para correo electrónico)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Standard</source>
            <translation>Estándar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>High (for fine detail)</source>
            <translation>Alta (para detalles finos)</translation>
        </message>
    </context>
    <context>
        <name>state</name>
        <message>
            <location filename="../ui/common/state.py" line="+96" />
            <source>The vault is locked.</source>
            <translation>La caja fuerte está bloqueada.</translation>
        </message>
    </context>
    <context>
        <name>straighten_dialog</name>
        <message>
            <location filename="../ui/records/straighten_dialog.py" line="+48" />
            <source>Straighten “{title}”</source>
            <translation>Enderezar «{title}»</translation>
        </message>
        <message>
            <location line="+4" />
            <source>On the left, the photo as it was taken, with the edges of the sheet marked. On the right, the page laid flat, as a scanner would give it. The photo itself is kept: you can go back to it at any time.</source>
            <translation>A la izquierda, la foto tal como se tomó, con los bordes de la hoja marcados. A la derecha, la página plana, como la daría un escáner. La foto se conserva: puede volver a ella cuando quiera.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The photo as taken, with the sheet's edges marked</source>
            <translation>La foto tal como se tomó, con los bordes de la hoja marcados</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The page laid flat</source>
            <translation>La página plana</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Before</source>
            <translation>Antes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>After</source>
            <translation>Después</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Leave the photo as it &amp;is</source>
            <translation>&amp;Dejar la foto como está</translation>
        </message>
        <message>
            <location line="-2" />
            <source>&amp;Use the flat page</source>
            <translation>&amp;Usar la página plana</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Decide later</source>
            <translation>Decidir más tarde</translation>
        </message>
    </context>
    <context>
        <name>straighten_offer</name>
        <message>
            <location filename="../ui/records/straighten_offer.py" line="+39" />
            <source>Looking for the edges of the sheet…</source>
            <translation>Buscando los bordes de la hoja…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Laying the page flat…</source>
            <translation>Dejando la página plana…</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Strai&amp;ghten…</source>
            <translation>Endere&amp;zar…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>See the page laid flat before choosing</source>
            <translation>Ver la página plana antes de decidir</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Keep it this wa&amp;y</source>
            <translation>De&amp;jarla así</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Straighten photo… in the details can do it later</source>
            <translation>«Enderezar la foto…» en los detalles puede hacerlo más tarde</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Use the photo</source>
            <translation>&amp;Usar la foto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Show, read and print the photo as it was taken; Straighten photo… in the details lays it flat again</source>
            <translation>Mostrar, leer e imprimir la foto tal como se tomó; «Enderezar la foto…» en los detalles la vuelve a dejar plana</translation>
        </message>
        <message>
            <location line="+37" />
            <source>This photo of a page can be straightened.</source>
            <translation>Esta foto de una página se puede enderezar.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>You see the straightened page; the photo is kept.</source>
            <translation>Ve la página enderezada; la foto se conserva.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Straightening the photo</source>
            <translation>Enderezando la foto</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Could not straighten the photo</source>
            <translation>No se pudo enderezar la foto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Laying the page flat stopped unexpectedly.</source>
            <translation>Dejar la página plana se detuvo de forma inesperada.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No sheet found</source>
            <translation>No se encontró la hoja</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The edges of a sheet of paper could not be found in this photo, so it stays as it is. A photo of the whole page on a darker surface works best.</source>
            <translation>No se encontraron en esta foto los bordes de una hoja de papel, así que se queda como está. Funciona mejor una foto de la página entera sobre una superficie más oscura.</translation>
        </message>
    </context>
    <context>
        <name>structured</name>
        <message>
            <location filename="../packet/structured.py" line="+2" />
            <source>Patient</source>
            <translation>Paciente</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Date of birth</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Document date</source>
            <translation>Fecha del documento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <location line="+3" />
            <source>From</source>
            <translation>Procedencia</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Laid out by SecondOp from the structured file “{name}”, which is attached to this PDF as it was imported.</source>
            <translation>Compuesto por SecondOp a partir del archivo estructurado «{name}», que va adjunto a este PDF tal como se importó.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>The file as it was imported</source>
            <translation>El archivo tal como se importó</translation>
        </message>
        <message>
            <location filename="../records/structured/__init__.py" line="-9" />
            <source>This document may be about another patient: it names {their_name} (born {their_birth}), and this case is for {name} (born {birth}). Check it before you use it; nothing from it has been added to the case.</source>
            <translation>Puede que este documento sea de otro paciente: nombra a {their_name} (fecha de nacimiento: {their_birth}) y este caso es de {name} (fecha de nacimiento: {birth}). Revíselo antes de usarlo; no se ha añadido nada de él al caso.</translation>
        </message>
    </context>
    <context>
        <name>suggested</name>
        <message>
            <location filename="../suggested/__init__.py" line="+40" />
            <source>Health problems</source>
            <translation>Problemas de salud</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Medications</source>
            <translation>Medicamentos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Allergies</source>
            <translation>Alergias</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Procedures</source>
            <translation>Procedimientos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Visits and hospital stays</source>
            <translation>Visitas e ingresos hospitalarios</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vaccinations</source>
            <translation>Vacunas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lab results</source>
            <translation>Resultados de laboratorio</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Health › Problems and past history</source>
            <translation>Salud › Problemas y antecedentes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Health › Medications</source>
            <translation>Salud › Medicamentos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Health › Allergies</source>
            <translation>Salud › Alergias</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <location line="+1" />
            <source>Timeline</source>
            <translation>Cronología</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Health › Lab results</source>
            <translation>Salud › Resultados de laboratorio</translation>
        </message>
        <message>
            <location line="+61" />
            <source>That suggestion no longer exists.</source>
            <translation>Esa sugerencia ya no existe.</translation>
        </message>
        <message>
            <location line="+103" />
            <source>That suggestion was already decided.</source>
            <translation>Sobre esa sugerencia ya se decidió.</translation>
        </message>
    </context>
    <context>
        <name>suggestion_edit</name>
        <message>
            <location filename="../ui/records/suggestion_edit.py" line="+62" />
            <source>Edit and accept</source>
            <translation>Editar y aceptar</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Read from “{record}”. Correct what the record got wrong, then accept: it goes to {place}.</source>
            <translation>Leído de “{record}”. Corrija lo que el documento tenga mal y acéptelo: irá a {place}.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 7 Mar 2020, or just 2020</source>
            <translation>p. ej., 7 mar 2020, o solo 2020</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Not recorded</source>
            <translation>No consta</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&amp;Test</source>
            <translation>&amp;Prueba</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;What</source>
            <translation>&amp;Qué</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Date</source>
            <translation>&amp;Fecha</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Value</source>
            <translation>&amp;Valor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Unit</source>
            <translation>&amp;Unidad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Range</source>
            <translation>&amp;Rango</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Flag</source>
            <translation>&amp;Indicador</translation>
        </message>
        <message>
            <location line="+19" />
            <source>&amp;Accept</source>
            <translation>&amp;Aceptar</translation>
        </message>
    </context>
    <context>
        <name>suggestions_dialog</name>
        <message>
            <location filename="../ui/records/suggestions_dialog.py" line="+65" />
            <location line="+5" />
            <location line="+25" />
            <source>Suggested facts</source>
            <translation>Datos sugeridos</translation>
        </message>
        <message>
            <location line="-23" />
            <source>Read from imported health records. Nothing enters the case until you accept it; what you reject is not offered again.</source>
            <translation>Leídos de documentos de salud importados. Nada entra en el caso hasta que usted lo acepta; lo que rechace no se le vuelve a ofrecer.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>&amp;Kind:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Nothing to review: facts read from imported health records (FHIR, C-CDA) appear here for you to accept.</source>
            <translation>Nada que revisar: los datos leídos de los documentos de salud importados (FHIR, C-CDA) aparecen aquí para que usted los acepte.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Nothing to review</source>
            <translation>Nada que revisar</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Selected fact</source>
            <translation>Dato seleccionado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What happened</source>
            <translation>Qué ha pasado</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Accept</source>
            <translation>&amp;Aceptar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Edit and accept…</source>
            <translation>&amp;Editar y aceptar…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Reject</source>
            <translation>&amp;Rechazar</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Undo reject</source>
            <translation>&amp;Deshacer rechazo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Show record</source>
            <translation>&amp;Ver documento</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Accept the selected facts (Enter)</source>
            <translation>Aceptar los datos seleccionados (Intro)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reject the selected facts (Delete)</source>
            <translation>Rechazar los datos seleccionados (Supr)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Offer the last rejected facts again (Ctrl+Z)</source>
            <translation>Volver a ofrecer los últimos datos rechazados (Ctrl+Z)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Show the record this fact was read from</source>
            <translation>Mostrar el documento del que se leyó este dato</translation>
        </message>
        <message>
            <location line="+63" />
            <source>record deleted</source>
            <translation>documento eliminado</translation>
        </message>
        <message>
            <location line="+24" />
            <source>All kinds ({count})</source>
            <translation>Todos los tipos ({count})</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{kind} ({count})</source>
            <translation>{kind} ({count})</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Accepted ones go to {place}.</source>
            <translation>Los aceptados van a {place}.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Accept a&amp;ll: {kind} ({count})</source>
            <translation>Aceptar t&amp;odos: {kind} ({count})</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Accept a&amp;ll ({count})</source>
            <translation>Aceptar t&amp;odos ({count})</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{what}: {details}</source>
            <translation>{what}: {details}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{kind} from “{record}”; accepted, it goes to {place}.</source>
            <translation>{kind} de “{record}”; si lo acepta, va a {place}.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Not accepted: {why}</source>
            <translation>No aceptado: {why}</translation>
        </message>
        <message>
            <location line="+30" />
            <location line="+88" />
            <source>Accepted “{what}”: it is now in {place}.</source>
            <translation>“{what}” aceptado: ya está en {place}.</translation>
        </message>
        <message>
            <location line="-81" />
            <source>“{what}” was not accepted: {why} Edit and accept lets you complete it.</source>
            <translation>“{what}” no se aceptó: {why} Con «Editar y aceptar» puede completarlo.</translation>
        </message>
        <message numerus="yes">
            <location line="+45" />
            <source>%n suggestion(s) rejected; Undo reject brings them back.</source>
            <translation>
                <numerusform>%n sugerencia rechazada; «Deshacer rechazo» la recupera.</numerusform>
                <numerusform>%n sugerencias rechazadas; «Deshacer rechazo» las recupera.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+20" />
            <source>%n suggestion(s) back for review.</source>
            <translation>
                <numerusform>%n sugerencia vuelve a estar pendiente de revisión.</numerusform>
                <numerusform>%n sugerencias vuelven a estar pendientes de revisión.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+87" />
            <source>%n accepted</source>
            <translation>
                <numerusform>%n aceptado</numerusform>
                <numerusform>%n aceptados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n need(s) a date: edit them to accept</source>
            <translation>
                <numerusform>%n necesita una fecha: edítelo para aceptarlo</numerusform>
                <numerusform>%n necesitan una fecha: edítelos para aceptarlos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n could not be accepted: select one to see why</source>
            <translation>
                <numerusform>%n no se pudo aceptar: selecciónelo para ver por qué</numerusform>
                <numerusform>%n no se pudieron aceptar: seleccione uno para ver por qué</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>suggestions_model</name>
        <message>
            <location filename="../ui/records/suggestions_model.py" line="+32" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Goes to</source>
            <translation>Va a</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From record</source>
            <translation>Documento de origen</translation>
        </message>
        <message>
            <location line="+7" />
            <source>active</source>
            <translation>activo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>inactive</source>
            <translation>inactivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>resolved</source>
            <translation>resuelto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>in remission</source>
            <translation>en remisión</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>came back</source>
            <translation>ha vuelto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>completed</source>
            <translation>completado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>finished</source>
            <translation>terminado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>in progress</source>
            <translation>en curso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>stopped</source>
            <translation>suspendido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>cancelled</source>
            <translation>cancelado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>entered in error</source>
            <translation>registrado por error</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not done</source>
            <translation>no realizado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>final</source>
            <translation>definitivo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>preliminary</source>
            <translation>preliminar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>amended</source>
            <translation>corregido</translation>
        </message>
        <message>
            <location line="+11" />
            <source>not recorded</source>
            <translation>no consta</translation>
        </message>
        <message>
            <location line="+14" />
            <source>range {range}</source>
            <translation>rango {range}</translation>
        </message>
        <message>
            <location line="+43" />
            <source>record deleted</source>
            <translation>documento eliminado</translation>
        </message>
        <message>
            <location line="+46" />
            <source>{what} (not accepted: {why})</source>
            <translation>{what} (no aceptado: {why})</translation>
        </message>
    </context>
    <context>
        <name>system_check</name>
        <message>
            <location filename="../core/system_check.py" line="+40" />
            <source>SecondOp cannot open its window because system libraries are missing ({libraries}). Install them, then start SecondOp again: on Debian or Ubuntu, {debian}; on Fedora, {fedora}.</source>
            <translation>SecondOp no puede abrir su ventana porque faltan bibliotecas del sistema ({libraries}). Instálelas y vuelva a abrir SecondOp: en Debian o Ubuntu, {debian}; en Fedora, {fedora}.</translation>
        </message>
    </context>
    <context>
        <name>tasks</name>
        <message>
            <location filename="../ui/common/tasks.py" line="+202" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>timeline</name>
        <message>
            <location filename="../facts/timeline.py" line="+18" />
            <source>Symptom</source>
            <translation>Síntoma</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Test</source>
            <translation>Prueba</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Diagnosis</source>
            <translation>Diagnóstico</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Procedure</source>
            <translation>Procedimiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Treatment started</source>
            <translation>Inicio de un tratamiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Treatment stopped</source>
            <translation>Fin de un tratamiento</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hospital stay</source>
            <translation>Ingreso en el hospital</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Appointment</source>
            <translation>Cita</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vaccination</source>
            <translation>Vacuna</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Choose how precise the date is.</source>
            <translation>Elija con qué precisión conoce la fecha.</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Date not recorded</source>
            <translation>No consta la fecha</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Give the event a title.</source>
            <translation>Póngale un título al acontecimiento.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Enter the date (or just the year if that is all).</source>
            <translation>Escriba la fecha (o solo el año, si es lo único que sabe).</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Choose the kind of event.</source>
            <translation>Elija el tipo de acontecimiento.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The date is in the future.</source>
            <translation>La fecha está en el futuro.</translation>
        </message>
    </context>
    <context>
        <name>trials</name>
        <message>
            <location filename="../preparing/trials.py" line="+15" />
            <source>Considering</source>
            <translation>Lo estoy pensando</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Asked about it</source>
            <translation>He preguntado</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eligible</source>
            <translation>Puedo participar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not eligible</source>
            <translation>No puedo participar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enrolled</source>
            <translation>Inscrito</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not known</source>
            <translation>No se sabe</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Early phase 1</source>
            <translation>Fase 1 temprana</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phase 1</source>
            <translation>Fase 1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phase 1/2</source>
            <translation>Fase 1/2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phase 2</source>
            <translation>Fase 2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phase 2/3</source>
            <translation>Fase 2/3</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phase 3</source>
            <translation>Fase 3</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phase 4</source>
            <translation>Fase 4</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not applicable</source>
            <translation>No aplicable</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Give the trial's title or a short name.</source>
            <translation>Escriba el título del ensayo o un nombre corto.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A ClinicalTrials.gov number is NCT followed by eight digits, like NCT01234567.</source>
            <translation>Un número de ClinicalTrials.gov es NCT seguido de ocho cifras, como NCT01234567.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Choose a status.</source>
            <translation>Elija un estado.</translation>
        </message>
    </context>
    <context>
        <name>trials_page</name>
        <message>
            <location filename="../ui/preparing/trials_page.py" line="+51" />
            <source>Questions about this trial</source>
            <translation>Preguntas sobre este ensayo</translation>
        </message>
        <message>
            <location line="+4" />
            <source>New question about this trial</source>
            <translation>Nueva pregunta sobre este ensayo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>e.g. How often would I need to travel to the site?</source>
            <translation>p. ej., ¿cada cuánto tendría que ir al centro?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Add &amp;question</source>
            <translation>Añadir pre&amp;gunta</translation>
        </message>
        <message>
            <location line="+10" />
            <source>&lt;b&gt;Questions about this trial&lt;/b&gt; (also on the Questions tab)</source>
            <translation>&lt;b&gt;Preguntas sobre este ensayo&lt;/b&gt; (también en la pestaña Preguntas)</translation>
        </message>
        <message>
            <location line="+54" />
            <source>&amp;Registry number</source>
            <translation>Número de &amp;registro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. NCT01234567</source>
            <translation>p. ej., NCT01234567</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The trial's number in a registry: at ClinicalTrials.gov, NCT and eight digits.</source>
            <translation>El número del ensayo en un registro: en ClinicalTrials.gov, NCT y ocho cifras.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>T&amp;itle</source>
            <translation>&amp;Título</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Its title or a short name</source>
            <translation>Su título o un nombre corto</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Phase</source>
            <translation>&amp;Fase</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Stat&amp;us</source>
            <translation>E&amp;stado</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Site</source>
            <translation>&amp;Centro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hospital or research centre</source>
            <translation>Hospital o centro de investigación</translation>
        </message>
        <message>
            <location line="+4" />
            <source>C&amp;ontact</source>
            <translation>C&amp;ontacto</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Research nurse, phone, email</source>
            <translation>Enfermera de investigación, teléfono, correo electrónico</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Eli&amp;gibility notes</source>
            <translation>Notas sobre quién puede &amp;participar</translation>
        </message>
        <message>
            <location line="+4" />
            <source>trial</source>
            <translation>ensayo clínico</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Trials you have heard of or found on a registry such as ClinicalTrials.gov. Ask the doctors whether you might be eligible.</source>
            <translation>Ensayos de los que ha oído hablar o que ha encontrado en un registro como ClinicalTrials.gov. Pregunte a los médicos si podría participar.</translation>
        </message>
    </context>
    <context>
        <name>unlock_page</name>
        <message>
            <location filename="../ui/vault/unlock_page.py" line="+73" />
            <source>SecondOp is locked</source>
            <translation>SecondOp está bloqueado</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Enter your passphrase to open your vault.</source>
            <translation>Escriba su frase de contraseña para abrir su caja fuerte.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Passphrase</source>
            <translation>&amp;Frase de contraseña</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Use this computer's &amp;keychain</source>
            <translation>Usar el &amp;llavero de este ordenador</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../vault/recovery_kit.py" line="-37" />
            <source>&amp;Forgot passphrase?</source>
            <translation>¿&amp;Olvidó su frase de contraseña?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;Unlock</source>
            <translation>&amp;Desbloquear</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Restore the latest backup…</source>
            <translation>&amp;Restaurar la última copia de seguridad…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Open with my recovery &amp;key…</source>
            <translation>Abrir con mi &amp;clave de recuperación…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Save what can still be read…</source>
            <translation>&amp;Guardar lo que aún se puede leer…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Copies every record and case that can still be read to a folder you choose; the vault itself is not changed</source>
            <translation>Copia en la carpeta que usted elija cada documento y cada caso que aún se puedan leer; la caja fuerte en sí no se modifica</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Reset your passphrase</source>
            <translation>Restablecer su frase de contraseña</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Type the recovery key from your recovery kit (spaces and dashes do not matter), then choose a new passphrase. Your records stay exactly as they are.</source>
            <translation>Escriba la clave de recuperación de su kit de recuperación (los espacios y los guiones no importan) y elija una frase de contraseña nueva. Sus documentos se quedan exactamente como están.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>&amp;Recovery key</source>
            <translation>&amp;Clave de recuperación</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Recovery key</source>
            <translation>Clave de recuperación</translation>
        </message>
        <message>
            <location line="+8" />
            <source>&amp;Back</source>
            <translation>A&amp;trás</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Set new &amp;passphrase</source>
            <translation>Establecer la &amp;nueva frase de contraseña</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Type your passphrase first.</source>
            <translation>Escriba primero su frase de contraseña.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Unlocking</source>
            <translation>Desbloqueando</translation>
        </message>
        <message>
            <location line="+18" />
            <source>This computer's keychain did not have the key. Enter your passphrase.</source>
            <translation>El llavero de este ordenador no tenía la clave. Escriba su frase de contraseña.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>{problem} This vault was just restored from a backup: it opens with the passphrase it had when that backup was made.</source>
            <translation>{problem} Esta caja fuerte se acaba de restaurar desde una copia de seguridad: se abre con la frase de contraseña que tenía cuando se hizo esa copia.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>The vault could not be opened.</source>
            <translation>No se pudo abrir la caja fuerte.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>&amp;Restore the latest backup ({date})…</source>
            <translation>&amp;Restaurar la última copia de seguridad ({date})…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Save what can still be read</source>
            <translation>Guardar lo que aún se puede leer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your vault's passphrase: the records are read with it, the vault is not changed.</source>
            <translation>La frase de contraseña de su caja fuerte: con ella se leen los documentos; la caja fuerte no se modifica.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Save what can still be read to</source>
            <translation>Guardar lo que aún se puede leer en</translation>
        </message>
        <message>
            <location line="+7" />
            <source>SecondOp salvaged records</source>
            <translation>Documentos rescatados de SecondOp</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Saving what can still be read</source>
            <translation>Guardando lo que aún se puede leer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Saved</source>
            <translation>Guardado</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Nothing could be saved</source>
            <translation>No se pudo guardar nada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The vault could not be read.</source>
            <translation>No se pudo leer la caja fuerte.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Setting your new passphrase</source>
            <translation>Estableciendo su nueva frase de contraseña</translation>
        </message>
        <message>
            <location line="+27" />
            <source>The passphrase could not be reset.</source>
            <translation>No se pudo restablecer la frase de contraseña.</translation>
        </message>
    </context>
    <context>
        <name>vault</name>
        <message>
            <location filename="../store/vault.py" line="+60" />
            <source>The vault's key header (vault.header) is missing. Open the vault with your recovery key to write a new one; your data is safe.</source>
            <translation>Falta la cabecera de la clave de la caja fuerte (vault.header). Abra la caja fuerte con su clave de recuperación para escribir una nueva; sus datos están a salvo.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>There is no SecondOp vault in {folder}.</source>
            <translation>No hay ninguna caja fuerte de SecondOp en {folder}.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>{name} is empty or truncated: the vault is damaged.</source>
            <translation>{name} está vacío o cortado: la caja fuerte está dañada.</translation>
        </message>
        <message>
            <location line="+59" />
            <source>A vault already exists in {folder}.</source>
            <translation>Ya existe una caja fuerte en {folder}.</translation>
        </message>
        <message>
            <location line="+113" />
            <source>The key remembered on this computer no longer opens this vault. Enter your passphrase.</source>
            <translation>La clave recordada en este ordenador ya no abre esta caja fuerte. Escriba su frase de contraseña.</translation>
        </message>
        <message>
            <location line="+101" />
            <location line="+18" />
            <location line="+5" />
            <location line="+10" />
            <source>The vault is locked.</source>
            <translation>La caja fuerte está bloqueada.</translation>
        </message>
        <message>
            <location line="+120" />
            <source>The new key header does not belong to this vault.</source>
            <translation>La nueva cabecera de la clave no pertenece a esta caja fuerte.</translation>
        </message>
        <message>
            <location line="+44" />
            <source>The backup copy failed its integrity check: {problem}</source>
            <translation>La copia de seguridad no superó la comprobación de integridad: {problem}</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The vault is damaged: some of its pages fail their integrity check. Nothing was changed; restore it from a backup.</source>
            <translation>La caja fuerte está dañada: algunas de sus páginas no superan la comprobación de integridad. No se ha cambiado nada; restáurela desde una copia de seguridad.</translation>
        </message>
        <message>
            <location line="+17" />
            <source>This vault was written by a newer version of SecondOp; update the app to open it.</source>
            <translation>Esta caja fuerte se guardó con una versión más reciente de SecondOp; actualice la aplicación para abrirla.</translation>
        </message>
        <message>
            <location line="+49" />
            <source>The vault's database (vault.db) is missing from {folder}. Restore it from a backup.</source>
            <translation>Falta la base de datos de la caja fuerte (vault.db) en {folder}. Restáurela desde una copia de seguridad.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>The vault's latest changes (the vault.db-wal file) are damaged. Nothing was changed; restore the vault from a backup.</source>
            <translation>Los últimos cambios de la caja fuerte (el archivo vault.db-wal) están dañados. No se ha cambiado nada; restaure la caja fuerte desde una copia de seguridad.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The vault cannot be opened because the disk holding it is full. Nothing is damaged: free some space on that disk, then try again.</source>
            <translation>No se puede abrir la caja fuerte porque el disco donde está se ha llenado. No hay nada dañado: libere algo de espacio en ese disco y vuelva a intentarlo.</translation>
        </message>
    </context>
    <context>
        <name>welcome_page</name>
        <message>
            <location filename="../ui/vault/welcome_page.py" line="+46" />
            <source>Creating your encrypted vault…</source>
            <translation>Creando su caja fuerte cifrada…</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Welcome to SecondOp</source>
            <translation>Le damos la bienvenida a SecondOp</translation>
        </message>
        <message>
            <location line="+3" />
            <source>SecondOp helps you gather records, write down what each doctor said, prepare your questions, and send one clear packet to the doctor giving a second opinion.</source>
            <translation>SecondOp le ayuda a reunir documentos, anotar lo que dijo cada médico, preparar sus preguntas y enviar un paquete claro al médico que da la segunda opinión.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Everything stays on this computer, in one encrypted vault that only your passphrase (or your recovery key) can open. There is no account and nothing is sent anywhere.</source>
            <translation>Todo se queda en este ordenador, en una caja fuerte cifrada que solo su frase de contraseña (o su clave de recuperación) puede abrir. No hay cuenta y no se envía nada a ningún sitio.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Your vault will be kept in:
{folder}</source>
            <translation>Su caja fuerte se guardará en:
{folder}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>&amp;Create my vault</source>
            <translation>&amp;Crear mi caja fuerte</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Choose a passphrase</source>
            <translation>Elija una frase de contraseña</translation>
        </message>
        <message>
            <location line="+3" />
            <source>You will type it each time you open SecondOp. A short sentence of unrelated words is easy to remember and hard to guess. Next you will get a recovery key in case you forget it.</source>
            <translation>La escribirá cada vez que abra SecondOp. Una frase corta de palabras sin relación entre sí es fácil de recordar y difícil de adivinar. Después recibirá una clave de recuperación por si la olvida.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Re&amp;member on this computer (unlock without typing it)</source>
            <translation>Recordarla en este &amp;ordenador (desbloquear sin escribirla)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{reason} You will type your passphrase each time.</source>
            <translation>{reason} Escribirá su frase de contraseña cada vez.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>&amp;Back</source>
            <translation>A&amp;trás</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Create &amp;vault</source>
            <translation>Crear la &amp;caja fuerte</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Your recovery key</source>
            <translation>Su clave de recuperación</translation>
        </message>
        <message>
            <location line="+3" />
            <source>If you ever forget your passphrase, this key is the only way back in. It is shown only now. Write it on paper or save the recovery kit and print it, then keep it somewhere safe, away from this computer.</source>
            <translation>Si alguna vez olvida su frase de contraseña, esta clave es la única forma de volver a entrar. Solo se muestra ahora. Anótela en papel o guarde el kit de recuperación e imprímalo; después, guárdela en un lugar seguro, lejos de este ordenador.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Check your recovery key</source>
            <translation>Compruebe su clave de recuperación</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Show the key &amp;again</source>
            <translation>Ver la clave &amp;otra vez</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Continue</source>
            <translation>&amp;Continuar</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Your first case</source>
            <translation>Su primer caso</translation>
        </message>
        <message>
            <location line="+3" />
            <source>A case gathers everything about one patient's second opinion. If you look after several people, you can add a case for each later.</source>
            <translation>Un caso reúne todo lo relativo a la segunda opinión de un paciente. Si cuida de varias personas, más adelante puede añadir un caso para cada una.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>S&amp;kip for now</source>
            <translation>&amp;Omitir por ahora</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Create &amp;case</source>
            <translation>Crear el &amp;caso</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Creating your vault</source>
            <translation>Creando su caja fuerte</translation>
        </message>
        <message>
            <location line="+14" />
            <source>The vault could not be written in {folder}: {reason}.</source>
            <translation>No se pudo crear la caja fuerte en {folder}: {reason}.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Something went wrong creating the vault.</source>
            <translation>Algo ha fallado al crear la caja fuerte.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Keychain</source>
            <translation>Llavero</translation>
        </message>
        <message>
            <location line="+22" />
            <source>To be sure it is written correctly, type two of its groups from your copy (not from the screen).</source>
            <translation>Para asegurarse de que la ha anotado bien, escriba dos de sus grupos mirando su copia (no la pantalla).</translation>
        </message>
        <message>
            <location line="+26" />
            <source>The key header could not be written: {reason}.</source>
            <translation>No se pudo escribir la cabecera de la clave: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>widgets</name>
        <message>
            <location filename="../ui/common/widgets.py" line="+66" />
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Passphrase strength</source>
            <translation>Solidez de la frase de contraseña</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Use four or more unrelated words, for example a short sentence only you know.</source>
            <translation>Use cuatro o más palabras sin relación entre sí, por ejemplo una frase corta que solo usted conozca.</translation>
        </message>
        <message>
            <location line="+20" />
            <source>New passphrase</source>
            <translation>Nueva frase de contraseña</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Repeat the passphrase</source>
            <translation>Repita la frase de contraseña</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&amp;Passphrase</source>
            <translation>&amp;Frase de contraseña</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&amp;Repeat it</source>
            <translation>&amp;Repítala</translation>
        </message>
        <message>
            <location line="+25" />
            <source>The two passphrases are not the same yet.</source>
            <translation>Las dos frases de contraseña todavía no coinciden.</translation>
        </message>
    </context>
</TS>
