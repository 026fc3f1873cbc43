"""English (and any other) translations of the core's Spanish labels.

ispdesk.core must not import Qt, so its labels (ispdesk.core.vocab, ispdesk.core.permissions.ROLE_LABELS)
are listed here literally for pyside6-lupdate, in the "vocab" context. The UI shows a core label with
`tr_label(KIND_LABELS[code])`. tests/ui/test_i18n.py fails when a label is missing here: add it, then run
`make translations` and translate it in resources/translations/ispdesk_en.ts.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

LABELS: tuple[str, ...] = (
    # KIND_LABELS
    QT_TRANSLATE_NOOP("vocab", "Falla en el servicio"),
    QT_TRANSLATE_NOOP("vocab", "Queja"),
    QT_TRANSLATE_NOOP("vocab", "Consulta o duda"),
    QT_TRANSLATE_NOOP("vocab", "Aclaración de facturación"),
    QT_TRANSLATE_NOOP("vocab", "Cambio administrativo"),
    QT_TRANSLATE_NOOP("vocab", "Sugerencia"),
    QT_TRANSLATE_NOOP("vocab", "Cancelación"),
    QT_TRANSLATE_NOOP("vocab", "Contratación"),
    QT_TRANSLATE_NOOP("vocab", "Derechos ARCO"),
    QT_TRANSLATE_NOOP("vocab", "Otro"),
    # CHANNEL_LABELS
    QT_TRANSLATE_NOOP("vocab", "Teléfono"),
    QT_TRANSLATE_NOOP("vocab", "Oficina"),
    QT_TRANSLATE_NOOP("vocab", "Correo electrónico"),
    QT_TRANSLATE_NOOP("vocab", "Página web"),
    QT_TRANSLATE_NOOP("vocab", "WhatsApp"),
    QT_TRANSLATE_NOOP("vocab", "Redes sociales"),
    # STATUS_LABELS
    QT_TRANSLATE_NOOP("vocab", "Abierto, sin asignar"),
    QT_TRANSLATE_NOOP("vocab", "Asignado"),
    QT_TRANSLATE_NOOP("vocab", "En atención"),
    QT_TRANSLATE_NOOP("vocab", "En espera"),
    QT_TRANSLATE_NOOP("vocab", "Resuelto, falta avisar al cliente"),
    QT_TRANSLATE_NOOP("vocab", "Cerrado"),
    QT_TRANSLATE_NOOP("vocab", "Improcedente"),
    QT_TRANSLATE_NOOP("vocab", "Cancelado por el cliente"),
    QT_TRANSLATE_NOOP("vocab", "Asignado a técnico"),
    QT_TRANSLATE_NOOP("vocab", "Resuelto y avisado, falta cerrar"),
    # STATUS_SHORT
    QT_TRANSLATE_NOOP("vocab", "Sin asignar"),
    QT_TRANSLATE_NOOP("vocab", "Por avisar"),
    QT_TRANSLATE_NOOP("vocab", "Cancelado"),
    # CAUSE_CATEGORY_LABELS
    QT_TRANSLATE_NOOP("vocab", "Interna (del proveedor)"),
    QT_TRANSLATE_NOOP("vocab", "Externa (ajena al proveedor)"),
    # CAUSES (seed of the editable list)
    QT_TRANSLATE_NOOP("vocab", "Falla en la red o en la torre"),
    QT_TRANSLATE_NOOP("vocab", "Equipo del proveedor (antena, router en comodato)"),
    QT_TRANSLATE_NOOP("vocab", "Configuración o aprovisionamiento"),
    QT_TRANSLATE_NOOP("vocab", "Saturación del nodo"),
    QT_TRANSLATE_NOOP("vocab", "Error de facturación"),
    QT_TRANSLATE_NOOP("vocab", "Error en la atención"),
    QT_TRANSLATE_NOOP("vocab", "Otra causa interna"),
    QT_TRANSLATE_NOOP("vocab", "Equipo o instalación del cliente"),
    QT_TRANSLATE_NOOP("vocab", "Falta de energía eléctrica en el domicilio"),
    QT_TRANSLATE_NOOP("vocab", "Daño o falla de terceros"),
    QT_TRANSLATE_NOOP("vocab", "Condiciones climáticas"),
    QT_TRANSLATE_NOOP("vocab", "Desastre natural o siniestro"),
    QT_TRANSLATE_NOOP("vocab", "Otra causa ajena al proveedor"),
    # AREAS (seed of the editable list)
    QT_TRANSLATE_NOOP("vocab", "Soporte técnico"),
    QT_TRANSLATE_NOOP("vocab", "Facturación"),
    QT_TRANSLATE_NOOP("vocab", "Administración"),
    QT_TRANSLATE_NOOP("vocab", "Atención a clientes"),
    # VISIT_STATUS_LABELS
    QT_TRANSLATE_NOOP("vocab", "Programada"),
    QT_TRANSLATE_NOOP("vocab", "Técnico en el domicilio"),
    QT_TRANSLATE_NOOP("vocab", "Realizada"),
    QT_TRANSLATE_NOOP("vocab", "No se pudo atender"),
    QT_TRANSLATE_NOOP("vocab", "Cancelada"),
    # WAIT_REASON_LABELS
    QT_TRANSLATE_NOOP("vocab", "Sin acceso al domicilio"),
    QT_TRANSLATE_NOOP("vocab", "El cliente pidió posponer"),
    QT_TRANSLATE_NOOP("vocab", "El cliente no responde"),
    QT_TRANSLATE_NOOP("vocab", "Faltan documentos del cliente"),
    QT_TRANSLATE_NOOP("vocab", "Esperando equipo o refacciones"),
    QT_TRANSLATE_NOOP("vocab", "Esperando a un tercero (CFE, proveedor de enlace)"),
    QT_TRANSLATE_NOOP("vocab", "Otro motivo"),
    # INCIDENT_STATUS_LABELS
    QT_TRANSLATE_NOOP("vocab", "Activo"),
    QT_TRANSLATE_NOOP("vocab", "Resuelto"),
    # DOCUMENTS
    QT_TRANSLATE_NOOP("vocab", "Identificación oficial del titular"),
    QT_TRANSLATE_NOOP("vocab", "Comprobante de domicilio reciente"),
    QT_TRANSLATE_NOOP("vocab", "Número de cliente y último número de factura"),
    QT_TRANSLATE_NOOP("vocab", "Factura o recibo en aclaración"),
    QT_TRANSLATE_NOOP("vocab", "Comprobante de pago"),
    QT_TRANSLATE_NOOP("vocab", "Equipo en comodato (antena, router, fuente)"),
    QT_TRANSLATE_NOOP("vocab", "Último recibo pagado"),
    QT_TRANSLATE_NOOP("vocab", "Identificación oficial"),
    QT_TRANSLATE_NOOP("vocab", "Comprobante de domicilio"),
    QT_TRANSLATE_NOOP("vocab", "Referencias para ubicar el domicilio"),
    QT_TRANSLATE_NOOP("vocab", "Solicitud de derechos ARCO firmada"),
    QT_TRANSLATE_NOOP("vocab", "Identificación oficial del titular o representante"),
    QT_TRANSLATE_NOOP("vocab", "Descripción clara de los datos y del derecho que ejerce"),
    # EVENT_LABELS
    QT_TRANSLATE_NOOP("vocab", "Reporte levantado"),
    QT_TRANSLATE_NOOP("vocab", "Turnado a otra área"),
    QT_TRANSLATE_NOOP("vocab", "Cambio de estado"),
    QT_TRANSLATE_NOOP("vocab", "Se reanuda"),
    QT_TRANSLATE_NOOP("vocab", "Nota"),
    QT_TRANSLATE_NOOP("vocab", "Visita"),
    QT_TRANSLATE_NOOP("vocab", "En sitio"),
    QT_TRANSLATE_NOOP("vocab", "Resultado de la visita"),
    QT_TRANSLATE_NOOP("vocab", "Causa externa: plazo ampliado"),
    QT_TRANSLATE_NOOP("vocab", "Aviso al cliente"),
    QT_TRANSLATE_NOOP("vocab", "Reabierto"),
    QT_TRANSLATE_NOOP("vocab", "Datos corregidos"),
    QT_TRANSLATE_NOOP("vocab", "Vinculado a incidente"),
    QT_TRANSLATE_NOOP("vocab", "Archivo adjunto"),
    # CUSTOMER_STATUS_LABELS
    QT_TRANSLATE_NOOP("vocab", "Suspendido"),
    QT_TRANSLATE_NOOP("vocab", "Baja"),
    # PRIORITY_LABELS
    QT_TRANSLATE_NOOP("vocab", "Normal"),
    QT_TRANSLATE_NOOP("vocab", "Alta"),
    # permissions.ROLE_LABELS
    QT_TRANSLATE_NOOP("vocab", "Recepción"),
    QT_TRANSLATE_NOOP("vocab", "Técnico"),
    QT_TRANSLATE_NOOP("vocab", "Jefe técnico"),
    QT_TRANSLATE_NOOP("vocab", "Gerente"),
    QT_TRANSLATE_NOOP("vocab", "Administrador"),
)


def tr_label(text: str) -> str:
    """The label in the UI language; text that is not a known label comes back unchanged."""
    return QCoreApplication.translate("vocab", text)
