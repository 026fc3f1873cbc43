"""Codes stored in the database and their Spanish labels. Codes are the CLI contract; labels are for people."""

from __future__ import annotations

KIND_LABELS: dict[str, str] = {
    "falla": "Falla en el servicio",
    "queja": "Queja",
    "consulta": "Consulta o duda",
    "aclaracion": "Aclaración de facturación",
    "administrativo": "Cambio administrativo",
    "sugerencia": "Sugerencia",
    "cancelacion": "Cancelación",
    "contratacion": "Contratación",
    "arco": "Derechos ARCO",
    "otro": "Otro",
}
KINDS = tuple(KIND_LABELS)

CHANNEL_LABELS: dict[str, str] = {
    "telefono": "Teléfono",
    "oficina": "Oficina",
    "correo": "Correo electrónico",
    "web": "Página web",
    "whatsapp": "WhatsApp",
    "redes": "Redes sociales",
}
CHANNELS = tuple(CHANNEL_LABELS)

STATUS_LABELS: dict[str, str] = {
    "abierto": "Abierto, sin asignar",
    "asignado": "Asignado a técnico",
    "en_proceso": "En atención",
    "en_espera": "En espera",
    "resuelto": "Resuelto, falta avisar al cliente",
    "cerrado": "Cerrado",
}
STATUSES = tuple(STATUS_LABELS)
OPEN_STATUSES = ("abierto", "asignado", "en_proceso", "en_espera", "resuelto")

CAUSE_CATEGORY_LABELS = {"interna": "Interna (del proveedor)", "externa": "Externa (ajena al proveedor)"}

CAUSES: dict[str, dict[str, str]] = {
    "interna": {
        "red": "Falla en la red o en la torre",
        "equipo_isp": "Equipo del proveedor (antena, router en comodato)",
        "configuracion": "Configuración o aprovisionamiento",
        "saturacion": "Saturación del nodo",
        "facturacion": "Error de facturación",
        "atencion": "Error en la atención",
        "otra_interna": "Otra causa interna",
    },
    "externa": {
        "equipo_cliente": "Equipo o instalación del cliente",
        "energia": "Falta de energía eléctrica en el domicilio",
        "terceros": "Daño o falla de terceros",
        "clima": "Condiciones climáticas",
        "desastre": "Desastre natural o siniestro",
        "otra_externa": "Otra causa ajena al proveedor",
    },
}

# Documents an administrative request needs, by kind (checklist shown in the wizard and on the receipt).
DOCUMENTS: dict[str, tuple[str, ...]] = {
    "administrativo": (
        "Identificación oficial del titular",
        "Comprobante de domicilio reciente",
        "Número de cliente y último número de factura",
    ),
    "aclaracion": ("Factura o recibo en aclaración", "Comprobante de pago"),
    "cancelacion": (
        "Identificación oficial del titular",
        "Equipo en comodato (antena, router, fuente)",
        "Último recibo pagado",
    ),
    "contratacion": (
        "Identificación oficial",
        "Comprobante de domicilio",
        "Referencias para ubicar el domicilio",
    ),
    "arco": (
        "Solicitud de derechos ARCO firmada",
        "Identificación oficial del titular o representante",
        "Descripción clara de los datos y del derecho que ejerce",
    ),
}

EVENT_LABELS: dict[str, str] = {
    "created": "Reporte levantado",
    "assigned": "Asignado",
    "status": "Cambio de estado",
    "note": "Nota",
    "visit": "Visita",
    "resolved": "Resuelto",
    "reclassified": "Causa externa: plazo ampliado",
    "notified": "Aviso al cliente",
    "closed": "Cerrado",
    "reopened": "Reabierto",
    "edited": "Datos corregidos",
    "incident": "Vinculado a incidente",
}

CUSTOMER_STATUS_LABELS = {"activo": "Activo", "suspendido": "Suspendido", "baja": "Baja"}
PRIORITY_LABELS = {"normal": "Normal", "alta": "Alta"}
