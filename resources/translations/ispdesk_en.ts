<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="es_MX">
<context>
    <name>AdminMenu</name>
    <message>
        <source>A&amp;dministración</source>
        <translation>A&amp;dministration</translation>
    </message>
    <message>
        <source>&amp;Configuración…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Usuarios…</source>
        <translation>&amp;Users…</translation>
    </message>
</context>
<context>
    <name>AffectedModel</name>
    <message>
        <source>Número</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Teléfonos</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>Reportó</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Horas</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Compensación</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Precio</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Torre</source>
        <translation>Tower</translation>
    </message>
    <message>
        <source>Domicilio</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>{0} proporcional + {1} de bonificación</source>
        <translation>{0} proportional + {1} bonus</translation>
    </message>
    <message>
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>AreasSection</name>
    <message>
        <source>Áreas y tipos</source>
        <translation>Teams and kinds</translation>
    </message>
    <message>
        <source>Cada área tiene su bandeja; cada tipo de reporte nuevo va al área que se elija aquí (los reportes ya levantados se quedan donde están).</source>
        <translation>Each team has its inbox; each new report of a kind goes to the team chosen here (reports already filed stay where they are).</translation>
    </message>
    <message>
        <source>Áreas</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Área</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Recibe</source>
        <translation>Receives</translation>
    </message>
    <message>
        <source>Nueva área…</source>
        <translation>New team…</translation>
    </message>
    <message>
        <source>Cambiar nombre…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Desactivar</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>A qué área va cada tipo</source>
        <translation>Which team each kind goes to</translation>
    </message>
    <message>
        <source>Guardar áreas de los tipos</source>
        <translation>Save the kinds&apos; teams</translation>
    </message>
    <message>
        <source>Activa</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Desactivada</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Activar</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>Nueva área</source>
        <translation>New team</translation>
    </message>
    <message>
        <source>Nombre del área:</source>
        <translation>Team name:</translation>
    </message>
    <message>
        <source>Área agregada.</source>
        <translation>Team added.</translation>
    </message>
    <message>
        <source>Cambiar nombre</source>
        <translation>Rename</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Verificar el historial</source>
        <translation>Verify the history</translation>
    </message>
    <message>
        <source>Cada evento de los reportes y de la bitácora lleva un sello encadenado al anterior, y la base de datos rechaza reescribirlos. Aquí se recorren todos los sellos: si alguien cambió o borró algo directamente en la base de datos (con las protecciones quitadas), se dice dónde.</source>
        <translation>Every event of the reports and of the audit log carries a seal chained to the previous one, and the database refuses to rewrite them. This walks every seal: if someone changed or deleted something directly in the database (with its protections removed), it says where.</translation>
    </message>
    <message>
        <source>opcional; p. ej. 1234:3f2a9c1b4d5e6f70</source>
        <translation>optional; e.g. 1234:3f2a9c1b4d5e6f70</translation>
    </message>
    <message>
        <source>El sello impreso en un resumen mensual (o el de «ispdesk audit seal»): se comprueba además que nada anterior a él cambió.</source>
        <translation>The seal printed on a monthly summary (or given by «ispdesk audit seal»): also checks that nothing before it changed.</translation>
    </message>
    <message>
        <source>Sello &amp;guardado:</source>
        <translation>Kept &amp;seal:</translation>
    </message>
    <message>
        <source>&amp;Verificar de nuevo</source>
        <translation>&amp;Verify again</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Revisando los sellos…</source>
        <translation>Checking the seals…</translation>
    </message>
    <message>
        <source>Revisando los sellos: %1 eventos…</source>
        <translation>Checking the seals: %1 events…</translation>
    </message>
    <message>
        <source>%1 eventos de %2 reportes y %3 registros de la bitácora, revisados en %4 s.</source>
        <translation>%1 events of %2 reports and %3 audit log entries, checked in %4 s.</translation>
    </message>
    <message>
        <source>Íntegro: nada se cambió ni se borró.</source>
        <translation>Whole: nothing was changed or deleted.</translation>
    </message>
    <message>
        <source>El sello guardado coincide: nada anterior a él cambió.</source>
        <translation>The kept seal matches: nothing before it changed.</translation>
    </message>
    <message>
        <source>Último sello: %1 (cada respaldo toma uno; el resumen mensual lo imprime).</source>
        <translation>Latest seal: %1 (every backup takes one; the monthly summary prints it).</translation>
    </message>
    <message>
        <source>Folio %1: </source>
        <translation>Folio %1: </translation>
    </message>
    <message>
        <source>Historial alterado. </source>
        <translation>History altered. </translation>
    </message>
    <message>
        <source>Faltan o están desactivadas protecciones de la base de datos (%1): alguien con acceso directo a la base las quitó.</source>
        <translation>Database protections are missing or disabled (%1): someone with direct access to the database removed them.</translation>
    </message>
    <message>
        <source>Guarde este aviso y compare con el respaldo más reciente.</source>
        <translation>Keep this notice and compare with the latest backup.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Elegir el respaldo que se restaurará</source>
        <translation>Choose the backup to restore</translation>
    </message>
    <message>
        <source>Respaldos de ispdesk (*.db *.dump *.bak);;Todos los archivos (*)</source>
        <translation>ispdesk backups (*.db *.dump *.bak);;All files (*)</translation>
    </message>
    <message>
        <source>Restauración terminada</source>
        <translation>Restore finished</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Automático</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Antes de restaurar</source>
        <translation>Before restoring</translation>
    </message>
    <message>
        <source>Respaldos</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Base de datos: {0}
Carpeta de respaldos: {1}</source>
        <translation>Database: {0}
Backups folder: {1}</translation>
    </message>
    <message>
        <source>Abrir la &amp;carpeta</source>
        <translation>Open the &amp;folder</translation>
    </message>
    <message>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Tamaño</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Archivo</source>
        <translation>File</translation>
    </message>
    <message>
        <source> respaldos</source>
        <translation> backups</translation>
    </message>
    <message>
        <source>Al abrir ispdesk se hace un respaldo automático si el último tiene más de un día. Los archivos adjuntos de los reportes (carpeta «adjuntos») no van dentro del respaldo: cópielos aparte. Guarde de vez en cuando una copia fuera de esta PC (una memoria USB o la nube).</source>
        <translation>When ispdesk opens it makes an automatic backup if the last one is more than a day old. The reports&apos; attachments («adjuntos» folder) are not inside the backup: copy them separately. Now and then keep a copy outside this PC (a USB stick or the cloud).</translation>
    </message>
    <message>
        <source>&amp;Respaldar ahora</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>Re&amp;staurar el seleccionado…</source>
        <translation>Re&amp;store the selected one…</translation>
    </message>
    <message>
        <source>Restaurar &amp;otro archivo…</source>
        <translation>Restore &amp;another file…</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Conservar los últimos</source>
        <translation>Keep the last</translation>
    </message>
    <message>
        <source>(los más viejos se borran después de cada respaldo)</source>
        <translation>(the oldest are deleted after each backup)</translation>
    </message>
    <message>
        <source>Se conservarán los últimos {0} respaldos.</source>
        <translation>The last {0} backups will be kept.</translation>
    </message>
    <message>
        <source>Respaldo guardado y revisado: {0} ({1}).</source>
        <translation>Backup saved and checked: {0} ({1}).</translation>
    </message>
    <message>
        <source>Respaldando… (se puede seguir trabajando en las demás PC)</source>
        <translation>Backing up… (the other PCs can keep working)</translation>
    </message>
    <message>
        <source>Revisando el respaldo…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <source>El respaldo está completo: {0}.</source>
        <translation>The backup is complete: {0}.</translation>
    </message>
    <message>
        <source>Antes de restaurar se guarda una copia de los datos actuales en la carpeta de respaldos.</source>
        <translation>Before restoring, a copy of the current data is saved in the backups folder.</translation>
    </message>
    <message>
        <source>Hay otras {0} computadoras conectadas a esta base de datos: pida que cierren ispdesk antes de continuar y que lo vuelvan a abrir al terminar.</source>
        <translation>{0} other computers are connected to this database: ask them to close ispdesk before going on and to open it again when done.</translation>
    </message>
    <message>
        <source>Las demás PC que tengan ispdesk abierto deben cerrarlo antes de continuar y volver a abrirlo al terminar: seguirían mostrando pantallas con los datos de antes.</source>
        <translation>Other PCs with ispdesk open must close it before going on and open it again when done: they would keep showing screens with the old data.</translation>
    </message>
    <message>
        <source>Al terminar, ispdesk se cerrará en esta PC para que vuelva a entrar.</source>
        <translation>When done, ispdesk will close on this PC so you sign in again.</translation>
    </message>
    <message>
        <source>¿Reemplazar todos los datos actuales por los del respaldo {0}?</source>
        <translation>Replace all the current data with the data of backup {0}?</translation>
    </message>
    <message>
        <source>Restaurar un respaldo</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Reemplazar los datos</source>
        <translation>Replace the data</translation>
    </message>
    <message>
        <source>No se restauró nada.</source>
        <translation>Nothing was restored.</translation>
    </message>
    <message>
        <source>Se restauró {0}.</source>
        <translation>{0} was restored.</translation>
    </message>
    <message>
        <source>Los datos de antes quedaron en {0}.</source>
        <translation>The previous data was kept in {0}.</translation>
    </message>
    <message>
        <source>ispdesk se cerrará; vuelva a abrirlo.</source>
        <translation>ispdesk will close; open it again.</translation>
    </message>
    <message>
        <source>Restaurando… no apague la PC.</source>
        <translation>Restoring… do not turn off the PC.</translation>
    </message>
    <message>
        <source>Respaldo automático guardado: {0}</source>
        <translation>Automatic backup saved: {0}</translation>
    </message>
    <message>
        <source>No se pudo hacer el respaldo automático: {0}</source>
        <translation>The automatic backup could not be made: {0}</translation>
    </message>
</context>
<context>
    <name>BoardColumn</name>
    <message>
        <source>Oprima {0} con un reporte seleccionado para pasárselo a esta columna.</source>
        <translation>Press {0} with a report selected to hand it to this column.</translation>
    </message>
    <message>
        <source>✔ Cubre la zona {0}</source>
        <translation>✔ Covers the {0} area</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <source>Cliente</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Zona / torre</source>
        <translation>Area / tower</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Plazo</source>
        <translation>Deadline</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Columnas</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Tabla agrupada</source>
        <translation>Grouped table</translation>
    </message>
    <message>
        <source>Una columna por persona, lado a lado: para arrastrar reportes</source>
        <translation>One column per person, side by side: to drag reports</translation>
    </message>
    <message>
        <source>Una sola tabla con todos los datos, agrupada por persona</source>
        <translation>One table with every field, grouped by person</translation>
    </message>
    <message>
        <source>Ver:</source>
        <translation>View:</translation>
    </message>
    <message>
        <source>Asignar… (A)</source>
        <translation>Assign… (A)</translation>
    </message>
    <message>
        <source>Elegir a quién, con sugerencias por zona y carga</source>
        <translation>Choose who, with suggestions by area and load</translation>
    </message>
    <message>
        <source>Turnar a otra área… (T)</source>
        <translation>Hand over to another team… (T)</translation>
    </message>
    <message>
        <source>Abrir (Enter)</source>
        <translation>Open (Enter)</translation>
    </message>
    <message>
        <source>1–9: pasar el reporte a la persona con ese número
0: dejarlo sin asignar
A: asignar con sugerencias (zona y carga)
T: turnar a otra área
Enter o doble clic: abrirlo
← →: cambiar de columna
Mayús o Ctrl + clic: varios reportes a la vez</source>
        <translation>1–9: hand the report to the person with that number
0: leave it unassigned
A: assign with suggestions (area and load)
T: hand over to another team
Enter or double-click: open it
← →: change column
Shift or Ctrl + click: several reports at once</translation>
    </message>
    <message>
        <source>No se pudo leer el tablero; se intentará de nuevo.</source>
        <translation>The board could not be read; it will be tried again.</translation>
    </message>
    <message>
        <source>Técnicos</source>
        <translation>Technicians</translation>
    </message>
    <message>
        <source>Reportes activos de {0}</source>
        <translation>Active reports of {0}</translation>
    </message>
    <message>
        <source>Los reportes técnicos y los técnicos</source>
        <translation>Technical reports and the technicians</translation>
    </message>
    <message>
        <source>Ctrl+AvPág / Ctrl+RePág: la siguiente o la anterior</source>
        <translation>Ctrl+PgDown / Ctrl+PgUp: next or previous</translation>
    </message>
    <message>
        <source>Para asignar, arrastre el reporte a una columna u oprima el número de la columna (0: sin asignar).</source>
        <translation>To assign, drag the report to a column or press the column&apos;s number (0: unassigned).</translation>
    </message>
    <message>
        <source>Para asignar, arrastre el reporte a otro grupo u oprima el número del grupo (0: sin asignar).</source>
        <translation>To assign, drag the report to another group or press the group&apos;s number (0: unassigned).</translation>
    </message>
    <message>
        <source>Sin asignar</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>1 abierto</source>
        <translation>1 open</translation>
    </message>
    <message>
        <source>{0} abiertos</source>
        <translation>{0} open</translation>
    </message>
    <message>
        <source>1 vencido</source>
        <translation>1 overdue</translation>
    </message>
    <message>
        <source>{0} vencidos</source>
        <translation>{0} overdue</translation>
    </message>
    <message>
        <source>Nadie los tiene aún</source>
        <translation>Nobody has them yet</translation>
    </message>
    <message>
        <source>No recibe reportes de esta área</source>
        <translation>Takes no reports of this team</translation>
    </message>
    <message>
        <source>sin zonas</source>
        <translation>no areas</translation>
    </message>
    <message>
        <source>{0} en total</source>
        <translation>{0} in all</translation>
    </message>
    <message>
        <source>Abrir el reporte	Enter</source>
        <translation>Open the report	Enter</translation>
    </message>
    <message>
        <source>Pasar a</source>
        <translation>Hand to</translation>
    </message>
    <message>
        <source> (cubre la zona)</source>
        <translation> (covers the area)</translation>
    </message>
    <message>
        <source>Dejar sin asignar	0</source>
        <translation>Leave unassigned	0</translation>
    </message>
    <message>
        <source>Asignar con sugerencias…	A</source>
        <translation>Assign with suggestions…	A</translation>
    </message>
    <message>
        <source>Turnar a otra área…	T</source>
        <translation>Hand over to another team…	T</translation>
    </message>
    <message>
        <source>Seleccione primero un reporte.</source>
        <translation>Select a report first.</translation>
    </message>
    <message>
        <source>No hay columna {0}.</source>
        <translation>There is no column {0}.</translation>
    </message>
    <message>
        <source>{0} quedó sin asignar.</source>
        <translation>{0} is now unassigned.</translation>
    </message>
    <message>
        <source>{0} asignado a {1}.</source>
        <translation>{0} assigned to {1}.</translation>
    </message>
    <message>
        <source>{0} reportes quedaron sin asignar.</source>
        <translation>{0} reports are now unassigned.</translation>
    </message>
    <message>
        <source>{0} reportes asignados a {1}.</source>
        <translation>{0} reports assigned to {1}.</translation>
    </message>
    <message>
        <source>{0} turnado: ya no está en esta bandeja.</source>
        <translation>{0} handed over: no longer in this inbox.</translation>
    </message>
    <message>
        <source>{0}: guardado.</source>
        <translation>{0}: saved.</translation>
    </message>
</context>
<context>
    <name>CausesSection</name>
    <message>
        <source>Causas</source>
        <translation>Causes</translation>
    </message>
    <message>
        <source>La lista de la que el técnico elige al resolver. Una causa interna es del proveedor (cuenta para la compensación); una externa, ajena a él. Una causa usada no se borra: se desactiva.</source>
        <translation>The list technicians choose from when resolving. An internal cause is the provider&apos;s (it counts for compensation); an external one is outside its control. A cause in use is not deleted: it is deactivated.</translation>
    </message>
    <message>
        <source>Causa</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Causa nueva, p. ej. Antena desalineada por viento</source>
        <translation>New cause, e.g. Antenna knocked out of alignment by wind</translation>
    </message>
    <message>
        <source>Agregar</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Cambiar nombre…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Desactivar</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Activa</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Desactivada</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Activar</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>Causa agregada.</source>
        <translation>Cause added.</translation>
    </message>
    <message>
        <source>Cambiar nombre</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Causa:</source>
        <translation>Cause:</translation>
    </message>
</context>
<context>
    <name>CompensationSection</name>
    <message>
        <source>Compensación</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <source>Cuando una falla es por causa del proveedor, al cliente se le descuenta la parte proporcional del periodo sin servicio más una bonificación. La Carta de Derechos Mínimos pide al menos el 20 %.</source>
        <translation>When a fault is the provider&apos;s, the customer is credited the proportional part of the period without service plus a bonus. The Carta de Derechos Mínimos asks for at least 20 %.</translation>
    </message>
    <message>
        <source> horas</source>
        <translation> hours</translation>
    </message>
    <message>
        <source>&amp;Bonificación sobre el monto proporcional:</source>
        <translation>&amp;Bonus over the proportional amount:</translation>
    </message>
    <message>
        <source>Compensar fallas &amp;desde:</source>
        <translation>Compensate outages &amp;from:</translation>
    </message>
    <message>
        <source>0 horas: toda falla por causa del proveedor se compensa. Subirlo es decisión de la oficina ante PROFECO.</source>
        <translation>0 hours: every outage caused by the provider is compensated. Raising it is the office&apos;s decision before PROFECO.</translation>
    </message>
    <message>
        <source>Guardar compensación</source>
        <translation>Save compensation</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Error inesperado</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Ocurrió un error inesperado</source>
        <translation>An unexpected error occurred</translation>
    </message>
    <message>
        <source>Lo que ya estaba guardado no se perdió. Se guardó un informe del error en:
{0}
Envíelo a soporte técnico.</source>
        <translation>Nothing that was already saved has been lost. An error report was saved in:
{0}
Send it to technical support.</translation>
    </message>
    <message>
        <source>Lo que ya estaba guardado no se perdió.</source>
        <translation>Nothing that was already saved has been lost.</translation>
    </message>
    <message>
        <source>No se pudo completar</source>
        <translation>Could not complete</translation>
    </message>
    <message>
        <source>Problema con la base de datos</source>
        <translation>Database problem</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <source>Nuevo reporte</source>
        <translation>New report</translation>
    </message>
    <message>
        <source>Levantar un reporte para este cliente (Ctrl+N)</source>
        <translation>Open a report for this customer (Ctrl+N)</translation>
    </message>
    <message>
        <source>Datos personales…</source>
        <translation>Personal data…</translation>
    </message>
    <message>
        <source>Copia de sus datos, oposición y anonimización (derechos ARCO)</source>
        <translation>Copy of their data, opposition and anonymisation (ARCO rights)</translation>
    </message>
    <message>
        <source>Guardar cambios</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Descartar</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Reportes</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Doble clic o Enter abre el reporte.</source>
        <translation>Double-click or Enter opens the report.</translation>
    </message>
    <message>
        <source>Cliente {0}</source>
        <translation>Customer {0}</translation>
    </message>
    <message>
        <source>Datos personales anonimizados el {0}: sus reportes se conservan sin datos personales. Si vuelve a contratar, dé de alta un cliente nuevo.</source>
        <translation>Personal data anonymised on {0}: their reports are kept without personal data. If they sign up again, add a new customer.</translation>
    </message>
    <message>
        <source>Se opone al uso de sus datos para fines distintos del servicio: no le ofrezca promociones ni encuestas.</source>
        <translation>Objects to uses of their data beyond the service: do not offer them promotions or surveys.</translation>
    </message>
    <message>
        <source>Este cliente tiene {0} fallas en los últimos 30 días</source>
        <translation>This customer has had {0} faults in the last 30 days</translation>
    </message>
    <message>
        <source>Reportes ({0} abiertos de {1})</source>
        <translation>Reports ({0} open of {1})</translation>
    </message>
    <message>
        <source>Cambios guardados.</source>
        <translation>Changes saved.</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>Datos generales</source>
        <translation>General details</translation>
    </message>
    <message>
        <source>&amp;Número de cliente:</source>
        <translation>Customer &amp;number:</translation>
    </message>
    <message>
        <source>N&amp;ombre:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>&amp;Teléfonos:</source>
        <translation>&amp;Phones:</translation>
    </message>
    <message>
        <source>separe varios con coma</source>
        <translation>separate several with commas</translation>
    </message>
    <message>
        <source>&amp;Correo electrónico:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>E&amp;stado del cliente:</source>
        <translation>Customer &amp;status:</translation>
    </message>
    <message>
        <source>No&amp;tas:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Domicilio del servicio</source>
        <translation>Service address</translation>
    </message>
    <message>
        <source>&amp;Calle y número:</source>
        <translation>St&amp;reet and number:</translation>
    </message>
    <message>
        <source>Co&amp;lonia:</source>
        <translation>Neighbour&amp;hood:</translation>
    </message>
    <message>
        <source>&amp;Municipio:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>&amp;Estado:</source>
        <translation>S&amp;tate:</translation>
    </message>
    <message>
        <source>Código &amp;postal:</source>
        <translation>Postal &amp;code:</translation>
    </message>
    <message>
        <source>&amp;Referencias:</source>
        <translation>&amp;Directions:</translation>
    </message>
    <message>
        <source>cómo llegar: entre calles, color de la casa…</source>
        <translation>how to get there: cross streets, colour of the house…</translation>
    </message>
    <message>
        <source>Servicio</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>&amp;Zona:</source>
        <translation>&amp;Zone:</translation>
    </message>
    <message>
        <source>Torre o &amp;nodo:</source>
        <translation>To&amp;wer or node:</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>P&amp;lan:</translation>
    </message>
    <message>
        <source>Prec&amp;io mensual:</source>
        <translation>Monthly pr&amp;ice:</translation>
    </message>
    <message>
        <source>399.00</source>
        <translation>399.00</translation>
    </message>
    <message>
        <source>&amp;Día de corte:</source>
        <translation>&amp;Billing cut-off day:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <source>&amp;Nuevo cliente…</source>
        <translation>&amp;New customer…</translation>
    </message>
    <message>
        <source>Dar de alta al cliente que no se encontró y seguir con el reporte</source>
        <translation>Add the customer that was not found and go on with the report</translation>
    </message>
    <message>
        <source>Sin teléfono</source>
        <translation>No phone</translation>
    </message>
    <message>
        <source>Cliente {0}.</source>
        <translation>Customer {0}.</translation>
    </message>
    <message>
        <source>Tiene {0} reporte(s) abierto(s).</source>
        <translation>Has {0} open report(s).</translation>
    </message>
    <message>
        <source>Falla masiva conocida en su zona: «{0}», desde el {1}. Dígale al cliente que ya se está atendiendo; su reporte de falla quedará vinculado.</source>
        <translation>Known mass outage in this area: «{0}», since {1}. Tell the customer it is already being worked on; their fault report will be linked to it.</translation>
    </message>
    <message>
        <source> (hay más: escriba más datos)</source>
        <translation> (there are more: type more details)</translation>
    </message>
    <message>
        <source>Enter elige el cliente marcado; ↑ ↓ para moverse.</source>
        <translation>Enter picks the highlighted customer; ↑ ↓ to move.</translation>
    </message>
    <message>
        <source>Ningún cliente coincide con «{0}».</source>
        <translation>No customer matches «{0}».</translation>
    </message>
    <message>
        <source>Escriba el número de cliente.</source>
        <translation>Type the customer number.</translation>
    </message>
</context>
<context>
    <name>CustomerReportsModel</name>
    <message>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Levantado</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Compromiso</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Tiempo</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>en espera del cliente</source>
        <translation>waiting for the customer</translation>
    </message>
</context>
<context>
    <name>CustomerSearchModel</name>
    <message>
        <source>Número</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Teléfonos</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>Domicilio</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Zona</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Reportes abiertos</source>
        <translation>Open reports</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Indicadores</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>&amp;Resumen mensual…</source>
        <translation>&amp;Monthly summary…</translation>
    </message>
    <message>
        <source>El PDF y la hoja de cálculo de un mes: totales, plazos cumplidos, técnicos, causas, fallas repetidas e incidentes</source>
        <translation>A month&apos;s PDF and spreadsheet: totals, terms met, technicians, causes, repeated faults and incidents</translation>
    </message>
    <message>
        <source>Reportes abiertos</source>
        <translation>Open reports</translation>
    </message>
    <message>
        <source>Vencidos</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Vencen hoy</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>Sin asignar</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Incidentes activos</source>
        <translation>Active incidents</translation>
    </message>
    <message>
        <source>Reportes recibidos</source>
        <translation>Reports received</translation>
    </message>
    <message>
        <source>Este mes</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Mes anterior</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <source>Carga por técnico (reportes abiertos)</source>
        <translation>Load per technician (open reports)</translation>
    </message>
    <message>
        <source>No hay técnicos activos.</source>
        <translation>There are no active technicians.</translation>
    </message>
    <message>
        <source>Enter o clic en una cifra: la lista de sus reportes.</source>
        <translation>Enter or click on a figure: the list of its reports.</translation>
    </message>
    <message>
        <source>← Indicadores</source>
        <translation>← Indicators</translation>
    </message>
    <message>
        <source>Volver a las cifras (Esc)</source>
        <translation>Back to the figures (Esc)</translation>
    </message>
    <message>
        <source>Abrir el reporte</source>
        <translation>Open the report</translation>
    </message>
    <message>
        <source>Enter abre el reporte; Esc vuelve a las cifras.</source>
        <translation>Enter opens the report; Esc goes back to the figures.</translation>
    </message>
    <message>
        <source>{0} {1}, {2} · se actualiza solo</source>
        <translation>{0} {1}, {2} · updates by itself</translation>
    </message>
    <message>
        <source>en atención o por atender</source>
        <translation>being handled or waiting</translation>
    </message>
    <message>
        <source>con el plazo de solución vencido</source>
        <translation>past their resolution term</translation>
    </message>
    <message>
        <source>su plazo vence antes de medianoche</source>
        <translation>their term ends before midnight</translation>
    </message>
    <message>
        <source>nadie los ha tomado</source>
        <translation>nobody has taken them</translation>
    </message>
    <message>
        <source>fallas masivas sin resolver</source>
        <translation>unresolved mass outages</translation>
    </message>
    <message>
        <source>{0} a la misma fecha del mes anterior ({1})</source>
        <translation>{0} by the same date of the previous month ({1})</translation>
    </message>
    <message>
        <source>sin reportes a la misma fecha del mes anterior</source>
        <translation>no reports by the same date of the previous month</translation>
    </message>
    <message>
        <source>Este mes ({0})</source>
        <translation>This month ({0})</translation>
    </message>
    <message>
        <source>Mes anterior ({0})</source>
        <translation>Previous month ({0})</translation>
    </message>
    <message>
        <source>el mes completo</source>
        <translation>the whole month</translation>
    </message>
    <message>
        <source>{0} vencidos</source>
        <translation>{0} overdue</translation>
    </message>
    <message>
        <source>1 vencido</source>
        <translation>1 overdue</translation>
    </message>
    <message>
        <source>ninguno vencido</source>
        <translation>none overdue</translation>
    </message>
    <message>
        <source>Abiertos de {0}</source>
        <translation>Open, of {0}</translation>
    </message>
    <message>
        <source>Levantados en {0}</source>
        <translation>Filed in {0}</translation>
    </message>
    <message>
        <source>1 reporte</source>
        <translation>1 report</translation>
    </message>
    <message>
        <source>{0} reportes</source>
        <translation>{0} reports</translation>
    </message>
    <message>
        <source>Ningún reporte.</source>
        <translation>No reports.</translation>
    </message>
    <message>
        <source>Se muestran los {0} más recientes.</source>
        <translation>The {0} most recent are shown.</translation>
    </message>
    <message>
        <source>Se muestran los {0} más urgentes.</source>
        <translation>The {0} most urgent are shown.</translation>
    </message>
    <message>
        <source>Del más reciente al más antiguo.</source>
        <translation>From the most recent to the oldest.</translation>
    </message>
    <message>
        <source>Del plazo más próximo (o más vencido) al más lejano.</source>
        <translation>From the nearest (or most overdue) term to the farthest.</translation>
    </message>
    <message>
        <source>lunes</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>martes</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>miércoles</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>jueves</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>viernes</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>sábado</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>domingo</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>enero</source>
        <translation>January</translation>
    </message>
    <message>
        <source>febrero</source>
        <translation>February</translation>
    </message>
    <message>
        <source>marzo</source>
        <translation>March</translation>
    </message>
    <message>
        <source>abril</source>
        <translation>April</translation>
    </message>
    <message>
        <source>mayo</source>
        <translation>May</translation>
    </message>
    <message>
        <source>junio</source>
        <translation>June</translation>
    </message>
    <message>
        <source>julio</source>
        <translation>July</translation>
    </message>
    <message>
        <source>agosto</source>
        <translation>August</translation>
    </message>
    <message>
        <source>septiembre</source>
        <translation>September</translation>
    </message>
    <message>
        <source>octubre</source>
        <translation>October</translation>
    </message>
    <message>
        <source>noviembre</source>
        <translation>November</translation>
    </message>
    <message>
        <source>diciembre</source>
        <translation>December</translation>
    </message>
    <message>
        <source>{0} de {1}</source>
        <translation>{0} {1}</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <source>&amp;Crear la oficina</source>
        <translation>&amp;Create the office</translation>
    </message>
    <message>
        <source>Preparando los datos de demostración…</source>
        <translation>Preparing the demo data…</translation>
    </message>
    <message>
        <source>Datos de demostración</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>Cargando: {0}…</source>
        <translation>Loading: {0}…</translation>
    </message>
    <message>
        <source>No se pudieron cargar los datos de demostración: {0}</source>
        <translation>Could not load the demo data: {0}</translation>
    </message>
    <message>
        <source>¿Cómo quiere empezar?</source>
        <translation>How do you want to start?</translation>
    </message>
    <message>
        <source>Puede empezar con la base de datos vacía o practicar con datos ficticios.</source>
        <translation>You can start with an empty database or practise with made-up data.</translation>
    </message>
    <message>
        <source>&amp;Empezar vacío: daré de alta mis clientes</source>
        <translation>Start &amp;empty: I will add my own customers</translation>
    </message>
    <message>
        <source>Cargar datos de &amp;demostración (2 000 clientes y 6 000 reportes ficticios)</source>
        <translation>Load &amp;demo data (2,000 made-up customers and 6,000 reports)</translation>
    </message>
    <message>
        <source>Los datos de demostración quedan marcados como DEMO en pantalla y en los comprobantes. Úselos para capacitar al personal, no para atender clientes reales.</source>
        <translation>Demo data is marked DEMO on screen and on receipts. Use it to train staff, not to serve real customers.</translation>
    </message>
</context>
<context>
    <name>DescriptionPage</name>
    <message>
        <source>Pregunte al cliente (opcional)</source>
        <translation>Ask the customer (optional)</translation>
    </message>
    <message>
        <source>Obligatoria para continuar.</source>
        <translation>Required to continue.</translation>
    </message>
    <message>
        <source>Nota para el reporte {0}</source>
        <translation>Note for report {0}</translation>
    </message>
    <message>
        <source>Lo que el cliente dice ahora; se agrega al historial del reporte.</source>
        <translation>What the customer says now; it is added to the report&apos;s history.</translation>
    </message>
    <message>
        <source>&amp;Nota: *</source>
        <translation>N&amp;ote: *</translation>
    </message>
    <message>
        <source>Descripción</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Anote lo que dice el cliente con sus palabras: qué pasa, desde cuándo, qué ya intentó.</source>
        <translation>Write down what the customer says, in their own words: what is wrong, since when, what they already tried.</translation>
    </message>
    <message>
        <source>&amp;Descripción: *</source>
        <translation>&amp;Description: *</translation>
    </message>
    <message>
        <source>&amp;Ubicación de la falla:</source>
        <translation>&amp;Fault location:</translation>
    </message>
    <message>
        <source>&amp;Ubicación:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <source>Escriba la descripción: qué le pasa al servicio y desde cuándo.</source>
        <translation>Write the description: what is wrong with the service and since when.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Oficina: {0}</source>
        <translation>Office: {0}</translation>
    </message>
    <message>
        <source>Cuenta del gerente: {0}</source>
        <translation>Manager account: {0}</translation>
    </message>
    <message>
        <source>(la suya)</source>
        <translation>(yours)</translation>
    </message>
    <message>
        <source>Usuarios de demostración para practicar:</source>
        <translation>Demo users to practise with:</translation>
    </message>
    <message>
        <source>Usuario</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Contraseña</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Listo</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>La oficina quedó configurada. Ahora inicie sesión.</source>
        <translation>The office is set up. Now sign in.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Guardar la exportación</source>
        <translation>Save the export</translation>
    </message>
    <message>
        <source>Hoja de cálculo CSV (*.csv)</source>
        <translation>CSV spreadsheet (*.csv)</translation>
    </message>
    <message>
        <source>Exportar a CSV</source>
        <translation>Export to CSV</translation>
    </message>
    <message>
        <source>&amp;Reportes levantados en un periodo</source>
        <translation>&amp;Reports filed in a period</translation>
    </message>
    <message>
        <source>&amp;Lista de clientes</source>
        <translation>&amp;Customer list</translation>
    </message>
    <message>
        <source>Este mes</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Mes pasado</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>Un renglón por reporte con todos sus datos: cliente, plazos, causa, avisos, visitas y el historial completo en la última columna.</source>
        <translation>One row per report with all its data: customer, deadlines, cause, notices, visits, and the whole history in the last column.</translation>
    </message>
    <message>
        <source>Todos los clientes, en las columnas que «Importar clientes» vuelve a leer.</source>
        <translation>Every customer, in the columns «Import customers» reads back.</translation>
    </message>
    <message>
        <source>&amp;Exportar…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>&amp;Abrir la carpeta</source>
        <translation>&amp;Open the folder</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Del:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>al:</source>
        <translation>to:</translation>
    </message>
    <message>
        <source>El periodo termina antes de empezar: revise las fechas.</source>
        <translation>The period ends before it starts: check the dates.</translation>
    </message>
    <message>
        <source>Se exportaron {0} reportes a {1}.</source>
        <translation>{0} reports exported to {1}.</translation>
    </message>
    <message>
        <source>Se exportaron {0} clientes a {1}.</source>
        <translation>{0} customers exported to {1}.</translation>
    </message>
    <message>
        <source>Exportando…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>FigureListModel</name>
    <message>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <source>Cliente</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Levantado</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>Plazo</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>detenido: espera al cliente</source>
        <translation>stopped: waiting for the customer</translation>
    </message>
    <message>
        <source>Sin asignar</source>
        <translation>Unassigned</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Configuración inicial — ispdesk</source>
        <translation>Initial setup — ispdesk</translation>
    </message>
    <message>
        <source>&amp;Iniciar sesión</source>
        <translation>&amp;Sign in</translation>
    </message>
</context>
<context>
    <name>FolioDoneDialog</name>
    <message>
        <source>Nota agregada</source>
        <translation>Note added</translation>
    </message>
    <message>
        <source>Reporte levantado</source>
        <translation>Report opened</translation>
    </message>
    <message>
        <source>Se agregó una nota al reporte que ya estaba abierto.</source>
        <translation>A note was added to the report that was already open.</translation>
    </message>
    <message>
        <source>Reporte levantado.</source>
        <translation>Report opened.</translation>
    </message>
    <message>
        <source>Folio {0}</source>
        <translation>Folio {0}</translation>
    </message>
    <message>
        <source>No se levantó un reporte nuevo: el cliente conserva este folio.</source>
        <translation>No new report was opened: the customer keeps this folio.</translation>
    </message>
    <message>
        <source>Primera respuesta a más tardar: {0}</source>
        <translation>First response by: {0}</translation>
    </message>
    <message>
        <source>Solución comprometida: {0}</source>
        <translation>Promised resolution: {0}</translation>
    </message>
    <message>
        <source>Carta (hoja completa)</source>
        <translation>Letter (full page)</translation>
    </message>
    <message>
        <source>Ticket de 80 mm</source>
        <translation>80 mm ticket</translation>
    </message>
    <message>
        <source>Abre WhatsApp con el mensaje para {0}</source>
        <translation>Opens WhatsApp with the message for {0}</translation>
    </message>
    <message>
        <source>El cliente no tiene teléfono registrado.</source>
        <translation>The customer has no phone on file.</translation>
    </message>
    <message>
        <source>Imprimir comprobante (Ctrl+P)</source>
        <translation>Print receipt (Ctrl+P)</translation>
    </message>
    <message>
        <source>Preparando el comprobante para imprimir…</source>
        <translation>Preparing the receipt for printing…</translation>
    </message>
    <message>
        <source>Guardando el PDF…</source>
        <translation>Saving the PDF…</translation>
    </message>
    <message>
        <source>Folio {0} copiado.</source>
        <translation>Folio {0} copied.</translation>
    </message>
    <message>
        <source>Se abrió WhatsApp con el mensaje para {0}: revíselo y envíelo.</source>
        <translation>WhatsApp opened with the message for {0}: check it and send it.</translation>
    </message>
    <message>
        <source>No se pudo abrir WhatsApp ni el navegador.</source>
        <translation>Could not open WhatsApp or the browser.</translation>
    </message>
    <message>
        <source>Folio (díctelo al cliente y pídale que lo anote):</source>
        <translation>Folio (read it out to the customer and ask them to write it down):</translation>
    </message>
    <message>
        <source>&amp;Formato del comprobante:</source>
        <translation>Receipt &amp;format:</translation>
    </message>
    <message>
        <source>&amp;Imprimir comprobante (Ctrl+P)</source>
        <translation>&amp;Print receipt (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Guardar PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <source>Co&amp;piar folio</source>
        <translation>&amp;Copy folio</translation>
    </message>
    <message>
        <source>Enviar por &amp;WhatsApp</source>
        <translation>Send via &amp;WhatsApp</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>No se pudo completar: {0}</source>
        <translation>Could not be done: {0}</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <source>Marque al menos un día de atención.</source>
        <translation>Tick at least one working day.</translation>
    </message>
    <message>
        <source>Horario de atención</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Los plazos de los reportes se cuentan en horas hábiles de la oficina; los días festivos oficiales ya están incluidos.</source>
        <translation>Report deadlines are counted in the office&apos;s business hours; official public holidays are already included.</translation>
    </message>
    <message>
        <source>Lunes a &amp;viernes</source>
        <translation>Monday to &amp;Friday</translation>
    </message>
    <message>
        <source>de</source>
        <translation>from</translation>
    </message>
    <message>
        <source>a</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Sábado</source>
        <translation>S&amp;aturday</translation>
    </message>
    <message>
        <source>&amp;Domingo</source>
        <translation>S&amp;unday</translation>
    </message>
    <message>
        <source>Un día sin marcar se considera cerrado.</source>
        <translation>A day left unticked counts as closed.</translation>
    </message>
</context>
<context>
    <name>HoursSection</name>
    <message>
        <source>Horario y días festivos</source>
        <translation>Hours and holidays</translation>
    </message>
    <message>
        <source>Los plazos en horas y días hábiles se cuentan con este horario. Los cambios aplican a los reportes que se levanten desde ahora, en todas las computadoras; los plazos ya prometidos no cambian.</source>
        <translation>Deadlines in business hours and days are counted with these hours. Changes apply to reports filed from now on, on every computer; deadlines already promised do not change.</translation>
    </message>
    <message>
        <source>Horario de atención</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Guardar horario</source>
        <translation>Save hours</translation>
    </message>
    <message>
        <source>Días festivos y cierres</source>
        <translation>Holidays and closures</translation>
    </message>
    <message>
        <source>&amp;Año:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Agregar cierre…</source>
        <translation>Add closure…</translation>
    </message>
    <message>
        <source>Quitar cierre</source>
        <translation>Remove closure</translation>
    </message>
    <message>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Qué se conmemora o por qué se cierra</source>
        <translation>What is commemorated or why it closes</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Los festivos oficiales se calculan solos cada año, con los lunes que se recorren. Los plazos en días hábiles legales (los de derechos ARCO) cuentan de lunes a viernes sin festivos oficiales ni el 5 de mayo, aunque la oficina abra o cierre otros días.</source>
        <translation>Official holidays are computed every year, with the Mondays they move to. Deadlines in legal business days (ARCO rights) count Monday to Friday without official holidays or 5 May, whatever other days the office opens or closes.</translation>
    </message>
    <message>
        <source>(sin motivo)</source>
        <translation>(no reason)</translation>
    </message>
    <message>
        <source>Horario guardado.</source>
        <translation>Hours saved.</translation>
    </message>
    <message>
        <source>Agregar cierre</source>
        <translation>Add closure</translation>
    </message>
    <message>
        <source>p. ej. Día del empleado</source>
        <translation>e.g. Staff day</translation>
    </message>
    <message>
        <source>&amp;Fecha:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Motivo:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Cierre agregado.</source>
        <translation>Closure added.</translation>
    </message>
    <message>
        <source>Cierre quitado.</source>
        <translation>Closure removed.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Elegir el archivo de clientes</source>
        <translation>Choose the customers file</translation>
    </message>
    <message>
        <source>Archivos CSV o de texto (*.csv *.txt);;Todos los archivos (*)</source>
        <translation>CSV or text files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Guardar las filas rechazadas</source>
        <translation>Save the rejected rows</translation>
    </message>
    <message>
        <source>Hoja de cálculo CSV (*.csv)</source>
        <translation>CSV spreadsheet (*.csv)</translation>
    </message>
    <message>
        <source>Importar clientes desde CSV</source>
        <translation>Import customers from CSV</translation>
    </message>
    <message>
        <source>Elija el archivo exportado del sistema de facturación o de Excel</source>
        <translation>Choose the file exported from the billing system or from Excel</translation>
    </message>
    <message>
        <source>&amp;Elegir archivo…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>coma</source>
        <translation>comma</translation>
    </message>
    <message>
        <source>punto y coma</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <source>tabulador</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>barra vertical</source>
        <translation>vertical bar</translation>
    </message>
    <message>
        <source>En la primera fila elija qué dato tiene cada columna; «(no importar)» la deja fuera. Una celda vacía no borra lo que el cliente ya tiene, y un número que ya existe actualiza a ese cliente.</source>
        <translation>In the first row choose what each column holds; «(no importar)» leaves it out. An empty cell does not erase what the customer already has, and a number that exists updates that customer.</translation>
    </message>
    <message>
        <source>Línea</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Número</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Qué pasó</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Motivo</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Revisar sin guardar</source>
        <translation>&amp;Check without saving</translation>
    </message>
    <message>
        <source>&amp;Importar</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Guardar rechazadas…</source>
        <translation>&amp;Save rejected…</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Archivo:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Codificación:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <source>Separador:</source>
        <translation>Separator:</translation>
    </message>
    <message>
        <source>{0}: {1} de {2}</source>
        <translation>{0}: {1} of {2}</translation>
    </message>
    <message>
        <source>Leyendo el archivo…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>{0} filas de datos, {1} columnas</source>
        <translation>{0} data rows, {1} columns</translation>
    </message>
    <message>
        <source>Campo</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>(no importar)</source>
        <translation>(do not import)</translation>
    </message>
    <message>
        <source>El archivo sólo tiene la fila de encabezados: no hay clientes que importar.</source>
        <translation>The file only has the header row: there are no customers to import.</translation>
    </message>
    <message>
        <source>Revisando…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Importando…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Elija «Revisar sin guardar» para ver qué pasaría, o «Importar».</source>
        <translation>Choose «Check without saving» to see what would happen, or «Import».</translation>
    </message>
    <message>
        <source>{0} nuevos, {1} actualizados, {2} sin cambios, {3} rechazados</source>
        <translation>{0} new, {1} updated, {2} unchanged, {3} rejected</translation>
    </message>
    <message>
        <source>Revisión (no se guardó nada): se importarían {0}.</source>
        <translation>Check (nothing was saved): it would import {0}.</translation>
    </message>
    <message>
        <source>Importación terminada: {0}.</source>
        <translation>Import finished: {0}.</translation>
    </message>
    <message>
        <source>Líneas con algún dato que no se guardó: {0} (vea los avisos).</source>
        <translation>Lines with a value that was not saved: {0} (see the warnings).</translation>
    </message>
    <message>
        <source>Rechazada</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Aviso</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Repetido</source>
        <translation>Repeated</translation>
    </message>
    <message>
        <source>Y {0} líneas más: guarde las rechazadas en CSV para verlas todas.</source>
        <translation>And {0} more lines: save the rejected ones as CSV to see them all.</translation>
    </message>
    <message>
        <source>Guardando…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Se guardaron {0} filas rechazadas en {1}.</source>
        <translation>{0} rejected rows saved to {1}.</translation>
    </message>
    <message>
        <source>Revisando filas</source>
        <translation>Checking rows</translation>
    </message>
    <message>
        <source>Guardando clientes</source>
        <translation>Saving customers</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>Número de cliente</source>
        <translation>Customer number</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Correo electrónico</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Domicilio</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Colonia</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <source>Código postal</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Municipio o ciudad</source>
        <translation>Municipality or city</translation>
    </message>
    <message>
        <source>Estado (entidad)</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Estatus del servicio</source>
        <translation>Service status</translation>
    </message>
    <message>
        <source>Zona</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Torre o nodo</source>
        <translation>Tower or node</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Precio (mensualidad)</source>
        <translation>Price (monthly fee)</translation>
    </message>
    <message>
        <source>Día de corte</source>
        <translation>Billing day</translation>
    </message>
    <message>
        <source>Fecha de instalación</source>
        <translation>Installation date</translation>
    </message>
    <message>
        <source>Latitud</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitud</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Coordenadas (lat,lng)</source>
        <translation>Coordinates (lat,lng)</translation>
    </message>
    <message>
        <source>Referencias del domicilio</source>
        <translation>Address landmarks</translation>
    </message>
    <message>
        <source>Notas</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Última factura</source>
        <translation>Latest invoice</translation>
    </message>
</context>
<context>
    <name>IncidentListModel</name>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Incidente</source>
        <translation>Outage</translation>
    </message>
    <message>
        <source>Zona / torre</source>
        <translation>Area / tower</translation>
    </message>
    <message>
        <source>Inicio</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Reportes</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>{0} reportes vinculados, {1} en atención</source>
        <translation>{0} linked reports, {1} being worked on</translation>
    </message>
</context>
<context>
    <name>IncidentsView</name>
    <message>
        <source>Guardar la lista de clientes afectados</source>
        <translation>Save the list of affected customers</translation>
    </message>
    <message>
        <source>Hoja de cálculo CSV (*.csv)</source>
        <translation>CSV spreadsheet (*.csv)</translation>
    </message>
    <message>
        <source>Incidentes masivos</source>
        <translation>Mass outages</translation>
    </message>
    <message>
        <source>&amp;Declarar incidente…</source>
        <translation>&amp;Declare an outage…</translation>
    </message>
    <message>
        <source>&amp;Resolver incidente…</source>
        <translation>&amp;Resolve the outage…</translation>
    </message>
    <message>
        <source>Avi&amp;sar a todos…</source>
        <translation>Noti&amp;fy everyone…</translation>
    </message>
    <message>
        <source>Enter o doble clic abre el reporte.</source>
        <translation>Enter or double-click opens the report.</translation>
    </message>
    <message>
        <source>Marcar todos</source>
        <translation>Check all</translation>
    </message>
    <message>
        <source>Desmarcar todos</source>
        <translation>Uncheck all</translation>
    </message>
    <message>
        <source>Vi&amp;ncular seleccionados</source>
        <translation>&amp;Link the checked ones</translation>
    </message>
    <message>
        <source>Fallas activas de la zona que aún no están vinculadas. Las levantadas desde el inicio del incidente ya están marcadas; Espacio marca o desmarca.</source>
        <translation>Active faults of the area not linked yet. Those filed since the outage began are already checked; Space checks or unchecks.</translation>
    </message>
    <message>
        <source>Filtrar por nombre, número, teléfono o domicilio…</source>
        <translation>Filter by name, number, phone or address…</translation>
    </message>
    <message>
        <source>Abrir &amp;WhatsApp</source>
        <translation>Open &amp;WhatsApp</translation>
    </message>
    <message>
        <source>Abre WhatsApp con el aviso de la falla escrito, para el cliente seleccionado; usted lo revisa y lo envía.</source>
        <translation>Opens WhatsApp with the outage notice typed for the selected customer; you check it and send it.</translation>
    </message>
    <message>
        <source>&amp;Exportar CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>Teléfono:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>No hay incidentes registrados.

Cuando se caiga una torre o una zona, declare un incidente: las fallas de esa zona se vinculan a él, se resuelven todas juntas y se avisa a los clientes.</source>
        <translation>No outages on record.

When a tower or an area goes down, declare an outage: the faults of that area are linked to it, resolved all together, and the customers are notified.</translation>
    </message>
    <message>
        <source>Cargando…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Zona:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Area:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source> &amp;nbsp; &lt;b&gt;Torre:&lt;/b&gt; {0}</source>
        <translation> &amp;nbsp; &lt;b&gt;Tower:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source> (toda la zona)</source>
        <translation> (the whole area)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sin servicio desde:&lt;/b&gt; {0} (hace {1})</source>
        <translation>&lt;b&gt;No service since:&lt;/b&gt; {0} ({1} ago)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sin servicio:&lt;/b&gt; {0} a {1} ({2})</source>
        <translation>&lt;b&gt;No service:&lt;/b&gt; {0} to {1} ({2})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Causa:&lt;/b&gt; {0} — {1}</source>
        <translation>&lt;b&gt;Cause:&lt;/b&gt; {0} — {1}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lo que pasó:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;What happened:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lo que se hizo:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;What was done:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>Declaró: {0}</source>
        <translation>Declared by: {0}</translation>
    </message>
    <message>
        <source> · Resolvió: {0}</source>
        <translation> · Resolved by: {0}</translation>
    </message>
    <message>
        <source>Clientes en {0}: &lt;b&gt;{1}&lt;/b&gt; (reportaron: {2}). Sin servicio: {3}{4}.</source>
        <translation>Customers in {0}: &lt;b&gt;{1}&lt;/b&gt; (reported: {2}). No service: {3}{4}.</translation>
    </message>
    <message>
        <source> hasta ahora</source>
        <translation> so far</translation>
    </message>
    <message>
        <source>Compensación total: &lt;b&gt;{0}&lt;/b&gt; (clientes: {1}; parte proporcional del precio del plan más {2} % de bonificación, sin que el cliente la pida).</source>
        <translation>Total compensation: &lt;b&gt;{0}&lt;/b&gt; (customers: {1}; the proportional part of the plan price plus a {2} % bonus, without the customer asking).</translation>
    </message>
    <message>
        <source>Fallas de la zona sin vincular: {0}. Revíselas en «Por vincular».</source>
        <translation>Faults of the area not linked: {0}. Check them in «To link».</translation>
    </message>
    <message>
        <source>Cuando se restablezca el servicio, use «Resolver incidente» (reportes vinculados en atención: {0}).</source>
        <translation>When service is back, use «Resolve the outage» (linked reports being worked on: {0}).</translation>
    </message>
    <message>
        <source>Falta avisar a los clientes que reportaron ({0}): use «Avisar a todos».</source>
        <translation>The customers who reported ({0}) still have to be told: use «Notify everyone».</translation>
    </message>
    <message>
        <source>Incidente resuelto; los clientes que reportaron ya tienen su aviso.</source>
        <translation>Outage resolved; the customers who reported have been told.</translation>
    </message>
    <message>
        <source>Re&amp;portes vinculados ({0})</source>
        <translation>Linked re&amp;ports ({0})</translation>
    </message>
    <message>
        <source>Por vin&amp;cular ({0})</source>
        <translation>To lin&amp;k ({0})</translation>
    </message>
    <message>
        <source>C&amp;lientes afectados ({0})</source>
        <translation>Affected c&amp;ustomers ({0})</translation>
    </message>
    <message>
        <source>Vi&amp;ncular seleccionados ({0})</source>
        <translation>&amp;Link the checked ones ({0})</translation>
    </message>
    <message>
        <source>No se pudo completar: {0}</source>
        <translation>Could not be done: {0}</translation>
    </message>
    <message>
        <source>Declarar incidente masivo</source>
        <translation>Declare a mass outage</translation>
    </message>
    <message>
        <source>Declarar</source>
        <translation>Declare</translation>
    </message>
    <message>
        <source>Una caída que afecta a toda una zona o a una torre. Después podrá vincular las fallas de esa zona y resolverlas todas juntas.</source>
        <translation>An outage affecting a whole area or a tower. Then you can link the faults of that area and resolve them all together.</translation>
    </message>
    <message>
        <source>{0} (clientes: {1})</source>
        <translation>{0} (customers: {1})</translation>
    </message>
    <message>
        <source>Toda la zona</source>
        <translation>The whole area</translation>
    </message>
    <message>
        <source>Opcional; por ejemplo: Caída de la torre T-03 por corte de fibra</source>
        <translation>Optional; for example: Tower T-03 down, fiber cut</translation>
    </message>
    <message>
        <source>Lo que se sabe hasta ahora (opcional)</source>
        <translation>What is known so far (optional)</translation>
    </message>
    <message>
        <source>Zona:</source>
        <translation>Area:</translation>
    </message>
    <message>
        <source>Torre o nodo:</source>
        <translation>Tower or node:</translation>
    </message>
    <message>
        <source>Título:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Sin servicio desde:</source>
        <translation>No service since:</translation>
    </message>
    <message>
        <source>Lo que se sabe:</source>
        <translation>What is known:</translation>
    </message>
    <message>
        <source>Ningún cliente tiene zona registrada: capture la zona (y la torre) en los clientes para poder declarar incidentes.</source>
        <translation>No customer has an area on record: enter the area (and the tower) of the customers to declare outages.</translation>
    </message>
    <message>
        <source>Reportes vinculados ahora: {0}.</source>
        <translation>Reports linked now: {0}.</translation>
    </message>
    <message>
        <source>Vinculando reportes ({0})…</source>
        <translation>Linking reports ({0})…</translation>
    </message>
    <message>
        <source>Resolver el incidente</source>
        <translation>Resolve the outage</translation>
    </message>
    <message>
        <source>Resolver incidente</source>
        <translation>Resolve outage</translation>
    </message>
    <message>
        <source>No hay reportes vinculados en atención: sólo se cerrará el incidente.</source>
        <translation>No linked report is being worked on: only the outage will be closed.</translation>
    </message>
    <message>
        <source>Se resolverá el único reporte vinculado que sigue en atención, con esta causa y esta acción.</source>
        <translation>The only linked report still being worked on will be resolved, with this cause and this action.</translation>
    </message>
    <message>
        <source>Se resolverán los {0} reportes vinculados que siguen en atención, con esta causa y esta acción. Los ya resueltos o cerrados no cambian.</source>
        <translation>The {0} linked reports still being worked on will be resolved with this cause and this action. Those already resolved or closed do not change.</translation>
    </message>
    <message>
        <source>Fallas de la zona sin vincular: {0}; vincúlelas antes (pestaña «Por vincular») para resolverlas junto con el incidente.</source>
        <translation>Faults of the area not linked: {0}; link them first («To link» tab) to resolve them with the outage.</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Causa del proveedor: se calcula la compensación de todos los clientes de la zona, sin que la reclamen.</source>
        <translation>The provider&apos;s cause: compensation is computed for every customer of the area, without them claiming it.</translation>
    </message>
    <message>
        <source>Causa ajena al proveedor: no hay compensación.</source>
        <translation>A cause outside the provider&apos;s control: no compensation.</translation>
    </message>
    <message>
        <source>Lo que se hizo para restablecer el servicio</source>
        <translation>What was done to restore the service</translation>
    </message>
    <message>
        <source>Sí, procedentes</source>
        <translation>Yes, upheld</translation>
    </message>
    <message>
        <source>No procedentes</source>
        <translation>Not upheld</translation>
    </message>
    <message>
        <source>Causa:</source>
        <translation>Cause:</translation>
    </message>
    <message>
        <source>Detalle de la causa:</source>
        <translation>Cause details:</translation>
    </message>
    <message>
        <source>Acción realizada:</source>
        <translation>Action taken:</translation>
    </message>
    <message>
        <source>Servicio restablecido:</source>
        <translation>Service restored:</translation>
    </message>
    <message>
        <source>¿Reportes procedentes?</source>
        <translation>Reports upheld?</translation>
    </message>
    <message>
        <source>Motivo (si no):</source>
        <translation>Reason (if not):</translation>
    </message>
    <message>
        <source>Reportes que se resolverán: {0}, con la causa «{1}». Cada uno queda con su resolución y su registro en el historial; no se puede deshacer.

¿Resolver el incidente?</source>
        <translation>Reports to be resolved: {0}, with the cause «{1}». Each keeps its resolution and its entry in the history; this cannot be undone.

Resolve the outage?</translation>
    </message>
    <message>
        <source>Resolviendo el incidente y sus reportes ({0})…</source>
        <translation>Resolving the outage and its reports ({0})…</translation>
    </message>
    <message>
        <source>Incidente resuelto, con sus reportes en atención ({0}).</source>
        <translation>Outage resolved, with its reports being worked on ({0}).</translation>
    </message>
    <message>
        <source>interna</source>
        <translation>internal</translation>
    </message>
    <message>
        <source>externa</source>
        <translation>external</translation>
    </message>
    <message>
        <source>Avisar a todos los que reportaron</source>
        <translation>Notify everyone who reported</translation>
    </message>
    <message>
        <source>Registrar aviso ({0})</source>
        <translation>Record notice ({0})</translation>
    </message>
    <message>
        <source>Reportes resueltos de este incidente que recibirán el aviso: {0} (uno por cada cliente que reportó). Para escribir a todos los clientes de la zona, use la pestaña «Clientes afectados».</source>
        <translation>Resolved reports of this outage that will get the notice: {0} (one per customer who reported). To write to every customer of the area, use the «Affected customers» tab.</translation>
    </message>
    <message>
        <source>Por:</source>
        <translation>By:</translation>
    </message>
    <message>
        <source>Qué se les dijo:</source>
        <translation>What they were told:</translation>
    </message>
    <message>
        <source>Registrando los avisos ({0})…</source>
        <translation>Recording the notices ({0})…</translation>
    </message>
    <message>
        <source>Aviso registrado en los reportes ({0}).</source>
        <translation>Notice recorded on the reports ({0}).</translation>
    </message>
    <message>
        <source>El cliente no tiene un teléfono válido para WhatsApp.</source>
        <translation>The customer has no valid phone for WhatsApp.</translation>
    </message>
    <message>
        <source>No se pudo abrir WhatsApp en este equipo.</source>
        <translation>WhatsApp could not be opened on this computer.</translation>
    </message>
    <message>
        <source>Lista guardada ({0} clientes): {1}</source>
        <translation>List saved ({0} customers): {1}</translation>
    </message>
    <message>
        <source>Guardando la lista de clientes afectados…</source>
        <translation>Saving the list of affected customers…</translation>
    </message>
</context>
<context>
    <name>KindPage</name>
    <message>
        <source>Cliente {0} · {1}. ¿Qué necesita y por dónde se comunicó?</source>
        <translation>Customer {0} · {1}. What do they need and how did they get in touch?</translation>
    </message>
    <message>
        <source>Este cliente ya tiene abierto el reporte {0} ({1}), levantado el {2}. Estado: {3}.</source>
        <translation>This customer already has report {0} open ({1}), opened on {2}. Status: {3}.</translation>
    </message>
    <message>
        <source>(Tiene {0} abiertos de este tipo; se muestra el más reciente.)</source>
        <translation>({0} of this type are open; the most recent is shown.)</translation>
    </message>
    <message>
        <source>Agregar &amp;nota al reporte {0} en lugar de levantar uno nuevo</source>
        <translation>&amp;Add a note to report {0} instead of opening a new one</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Entrar</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Escriba su usuario.</source>
        <translation>Type your username.</translation>
    </message>
    <message>
        <source>Comprobando…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Iniciar sesión — ispdesk</source>
        <translation>Sign in — ispdesk</translation>
    </message>
    <message>
        <source>ispdesk</source>
        <translation>ispdesk</translation>
    </message>
    <message>
        <source>Escriba su usuario y su contraseña.</source>
        <translation>Type your username and password.</translation>
    </message>
    <message>
        <source>&amp;Usuario:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Contraseña:</source>
        <translation>&amp;Password:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Buscar clientes</source>
        <translation>Search customers</translation>
    </message>
    <message>
        <source>&amp;Nuevo reporte…</source>
        <translation>&amp;New report…</translation>
    </message>
    <message>
        <source>Indicadores</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Mi cola</source>
        <translation>My queue</translation>
    </message>
    <message>
        <source>Tablero</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Incidentes</source>
        <translation>Outages</translation>
    </message>
    <message>
        <source>Atención a clientes</source>
        <translation>Customer service</translation>
    </message>
    <message>
        <source>&amp;Imprimir…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Cambiar de &amp;usuario…</source>
        <translation>Switch &amp;user…</translation>
    </message>
    <message>
        <source>&amp;Salir</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Buscar cliente</source>
        <translation>&amp;Find customer</translation>
    </message>
    <message>
        <source>&amp;Actualizar</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>A&amp;trás</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Acerca de ispdesk</source>
        <translation>&amp;About ispdesk</translation>
    </message>
    <message>
        <source>&amp;Archivo</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Ver</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Datos</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>&amp;Importar clientes…</source>
        <translation>&amp;Import customers…</translation>
    </message>
    <message>
        <source>&amp;Exportar…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>&amp;Respaldos…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>&amp;Verificar el historial…</source>
        <translation>&amp;Verify the history…</translation>
    </message>
    <message>
        <source>A&amp;yuda</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Barra de herramientas</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>{0} (Ctrl+{1})</source>
        <translation>{0} (Ctrl+{1})</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Hay cambios sin guardar en los datos del cliente.</source>
        <translation>The customer&apos;s data has unsaved changes.</translation>
    </message>
    <message>
        <source>¿Guardarlos antes de salir de la ficha?</source>
        <translation>Save them before leaving the customer card?</translation>
    </message>
    <message>
        <source>Nuevo reporte</source>
        <translation>New report</translation>
    </message>
    <message>
        <source>El asistente de reportes no está disponible en esta versión.</source>
        <translation>The report wizard is not available in this version.</translation>
    </message>
    <message>
        <source>Imprimir</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Acerca de ispdesk</source>
        <translation>About ispdesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;ispdesk&lt;/b&gt; {0}&lt;br&gt;Mesa de atención a clientes para proveedores de internet.&lt;br&gt;Base de datos: {1}</source>
        <translation>&lt;b&gt;ispdesk&lt;/b&gt; {0}&lt;br&gt;Customer help desk for internet service providers.&lt;br&gt;Database: {1}</translation>
    </message>
    <message>
        <source>Cambios sin guardar</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Aviso de &amp;privacidad…</source>
        <translation>&amp;Privacy notice…</translation>
    </message>
    <message>
        <source>&amp;Conservación de datos personales…</source>
        <translation>Personal data &amp;retention…</translation>
    </message>
</context>
<context>
    <name>ManagerPage</name>
    <message>
        <source>Las contraseñas no coinciden.</source>
        <translation>The passwords do not match.</translation>
    </message>
    <message>
        <source>Cuenta del gerente</source>
        <translation>Manager account</translation>
    </message>
    <message>
        <source>La primera cuenta es la del gerente: con ella se dan de alta los demás usuarios.</source>
        <translation>The first account is the manager&apos;s: it is used to add the other users.</translation>
    </message>
    <message>
        <source>Nombre &amp;completo:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Usuario:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>p. ej. gerente</source>
        <translation>e.g. manager</translation>
    </message>
    <message>
        <source>&amp;Contraseña:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>al menos 6 caracteres</source>
        <translation>at least 6 characters</translation>
    </message>
    <message>
        <source>&amp;Repita la contraseña:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
</context>
<context>
    <name>MonthlySummaryDialog</name>
    <message>
        <source>Guardar las cifras del mes</source>
        <translation>Save the month&apos;s figures</translation>
    </message>
    <message>
        <source>Hoja de cálculo CSV (*.csv)</source>
        <translation>CSV spreadsheet (*.csv)</translation>
    </message>
    <message>
        <source>Resumen mensual</source>
        <translation>Monthly summary</translation>
    </message>
    <message>
        <source>Resumen mensual {0}{1}.pdf</source>
        <translation>Monthly summary {0}{1}.pdf</translation>
    </message>
    <message>
        <source>el resumen mensual</source>
        <translation>the monthly summary</translation>
    </message>
    <message>
        <source>Los reportes levantados en el mes, según el reloj de la oficina: totales por tipo, canal, área y estado, plazos cumplidos, tiempos en horas hábiles, técnicos, causas, fallas repetidas e incidentes.</source>
        <translation>The reports filed in the month, by the office&apos;s clock: totals by kind, channel, team and state, terms met, times in business hours, technicians, causes, repeated faults and incidents.</translation>
    </message>
    <message>
        <source>&amp;Mes:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>&amp;Oficina:</source>
        <translation>&amp;Office:</translation>
    </message>
    <message>
        <source>&amp;Imprimir</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>Guardar &amp;PDF…</source>
        <translation>Save &amp;PDF…</translation>
    </message>
    <message>
        <source>Guardar &amp;CSV…</source>
        <translation>Save &amp;CSV…</translation>
    </message>
    <message>
        <source>Una cifra por renglón (sección, clave, valor) para la hoja de cálculo</source>
        <translation>One figure per row (section, key, value) for the spreadsheet</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{0} (en curso)</source>
        <translation>{0} (in progress)</translation>
    </message>
    <message>
        <source>Todas las oficinas</source>
        <translation>All offices</translation>
    </message>
    <message>
        <source>Leyendo los reportes de {0}…</source>
        <translation>Reading the reports of {0}…</translation>
    </message>
    <message>
        <source>{0}: {1} reportes.</source>
        <translation>{0}: {1} reports.</translation>
    </message>
    <message>
        <source>No se pudo leer el resumen del mes.</source>
        <translation>The month&apos;s summary could not be read.</translation>
    </message>
    <message>
        <source>Generando el PDF…</source>
        <translation>Generating the PDF…</translation>
    </message>
    <message>
        <source>Resumen mensual {0}{1}.csv</source>
        <translation>Monthly summary {0}{1}.csv</translation>
    </message>
    <message>
        <source>Cifras guardadas en {0}</source>
        <translation>Figures saved to {0}</translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <source>Nuevo cliente</source>
        <translation>New customer</translation>
    </message>
</context>
<context>
    <name>NewReportWizard</name>
    <message>
        <source>Mañana (9 a 13 h)</source>
        <translation>Morning (9:00–13:00)</translation>
    </message>
    <message>
        <source>Tarde (13 a 18 h)</source>
        <translation>Afternoon (13:00–18:00)</translation>
    </message>
    <message>
        <source>Cualquier horario</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>Nuevo reporte</source>
        <translation>New report</translation>
    </message>
    <message>
        <source>&lt; &amp;Atrás</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Siguiente &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Levantar reporte</source>
        <translation>Open report</translation>
    </message>
    <message>
        <source>No hay oficina configurada.</source>
        <translation>No office is set up.</translation>
    </message>
    <message>
        <source>Elija un cliente.</source>
        <translation>Choose a customer.</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Datos de la oficina</source>
        <translation>Office details</translation>
    </message>
    <message>
        <source>Aparecen en los comprobantes que se entregan a los clientes. Podrá cambiarlos después.</source>
        <translation>They appear on the receipts given to customers. You can change them later.</translation>
    </message>
    <message>
        <source>&amp;Nombre de la oficina:</source>
        <translation>Office &amp;name:</translation>
    </message>
    <message>
        <source>p. ej. Internet Rioverde</source>
        <translation>e.g. Internet Rioverde</translation>
    </message>
    <message>
        <source>&amp;Prefijo de folio:</source>
        <translation>&amp;Folio prefix:</translation>
    </message>
    <message>
        <source>RV</source>
        <translation>RV</translation>
    </message>
    <message>
        <source>De 1 a 4 letras; los folios se verán como RV26-00042-7.</source>
        <translation>1 to 4 letters; folios will look like RV26-00042-7.</translation>
    </message>
    <message>
        <source>&amp;Dirección:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Teléfonos:</source>
        <translation>&amp;Phones:</translation>
    </message>
    <message>
        <source>&amp;Correo electrónico:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>Página &amp;web:</source>
        <translation>&amp;Website:</translation>
    </message>
</context>
<context>
    <name>OfficeSection</name>
    <message>
        <source>Oficina</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Los datos que se imprimen en los comprobantes, las órdenes de trabajo y las cartas de respuesta.</source>
        <translation>The details printed on receipts, work orders and response letters.</translation>
    </message>
    <message>
        <source>Elegir imagen…</source>
        <translation>Choose image…</translation>
    </message>
    <message>
        <source>Quitar</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Logotipo quitado.</source>
        <translation>Logo removed.</translation>
    </message>
    <message>
        <source>PNG o JPG de hasta 1 MB; se guarda en la base de datos, así que todas las computadoras lo imprimen.</source>
        <translation>PNG or JPG up to 1 MB; it is kept in the database, so every computer prints it.</translation>
    </message>
    <message>
        <source>&amp;Nombre:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Razón social:</source>
        <translation>&amp;Legal name:</translation>
    </message>
    <message>
        <source>&amp;Dirección:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>&amp;Teléfonos:</source>
        <translation>&amp;Phones:</translation>
    </message>
    <message>
        <source>&amp;Correo:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Página web:</source>
        <translation>&amp;Web site:</translation>
    </message>
    <message>
        <source>&amp;Zona horaria:</source>
        <translation>&amp;Time zone:</translation>
    </message>
    <message>
        <source>&amp;Prefijo de folio:</source>
        <translation>&amp;Folio prefix:</translation>
    </message>
    <message>
        <source>Logotipo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Guardar datos de la oficina</source>
        <translation>Save the office details</translation>
    </message>
    <message>
        <source>Ya hay folios emitidos con {0}: no se puede cambiar.</source>
        <translation>Folios have been issued with {0}: it cannot change.</translation>
    </message>
    <message>
        <source>De 1 a 4 letras; va al inicio de cada folio.</source>
        <translation>1 to 4 letters; it starts every folio.</translation>
    </message>
    <message>
        <source>Sin logotipo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>Logotipo de la oficina</source>
        <translation>Office logo</translation>
    </message>
    <message>
        <source>Imágenes (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Logotipo guardado.</source>
        <translation>Logo saved.</translation>
    </message>
</context>
<context>
    <name>PasswordForm</name>
    <message>
        <source>Restablecer la contraseña de {0}</source>
        <translation>Reset the password of {0}</translation>
    </message>
    <message>
        <source>Restablecer</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Dígale la contraseña nueva a {0}; también se levanta la espera por intentos fallidos.</source>
        <translation>Tell {0} the new password; the wait for failed attempts is lifted too.</translation>
    </message>
    <message>
        <source>Contraseña &amp;nueva:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>C&amp;onfirmar:</source>
        <translation>C&amp;onfirm:</translation>
    </message>
    <message>
        <source>Las contraseñas no coinciden.</source>
        <translation>The passwords do not match.</translation>
    </message>
</context>
<context>
    <name>PersonalDataDialog</name>
    <message>
        <source>Guardar la copia de los datos en JSON</source>
        <translation>Save the copy of the data as JSON</translation>
    </message>
    <message>
        <source>Datos JSON (*.json)</source>
        <translation>JSON data (*.json)</translation>
    </message>
    <message>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Datos personales — {0}</source>
        <translation>Personal data — {0}</translation>
    </message>
    <message>
        <source>Acceso: copia de sus datos</source>
        <translation>Access: a copy of their data</translation>
    </message>
    <message>
        <source>Todo lo que la oficina tiene sobre el cliente: sus datos, las correcciones que se les hicieron, sus reportes con avisos, notas y visitas, los archivos adjuntos (listados, sin incluirlos) y las fallas de su zona. Queda registrado quién entregó la copia y cuándo.</source>
        <translation>Everything the office holds about the customer: their data, the corrections made to it, their reports with notices, notes and visits, the attachments (listed, not included) and the outages of their area. Who handed over the copy, and when, is recorded.</translation>
    </message>
    <message>
        <source>Imprimir copia</source>
        <translation>Print a copy</translation>
    </message>
    <message>
        <source>Guardar PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Guardar JSON…</source>
        <translation>Save JSON…</translation>
    </message>
    <message>
        <source>Los mismos datos en un formato que otros programas leen (portabilidad)</source>
        <translation>The same data in a format other programs read (portability)</translation>
    </message>
    <message>
        <source>Oposición</source>
        <translation>Opposition</translation>
    </message>
    <message>
        <source>Se opone al uso de sus datos para fines distintos del servicio (promociones, encuestas)</source>
        <translation>Objects to uses of their data beyond the service (promotions, surveys)</translation>
    </message>
    <message>
        <source>Se guarda al marcarla. Se muestra en la ficha del cliente y viaja en sus copias.</source>
        <translation>Saved when checked. Shown on the customer card and carried in their copies.</translation>
    </message>
    <message>
        <source>Cancelación: anonimizar sus datos</source>
        <translation>Cancellation: anonymise their data</translation>
    </message>
    <message>
        <source>Se reemplazan su nombre, número de cliente, teléfonos, correo, domicilio, referencias, coordenadas, notas y todos los textos de sus reportes (descripciones, avisos, notas, resultados de visitas), y se borran sus archivos adjuntos. Los reportes se conservan sin datos personales, con sus fechas, tipos, estados y causas, para las estadísticas. No se puede deshacer.</source>
        <translation>Their name, customer number, phones, email, address, landmarks, coordinates, notes and every text of their reports (descriptions, notices, notes, visit outcomes) are replaced, and their attachments deleted. The reports are kept without personal data, with their dates, kinds, statuses and causes, for the statistics. This cannot be undone.</translation>
    </message>
    <message>
        <source>Anonimizar datos…</source>
        <translation>Anonymise data…</translation>
    </message>
    <message>
        <source>Sus datos personales fueron anonimizados el {0}. Lo que queda son estadísticas de sus reportes.</source>
        <translation>Their personal data was anonymised on {0}. What remains are statistics of their reports.</translation>
    </message>
    <message>
        <source>Cliente {0}: {1}</source>
        <translation>Customer {0}: {1}</translation>
    </message>
    <message>
        <source>Datos personales</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>la copia de los datos personales</source>
        <translation>the copy of the personal data</translation>
    </message>
    <message>
        <source>Generando la copia…</source>
        <translation>Producing the copy…</translation>
    </message>
    <message>
        <source>No se pudo escribir {0} ({1}).</source>
        <translation>Could not write {0} ({1}).</translation>
    </message>
    <message>
        <source>Copia en JSON guardada en {0}</source>
        <translation>JSON copy saved to {0}</translation>
    </message>
    <message>
        <source>Oposición registrada.</source>
        <translation>Opposition recorded.</translation>
    </message>
    <message>
        <source>Oposición retirada.</source>
        <translation>Opposition withdrawn.</translation>
    </message>
    <message>
        <source>Anonimizar datos personales</source>
        <translation>Anonymise personal data</translation>
    </message>
    <message>
        <source>¿Anonimizar los datos personales de {0} (cliente {1})?</source>
        <translation>Anonymise the personal data of {0} (customer {1})?</translation>
    </message>
    <message>
        <source>Su nombre, teléfonos, correo, domicilio y notas, y los textos de sus {0} reportes, se reemplazan; sus archivos adjuntos se borran. Los reportes se conservan para las estadísticas. Esto no se puede deshacer.</source>
        <translation>Their name, phones, email, address and notes, and the texts of their {0} reports, are replaced; their attachments are deleted. The reports are kept for the statistics. This cannot be undone.</translation>
    </message>
    <message>
        <source>Anonimizar</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <source>Anonimizando…</source>
        <translation>Anonymising…</translation>
    </message>
    <message>
        <source>Listo: se anonimizaron sus datos y los textos de {0} reportes ({1} anotaciones del historial); se borraron {2} archivos adjuntos.</source>
        <translation>Done: their data and the texts of {0} reports ({1} history entries) were anonymised; {2} attachments were deleted.</translation>
    </message>
    <message>
        <source>No se pudieron borrar estos archivos; bórrelos a mano: {0}</source>
        <translation>These files could not be deleted; delete them by hand: {0}</translation>
    </message>
</context>
<context>
    <name>PoliciesSection</name>
    <message>
        <source>Plazos</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Lo que se promete al cliente en cada tipo de reporte. Los cambios aplican a los reportes que se levanten desde ahora; los plazos ya prometidos no cambian. Predeterminados: los Códigos de Prácticas Comerciales y, para derechos ARCO, 20 días hábiles legales.</source>
        <translation>What the customer is promised for each kind of report. Changes apply to reports filed from now on; deadlines already promised do not change. Defaults: the Codes of Commercial Practice and, for ARCO rights, 20 legal business days.</translation>
    </message>
    <message>
        <source>Tipo de reporte</source>
        <translation>Report kind</translation>
    </message>
    <message>
        <source>Primera respuesta</source>
        <translation>First answer</translation>
    </message>
    <message>
        <source>Solución</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Causa externa</source>
        <translation>External cause</translation>
    </message>
    <message>
        <source>o antes del siguiente corte de facturación del cliente, lo que ocurra primero</source>
        <translation>or before the customer&apos;s next billing day, whichever comes first</translation>
    </message>
    <message>
        <source>Ampliable si la causa es externa, a:</source>
        <translation>Extended if the cause is external, to:</translation>
    </message>
    <message>
        <source>Primera &amp;respuesta:</source>
        <translation>First &amp;answer:</translation>
    </message>
    <message>
        <source>&amp;Solución:</source>
        <translation>&amp;Resolution:</translation>
    </message>
    <message>
        <source>Restablecer predeterminados</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <source>Guardar plazos</source>
        <translation>Save deadlines</translation>
    </message>
    <message>
        <source>Horas hábiles y días hábiles de la oficina siguen su horario, sus cierres y los festivos. Días hábiles legales: de lunes a viernes sin festivos oficiales, como cuenta los plazos la ley (derechos ARCO), sea cual sea el horario de la oficina; vencen al final del día.</source>
        <translation>The office&apos;s business hours and days follow its hours, closures and holidays. Legal business days: Monday to Friday without official holidays, as the law counts deadlines (ARCO rights), whatever the office&apos;s hours; they end at the end of the day.</translation>
    </message>
    <message>
        <source>Un reporte cerrado se puede reabrir &amp;hasta:</source>
        <translation>A closed report can be reopened &amp;up to:</translation>
    </message>
    <message>
        <source> días después (0: nunca)</source>
        <translation> days later (0: never)</translation>
    </message>
    <message>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <source> o antes del corte</source>
        <translation> or before the billing day</translation>
    </message>
    <message>
        <source>modificado</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>Plazos de «{0}»</source>
        <translation>Deadlines of «{0}»</translation>
    </message>
    <message>
        <source>Los predeterminados.</source>
        <translation>The defaults.</translation>
    </message>
    <message>
        <source>Modificados por la oficina.</source>
        <translation>Changed by the office.</translation>
    </message>
    <message>
        <source>Plazos de «{0}» guardados.</source>
        <translation>Deadlines of «{0}» saved.</translation>
    </message>
    <message>
        <source>Plazos de «{0}» restablecidos.</source>
        <translation>Deadlines of «{0}» restored.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>la impresora no respondió</source>
        <translation>the printer did not respond</translation>
    </message>
    <message>
        <source>Enviado a la impresora predeterminada.</source>
        <translation>Sent to the default printer.</translation>
    </message>
    <message>
        <source>Se abrió el PDF en el visor: imprímalo desde ahí con Ctrl+P.</source>
        <translation>The PDF was opened in the viewer: print it from there with Ctrl+P.</translation>
    </message>
    <message>
        <source>no hay una impresora configurada ni un visor de PDF</source>
        <translation>there is no printer configured and no PDF viewer</translation>
    </message>
    <message>
        <source>Guardar en PDF: {0}</source>
        <translation>Save as PDF: {0}</translation>
    </message>
    <message>
        <source>Documentos PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Comprobante</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>el comprobante</source>
        <translation>the receipt</translation>
    </message>
    <message>
        <source>Orden de trabajo</source>
        <translation>Work order</translation>
    </message>
    <message>
        <source>la orden de trabajo</source>
        <translation>the work order</translation>
    </message>
    <message>
        <source>Carta de respuesta</source>
        <translation>Response letter</translation>
    </message>
    <message>
        <source>la carta de respuesta</source>
        <translation>the response letter</translation>
    </message>
    <message>
        <source>No se tiene permiso para escribir en {0}. Elija otra carpeta.</source>
        <translation>No permission to write to {0}. Choose another folder.</translation>
    </message>
    <message>
        <source>El disco está lleno: no se pudo escribir {0}.</source>
        <translation>The disk is full: {0} could not be written.</translation>
    </message>
    <message>
        <source>No se pudo escribir {0} ({1}).</source>
        <translation>Could not write {0} ({1}).</translation>
    </message>
    <message>
        <source>No se pudo generar {0}.</source>
        <translation>Could not produce {0}.</translation>
    </message>
    <message>
        <source>{0} guardado en {1}</source>
        <translation>{0} saved to {1}</translation>
    </message>
    <message>
        <source>No se pudo imprimir: {0}. Use «Guardar PDF…» e imprímalo desde el visor.</source>
        <translation>Could not print: {0}. Use «Save PDF…» and print it from the viewer.</translation>
    </message>
</context>
<context>
    <name>PrivacyNoticeDialog</name>
    <message>
        <source>Aviso de privacidad</source>
        <translation>Privacy notice</translation>
    </message>
    <message>
        <source>Guardar cambios</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Volver al texto predeterminado</source>
        <translation>Back to the default text</translation>
    </message>
    <message>
        <source>Imprimir</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Guardar PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Revise el texto con su asesor y adáptelo a lo que su oficina hace. Un renglón corto sin punto al inicio de un párrafo se imprime como título.</source>
        <translation>Review the text with your adviser and adapt it to what your office does. A short line without a period at the start of a paragraph prints as a heading.</translation>
    </message>
    <message>
        <source>Última actualización: {0}</source>
        <translation>Last updated: {0}</translation>
    </message>
    <message>
        <source>Texto predeterminado, con los datos de la oficina.</source>
        <translation>Default text, with the office&apos;s details.</translation>
    </message>
    <message>
        <source>Aviso de privacidad guardado.</source>
        <translation>Privacy notice saved.</translation>
    </message>
    <message>
        <source>Se volvió al texto predeterminado.</source>
        <translation>Back to the default text.</translation>
    </message>
    <message>
        <source>el aviso de privacidad</source>
        <translation>the privacy notice</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Falla</source>
        <translation>Fault</translation>
    </message>
    <message>
        <source>Queja</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Consulta</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Aclaración</source>
        <translation>Billing</translation>
    </message>
    <message>
        <source>Trámite</source>
        <translation>Paperwork</translation>
    </message>
    <message>
        <source>Sugerencia</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Cancelación</source>
        <translation>Cancellation</translation>
    </message>
    <message>
        <source>Contratación</source>
        <translation>New service</translation>
    </message>
    <message>
        <source>ARCO</source>
        <translation>ARCO</translation>
    </message>
    <message>
        <source>Otro</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <source>Cliente</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Zona/torre</source>
        <translation>Area/tower</translation>
    </message>
    <message>
        <source>Domicilio</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Tipo</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Próxima visita</source>
        <translation>Next visit</translation>
    </message>
    <message>
        <source>Compromiso</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Tiempo restante</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>detenido</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>Compromiso de solución: {0}</source>
        <translation>Resolution deadline: {0}</translation>
    </message>
    <message>
        <source>El plazo está detenido mientras el cliente tiene el reporte en espera.</source>
        <translation>The clock is stopped while the customer keeps the report on hold.</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>Iniciar</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>En sitio</source>
        <translation>On site</translation>
    </message>
    <message>
        <source>Programar visita…</source>
        <translation>Schedule a visit…</translation>
    </message>
    <message>
        <source>Nota…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <source>En espera…</source>
        <translation>On hold…</translation>
    </message>
    <message>
        <source>Resolver…</source>
        <translation>Resolve…</translation>
    </message>
    <message>
        <source>Orden de trabajo</source>
        <translation>Work order</translation>
    </message>
    <message>
        <source>Iniciar la atención del reporte (o reanudarlo si está en espera)</source>
        <translation>Start working on the report (or resume it if on hold)</translation>
    </message>
    <message>
        <source>Registrar que llegó al domicilio del cliente</source>
        <translation>Record arriving at the customer&apos;s home</translation>
    </message>
    <message>
        <source>Programar o cambiar la visita al domicilio</source>
        <translation>Schedule or change the home visit</translation>
    </message>
    <message>
        <source>Agregar una nota al historial del reporte</source>
        <translation>Add a note to the report&apos;s history</translation>
    </message>
    <message>
        <source>Poner el reporte en espera (sin acceso, refacciones…)</source>
        <translation>Put the report on hold (no access, parts…)</translation>
    </message>
    <message>
        <source>Registrar la causa y lo que se hizo</source>
        <translation>Record the cause and what was done</translation>
    </message>
    <message>
        <source>Imprimir la orden de trabajo (el menú la guarda en PDF)</source>
        <translation>Print the work order (the menu saves it as PDF)</translation>
    </message>
    <message>
        <source>{0}: atención iniciada.</source>
        <translation>{0}: work started.</translation>
    </message>
    <message>
        <source>{0}: se reanudó la atención.</source>
        <translation>{0}: work resumed.</translation>
    </message>
    <message>
        <source>{0}: llegada al domicilio registrada.</source>
        <translation>{0}: arrival at the home recorded.</translation>
    </message>
    <message>
        <source>{0}: visita programada.</source>
        <translation>{0}: visit scheduled.</translation>
    </message>
    <message>
        <source>{0}: nota agregada.</source>
        <translation>{0}: note added.</translation>
    </message>
    <message>
        <source>{0}: en espera.</source>
        <translation>{0}: on hold.</translation>
    </message>
    <message>
        <source>{0}: resuelto. Sale de su cola; atención a clientes avisará al cliente.</source>
        <translation>{0}: resolved. It leaves your queue; customer service will tell the customer.</translation>
    </message>
    <message>
        <source>Todos activos</source>
        <translation>All active</translation>
    </message>
    <message>
        <source>Asignado</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>En atención</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>En espera</source>
        <translation>On hold</translation>
    </message>
</context>
<context>
    <name>ReceiptSection</name>
    <message>
        <source>Comprobante y textos</source>
        <translation>Receipt and texts</translation>
    </message>
    <message>
        <source>El texto legal que se imprime al pie de cada comprobante de folio. El sugerido menciona la Carta de Derechos Mínimos, el Código de Prácticas Comerciales y PROFECO.</source>
        <translation>The legal text printed at the foot of every folio receipt. The suggested one mentions the Carta de Derechos Mínimos, the Code of Commercial Practice and PROFECO.</translation>
    </message>
    <message>
        <source>Usar el texto sugerido</source>
        <translation>Use the suggested text</translation>
    </message>
    <message>
        <source>Guardar texto</source>
        <translation>Save text</translation>
    </message>
    <message>
        <source>Para ver cómo queda con los datos, el logotipo y los plazos guardados, abra un comprobante de ejemplo (marcado «sin validez»).</source>
        <translation>To see how it looks with the saved details, logo and deadlines, open a sample receipt (marked «sin validez»).</translation>
    </message>
    <message>
        <source>Ver comprobante de ejemplo</source>
        <translation>See a sample receipt</translation>
    </message>
    <message>
        <source>{0} de 3000 caracteres</source>
        <translation>{0} of 3000 characters</translation>
    </message>
    <message>
        <source>Comprobante de ejemplo</source>
        <translation>Sample receipt</translation>
    </message>
    <message>
        <source>el comprobante de ejemplo</source>
        <translation>the sample receipt</translation>
    </message>
    <message>
        <source>No hay un visor de PDF: el ejemplo quedó en {0}.</source>
        <translation>There is no PDF viewer: the sample is at {0}.</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Asignar el reporte {0}</source>
        <translation>Assign report {0}</translation>
    </message>
    <message>
        <source>Asignar</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>cubre {0}</source>
        <translation>covers {0}</translation>
    </message>
    <message>
        <source>{0} abiertos</source>
        <translation>{0} open</translation>
    </message>
    <message>
        <source>Asignar a:</source>
        <translation>Assign to:</translation>
    </message>
    <message>
        <source>Primero aparece quien cubre la zona {0}; luego quien tiene menos reportes.</source>
        <translation>First whoever covers the {0} area, then whoever has fewer reports.</translation>
    </message>
    <message>
        <source>Nota (opcional):</source>
        <translation>Note (optional):</translation>
    </message>
    <message>
        <source>Turnar el reporte {0}</source>
        <translation>Hand over report {0}</translation>
    </message>
    <message>
        <source>Turnar</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <source>Al área:</source>
        <translation>To the area:</translation>
    </message>
    <message>
        <source>El reporte deja de estar asignado y espera en la bandeja del área.</source>
        <translation>The report is unassigned and waits in the area&apos;s inbox.</translation>
    </message>
    <message>
        <source>Poner en espera — {0}</source>
        <translation>Put on hold — {0}</translation>
    </message>
    <message>
        <source>Poner en espera</source>
        <translation>Put on hold</translation>
    </message>
    <message>
        <source> (detiene el plazo)</source>
        <translation> (stops the clock)</translation>
    </message>
    <message>
        <source>Motivo:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Sólo los motivos del cliente detienen el plazo de solución; el tiempo en espera se muestra en el reporte y se cuenta en las estadísticas.</source>
        <translation>Only reasons on the customer&apos;s side stop the resolution clock; the time on hold is shown on the report and counted in the statistics.</translation>
    </message>
    <message>
        <source>Detalle:</source>
        <translation>Details:</translation>
    </message>
    <message>
        <source>Programar visita — {0}</source>
        <translation>Schedule a visit — {0}</translation>
    </message>
    <message>
        <source>Programar</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>de</source>
        <translation>from</translation>
    </message>
    <message>
        <source>a</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Día:</source>
        <translation>Day:</translation>
    </message>
    <message>
        <source>Horario:</source>
        <translation>Time window:</translation>
    </message>
    <message>
        <source>Técnico:</source>
        <translation>Technician:</translation>
    </message>
    <message>
        <source>El cliente prefiere: {0}</source>
        <translation>The customer prefers: {0}</translation>
    </message>
    <message>
        <source>{0} ya tiene visita de {1} a {2}: {3}, {4}</source>
        <translation>{0} already has a visit from {1} to {2}: {3}, {4}</translation>
    </message>
    <message>
        <source>Atención: </source>
        <translation>Note: </translation>
    </message>
    <message>
        <source>. Puede programarla de todos modos.</source>
        <translation>. You can schedule it anyway.</translation>
    </message>
    <message>
        <source>Resultado de la visita — {0}</source>
        <translation>Visit outcome — {0}</translation>
    </message>
    <message>
        <source>Registrar</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Se realizó</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>No se pudo atender</source>
        <translation>Could not be done</translation>
    </message>
    <message>
        <source>Resultado:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>Qué pasó:</source>
        <translation>What happened:</translation>
    </message>
    <message>
        <source>Poner el reporte en espera: sin acceso al domicilio (detiene el plazo)</source>
        <translation>Put the report on hold: no access to the home (stops the clock)</translation>
    </message>
    <message>
        <source>Resolver el reporte {0}</source>
        <translation>Resolve report {0}</translation>
    </message>
    <message>
        <source>Resolver</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <source>Tipo de causa:</source>
        <translation>Kind of cause:</translation>
    </message>
    <message>
        <source>Causa:</source>
        <translation>Cause:</translation>
    </message>
    <message>
        <source>Detalle de la causa:</source>
        <translation>Cause details:</translation>
    </message>
    <message>
        <source>Acción realizada:</source>
        <translation>Action taken:</translation>
    </message>
    <message>
        <source>Equipo reemplazado:</source>
        <translation>Equipment replaced:</translation>
    </message>
    <message>
        <source>p. ej. antena LiteBeam M5, fuente PoE 24 V</source>
        <translation>e.g. LiteBeam M5 antenna, 24 V PoE power supply</translation>
    </message>
    <message>
        <source>Hubo visita al domicilio</source>
        <translation>There was a visit to the home</translation>
    </message>
    <message>
        <source>Sí, procedente</source>
        <translation>Yes, upheld</translation>
    </message>
    <message>
        <source>No procedente</source>
        <translation>Not upheld</translation>
    </message>
    <message>
        <source>¿Procedente?</source>
        <translation>Upheld?</translation>
    </message>
    <message>
        <source>Por qué no procede:</source>
        <translation>Why it is not upheld:</translation>
    </message>
    <message>
        <source>Causa externa — {0}</source>
        <translation>External cause — {0}</translation>
    </message>
    <message>
        <source>Reclasificar</source>
        <translation>Reclassify</translation>
    </message>
    <message>
        <source>La causa es ajena al proveedor: el plazo de solución se amplía según la política del tipo de reporte. El compromiso original ({0}) queda registrado.</source>
        <translation>The cause is outside the provider&apos;s control: the resolution deadline is extended by the policy of the report kind. The original promise ({0}) stays on record.</translation>
    </message>
    <message>
        <source>Avisar al cliente — {0}</source>
        <translation>Tell the customer — {0}</translation>
    </message>
    <message>
        <source>Registrar aviso</source>
        <translation>Record notice</translation>
    </message>
    <message>
        <source>Por:</source>
        <translation>By:</translation>
    </message>
    <message>
        <source>Qué se le dijo:</source>
        <translation>What they were told:</translation>
    </message>
    <message>
        <source>Sí, confirma que quedó resuelto</source>
        <translation>Yes, confirms it is fixed</translation>
    </message>
    <message>
        <source>No, dice que sigue la falla</source>
        <translation>No, says the fault goes on</translation>
    </message>
    <message>
        <source>No se le preguntó</source>
        <translation>Not asked</translation>
    </message>
    <message>
        <source>El cliente:</source>
        <translation>The customer:</translation>
    </message>
    <message>
        <source>Cerrar el reporte después de registrar el aviso</source>
        <translation>Close the report after recording the notice</translation>
    </message>
    <message>
        <source>Copiar texto</source>
        <translation>Copy text</translation>
    </message>
    <message>
        <source>El cliente no tiene un celular registrado.</source>
        <translation>The customer has no mobile number on record.</translation>
    </message>
    <message>
        <source>Enviar por WhatsApp ({0})</source>
        <translation>Send by WhatsApp ({0})</translation>
    </message>
    <message>
        <source>Enviar por WhatsApp</source>
        <translation>Send by WhatsApp</translation>
    </message>
    <message>
        <source>Carta de respuesta PDF…</source>
        <translation>Response letter PDF…</translation>
    </message>
    <message>
        <source>Cerrar el reporte {0}</source>
        <translation>Close report {0}</translation>
    </message>
    <message>
        <source>Cerrar reporte</source>
        <translation>Close report</translation>
    </message>
    <message>
        <source>Improcedente — {0}</source>
        <translation>Not upheld — {0}</translation>
    </message>
    <message>
        <source>Declarar improcedente</source>
        <translation>Declare not upheld</translation>
    </message>
    <message>
        <source>El reporte termina como no procedente. Después registre el aviso al cliente con el motivo.</source>
        <translation>The report ends as not upheld. Then record the notice to the customer with the reason.</translation>
    </message>
    <message>
        <source>Cancelar el reporte {0}</source>
        <translation>Cancel report {0}</translation>
    </message>
    <message>
        <source>Cancelar reporte</source>
        <translation>Cancel report</translation>
    </message>
    <message>
        <source>El cliente retira su reporte.</source>
        <translation>The customer withdraws the report.</translation>
    </message>
    <message>
        <source>Reabrir el reporte {0}</source>
        <translation>Reopen report {0}</translation>
    </message>
    <message>
        <source>Reabrir</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Se abre un nuevo ciclo con plazos nuevos; la solución anterior queda en el historial.</source>
        <translation>A new cycle starts with new deadlines; the earlier resolution stays in the history.</translation>
    </message>
    <message>
        <source>Nota — {0}</source>
        <translation>Note — {0}</translation>
    </message>
    <message>
        <source>Agregar nota</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Nota:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Adjuntar archivo</source>
        <translation>Attach a file</translation>
    </message>
    <message>
        <source>Fotos y documentos (*.jpg *.jpeg *.png *.heic *.pdf *.doc *.docx *.xls *.xlsx *.txt);;Todos los archivos (*)</source>
        <translation>Photos and documents (*.jpg *.jpeg *.png *.heic *.pdf *.doc *.docx *.xls *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>No se pudo imprimir</source>
        <translation>Could not print</translation>
    </message>
    <message>
        <source>¿Guardar el PDF para imprimirlo o enviarlo después?</source>
        <translation>Save the PDF to print or send it later?</translation>
    </message>
    <message>
        <source>El técnico no tiene un celular registrado: agréguelo en Usuarios.</source>
        <translation>The technician has no mobile number on record: add it in Users.</translation>
    </message>
    <message>
        <source>Se abrió WhatsApp con la orden para el técnico.</source>
        <translation>WhatsApp opened with the order for the technician.</translation>
    </message>
</context>
<context>
    <name>ReportRowsModel</name>
    <message>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <source>Cliente</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Torre</source>
        <translation>Tower</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Levantado</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>Avisado, por cerrar</source>
        <translation>Notified, to close</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Copiar</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copia la frase para leerla o enviarla al cliente</source>
        <translation>Copies the sentence to read out or send to the customer</translation>
    </message>
    <message>
        <source>Para el cliente:</source>
        <translation>For the customer:</translation>
    </message>
    <message>
        <source>Asignar…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <source>Iniciar atención</source>
        <translation>Start work</translation>
    </message>
    <message>
        <source>Programar visita…</source>
        <translation>Schedule visit…</translation>
    </message>
    <message>
        <source>En sitio</source>
        <translation>On site</translation>
    </message>
    <message>
        <source>Resultado de la visita…</source>
        <translation>Visit outcome…</translation>
    </message>
    <message>
        <source>En espera…</source>
        <translation>On hold…</translation>
    </message>
    <message>
        <source>Reanudar</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Resolver…</source>
        <translation>Resolve…</translation>
    </message>
    <message>
        <source>Causa externa…</source>
        <translation>External cause…</translation>
    </message>
    <message>
        <source>Avisar al cliente…</source>
        <translation>Notify customer…</translation>
    </message>
    <message>
        <source>Cerrar…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <source>Reabrir…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>Registrar otro aviso al cliente…</source>
        <translation>Record another notice to the customer…</translation>
    </message>
    <message>
        <source>Turnar a otra área…</source>
        <translation>Hand over to another area…</translation>
    </message>
    <message>
        <source>Adjuntar archivo…</source>
        <translation>Attach a file…</translation>
    </message>
    <message>
        <source>Declarar improcedente…</source>
        <translation>Declare not upheld…</translation>
    </message>
    <message>
        <source>Cancelar el reporte…</source>
        <translation>Cancel the report…</translation>
    </message>
    <message>
        <source>Imprimir comprobante</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <source>Guardar comprobante en PDF…</source>
        <translation>Save receipt as PDF…</translation>
    </message>
    <message>
        <source>Imprimir orden de trabajo</source>
        <translation>Print work order</translation>
    </message>
    <message>
        <source>Guardar orden de trabajo en PDF…</source>
        <translation>Save work order as PDF…</translation>
    </message>
    <message>
        <source>Enviar al técnico por WhatsApp</source>
        <translation>Send to the technician by WhatsApp</translation>
    </message>
    <message>
        <source>Más</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Documentos</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Cliente:</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <source>Domicilio:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Teléfonos:</source>
        <translation>Phones:</translation>
    </message>
    <message>
        <source>Asignado a:</source>
        <translation>Assigned to:</translation>
    </message>
    <message>
        <source>Zona / torre:</source>
        <translation>Area / tower:</translation>
    </message>
    <message>
        <source>Área:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <source>Levantado:</source>
        <translation>Opened:</translation>
    </message>
    <message>
        <source>Primera respuesta:</source>
        <translation>First response:</translation>
    </message>
    <message>
        <source>Compromiso de solución:</source>
        <translation>Resolution due:</translation>
    </message>
    <message>
        <source>Compromiso original:</source>
        <translation>Original promise:</translation>
    </message>
    <message>
        <source>Visita:</source>
        <translation>Visit:</translation>
    </message>
    <message>
        <source>En espera:</source>
        <translation>On hold:</translation>
    </message>
    <message>
        <source>Visitas:</source>
        <translation>Visits:</translation>
    </message>
    <message>
        <source>Canal:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <source>Incidente:</source>
        <translation>Outage:</translation>
    </message>
    <message>
        <source>Prioridad:</source>
        <translation>Priority:</translation>
    </message>
    <message>
        <source>Teléfono de contacto:</source>
        <translation>Contact phone:</translation>
    </message>
    <message>
        <source>Ubicación:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <source>Horario para la visita:</source>
        <translation>Visit time:</translation>
    </message>
    <message>
        <source>Documentos:</source>
        <translation>Documents:</translation>
    </message>
    <message>
        <source>Descripción:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Causa:</source>
        <translation>Cause:</translation>
    </message>
    <message>
        <source>Acción realizada:</source>
        <translation>Action taken:</translation>
    </message>
    <message>
        <source>Procedente:</source>
        <translation>Upheld:</translation>
    </message>
    <message>
        <source>Equipo reemplazado:</source>
        <translation>Equipment replaced:</translation>
    </message>
    <message>
        <source>Aviso al cliente:</source>
        <translation>Customer notified:</translation>
    </message>
    <message>
        <source>Ciclos anteriores:</source>
        <translation>Earlier cycles:</translation>
    </message>
    <message>
        <source>Archivos:</source>
        <translation>Files:</translation>
    </message>
    <message>
        <source>Escriba una nota para el historial…</source>
        <translation>Write a note for the history…</translation>
    </message>
    <message>
        <source>Agregar nota</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Historial</source>
        <translation>History</translation>
    </message>
    <message>
        <source>{0} (detenido: esperando al cliente)</source>
        <translation>{0} (stopped: waiting for the customer)</translation>
    </message>
    <message>
        <source>Sin asignar</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>{0} por {1}</source>
        <translation>{0} by {1}</translation>
    </message>
    <message>
        <source>{0} (atendido el {1})</source>
        <translation>{0} (responded on {1})</translation>
    </message>
    <message>
        <source>{0} (resuelto el {1}, {2})</source>
        <translation>{0} (resolved on {1}, {2})</translation>
    </message>
    <message>
        <source>a tiempo</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>fuera de plazo</source>
        <translation>late</translation>
    </message>
    <message>
        <source>{0} a {1} con {2} ({3})</source>
        <translation>{0} to {1} with {2} ({3})</translation>
    </message>
    <message>
        <source>sin técnico</source>
        <translation>no technician</translation>
    </message>
    <message>
        <source>Sin programar</source>
        <translation>Not scheduled</translation>
    </message>
    <message>
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>No: {0}</source>
        <translation>No: {0}</translation>
    </message>
    <message>
        <source>Externa: {0} (plazo ampliado)</source>
        <translation>External: {0} (deadline extended)</translation>
    </message>
    <message>
        <source>Ciclo {0}: {1} ({2})</source>
        <translation>Cycle {0}: {1} ({2})</translation>
    </message>
    <message>
        <source>Doble clic o Enter para abrirlo</source>
        <translation>Double-click or Enter to open it</translation>
    </message>
    <message>
        <source> (confirmó la solución)</source>
        <translation> (confirmed the fix)</translation>
    </message>
    <message>
        <source> (NO confirmó la solución)</source>
        <translation> (did NOT confirm the fix)</translation>
    </message>
    <message>
        <source>{0} por {1}, {2}: {3}{4}</source>
        <translation>{0} by {1}, {2}: {3}{4}</translation>
    </message>
    <message>
        <source>el plazo está detenido</source>
        <translation>the clock is stopped</translation>
    </message>
    <message>
        <source>el plazo sigue corriendo</source>
        <translation>the clock keeps running</translation>
    </message>
    <message>
        <source>{0}, desde {1}; {2}</source>
        <translation>{0}, since {1}; {2}</translation>
    </message>
    <message>
        <source>Tiempo detenido por el cliente: {0}</source>
        <translation>Time stopped by the customer: {0}</translation>
    </message>
    <message>
        <source>No hay un programa para abrir {0}; está en {1}</source>
        <translation>No program can open {0}; it is at {1}</translation>
    </message>
    <message>
        <source>Copiado</source>
        <translation>Copied</translation>
    </message>
    <message>
        <source>procedente</source>
        <translation>upheld</translation>
    </message>
    <message>
        <source>no procedente</source>
        <translation>not upheld</translation>
    </message>
    <message>
        <source>Motivo:</source>
        <translation>Reason:</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Conservación de datos personales</source>
        <translation>Personal data retention</translation>
    </message>
    <message>
        <source> años</source>
        <translation> years</translation>
    </message>
    <message>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Anonimizar a los clientes dados de baja sin actividad en</source>
        <translation>Anonymise cancelled customers with no activity in</translation>
    </message>
    <message>
        <source>Número</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Última actividad</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>Actividad: cualquier cambio en su ficha o en sus reportes. No se toman clientes con servicio activo o suspendido ni con reportes sin terminar. La misma regla corre con «ispdesk retention» en una tarea programada (con --dry-run sólo lista).</source>
        <translation>Activity: any change to their card or their reports. Customers with an active or suspended service, or with unfinished reports, are not taken. The same rule runs with «ispdesk retention» in a scheduled task (with --dry-run it only lists).</translation>
    </message>
    <message>
        <source>Buscando clientes…</source>
        <translation>Looking for customers…</translation>
    </message>
    <message>
        <source>1 año</source>
        <translation>1 year</translation>
    </message>
    <message>
        <source>{0} años</source>
        <translation>{0} years</translation>
    </message>
    <message>
        <source>{0} clientes dados de baja sin actividad en {1}.</source>
        <translation>{0} cancelled customers with no activity in {1}.</translation>
    </message>
    <message>
        <source>Ningún cliente dado de baja lleva {0} sin actividad.</source>
        <translation>No cancelled customer has gone {0} without activity.</translation>
    </message>
    <message>
        <source>Anonimizar a {0} clientes…</source>
        <translation>Anonymise {0} customers…</translation>
    </message>
    <message>
        <source>Anonimizar…</source>
        <translation>Anonymise…</translation>
    </message>
    <message>
        <source>Anonimizar datos personales</source>
        <translation>Anonymise personal data</translation>
    </message>
    <message>
        <source>¿Anonimizar los datos personales de {0} clientes?</source>
        <translation>Anonymise the personal data of {0} customers?</translation>
    </message>
    <message>
        <source>Se reemplazan sus nombres, teléfonos, correos, domicilios, notas y los textos de sus reportes, y se borran sus archivos adjuntos. Los reportes se conservan para las estadísticas. Esto no se puede deshacer.</source>
        <translation>Their names, phones, emails, addresses, notes and the texts of their reports are replaced, and their attachments deleted. The reports are kept for the statistics. This cannot be undone.</translation>
    </message>
    <message>
        <source>Anonimizar</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <source>Se anonimizaron {0} clientes.</source>
        <translation>{0} customers were anonymised.</translation>
    </message>
    <message>
        <source>{0} no, porque tuvieron actividad desde que se revisó la lista.</source>
        <translation>{0} not, because they had activity since the list was checked.</translation>
    </message>
    <message>
        <source>No se pudieron borrar estos archivos; bórrelos a mano: {0}</source>
        <translation>These files could not be deleted; delete them by hand: {0}</translation>
    </message>
</context>
<context>
    <name>RetentionSection</name>
    <message>
        <source>Conservación de datos</source>
        <translation>Data retention</translation>
    </message>
    <message>
        <source>Cuánto tiempo se guardan los datos personales de un cliente dado de baja. Pasado ese tiempo se anonimizan (nombre, teléfonos, domicilio, correo); sus reportes se conservan sin datos personales para las estadísticas. Los reportes y su historial nunca se borran.</source>
        <translation>How long the personal data of a cancelled customer is kept. After that it is anonymised (name, phones, address, email); their reports are kept without personal data for the statistics. Reports and their history are never deleted.</translation>
    </message>
    <message>
        <source> años</source>
        <translation> years</translation>
    </message>
    <message>
        <source>Conservar los datos de clientes dados de baja &amp;durante:</source>
        <translation>Keep the data of cancelled customers &amp;for:</translation>
    </message>
    <message>
        <source>Cinco años es lo que el Código Fiscal pide conservar los registros de lo facturado; la Ley de Protección de Datos Personales pide no guardarlos más de lo necesario.</source>
        <translation>Five years is what the Tax Code asks to keep billing records; the Personal Data Protection Law asks not to keep them longer than needed.</translation>
    </message>
    <message>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Buscar: número de cliente, nombre, teléfono, domicilio o folio</source>
        <translation>Search: customer number, name, phone, address or folio</translation>
    </message>
    <message>
        <source>Nuevo cliente…</source>
        <translation>New customer…</translation>
    </message>
    <message>
        <source>Escriba para buscar. Enter abre el cliente; ↓ pasa a la lista.</source>
        <translation>Type to search. Enter opens the customer; ↓ moves to the list.</translation>
    </message>
    <message>
        <source>Abrir el reporte {0} (Enter)</source>
        <translation>Open report {0} (Enter)</translation>
    </message>
    <message>
        <source>Sin resultados para «{0}»</source>
        <translation>No results for «{0}»</translation>
    </message>
    <message>
        <source>{0} clientes; refine la búsqueda para ver menos</source>
        <translation>{0} customers; refine the search to see fewer</translation>
    </message>
    <message>
        <source>1 cliente</source>
        <translation>1 customer</translation>
    </message>
    <message>
        <source>{0} clientes</source>
        <translation>{0} customers</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Guardar cambios</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Cambios guardados.</source>
        <translation>Changes saved.</translation>
    </message>
</context>
<context>
    <name>SessionGuard</name>
    <message>
        <source>La cuenta de {0} fue desactivada y su sesión se cerró. Inicie sesión con una cuenta activa.</source>
        <translation>The account of {0} was deactivated and its session closed. Sign in with an active account.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Lunes</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>Martes</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>Miércoles</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>Jueves</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>Viernes</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>Sábado</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Domingo</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>horas naturales (corridas)</source>
        <translation>calendar hours</translation>
    </message>
    <message>
        <source>horas hábiles (horario de la oficina)</source>
        <translation>business hours (office hours)</translation>
    </message>
    <message>
        <source>días naturales (corridos)</source>
        <translation>calendar days</translation>
    </message>
    <message>
        <source>días hábiles de la oficina</source>
        <translation>office business days</translation>
    </message>
    <message>
        <source>días hábiles legales (lun–vie sin festivos)</source>
        <translation>legal business days (Mon–Fri without holidays)</translation>
    </message>
    <message>
        <source>Centro (Ciudad de México)</source>
        <translation>Central (Mexico City)</translation>
    </message>
    <message>
        <source>Centro (Monterrey)</source>
        <translation>Central (Monterrey)</translation>
    </message>
    <message>
        <source>Centro (Mérida)</source>
        <translation>Central (Mérida)</translation>
    </message>
    <message>
        <source>Centro (Chihuahua)</source>
        <translation>Central (Chihuahua)</translation>
    </message>
    <message>
        <source>Centro (Bahía de Banderas)</source>
        <translation>Central (Bahía de Banderas)</translation>
    </message>
    <message>
        <source>Sureste (Quintana Roo)</source>
        <translation>Southeast (Quintana Roo)</translation>
    </message>
    <message>
        <source>Pacífico (Sinaloa, Nayarit, B.C.S.)</source>
        <translation>Pacific (Sinaloa, Nayarit, B.C.S.)</translation>
    </message>
    <message>
        <source>Pacífico sin horario de verano (Sonora)</source>
        <translation>Pacific without daylight saving (Sonora)</translation>
    </message>
    <message>
        <source>Noroeste (Baja California)</source>
        <translation>Northwest (Baja California)</translation>
    </message>
    <message>
        <source>Centro, frontera con horario de verano (Matamoros)</source>
        <translation>Central, border with daylight saving (Matamoros)</translation>
    </message>
    <message>
        <source>Centro, frontera con horario de verano (Ojinaga)</source>
        <translation>Central, border with daylight saving (Ojinaga)</translation>
    </message>
    <message>
        <source>Montaña, frontera (Ciudad Juárez)</source>
        <translation>Mountain, border (Ciudad Juárez)</translation>
    </message>
    <message>
        <source>Festivo oficial</source>
        <translation>Official holiday</translation>
    </message>
    <message>
        <source>Inhábil sólo para plazos legales</source>
        <translation>Non-working for legal deadlines only</translation>
    </message>
    <message>
        <source>Cierre de la oficina</source>
        <translation>Office closure</translation>
    </message>
    <message>
        <source>y de</source>
        <translation>and from</translation>
    </message>
    <message>
        <source>a</source>
        <translation>to</translation>
    </message>
    <message>
        <source>{0} h naturales</source>
        <translation>{0} calendar h</translation>
    </message>
    <message>
        <source>{0} h hábiles</source>
        <translation>{0} business h</translation>
    </message>
    <message>
        <source>{0} días naturales</source>
        <translation>{0} calendar days</translation>
    </message>
    <message>
        <source>{0} días hábiles</source>
        <translation>{0} business days</translation>
    </message>
    <message>
        <source>{0} días hábiles legales</source>
        <translation>{0} legal business days</translation>
    </message>
    <message>
        <source>Oficina</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Horario y días festivos</source>
        <translation>Hours and holidays</translation>
    </message>
    <message>
        <source>Plazos</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <source>Áreas y tipos</source>
        <translation>Teams and kinds</translation>
    </message>
    <message>
        <source>Causas</source>
        <translation>Causes</translation>
    </message>
    <message>
        <source>Técnicos y zonas</source>
        <translation>Technicians and areas</translation>
    </message>
    <message>
        <source>Comprobante y textos</source>
        <translation>Receipt and texts</translation>
    </message>
    <message>
        <source>Compensación</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <source>Conservación de datos</source>
        <translation>Data retention</translation>
    </message>
    <message>
        <source>Configuración</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Nota:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>No se levantará un reporte nuevo: la nota se agregará al reporte {0}, que conserva su folio y sus plazos.</source>
        <translation>No new report will be opened: the note will be added to report {0}, which keeps its folio and deadlines.</translation>
    </message>
    <message>
        <source>Agregar nota</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Descripción:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Levantar reporte</source>
        <translation>Open report</translation>
    </message>
    <message>
        <source>Primera respuesta a más tardar: {0}</source>
        <translation>First response by: {0}</translation>
    </message>
    <message>
        <source>Solución comprometida: {0}</source>
        <translation>Promised resolution: {0}</translation>
    </message>
</context>
<context>
    <name>TechniciansSection</name>
    <message>
        <source>Técnicos y zonas</source>
        <translation>Technicians and areas</translation>
    </message>
    <message>
        <source>Las zonas (o torres) que cubre cada técnico: el tablero lo sugiere para los reportes de ahí.</source>
        <translation>The areas (or towers) each technician covers: the board suggests them for the reports there.</translation>
    </message>
    <message>
        <source>Técnico</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Zonas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>Otra zona, o Zona/Torre</source>
        <translation>Another area, or Area/Tower</translation>
    </message>
    <message>
        <source>Agregar</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Guardar zonas</source>
        <translation>Save areas</translation>
    </message>
    <message>
        <source> (desactivado)</source>
        <translation> (inactive)</translation>
    </message>
    <message>
        <source>ninguna</source>
        <translation>none</translation>
    </message>
    <message>
        <source>No hay técnicos: dé el rol de técnico a una cuenta en Usuarios.</source>
        <translation>There are no technicians: give the technician role to an account in Users.</translation>
    </message>
    <message>
        <source>Zonas que cubre {0}:</source>
        <translation>Areas {0} covers:</translation>
    </message>
    <message>
        <source>Zonas de {0} guardadas.</source>
        <translation>Areas of {0} saved.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Quién</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Qué</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Detalle</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>UserForm</name>
    <message>
        <source>Nueva cuenta</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>Cuenta de {0}</source>
        <translation>Account of {0}</translation>
    </message>
    <message>
        <source>Crear cuenta</source>
        <translation>Create account</translation>
    </message>
    <message>
        <source>Guardar</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>10 dígitos; los técnicos reciben ahí sus órdenes por WhatsApp</source>
        <translation>10 digits; technicians get their orders there by WhatsApp</translation>
    </message>
    <message>
        <source>&amp;Usuario:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Nombre completo:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Rol:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Celular:</source>
        <translation>&amp;Mobile:</translation>
    </message>
    <message>
        <source>&amp;Oficina:</source>
        <translation>&amp;Office:</translation>
    </message>
    <message>
        <source>&amp;Contraseña:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>C&amp;onfirmar contraseña:</source>
        <translation>C&amp;onfirm password:</translation>
    </message>
    <message>
        <source>al menos 6 caracteres</source>
        <translation>at least 6 characters</translation>
    </message>
    <message>
        <source>Las contraseñas no coinciden.</source>
        <translation>The passwords do not match.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Usuario</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Celular</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>Scripts</translation>
    </message>
    <message>
        <source>Usuarios</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Las cuentas no se borran: se desactivan, y el historial las sigue nombrando. Tras 5 intentos fallidos una cuenta espera 30 segundos antes del siguiente, y la espera se duplica con cada fallo (hasta 15 minutos); «Desbloquear» la levanta.</source>
        <translation>Accounts are not deleted: they are deactivated, and the history keeps naming them. After 5 failed attempts an account waits 30 seconds before the next one, and the wait doubles with each failure (up to 15 minutes); «Unlock» lifts it.</translation>
    </message>
    <message>
        <source>&amp;Nueva cuenta…</source>
        <translation>&amp;New account…</translation>
    </message>
    <message>
        <source>&amp;Editar…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Restablecer contraseña…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <source>&amp;Desactivar</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>Des&amp;bloquear</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Permitir en &amp;scripts</source>
        <translation>Allow in &amp;scripts</translation>
    </message>
    <message>
        <source>La línea de comandos (ispdesk … --user USUARIO) puede actuar como esta cuenta, p. ej. en tareas programadas o formularios web.</source>
        <translation>The command line (ispdesk … --user USER) may act as this account, e.g. in scheduled tasks or web forms.</translation>
    </message>
    <message>
        <source>Desbloquear computadoras</source>
        <translation>Unlock computers</translation>
    </message>
    <message>
        <source>Desactivada</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Bloqueada hasta las {0} ({1} intentos fallidos)</source>
        <translation>Locked until {0} ({1} failed attempts)</translation>
    </message>
    <message>
        <source>Activa</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>sí</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Computadoras que esperan por intentos fallidos: {0}</source>
        <translation>Computers waiting after failed attempts: {0}</translation>
    </message>
    <message>
        <source>Re&amp;activar</source>
        <translation>Re&amp;activate</translation>
    </message>
    <message>
        <source>Quitar de &amp;scripts</source>
        <translation>Remove from &amp;scripts</translation>
    </message>
    <message>
        <source>Cuenta creada.</source>
        <translation>Account created.</translation>
    </message>
    <message>
        <source>Cambios guardados.</source>
        <translation>Changes saved.</translation>
    </message>
    <message>
        <source>Contraseña de {0} restablecida.</source>
        <translation>Password of {0} reset.</translation>
    </message>
    <message>
        <source>Desactivar cuenta</source>
        <translation>Deactivate account</translation>
    </message>
    <message>
        <source>¿Desactivar la cuenta de {0}? Ya no podrá entrar; si tiene la sesión abierta en otra computadora, se cerrará en unos segundos. Sus reportes y su historial se conservan.</source>
        <translation>Deactivate the account of {0}? They will no longer sign in; if their session is open on another computer, it closes in a few seconds. Their reports and history are kept.</translation>
    </message>
    <message>
        <source>Cuenta de {0} desactivada.</source>
        <translation>Account of {0} deactivated.</translation>
    </message>
    <message>
        <source>Cuenta de {0} reactivada.</source>
        <translation>Account of {0} reactivated.</translation>
    </message>
    <message>
        <source>Cuenta de {0} desbloqueada.</source>
        <translation>Account of {0} unlocked.</translation>
    </message>
    <message>
        <source>Computadoras desbloqueadas.</source>
        <translation>Computers unlocked.</translation>
    </message>
    <message>
        <source>{0} puede actuar desde scripts.</source>
        <translation>{0} may act from scripts.</translation>
    </message>
    <message>
        <source>{0} ya no puede actuar desde scripts.</source>
        <translation>{0} may no longer act from scripts.</translation>
    </message>
</context>
<context>
    <name>VisitsModel</name>
    <message>
        <source>Horario</source>
        <translation>Time window</translation>
    </message>
    <message>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <source>Cliente</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Domicilio</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Referencias</source>
        <translation>Landmarks</translation>
    </message>
    <message>
        <source>Teléfonos</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{0} (ya pasó el horario)</source>
        <translation>{0} (the window has passed)</translation>
    </message>
    <message>
        <source>Reporte: {0}</source>
        <translation>Report: {0}</translation>
    </message>
</context>
<context>
    <name>WizardCustomerPage</name>
    <message>
        <source>Cliente</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>¿Quién llama? Busque por teléfono, nombre, número de cliente o folio.</source>
        <translation>Who is calling? Search by phone, name, customer number or folio.</translation>
    </message>
    <message>
        <source>Número de cliente:</source>
        <translation>Customer number:</translation>
    </message>
    <message>
        <source>Nombre:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Domicilio del servicio:</source>
        <translation>Service address:</translation>
    </message>
    <message>
        <source>Teléfonos:</source>
        <translation>Phones:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>&amp;Cambiar de cliente…</source>
        <translation>&amp;Change customer…</translation>
    </message>
    <message>
        <source>&amp;Buscar cliente:</source>
        <translation>&amp;Find customer:</translation>
    </message>
    <message>
        <source>Teléfono, nombre, número de cliente o folio</source>
        <translation>Phone, name, customer number or folio</translation>
    </message>
    <message>
        <source>O identifique al cliente con su número y su última factura</source>
        <translation>Or identify the customer by their number and latest invoice</translation>
    </message>
    <message>
        <source>&amp;Número de cliente:</source>
        <translation>Customer n&amp;umber:</translation>
    </message>
    <message>
        <source>Ej.: C-01234</source>
        <translation>E.g. C-01234</translation>
    </message>
    <message>
        <source>Último número de &amp;factura:</source>
        <translation>Latest &amp;invoice number:</translation>
    </message>
    <message>
        <source>Como aparece en su último recibo</source>
        <translation>As it appears on their latest bill</translation>
    </message>
    <message>
        <source>&amp;Verificar</source>
        <translation>&amp;Verify</translation>
    </message>
</context>
<context>
    <name>WizardDescriptionPage</name>
    <message>
        <source>Descripción</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Anote lo que dice el cliente con sus palabras: qué pasa, desde cuándo, qué ya intentó.</source>
        <translation>Write down what the customer says, in their own words: what is wrong, since when, what they already tried.</translation>
    </message>
    <message>
        <source>&amp;Descripción: *</source>
        <translation>&amp;Description: *</translation>
    </message>
    <message>
        <source>Ej.: Sin internet desde ayer en la noche; la antena tiene la luz roja. Ya reinició el módem.</source>
        <translation>E.g. No internet since last night; the antenna shows a red light. Already restarted the modem.</translation>
    </message>
    <message>
        <source>&amp;Ubicación de la falla:</source>
        <translation>&amp;Fault location:</translation>
    </message>
    <message>
        <source>Teléfono de &amp;contacto:</source>
        <translation>&amp;Contact phone:</translation>
    </message>
    <message>
        <source>10 dígitos, p. ej. 444 123 4567</source>
        <translation>10 digits, e.g. 444 123 4567</translation>
    </message>
    <message>
        <source>&amp;Horario para la visita:</source>
        <translation>Visit &amp;time:</translation>
    </message>
    <message>
        <source>Documentos que debe presentar el cliente</source>
        <translation>Documents the customer must bring</translation>
    </message>
    <message>
        <source>Marque los que ya se le pidieron; se imprimen en el comprobante.</source>
        <translation>Tick the ones already requested; they are printed on the receipt.</translation>
    </message>
</context>
<context>
    <name>WizardKindPage</name>
    <message>
        <source>Tipo y canal</source>
        <translation>Type and channel</translation>
    </message>
    <message>
        <source>¿Qué necesita el cliente y por dónde se comunicó?</source>
        <translation>What does the customer need and how did they get in touch?</translation>
    </message>
    <message>
        <source>&amp;Tipo de reporte:</source>
        <translation>Report &amp;type:</translation>
    </message>
    <message>
        <source>&amp;Canal:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <source>Agregar nota al reporte</source>
        <translation>Add note to the report</translation>
    </message>
    <message>
        <source>Levantar un reporte &amp;nuevo de todos modos</source>
        <translation>&amp;Open a new report anyway</translation>
    </message>
</context>
<context>
    <name>WizardSummaryPage</name>
    <message>
        <source>Resumen</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Revise los datos con el cliente antes de levantar el reporte.</source>
        <translation>Check the details with the customer before opening the report.</translation>
    </message>
    <message>
        <source>Cliente:</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <source>Tipo:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Canal:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <source>Descripción:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Ubicación:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <source>Teléfono de contacto:</source>
        <translation>Contact phone:</translation>
    </message>
    <message>
        <source>Horario para la visita:</source>
        <translation>Visit time:</translation>
    </message>
    <message>
        <source>Documentos:</source>
        <translation>Documents:</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <source>Falla en el servicio</source>
        <translation>Service fault</translation>
    </message>
    <message>
        <source>Queja</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Consulta o duda</source>
        <translation>Question or enquiry</translation>
    </message>
    <message>
        <source>Aclaración de facturación</source>
        <translation>Billing dispute</translation>
    </message>
    <message>
        <source>Cambio administrativo</source>
        <translation>Account change</translation>
    </message>
    <message>
        <source>Sugerencia</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>Cancelación</source>
        <translation>Cancellation</translation>
    </message>
    <message>
        <source>Contratación</source>
        <translation>New service</translation>
    </message>
    <message>
        <source>Derechos ARCO</source>
        <translation>ARCO data rights</translation>
    </message>
    <message>
        <source>Otro</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Oficina</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Correo electrónico</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Página web</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Redes sociales</source>
        <translation>Social media</translation>
    </message>
    <message>
        <source>Abierto, sin asignar</source>
        <translation>Open, unassigned</translation>
    </message>
    <message>
        <source>Asignado a técnico</source>
        <translation>Assigned to technician</translation>
    </message>
    <message>
        <source>En atención</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>En espera</source>
        <translation>On hold</translation>
    </message>
    <message>
        <source>Resuelto, falta avisar al cliente</source>
        <translation>Resolved, customer not yet notified</translation>
    </message>
    <message>
        <source>Cerrado</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Improcedente</source>
        <translation>Not upheld</translation>
    </message>
    <message>
        <source>Cancelado por el cliente</source>
        <translation>Cancelled by the customer</translation>
    </message>
    <message>
        <source>Resuelto y avisado, falta cerrar</source>
        <translation>Resolved and notified, to be closed</translation>
    </message>
    <message>
        <source>Sin asignar</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Por avisar</source>
        <translation>To notify</translation>
    </message>
    <message>
        <source>Cancelado</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Interna (del proveedor)</source>
        <translation>Internal (provider&apos;s side)</translation>
    </message>
    <message>
        <source>Externa (ajena al proveedor)</source>
        <translation>External (outside the provider&apos;s control)</translation>
    </message>
    <message>
        <source>Falla en la red o en la torre</source>
        <translation>Network or tower fault</translation>
    </message>
    <message>
        <source>Equipo del proveedor (antena, router en comodato)</source>
        <translation>Provider&apos;s equipment (antenna, loaned router)</translation>
    </message>
    <message>
        <source>Configuración o aprovisionamiento</source>
        <translation>Configuration or provisioning</translation>
    </message>
    <message>
        <source>Saturación del nodo</source>
        <translation>Node congestion</translation>
    </message>
    <message>
        <source>Error de facturación</source>
        <translation>Billing error</translation>
    </message>
    <message>
        <source>Error en la atención</source>
        <translation>Service desk error</translation>
    </message>
    <message>
        <source>Otra causa interna</source>
        <translation>Other internal cause</translation>
    </message>
    <message>
        <source>Equipo o instalación del cliente</source>
        <translation>Customer&apos;s equipment or wiring</translation>
    </message>
    <message>
        <source>Falta de energía eléctrica en el domicilio</source>
        <translation>Power outage at the premises</translation>
    </message>
    <message>
        <source>Daño o falla de terceros</source>
        <translation>Third-party damage or fault</translation>
    </message>
    <message>
        <source>Condiciones climáticas</source>
        <translation>Weather conditions</translation>
    </message>
    <message>
        <source>Desastre natural o siniestro</source>
        <translation>Natural disaster or accident</translation>
    </message>
    <message>
        <source>Otra causa ajena al proveedor</source>
        <translation>Other cause outside the provider&apos;s control</translation>
    </message>
    <message>
        <source>Soporte técnico</source>
        <translation>Technical support</translation>
    </message>
    <message>
        <source>Facturación</source>
        <translation>Billing</translation>
    </message>
    <message>
        <source>Administración</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Atención a clientes</source>
        <translation>Customer service</translation>
    </message>
    <message>
        <source>Programada</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Técnico en el domicilio</source>
        <translation>Technician at the home</translation>
    </message>
    <message>
        <source>Realizada</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>No se pudo atender</source>
        <translation>Could not be done</translation>
    </message>
    <message>
        <source>Cancelada</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Sin acceso al domicilio</source>
        <translation>No access to the home</translation>
    </message>
    <message>
        <source>El cliente pidió posponer</source>
        <translation>The customer asked to postpone</translation>
    </message>
    <message>
        <source>El cliente no responde</source>
        <translation>The customer does not answer</translation>
    </message>
    <message>
        <source>Faltan documentos del cliente</source>
        <translation>Customer documents missing</translation>
    </message>
    <message>
        <source>Esperando equipo o refacciones</source>
        <translation>Waiting for equipment or parts</translation>
    </message>
    <message>
        <source>Esperando a un tercero (CFE, proveedor de enlace)</source>
        <translation>Waiting for a third party (CFE, uplink provider)</translation>
    </message>
    <message>
        <source>Otro motivo</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <source>Identificación oficial del titular</source>
        <translation>Account holder&apos;s official ID</translation>
    </message>
    <message>
        <source>Comprobante de domicilio reciente</source>
        <translation>Recent proof of address</translation>
    </message>
    <message>
        <source>Número de cliente y último número de factura</source>
        <translation>Customer number and latest invoice number</translation>
    </message>
    <message>
        <source>Factura o recibo en aclaración</source>
        <translation>Disputed invoice or bill</translation>
    </message>
    <message>
        <source>Comprobante de pago</source>
        <translation>Proof of payment</translation>
    </message>
    <message>
        <source>Equipo en comodato (antena, router, fuente)</source>
        <translation>Loaned equipment (antenna, router, power supply)</translation>
    </message>
    <message>
        <source>Último recibo pagado</source>
        <translation>Latest paid bill</translation>
    </message>
    <message>
        <source>Identificación oficial</source>
        <translation>Official ID</translation>
    </message>
    <message>
        <source>Comprobante de domicilio</source>
        <translation>Proof of address</translation>
    </message>
    <message>
        <source>Referencias para ubicar el domicilio</source>
        <translation>Directions to find the address</translation>
    </message>
    <message>
        <source>Solicitud de derechos ARCO firmada</source>
        <translation>Signed ARCO rights request</translation>
    </message>
    <message>
        <source>Identificación oficial del titular o representante</source>
        <translation>Official ID of the account holder or representative</translation>
    </message>
    <message>
        <source>Descripción clara de los datos y del derecho que ejerce</source>
        <translation>Clear description of the data and the right exercised</translation>
    </message>
    <message>
        <source>Reporte levantado</source>
        <translation>Report opened</translation>
    </message>
    <message>
        <source>Asignado</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>Cambio de estado</source>
        <translation>Status change</translation>
    </message>
    <message>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Visita</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Resuelto</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Causa externa: plazo ampliado</source>
        <translation>External cause: deadline extended</translation>
    </message>
    <message>
        <source>Aviso al cliente</source>
        <translation>Customer notified</translation>
    </message>
    <message>
        <source>Reabierto</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Datos corregidos</source>
        <translation>Details corrected</translation>
    </message>
    <message>
        <source>Vinculado a incidente</source>
        <translation>Linked to incident</translation>
    </message>
    <message>
        <source>Activo</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Turnado a otra área</source>
        <translation>Handed over to another area</translation>
    </message>
    <message>
        <source>Se reanuda</source>
        <translation>Resumed</translation>
    </message>
    <message>
        <source>En sitio</source>
        <translation>On site</translation>
    </message>
    <message>
        <source>Resultado de la visita</source>
        <translation>Visit outcome</translation>
    </message>
    <message>
        <source>Archivo adjunto</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Suspendido</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Baja</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Alta</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Recepción</source>
        <translation>Front desk</translation>
    </message>
    <message>
        <source>Técnico</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>Jefe técnico</source>
        <translation>Technical lead</translation>
    </message>
    <message>
        <source>Gerente</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Administrador</source>
        <translation>Administrator</translation>
    </message>
</context>
</TS>
