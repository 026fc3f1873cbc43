<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="es_MX">
<context>
    <name>Crash</name>
    <message>
        <location filename="../../src/ispdesk/ui/crash.py" line="54"/>
        <source>Error inesperado</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/crash.py" line="55"/>
        <source>Ocurrió un error inesperado</source>
        <translation>An unexpected error occurred</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/crash.py" line="58"/>
        <source>Lo que ya estaba guardado no se perdió. Se guardó un informe del error en:
{0}
Envíelo a soporte técnico.</source>
        <translation>Nothing that was already saved has been lost. An error report was saved in:
{0}
Send it to technical support.</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/crash.py" line="62"/>
        <source>Lo que ya estaba guardado no se perdió.</source>
        <translation>Nothing that was already saved has been lost.</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/crash.py" line="68"/>
        <source>No se pudo completar</source>
        <translation>Could not complete</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <location filename="../../src/ispdesk/ui/customer_card.py" line="289"/>
        <source>Nuevo reporte</source>
        <translation>New report</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/customer_card.py" line="291"/>
        <source>Levantar un reporte para este cliente (Ctrl+N)</source>
        <translation>Open a report for this customer (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/customer_card.py" line="297"/>
        <source>Guardar cambios</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/customer_card.py" line="300"/>
        <source>Descartar</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/customer_card.py" line="333"/>
        <source>Reportes</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/customer_card.py" line="340"/>
        <source>Doble clic o Enter abre el reporte.</source>
        <translation>Double-click or Enter opens the report.</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/customer_card.py" line="394"/>
        <source>Cliente {0}</source>
        <translation>Customer {0}</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/customer_card.py" line="405"/>
        <source>Este cliente tiene {0} fallas en los últimos 30 días</source>
        <translation>This customer has had {0} faults in the last 30 days</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/customer_card.py" line="417"/>
        <source>Reportes ({0} abiertos de {1})</source>
        <translation>Reports ({0} open of {1})</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/customer_card.py" line="443"/>
        <source>Cambios guardados.</source>
        <translation>Changes saved.</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <location filename="../../forms/customer_form.ui" line="13"/>
        <source>Datos generales</source>
        <translation>General details</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.ui" line="19"/>
        <source>&amp;Número de cliente:</source>
        <translation>Customer &amp;number:</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.ui" line="30"/>
        <source>N&amp;ombre:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.ui" line="41"/>
        <source>&amp;Teléfonos:</source>
        <translation>&amp;Phones:</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.ui" line="48"/>
        <source>separe varios con coma</source>
        <translation>separate several with commas</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.ui" line="53"/>
        <source>&amp;Correo electrónico:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.ui" line="64"/>
        <source>E&amp;stado del cliente:</source>
        <translation>Customer &amp;status:</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.ui" line="74"/>
        <source>No&amp;tas:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.ui" line="89"/>
        <source>Domicilio del servicio</source>
        <translation>Service address</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.ui" line="95"/>
        <source>&amp;Calle y número:</source>
        <translation>St&amp;reet and number:</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.ui" line="106"/>
        <source>Co&amp;lonia:</source>
        <translation>Neighbour&amp;hood:</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.ui" line="117"/>
        <source>&amp;Municipio:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.ui" line="128"/>
        <source>&amp;Estado:</source>
        <translation>S&amp;tate:</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.ui" line="139"/>
        <source>Código &amp;postal:</source>
        <translation>Postal &amp;code:</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.ui" line="151"/>
        <source>&amp;Referencias:</source>
        <translation>&amp;Directions:</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.ui" line="159"/>
        <source>cómo llegar: entre calles, color de la casa…</source>
        <translation>how to get there: cross streets, colour of the house…</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.ui" line="167"/>
        <source>Servicio</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.ui" line="173"/>
        <source>&amp;Zona:</source>
        <translation>&amp;Zone:</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.ui" line="184"/>
        <source>Torre o &amp;nodo:</source>
        <translation>To&amp;wer or node:</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.ui" line="195"/>
        <source>&amp;Plan:</source>
        <translation>P&amp;lan:</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.ui" line="206"/>
        <source>Prec&amp;io mensual:</source>
        <translation>Monthly pr&amp;ice:</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.ui" line="214"/>
        <source>399.00</source>
        <translation>399.00</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.ui" line="219"/>
        <source>&amp;Día de corte:</source>
        <translation>&amp;Billing cut-off day:</translation>
    </message>
    <message>
        <location filename="../../forms/customer_form.ui" line="225"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <location filename="../../src/ispdesk/ui/wizard.py" line="151"/>
        <source>Sin teléfono</source>
        <translation>No phone</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/wizard.py" line="156"/>
        <source>Cliente {0}.</source>
        <translation>Customer {0}.</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/wizard.py" line="159"/>
        <source>Tiene {0} reporte(s) abierto(s).</source>
        <translation>Has {0} open report(s).</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/wizard.py" line="222"/>
        <source> (hay más: escriba más datos)</source>
        <translation> (there are more: type more details)</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/wizard.py" line="224"/>
        <source>Enter elige el cliente marcado; ↑ ↓ para moverse.</source>
        <translation>Enter picks the highlighted customer; ↑ ↓ to move.</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/wizard.py" line="226"/>
        <source>Ningún cliente coincide con «{0}».</source>
        <translation>No customer matches «{0}».</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/wizard.py" line="246"/>
        <source>Escriba el número de cliente.</source>
        <translation>Type the customer number.</translation>
    </message>
</context>
<context>
    <name>CustomerReportsModel</name>
    <message>
        <location filename="../../src/ispdesk/ui/customer_card.py" line="52"/>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/customer_card.py" line="53"/>
        <source>Tipo</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/customer_card.py" line="54"/>
        <source>Estado</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/customer_card.py" line="55"/>
        <source>Levantado</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/customer_card.py" line="56"/>
        <source>Compromiso</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/customer_card.py" line="57"/>
        <source>Tiempo</source>
        <translation>Time left</translation>
    </message>
</context>
<context>
    <name>CustomerSearchModel</name>
    <message>
        <location filename="../../src/ispdesk/ui/search_view.py" line="37"/>
        <source>Número</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/search_view.py" line="38"/>
        <source>Nombre</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/search_view.py" line="39"/>
        <source>Teléfonos</source>
        <translation>Phones</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/search_view.py" line="40"/>
        <source>Domicilio</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/search_view.py" line="41"/>
        <source>Zona</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/search_view.py" line="42"/>
        <source>Reportes abiertos</source>
        <translation>Open reports</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../../src/ispdesk/ui/first_run.py" line="167"/>
        <source>&amp;Crear la oficina</source>
        <translation>&amp;Create the office</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/first_run.py" line="195"/>
        <source>Preparando los datos de demostración…</source>
        <translation>Preparing the demo data…</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/first_run.py" line="196"/>
        <source>Datos de demostración</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/first_run.py" line="212"/>
        <source>Cargando: {0}…</source>
        <translation>Loading: {0}…</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/first_run.py" line="231"/>
        <source>No se pudieron cargar los datos de demostración: {0}</source>
        <translation>Could not load the demo data: {0}</translation>
    </message>
    <message>
        <location filename="../../forms/first_run_demo.ui" line="5"/>
        <source>¿Cómo quiere empezar?</source>
        <translation>How do you want to start?</translation>
    </message>
    <message>
        <location filename="../../forms/first_run_demo.ui" line="6"/>
        <source>Puede empezar con la base de datos vacía o practicar con datos ficticios.</source>
        <translation>You can start with an empty database or practise with made-up data.</translation>
    </message>
    <message>
        <location filename="../../forms/first_run_demo.ui" line="11"/>
        <source>&amp;Empezar vacío: daré de alta mis clientes</source>
        <translation>Start &amp;empty: I will add my own customers</translation>
    </message>
    <message>
        <location filename="../../forms/first_run_demo.ui" line="17"/>
        <source>Cargar datos de &amp;demostración (2 000 clientes y 6 000 reportes ficticios)</source>
        <translation>Load &amp;demo data (2,000 made-up customers and 6,000 reports)</translation>
    </message>
    <message>
        <location filename="../../forms/first_run_demo.ui" line="22"/>
        <source>Los datos de demostración quedan marcados como DEMO en pantalla y en los comprobantes. Úselos para capacitar al personal, no para atender clientes reales.</source>
        <translation>Demo data is marked DEMO on screen and on receipts. Use it to train staff, not to serve real customers.</translation>
    </message>
</context>
<context>
    <name>DescriptionPage</name>
    <message>
        <location filename="../../src/ispdesk/ui/wizard.py" line="369"/>
        <source>Pregunte al cliente (opcional)</source>
        <translation>Ask the customer (optional)</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/wizard.py" line="384"/>
        <source>Obligatoria para continuar.</source>
        <translation>Required to continue.</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/wizard.py" line="400"/>
        <source>Nota para el reporte {0}</source>
        <translation>Note for report {0}</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/wizard.py" line="401"/>
        <source>Lo que el cliente dice ahora; se agrega al historial del reporte.</source>
        <translation>What the customer says now; it is added to the report&apos;s history.</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/wizard.py" line="402"/>
        <source>&amp;Nota: *</source>
        <translation>N&amp;ote: *</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/wizard.py" line="404"/>
        <source>Descripción</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/wizard.py" line="405"/>
        <source>Anote lo que dice el cliente con sus palabras: qué pasa, desde cuándo, qué ya intentó.</source>
        <translation>Write down what the customer says, in their own words: what is wrong, since when, what they already tried.</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/wizard.py" line="407"/>
        <source>&amp;Descripción: *</source>
        <translation>&amp;Description: *</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/wizard.py" line="412"/>
        <source>&amp;Ubicación de la falla:</source>
        <translation>&amp;Fault location:</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/wizard.py" line="413"/>
        <source>&amp;Ubicación:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/wizard.py" line="460"/>
        <source>Escriba la descripción: qué le pasa al servicio y desde cuándo.</source>
        <translation>Write the description: what is wrong with the service and since when.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../src/ispdesk/ui/first_run.py" line="248"/>
        <source>Oficina: {0}</source>
        <translation>Office: {0}</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/first_run.py" line="249"/>
        <source>Cuenta del gerente: {0}</source>
        <translation>Manager account: {0}</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/first_run.py" line="270"/>
        <source>(la suya)</source>
        <translation>(yours)</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/first_run.py" line="275"/>
        <source>Usuarios de demostración para practicar:</source>
        <translation>Demo users to practise with:</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/first_run.py" line="277"/>
        <source>Usuario</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/first_run.py" line="278"/>
        <source>Contraseña</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/first_run.py" line="278"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../forms/first_run_done.ui" line="5"/>
        <source>Listo</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../forms/first_run_done.ui" line="6"/>
        <source>La oficina quedó configurada. Ahora inicie sesión.</source>
        <translation>The office is set up. Now sign in.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../src/ispdesk/ui/first_run.py" line="286"/>
        <source>Configuración inicial — ispdesk</source>
        <translation>Initial setup — ispdesk</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/first_run.py" line="301"/>
        <source>&amp;Iniciar sesión</source>
        <translation>&amp;Sign in</translation>
    </message>
</context>
<context>
    <name>FolioDoneDialog</name>
    <message>
        <location filename="../../src/ispdesk/ui/folio_done.py" line="63"/>
        <source>Nota agregada</source>
        <translation>Note added</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/folio_done.py" line="63"/>
        <location filename="../../forms/folio_done.ui" line="6"/>
        <source>Reporte levantado</source>
        <translation>Report opened</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/folio_done.py" line="65"/>
        <source>Se agregó una nota al reporte que ya estaba abierto.</source>
        <translation>A note was added to the report that was already open.</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/folio_done.py" line="66"/>
        <source>Reporte levantado.</source>
        <translation>Report opened.</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/folio_done.py" line="72"/>
        <source>Folio {0}</source>
        <translation>Folio {0}</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/folio_done.py" line="75"/>
        <source>No se levantó un reporte nuevo: el cliente conserva este folio.</source>
        <translation>No new report was opened: the customer keeps this folio.</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/folio_done.py" line="77"/>
        <source>Primera respuesta a más tardar: {0}</source>
        <translation>First response by: {0}</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/folio_done.py" line="81"/>
        <source>Solución comprometida: {0}</source>
        <translation>Promised resolution: {0}</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/folio_done.py" line="90"/>
        <source>Carta (hoja completa)</source>
        <translation>Letter (full page)</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/folio_done.py" line="91"/>
        <source>Ticket de 80 mm</source>
        <translation>80 mm ticket</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/folio_done.py" line="98"/>
        <source>Abre WhatsApp con el mensaje para {0}</source>
        <translation>Opens WhatsApp with the message for {0}</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/folio_done.py" line="99"/>
        <source>El cliente no tiene teléfono registrado.</source>
        <translation>The customer has no phone on file.</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/folio_done.py" line="100"/>
        <source>Imprimir comprobante (Ctrl+P)</source>
        <translation>Print receipt (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/folio_done.py" line="153"/>
        <source>Preparando el comprobante para imprimir…</source>
        <translation>Preparing the receipt for printing…</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/folio_done.py" line="158"/>
        <source>Guardando el PDF…</source>
        <translation>Saving the PDF…</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/folio_done.py" line="162"/>
        <source>Folio {0} copiado.</source>
        <translation>Folio {0} copied.</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/folio_done.py" line="175"/>
        <source>Se abrió WhatsApp con el mensaje para {0}: revíselo y envíelo.</source>
        <translation>WhatsApp opened with the message for {0}: check it and send it.</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/folio_done.py" line="178"/>
        <source>No se pudo abrir WhatsApp ni el navegador.</source>
        <translation>Could not open WhatsApp or the browser.</translation>
    </message>
    <message>
        <location filename="../../forms/folio_done.ui" line="21"/>
        <source>Folio (díctelo al cliente y pídale que lo anote):</source>
        <translation>Folio (read it out to the customer and ask them to write it down):</translation>
    </message>
    <message>
        <location filename="../../forms/folio_done.ui" line="55"/>
        <source>&amp;Formato del comprobante:</source>
        <translation>Receipt &amp;format:</translation>
    </message>
    <message>
        <location filename="../../forms/folio_done.ui" line="88"/>
        <source>&amp;Imprimir comprobante (Ctrl+P)</source>
        <translation>&amp;Print receipt (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../forms/folio_done.ui" line="94"/>
        <source>&amp;Guardar PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <location filename="../../forms/folio_done.ui" line="100"/>
        <source>Co&amp;piar folio</source>
        <translation>&amp;Copy folio</translation>
    </message>
    <message>
        <location filename="../../forms/folio_done.ui" line="106"/>
        <source>Enviar por &amp;WhatsApp</source>
        <translation>Send via &amp;WhatsApp</translation>
    </message>
    <message>
        <location filename="../../forms/folio_done.ui" line="118"/>
        <source>Cerrar</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <location filename="../../src/ispdesk/ui/first_run.py" line="115"/>
        <source>Marque al menos un día de atención.</source>
        <translation>Tick at least one working day.</translation>
    </message>
    <message>
        <location filename="../../forms/first_run_hours.ui" line="5"/>
        <source>Horario de atención</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <location filename="../../forms/first_run_hours.ui" line="6"/>
        <source>Los plazos de los reportes se cuentan en horas hábiles de la oficina; los días festivos oficiales ya están incluidos.</source>
        <translation>Report deadlines are counted in the office&apos;s business hours; official public holidays are already included.</translation>
    </message>
    <message>
        <location filename="../../forms/first_run_hours.ui" line="14"/>
        <source>Lunes a &amp;viernes</source>
        <translation>Monday to &amp;Friday</translation>
    </message>
    <message>
        <location filename="../../forms/first_run_hours.ui" line="19"/>
        <location filename="../../forms/first_run_hours.ui" line="43"/>
        <location filename="../../forms/first_run_hours.ui" line="67"/>
        <source>de</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../forms/first_run_hours.ui" line="28"/>
        <location filename="../../forms/first_run_hours.ui" line="52"/>
        <location filename="../../forms/first_run_hours.ui" line="77"/>
        <source>a</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../forms/first_run_hours.ui" line="38"/>
        <source>&amp;Sábado</source>
        <translation>S&amp;aturday</translation>
    </message>
    <message>
        <location filename="../../forms/first_run_hours.ui" line="62"/>
        <source>&amp;Domingo</source>
        <translation>S&amp;unday</translation>
    </message>
    <message>
        <location filename="../../forms/first_run_hours.ui" line="96"/>
        <source>Un día sin marcar se considera cerrado.</source>
        <translation>A day left unticked counts as closed.</translation>
    </message>
</context>
<context>
    <name>KindPage</name>
    <message>
        <location filename="../../src/ispdesk/ui/wizard.py" line="316"/>
        <source>Cliente {0} · {1}. ¿Qué necesita y por dónde se comunicó?</source>
        <translation>Customer {0} · {1}. What do they need and how did they get in touch?</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/wizard.py" line="331"/>
        <source>Este cliente ya tiene abierto el reporte {0} ({1}), levantado el {2}. Estado: {3}.</source>
        <translation>This customer already has report {0} open ({1}), opened on {2}. Status: {3}.</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/wizard.py" line="335"/>
        <source>(Tiene {0} abiertos de este tipo; se muestra el más reciente.)</source>
        <translation>({0} of this type are open; the most recent is shown.)</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/wizard.py" line="337"/>
        <source>Agregar &amp;nota al reporte {0} en lugar de levantar uno nuevo</source>
        <translation>&amp;Add a note to report {0} instead of opening a new one</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../src/ispdesk/ui/login.py" line="25"/>
        <source>Entrar</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/login.py" line="36"/>
        <source>Escriba su usuario.</source>
        <translation>Type your username.</translation>
    </message>
    <message>
        <location filename="../../forms/login.ui" line="6"/>
        <source>Iniciar sesión — ispdesk</source>
        <translation>Sign in — ispdesk</translation>
    </message>
    <message>
        <location filename="../../forms/login.ui" line="15"/>
        <source>ispdesk</source>
        <translation>ispdesk</translation>
    </message>
    <message>
        <location filename="../../forms/login.ui" line="21"/>
        <source>Escriba su usuario y su contraseña.</source>
        <translation>Type your username and password.</translation>
    </message>
    <message>
        <location filename="../../forms/login.ui" line="30"/>
        <source>&amp;Usuario:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../../forms/login.ui" line="41"/>
        <source>&amp;Contraseña:</source>
        <translation>&amp;Password:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/ispdesk/ui/main_window.py" line="48"/>
        <source>ispdesk — Atención a clientes</source>
        <translation>ispdesk — Customer service</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/main_window.py" line="63"/>
        <source>Buscar clientes</source>
        <translation>Search customers</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/main_window.py" line="103"/>
        <source>&amp;Nuevo reporte…</source>
        <translation>&amp;New report…</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/main_window.py" line="106"/>
        <source>&amp;Imprimir…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/main_window.py" line="109"/>
        <source>Cambiar de &amp;usuario…</source>
        <translation>Switch &amp;user…</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/main_window.py" line="112"/>
        <source>&amp;Salir</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/main_window.py" line="115"/>
        <source>&amp;Buscar cliente</source>
        <translation>&amp;Find customer</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/main_window.py" line="119"/>
        <source>&amp;Actualizar</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/main_window.py" line="122"/>
        <source>A&amp;trás</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/main_window.py" line="125"/>
        <source>&amp;Acerca de ispdesk</source>
        <translation>&amp;About ispdesk</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/main_window.py" line="133"/>
        <source>&amp;Archivo</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/main_window.py" line="139"/>
        <source>&amp;Ver</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/main_window.py" line="144"/>
        <source>A&amp;yuda</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/main_window.py" line="148"/>
        <source>Barra de herramientas</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/main_window.py" line="192"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/main_window.py" line="303"/>
        <source>Nuevo reporte</source>
        <translation>New report</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/main_window.py" line="304"/>
        <source>El asistente de reportes no está disponible en esta versión.</source>
        <translation>The report wizard is not available in this version.</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/main_window.py" line="333"/>
        <source>Imprimir</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/main_window.py" line="342"/>
        <source>Acerca de ispdesk</source>
        <translation>About ispdesk</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/main_window.py" line="343"/>
        <source>&lt;b&gt;ispdesk&lt;/b&gt; {0}&lt;br&gt;Mesa de atención a clientes para proveedores de internet.&lt;br&gt;Base de datos: {1}</source>
        <translation>&lt;b&gt;ispdesk&lt;/b&gt; {0}&lt;br&gt;Customer help desk for internet service providers.&lt;br&gt;Database: {1}</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/main_window.py" line="371"/>
        <source>Cambios sin guardar</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/main_window.py" line="372"/>
        <source>Hay cambios sin guardar en los datos del cliente. ¿Salir de todos modos?</source>
        <translation>The customer&apos;s details have unsaved changes. Leave anyway?</translation>
    </message>
</context>
<context>
    <name>ManagerPage</name>
    <message>
        <location filename="../../src/ispdesk/ui/first_run.py" line="147"/>
        <source>Las contraseñas no coinciden.</source>
        <translation>The passwords do not match.</translation>
    </message>
    <message>
        <location filename="../../forms/first_run_manager.ui" line="5"/>
        <source>Cuenta del gerente</source>
        <translation>Manager account</translation>
    </message>
    <message>
        <location filename="../../forms/first_run_manager.ui" line="6"/>
        <source>La primera cuenta es la del gerente: con ella se dan de alta los demás usuarios.</source>
        <translation>The first account is the manager&apos;s: it is used to add the other users.</translation>
    </message>
    <message>
        <location filename="../../forms/first_run_manager.ui" line="12"/>
        <source>Nombre &amp;completo:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../../forms/first_run_manager.ui" line="21"/>
        <source>&amp;Usuario:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <location filename="../../forms/first_run_manager.ui" line="28"/>
        <source>p. ej. gerente</source>
        <translation>e.g. manager</translation>
    </message>
    <message>
        <location filename="../../forms/first_run_manager.ui" line="33"/>
        <source>&amp;Contraseña:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../forms/first_run_manager.ui" line="40"/>
        <source>al menos 6 caracteres</source>
        <translation>at least 6 characters</translation>
    </message>
    <message>
        <location filename="../../forms/first_run_manager.ui" line="45"/>
        <source>&amp;Repita la contraseña:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <location filename="../../src/ispdesk/ui/customer_card.py" line="237"/>
        <source>Nuevo cliente</source>
        <translation>New customer</translation>
    </message>
</context>
<context>
    <name>NewReportWizard</name>
    <message>
        <location filename="../../src/ispdesk/ui/wizard.py" line="58"/>
        <source>Mañana (9 a 13 h)</source>
        <translation>Morning (9:00–13:00)</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/wizard.py" line="59"/>
        <source>Tarde (13 a 18 h)</source>
        <translation>Afternoon (13:00–18:00)</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/wizard.py" line="60"/>
        <source>Cualquier horario</source>
        <translation>Any time</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/wizard.py" line="545"/>
        <source>Nuevo reporte</source>
        <translation>New report</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/wizard.py" line="547"/>
        <source>&lt; &amp;Atrás</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/wizard.py" line="548"/>
        <source>&amp;Siguiente &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/wizard.py" line="549"/>
        <source>Cancelar</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/wizard.py" line="550"/>
        <source>Levantar reporte</source>
        <translation>Open report</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/wizard.py" line="592"/>
        <source>Elija un cliente.</source>
        <translation>Choose a customer.</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../forms/first_run_office.ui" line="5"/>
        <source>Datos de la oficina</source>
        <translation>Office details</translation>
    </message>
    <message>
        <location filename="../../forms/first_run_office.ui" line="6"/>
        <source>Aparecen en los comprobantes que se entregan a los clientes. Podrá cambiarlos después.</source>
        <translation>They appear on the receipts given to customers. You can change them later.</translation>
    </message>
    <message>
        <location filename="../../forms/first_run_office.ui" line="12"/>
        <source>&amp;Nombre de la oficina:</source>
        <translation>Office &amp;name:</translation>
    </message>
    <message>
        <location filename="../../forms/first_run_office.ui" line="19"/>
        <source>p. ej. Internet Rioverde</source>
        <translation>e.g. Internet Rioverde</translation>
    </message>
    <message>
        <location filename="../../forms/first_run_office.ui" line="24"/>
        <source>&amp;Prefijo de folio:</source>
        <translation>&amp;Folio prefix:</translation>
    </message>
    <message>
        <location filename="../../forms/first_run_office.ui" line="32"/>
        <source>RV</source>
        <translation>RV</translation>
    </message>
    <message>
        <location filename="../../forms/first_run_office.ui" line="33"/>
        <source>De 1 a 4 letras; los folios se verán como RV26-00042-7.</source>
        <translation>1 to 4 letters; folios will look like RV26-00042-7.</translation>
    </message>
    <message>
        <location filename="../../forms/first_run_office.ui" line="38"/>
        <source>&amp;Dirección:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location filename="../../forms/first_run_office.ui" line="50"/>
        <source>&amp;Teléfonos:</source>
        <translation>&amp;Phones:</translation>
    </message>
    <message>
        <location filename="../../forms/first_run_office.ui" line="61"/>
        <source>&amp;Correo electrónico:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location filename="../../forms/first_run_office.ui" line="72"/>
        <source>Página &amp;web:</source>
        <translation>&amp;Website:</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../src/ispdesk/ui/printing.py" line="102"/>
        <location filename="../../src/ispdesk/ui/printing.py" line="111"/>
        <source>Comprobante enviado a la impresora predeterminada.</source>
        <translation>Receipt sent to the default printer.</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/printing.py" line="109"/>
        <source>la impresora no respondió</source>
        <translation>the printer did not respond</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/printing.py" line="113"/>
        <source>Se abrió el comprobante en el visor de PDF: imprímalo desde ahí con Ctrl+P.</source>
        <translation>The receipt was opened in the PDF viewer: print it from there with Ctrl+P.</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/printing.py" line="115"/>
        <source>no hay una impresora configurada ni un visor de PDF</source>
        <translation>there is no printer configured and no PDF viewer</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/printing.py" line="119"/>
        <source>Guardar comprobante en PDF</source>
        <translation>Save receipt as PDF</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/printing.py" line="120"/>
        <source>Documentos PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/printing.py" line="154"/>
        <source>No se tiene permiso para escribir en {0}. Elija otra carpeta.</source>
        <translation>No permission to write to {0}. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/printing.py" line="157"/>
        <source>El disco está lleno: no se pudo escribir el comprobante.</source>
        <translation>The disk is full: the receipt could not be written.</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/printing.py" line="159"/>
        <source>No se pudo escribir el comprobante ({0}).</source>
        <translation>The receipt could not be written ({0}).</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/printing.py" line="183"/>
        <source>No se pudo imprimir: {0}. Use «Guardar PDF…» e imprímalo desde el visor.</source>
        <translation>Could not print: {0}. Use «Save PDF…» and print it from the viewer.</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/printing.py" line="193"/>
        <source>No se pudo generar el comprobante.</source>
        <translation>The receipt could not be generated.</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/printing.py" line="239"/>
        <source>Comprobante guardado en {0}</source>
        <translation>Receipt saved to {0}</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="219"/>
        <source>Copiar</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="221"/>
        <source>Copia la frase para leerla o enviarla al cliente</source>
        <translation>Copies the sentence to read out or send to the customer</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="225"/>
        <source>Para el cliente:</source>
        <translation>For the customer:</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="234"/>
        <source>Asignar…</source>
        <translation>Assign…</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="234"/>
        <source>Cambiar estado…</source>
        <translation>Change status…</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="235"/>
        <source>Programar visita…</source>
        <translation>Schedule visit…</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="235"/>
        <source>Resolver…</source>
        <translation>Resolve…</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="236"/>
        <source>Causa externa…</source>
        <translation>External cause…</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="236"/>
        <source>Avisar al cliente…</source>
        <translation>Notify customer…</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="237"/>
        <source>Cerrar…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="237"/>
        <source>Reabrir…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="238"/>
        <source>Imprimir comprobante</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="267"/>
        <source>Cliente:</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="268"/>
        <source>Domicilio:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="268"/>
        <source>Asignado a:</source>
        <translation>Assigned to:</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="269"/>
        <source>Levantado:</source>
        <translation>Opened:</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="269"/>
        <source>Primera respuesta:</source>
        <translation>First response:</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="270"/>
        <source>Compromiso de solución:</source>
        <translation>Resolution due:</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="270"/>
        <source>Visita:</source>
        <translation>Visit:</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="271"/>
        <source>Canal:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="271"/>
        <source>Prioridad:</source>
        <translation>Priority:</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="272"/>
        <source>Teléfono de contacto:</source>
        <translation>Contact phone:</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="272"/>
        <source>Ubicación:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="273"/>
        <source>Horario para la visita:</source>
        <translation>Visit time:</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="273"/>
        <source>Documentos:</source>
        <translation>Documents:</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="274"/>
        <source>Descripción:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="274"/>
        <location filename="../../src/ispdesk/ui/report_view.py" line="578"/>
        <location filename="../../src/ispdesk/ui/report_view.py" line="615"/>
        <source>Causa:</source>
        <translation>Cause:</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="275"/>
        <location filename="../../src/ispdesk/ui/report_view.py" line="580"/>
        <source>Acción realizada:</source>
        <translation>Action taken:</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="275"/>
        <source>Procedente:</source>
        <translation>Upheld:</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="276"/>
        <source>Aviso al cliente:</source>
        <translation>Customer notified:</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="309"/>
        <source>Escriba una nota para el historial…</source>
        <translation>Write a note for the history…</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="311"/>
        <source>Agregar nota</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="318"/>
        <source>Historial</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="391"/>
        <source>Sin asignar</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="392"/>
        <source>{0} por {1}</source>
        <translation>{0} by {1}</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="397"/>
        <source>{0} (atendido el {1})</source>
        <translation>{0} (responded on {1})</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="402"/>
        <source>Sin programar</source>
        <translation>Not scheduled</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="418"/>
        <source>Sí</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="418"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="421"/>
        <source>{0} por {1}: {2}</source>
        <translation>{0} by {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="493"/>
        <source>Copiado</source>
        <translation>Copied</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="509"/>
        <source>Asignar el reporte {0}</source>
        <translation>Assign report {0}</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="509"/>
        <source>Asignar</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="515"/>
        <source>Técnico:</source>
        <translation>Technician:</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="516"/>
        <location filename="../../src/ispdesk/ui/report_view.py" line="551"/>
        <location filename="../../src/ispdesk/ui/report_view.py" line="616"/>
        <location filename="../../src/ispdesk/ui/report_view.py" line="647"/>
        <source>Nota (opcional):</source>
        <translation>Note (optional):</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="528"/>
        <source>Cambiar el estado de {0}</source>
        <translation>Change the status of {0}</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="528"/>
        <source>Cambiar</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="533"/>
        <source>Nuevo estado:</source>
        <translation>New status:</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="534"/>
        <source>Motivo o nota:</source>
        <translation>Reason or note:</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="541"/>
        <source>Programar visita — {0}</source>
        <translation>Schedule visit — {0}</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="541"/>
        <source>Programar</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="550"/>
        <source>Fecha y hora:</source>
        <translation>Date and time:</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="564"/>
        <source>Resolver el reporte {0}</source>
        <translation>Resolve report {0}</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="564"/>
        <source>Resolver</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="577"/>
        <source>Tipo de causa:</source>
        <translation>Cause type:</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="579"/>
        <source>Detalle de la causa:</source>
        <translation>Cause details:</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="582"/>
        <source>Sí, procedente</source>
        <translation>Yes, upheld</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="583"/>
        <source>No procedente</source>
        <translation>Not upheld</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="592"/>
        <source>¿Procedente?</source>
        <translation>Upheld?</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="597"/>
        <source>Indique si el reporte fue procedente.</source>
        <translation>Say whether the report was upheld.</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="607"/>
        <source>Causa externa — {0}</source>
        <translation>External cause — {0}</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="607"/>
        <source>Reclasificar</source>
        <translation>Reclassify</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="608"/>
        <source>La causa es ajena al proveedor: el plazo de solución se amplía según la política del tipo de reporte.</source>
        <translation>The cause is outside the provider&apos;s control: the resolution deadline is extended according to the policy for the report type.</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="623"/>
        <source>Avisar al cliente — {0}</source>
        <translation>Notify customer — {0}</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="623"/>
        <source>Registrar aviso</source>
        <translation>Record notice</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="627"/>
        <source>Por:</source>
        <translation>Via:</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="628"/>
        <source>Qué se le dijo:</source>
        <translation>What they were told:</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="630"/>
        <source>El cliente confirma que quedó resuelto</source>
        <translation>The customer confirms it is resolved</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="641"/>
        <source>procedente</source>
        <translation>upheld</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="641"/>
        <source>no procedente</source>
        <translation>not upheld</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="642"/>
        <source>Causa: {0}. {1}. Reporte {2}.</source>
        <translation>Cause: {0}. {1}. Report {2}.</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="646"/>
        <source>Cerrar el reporte {0}</source>
        <translation>Close report {0}</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="646"/>
        <source>Cerrar reporte</source>
        <translation>Close report</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="653"/>
        <source>Reabrir el reporte {0}</source>
        <translation>Reopen report {0}</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="653"/>
        <source>Reabrir</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="654"/>
        <source>Motivo:</source>
        <translation>Reason:</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../../src/ispdesk/ui/search_view.py" line="187"/>
        <source>Buscar: número de cliente, nombre, teléfono, domicilio o folio</source>
        <translation>Search: customer number, name, phone, address or folio</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/search_view.py" line="224"/>
        <source>Nuevo cliente…</source>
        <translation>New customer…</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/search_view.py" line="235"/>
        <source>Escriba para buscar. Enter abre el cliente; ↓ pasa a la lista.</source>
        <translation>Type to search. Enter opens the customer; ↓ moves to the list.</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/search_view.py" line="296"/>
        <source>Abrir el reporte {0} (Enter)</source>
        <translation>Open report {0} (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/search_view.py" line="303"/>
        <source>Sin resultados para «{0}»</source>
        <translation>No results for «{0}»</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/search_view.py" line="308"/>
        <source>{0} clientes; refine la búsqueda para ver menos</source>
        <translation>{0} customers; refine the search to see fewer</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/search_view.py" line="310"/>
        <source>1 cliente</source>
        <translation>1 customer</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/search_view.py" line="312"/>
        <source>{0} clientes</source>
        <translation>{0} customers</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../src/ispdesk/ui/wizard.py" line="514"/>
        <source>Nota:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/wizard.py" line="515"/>
        <source>No se levantará un reporte nuevo: la nota se agregará al reporte {0}, que conserva su folio y sus plazos.</source>
        <translation>No new report will be opened: the note will be added to report {0}, which keeps its folio and deadlines.</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/wizard.py" line="520"/>
        <source>Agregar nota</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/wizard.py" line="522"/>
        <source>Descripción:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/wizard.py" line="529"/>
        <source>Levantar reporte</source>
        <translation>Open report</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/wizard.py" line="530"/>
        <source>Primera respuesta a más tardar: {0}</source>
        <translation>First response by: {0}</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/wizard.py" line="531"/>
        <source>Solución comprometida: {0}</source>
        <translation>Promised resolution: {0}</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="71"/>
        <source>Fecha</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="72"/>
        <source>Quién</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="73"/>
        <source>Qué</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/report_view.py" line="74"/>
        <source>Detalle</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>WizardCustomerPage</name>
    <message>
        <location filename="../../forms/wizard_customer.ui" line="6"/>
        <source>Cliente</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../forms/wizard_customer.ui" line="7"/>
        <source>¿Quién llama? Busque por teléfono, nombre, número de cliente o folio.</source>
        <translation>Who is calling? Search by phone, name, customer number or folio.</translation>
    </message>
    <message>
        <location filename="../../forms/wizard_customer.ui" line="25"/>
        <source>Número de cliente:</source>
        <translation>Customer number:</translation>
    </message>
    <message>
        <location filename="../../forms/wizard_customer.ui" line="33"/>
        <source>Nombre:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../forms/wizard_customer.ui" line="42"/>
        <source>Domicilio del servicio:</source>
        <translation>Service address:</translation>
    </message>
    <message>
        <location filename="../../forms/wizard_customer.ui" line="51"/>
        <source>Teléfonos:</source>
        <translation>Phones:</translation>
    </message>
    <message>
        <location filename="../../forms/wizard_customer.ui" line="60"/>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <location filename="../../forms/wizard_customer.ui" line="85"/>
        <source>&amp;Cambiar de cliente…</source>
        <translation>&amp;Change customer…</translation>
    </message>
    <message>
        <location filename="../../forms/wizard_customer.ui" line="106"/>
        <source>&amp;Buscar cliente:</source>
        <translation>&amp;Find customer:</translation>
    </message>
    <message>
        <location filename="../../forms/wizard_customer.ui" line="112"/>
        <source>Teléfono, nombre, número de cliente o folio</source>
        <translation>Phone, name, customer number or folio</translation>
    </message>
    <message>
        <location filename="../../forms/wizard_customer.ui" line="131"/>
        <source>O identifique al cliente con su número y su última factura</source>
        <translation>Or identify the customer by their number and latest invoice</translation>
    </message>
    <message>
        <location filename="../../forms/wizard_customer.ui" line="137"/>
        <source>&amp;Número de cliente:</source>
        <translation>Customer n&amp;umber:</translation>
    </message>
    <message>
        <location filename="../../forms/wizard_customer.ui" line="143"/>
        <source>Ej.: C-01234</source>
        <translation>E.g. C-01234</translation>
    </message>
    <message>
        <location filename="../../forms/wizard_customer.ui" line="153"/>
        <source>Último número de &amp;factura:</source>
        <translation>Latest &amp;invoice number:</translation>
    </message>
    <message>
        <location filename="../../forms/wizard_customer.ui" line="159"/>
        <source>Como aparece en su último recibo</source>
        <translation>As it appears on their latest bill</translation>
    </message>
    <message>
        <location filename="../../forms/wizard_customer.ui" line="164"/>
        <source>&amp;Verificar</source>
        <translation>&amp;Verify</translation>
    </message>
</context>
<context>
    <name>WizardDescriptionPage</name>
    <message>
        <location filename="../../forms/wizard_description.ui" line="6"/>
        <source>Descripción</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../forms/wizard_description.ui" line="7"/>
        <source>Anote lo que dice el cliente con sus palabras: qué pasa, desde cuándo, qué ya intentó.</source>
        <translation>Write down what the customer says, in their own words: what is wrong, since when, what they already tried.</translation>
    </message>
    <message>
        <location filename="../../forms/wizard_description.ui" line="18"/>
        <source>&amp;Descripción: *</source>
        <translation>&amp;Description: *</translation>
    </message>
    <message>
        <location filename="../../forms/wizard_description.ui" line="26"/>
        <source>Ej.: Sin internet desde ayer en la noche; la antena tiene la luz roja. Ya reinició el módem.</source>
        <translation>E.g. No internet since last night; the antenna shows a red light. Already restarted the modem.</translation>
    </message>
    <message>
        <location filename="../../forms/wizard_description.ui" line="36"/>
        <source>&amp;Ubicación de la falla:</source>
        <translation>&amp;Fault location:</translation>
    </message>
    <message>
        <location filename="../../forms/wizard_description.ui" line="52"/>
        <source>Teléfono de &amp;contacto:</source>
        <translation>&amp;Contact phone:</translation>
    </message>
    <message>
        <location filename="../../forms/wizard_description.ui" line="58"/>
        <source>10 dígitos, p. ej. 444 123 4567</source>
        <translation>10 digits, e.g. 444 123 4567</translation>
    </message>
    <message>
        <location filename="../../forms/wizard_description.ui" line="68"/>
        <source>&amp;Horario para la visita:</source>
        <translation>Visit &amp;time:</translation>
    </message>
    <message>
        <location filename="../../forms/wizard_description.ui" line="87"/>
        <source>Documentos que debe presentar el cliente</source>
        <translation>Documents the customer must bring</translation>
    </message>
    <message>
        <location filename="../../forms/wizard_description.ui" line="92"/>
        <source>Marque los que ya se le pidieron; se imprimen en el comprobante.</source>
        <translation>Tick the ones already requested; they are printed on the receipt.</translation>
    </message>
</context>
<context>
    <name>WizardKindPage</name>
    <message>
        <location filename="../../forms/wizard_kind.ui" line="6"/>
        <source>Tipo y canal</source>
        <translation>Type and channel</translation>
    </message>
    <message>
        <location filename="../../forms/wizard_kind.ui" line="7"/>
        <source>¿Qué necesita el cliente y por dónde se comunicó?</source>
        <translation>What does the customer need and how did they get in touch?</translation>
    </message>
    <message>
        <location filename="../../forms/wizard_kind.ui" line="17"/>
        <source>&amp;Tipo de reporte:</source>
        <translation>Report &amp;type:</translation>
    </message>
    <message>
        <location filename="../../forms/wizard_kind.ui" line="33"/>
        <source>&amp;Canal:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <location filename="../../forms/wizard_kind.ui" line="60"/>
        <source>Agregar nota al reporte</source>
        <translation>Add note to the report</translation>
    </message>
    <message>
        <location filename="../../forms/wizard_kind.ui" line="65"/>
        <source>Levantar un reporte &amp;nuevo de todos modos</source>
        <translation>&amp;Open a new report anyway</translation>
    </message>
</context>
<context>
    <name>WizardSummaryPage</name>
    <message>
        <location filename="../../forms/wizard_summary.ui" line="6"/>
        <source>Resumen</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../forms/wizard_summary.ui" line="7"/>
        <source>Revise los datos con el cliente antes de levantar el reporte.</source>
        <translation>Check the details with the customer before opening the report.</translation>
    </message>
    <message>
        <location filename="../../forms/wizard_summary.ui" line="22"/>
        <source>Cliente:</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <location filename="../../forms/wizard_summary.ui" line="24"/>
        <source>Tipo:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location filename="../../forms/wizard_summary.ui" line="26"/>
        <source>Canal:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location filename="../../forms/wizard_summary.ui" line="28"/>
        <source>Descripción:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location filename="../../forms/wizard_summary.ui" line="30"/>
        <source>Ubicación:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <location filename="../../forms/wizard_summary.ui" line="32"/>
        <source>Teléfono de contacto:</source>
        <translation>Contact phone:</translation>
    </message>
    <message>
        <location filename="../../forms/wizard_summary.ui" line="34"/>
        <source>Horario para la visita:</source>
        <translation>Visit time:</translation>
    </message>
    <message>
        <location filename="../../forms/wizard_summary.ui" line="36"/>
        <source>Documentos:</source>
        <translation>Documents:</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="15"/>
        <source>Falla en el servicio</source>
        <translation>Service fault</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="16"/>
        <source>Queja</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="17"/>
        <source>Consulta o duda</source>
        <translation>Question or enquiry</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="18"/>
        <source>Aclaración de facturación</source>
        <translation>Billing dispute</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="19"/>
        <source>Cambio administrativo</source>
        <translation>Account change</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="20"/>
        <source>Sugerencia</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="21"/>
        <source>Cancelación</source>
        <translation>Cancellation</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="22"/>
        <source>Contratación</source>
        <translation>New service</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="23"/>
        <source>Derechos ARCO</source>
        <translation>ARCO data rights</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="24"/>
        <source>Otro</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="26"/>
        <source>Teléfono</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="27"/>
        <source>Oficina</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="28"/>
        <source>Correo electrónico</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="29"/>
        <source>Página web</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="30"/>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="31"/>
        <source>Redes sociales</source>
        <translation>Social media</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="33"/>
        <source>Abierto, sin asignar</source>
        <translation>Open, unassigned</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="34"/>
        <source>Asignado a técnico</source>
        <translation>Assigned to technician</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="35"/>
        <source>En atención</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="36"/>
        <source>En espera</source>
        <translation>On hold</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="37"/>
        <source>Resuelto, falta avisar al cliente</source>
        <translation>Resolved, customer not yet notified</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="38"/>
        <source>Cerrado</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="40"/>
        <source>Interna (del proveedor)</source>
        <translation>Internal (provider&apos;s side)</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="41"/>
        <source>Externa (ajena al proveedor)</source>
        <translation>External (outside the provider&apos;s control)</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="43"/>
        <source>Falla en la red o en la torre</source>
        <translation>Network or tower fault</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="44"/>
        <source>Equipo del proveedor (antena, router en comodato)</source>
        <translation>Provider&apos;s equipment (antenna, loaned router)</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="45"/>
        <source>Configuración o aprovisionamiento</source>
        <translation>Configuration or provisioning</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="46"/>
        <source>Saturación del nodo</source>
        <translation>Node congestion</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="47"/>
        <source>Error de facturación</source>
        <translation>Billing error</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="48"/>
        <source>Error en la atención</source>
        <translation>Service desk error</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="49"/>
        <source>Otra causa interna</source>
        <translation>Other internal cause</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="50"/>
        <source>Equipo o instalación del cliente</source>
        <translation>Customer&apos;s equipment or wiring</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="51"/>
        <source>Falta de energía eléctrica en el domicilio</source>
        <translation>Power outage at the premises</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="52"/>
        <source>Daño o falla de terceros</source>
        <translation>Third-party damage or fault</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="53"/>
        <source>Condiciones climáticas</source>
        <translation>Weather conditions</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="54"/>
        <source>Desastre natural o siniestro</source>
        <translation>Natural disaster or accident</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="55"/>
        <source>Otra causa ajena al proveedor</source>
        <translation>Other cause outside the provider&apos;s control</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="57"/>
        <source>Identificación oficial del titular</source>
        <translation>Account holder&apos;s official ID</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="58"/>
        <source>Comprobante de domicilio reciente</source>
        <translation>Recent proof of address</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="59"/>
        <source>Número de cliente y último número de factura</source>
        <translation>Customer number and latest invoice number</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="60"/>
        <source>Factura o recibo en aclaración</source>
        <translation>Disputed invoice or bill</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="61"/>
        <source>Comprobante de pago</source>
        <translation>Proof of payment</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="62"/>
        <source>Equipo en comodato (antena, router, fuente)</source>
        <translation>Loaned equipment (antenna, router, power supply)</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="63"/>
        <source>Último recibo pagado</source>
        <translation>Latest paid bill</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="64"/>
        <source>Identificación oficial</source>
        <translation>Official ID</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="65"/>
        <source>Comprobante de domicilio</source>
        <translation>Proof of address</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="66"/>
        <source>Referencias para ubicar el domicilio</source>
        <translation>Directions to find the address</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="67"/>
        <source>Solicitud de derechos ARCO firmada</source>
        <translation>Signed ARCO rights request</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="68"/>
        <source>Identificación oficial del titular o representante</source>
        <translation>Official ID of the account holder or representative</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="69"/>
        <source>Descripción clara de los datos y del derecho que ejerce</source>
        <translation>Clear description of the data and the right exercised</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="71"/>
        <source>Reporte levantado</source>
        <translation>Report opened</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="72"/>
        <source>Asignado</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="73"/>
        <source>Cambio de estado</source>
        <translation>Status change</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="74"/>
        <source>Nota</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="75"/>
        <source>Visita</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="76"/>
        <source>Resuelto</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="77"/>
        <source>Causa externa: plazo ampliado</source>
        <translation>External cause: deadline extended</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="78"/>
        <source>Aviso al cliente</source>
        <translation>Customer notified</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="79"/>
        <source>Reabierto</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="80"/>
        <source>Datos corregidos</source>
        <translation>Details corrected</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="81"/>
        <source>Vinculado a incidente</source>
        <translation>Linked to incident</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="83"/>
        <source>Activo</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="84"/>
        <source>Suspendido</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="85"/>
        <source>Baja</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="87"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="88"/>
        <source>Alta</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="90"/>
        <source>Recepción</source>
        <translation>Front desk</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="91"/>
        <source>Técnico</source>
        <translation>Technician</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="92"/>
        <source>Gerente</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../src/ispdesk/ui/vocab_tr.py" line="93"/>
        <source>Administrador</source>
        <translation>Administrator</translation>
    </message>
</context>
</TS>
