"""Codes stored in the database and their Spanish labels. Codes are the CLI contract; labels are for people.

Every closed list is a str-valued enum (a member compares equal to its code, so rows and CLI arguments need no
conversion); the status groups below are the only definition of "open", "active" and "ended" in the program.
Causes, areas and the kinds' default areas are editable tables seeded from the lists here.
"""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    FALLA = "falla"
    QUEJA = "queja"
    CONSULTA = "consulta"
    ACLARACION = "aclaracion"
    ADMINISTRATIVO = "administrativo"
    SUGERENCIA = "sugerencia"
    CANCELACION = "cancelacion"
    CONTRATACION = "contratacion"
    ARCO = "arco"
    OTRO = "otro"


class Channel(StrEnum):
    TELEFONO = "telefono"
    OFICINA = "oficina"
    CORREO = "correo"
    WEB = "web"
    WHATSAPP = "whatsapp"
    REDES = "redes"


class Status(StrEnum):
    ABIERTO = "abierto"
    ASIGNADO = "asignado"
    EN_PROCESO = "en_proceso"
    EN_ESPERA = "en_espera"
    RESUELTO = "resuelto"
    CERRADO = "cerrado"
    IMPROCEDENTE = "improcedente"
    CANCELADO = "cancelado"


class CauseCategory(StrEnum):
    INTERNA = "interna"
    EXTERNA = "externa"


class Priority(StrEnum):
    NORMAL = "normal"
    ALTA = "alta"


class VisitStatus(StrEnum):
    PROGRAMADA = "programada"
    EN_SITIO = "en_sitio"  # the technician is at the home
    REALIZADA = "realizada"
    FALLIDA = "fallida"  # the technician went and could not do the work (no one home, no access)
    CANCELADA = "cancelada"  # rescheduled or no longer needed


class WaitReason(StrEnum):
    SIN_ACCESO = "sin_acceso"
    CLIENTE_POSPONE = "cliente_pospone"
    CLIENTE_NO_RESPONDE = "cliente_no_responde"
    DOCUMENTOS = "documentos"
    REFACCIONES = "refacciones"
    TERCEROS = "terceros"
    CLIMA = "clima"
    OTRO = "otro"


class IncidentStatus(StrEnum):
    ABIERTO = "abierto"
    RESUELTO = "resuelto"


class CustomerStatus(StrEnum):
    ACTIVO = "activo"
    SUSPENDIDO = "suspendido"
    BAJA = "baja"


# --- status groups: the one definition ------------------------------------------------------------------------
# Active: someone has work to do on it; deadlines run; it is in a queue, on the board, in an inbox.
ACTIVE_STATUSES: frozenset[Status] = frozenset({Status.ABIERTO, Status.ASIGNADO, Status.EN_PROCESO,
                                                Status.EN_ESPERA})
# Unfinished: active, or resolved while the customer has not been told yet.
UNFINISHED_STATUSES: frozenset[Status] = ACTIVE_STATUSES | {Status.RESUELTO}
# Ended: nothing more happens unless it is reopened.
ENDED_STATUSES: frozenset[Status] = frozenset({Status.CERRADO, Status.IMPROCEDENTE, Status.CANCELADO})
WAITING_STATUSES: frozenset[Status] = frozenset({Status.EN_ESPERA})

# Only these pause the resolution clock: the delay is the customer's, not the provider's.
CUSTOMER_WAIT_REASONS: frozenset[WaitReason] = frozenset({WaitReason.SIN_ACCESO, WaitReason.CLIENTE_POSPONE,
                                                          WaitReason.CLIENTE_NO_RESPONDE, WaitReason.DOCUMENTOS})

KIND_LABELS: dict[str, str] = {
    Kind.FALLA: "Falla en el servicio",
    Kind.QUEJA: "Queja",
    Kind.CONSULTA: "Consulta o duda",
    Kind.ACLARACION: "Aclaración de facturación",
    Kind.ADMINISTRATIVO: "Cambio administrativo",
    Kind.SUGERENCIA: "Sugerencia",
    Kind.CANCELACION: "Cancelación",
    Kind.CONTRATACION: "Contratación",
    Kind.ARCO: "Derechos ARCO",
    Kind.OTRO: "Otro",
}
KINDS = tuple(k.value for k in Kind)

CHANNEL_LABELS: dict[str, str] = {
    Channel.TELEFONO: "Teléfono",
    Channel.OFICINA: "Oficina",
    Channel.CORREO: "Correo electrónico",
    Channel.WEB: "Página web",
    Channel.WHATSAPP: "WhatsApp",
    Channel.REDES: "Redes sociales",
}
CHANNELS = tuple(c.value for c in Channel)

STATUS_LABELS: dict[str, str] = {
    Status.ABIERTO: "Abierto, sin asignar",
    Status.ASIGNADO: "Asignado",
    Status.EN_PROCESO: "En atención",
    Status.EN_ESPERA: "En espera",
    Status.RESUELTO: "Resuelto, falta avisar al cliente",
    Status.CERRADO: "Cerrado",
    Status.IMPROCEDENTE: "Improcedente",
    Status.CANCELADO: "Cancelado por el cliente",
}
# Short forms for narrow columns (queue, board).
STATUS_SHORT: dict[str, str] = {
    Status.ABIERTO: "Sin asignar",
    Status.ASIGNADO: "Asignado",
    Status.EN_PROCESO: "En atención",
    Status.EN_ESPERA: "En espera",
    Status.RESUELTO: "Por avisar",
    Status.CERRADO: "Cerrado",
    Status.IMPROCEDENTE: "Improcedente",
    Status.CANCELADO: "Cancelado",
}
STATUSES = tuple(s.value for s in Status)

CAUSE_CATEGORY_LABELS: dict[str, str] = {
    CauseCategory.INTERNA: "Interna (del proveedor)",
    CauseCategory.EXTERNA: "Externa (ajena al proveedor)",
}

VISIT_STATUS_LABELS: dict[str, str] = {
    VisitStatus.PROGRAMADA: "Programada",
    VisitStatus.EN_SITIO: "Técnico en el domicilio",
    VisitStatus.REALIZADA: "Realizada",
    VisitStatus.FALLIDA: "No se pudo atender",
    VisitStatus.CANCELADA: "Cancelada",
}

WAIT_REASON_LABELS: dict[str, str] = {
    WaitReason.SIN_ACCESO: "Sin acceso al domicilio",
    WaitReason.CLIENTE_POSPONE: "El cliente pidió posponer",
    WaitReason.CLIENTE_NO_RESPONDE: "El cliente no responde",
    WaitReason.DOCUMENTOS: "Faltan documentos del cliente",
    WaitReason.REFACCIONES: "Esperando equipo o refacciones",
    WaitReason.TERCEROS: "Esperando a un tercero (CFE, proveedor de enlace)",
    WaitReason.CLIMA: "Condiciones climáticas",
    WaitReason.OTRO: "Otro motivo",
}

INCIDENT_STATUS_LABELS: dict[str, str] = {IncidentStatus.ABIERTO: "Activo", IncidentStatus.RESUELTO: "Resuelto"}

# Seed of the editable cause list (table `cause`).
CAUSES: dict[str, dict[str, str]] = {
    CauseCategory.INTERNA: {
        "red": "Falla en la red o en la torre",
        "equipo_isp": "Equipo del proveedor (antena, router en comodato)",
        "configuracion": "Configuración o aprovisionamiento",
        "saturacion": "Saturación del nodo",
        "facturacion": "Error de facturación",
        "atencion": "Error en la atención",
        "otra_interna": "Otra causa interna",
    },
    CauseCategory.EXTERNA: {
        "equipo_cliente": "Equipo o instalación del cliente",
        "energia": "Falta de energía eléctrica en el domicilio",
        "terceros": "Daño o falla de terceros",
        "clima": "Condiciones climáticas",
        "desastre": "Desastre natural o siniestro",
        "otra_externa": "Otra causa ajena al proveedor",
    },
}

# Seed of the editable areas (table `area`): who works a report. The technical area is the technicians' board;
# the others are inboxes worked by customer service, billing and administration.
AREA_TECNICA = "tecnica"
AREAS: dict[str, str] = {
    AREA_TECNICA: "Soporte técnico",
    "facturacion": "Facturación",
    "administracion": "Administración",
    "atencion": "Atención a clientes",
}
# Seed of each kind's default area (table `kind_area`).
KIND_AREAS: dict[str, str] = {
    Kind.FALLA: AREA_TECNICA,
    Kind.QUEJA: "atencion",
    Kind.CONSULTA: "atencion",
    Kind.ACLARACION: "facturacion",
    Kind.ADMINISTRATIVO: "administracion",
    Kind.SUGERENCIA: "atencion",
    Kind.CANCELACION: "administracion",
    Kind.CONTRATACION: "administracion",
    Kind.ARCO: "atencion",
    Kind.OTRO: "atencion",
}

# Documents an administrative request needs, by kind (checklist shown in the wizard and on the receipt).
DOCUMENTS: dict[str, tuple[str, ...]] = {
    Kind.ADMINISTRATIVO: (
        "Identificación oficial del titular",
        "Comprobante de domicilio reciente",
        "Número de cliente y último número de factura",
    ),
    Kind.ACLARACION: ("Factura o recibo en aclaración", "Comprobante de pago"),
    Kind.CANCELACION: (
        "Identificación oficial del titular",
        "Equipo en comodato (antena, router, fuente)",
        "Último recibo pagado",
    ),
    Kind.CONTRATACION: (
        "Identificación oficial",
        "Comprobante de domicilio",
        "Referencias para ubicar el domicilio",
    ),
    Kind.ARCO: (
        "Solicitud de derechos ARCO firmada",
        "Identificación oficial del titular o representante",
        "Descripción clara de los datos y del derecho que ejerce",
    ),
}

EVENT_LABELS: dict[str, str] = {
    "created": "Reporte levantado",
    "assigned": "Asignado",
    "area": "Turnado a otra área",
    "status": "Cambio de estado",
    "paused": "En espera",
    "resumed": "Se reanuda",
    "note": "Nota",
    "visit": "Visita",
    "onsite": "En sitio",
    "visit_done": "Resultado de la visita",
    "resolved": "Resuelto",
    "reclassified": "Causa externa: plazo ampliado",
    "notified": "Aviso al cliente",
    "closed": "Cerrado",
    "dismissed": "Improcedente",
    "cancelled": "Cancelado",
    "reopened": "Reabierto",
    "edited": "Datos corregidos",
    "incident": "Vinculado a incidente",
    "attachment": "Archivo adjunto",
}

CUSTOMER_STATUS_LABELS: dict[str, str] = {
    CustomerStatus.ACTIVO: "Activo",
    CustomerStatus.SUSPENDIDO: "Suspendido",
    CustomerStatus.BAJA: "Baja",
}
PRIORITY_LABELS: dict[str, str] = {Priority.NORMAL: "Normal", Priority.ALTA: "Alta"}
