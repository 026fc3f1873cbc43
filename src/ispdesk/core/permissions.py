"""The one permission table. Every service checks it with `require(actor, action)`."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from .errors import PermissionDenied

if TYPE_CHECKING:
    from .models import User


class Role(StrEnum):
    RECEPCION = "recepcion"
    TECNICO = "tecnico"
    JEFE_TECNICO = "jefe_tecnico"  # the technical lead: assigns and follows every technical report
    GERENTE = "gerente"
    ADMIN = "admin"


ROLE_LABELS = {
    Role.RECEPCION: "Recepción",
    Role.TECNICO: "Técnico",
    Role.JEFE_TECNICO: "Jefe técnico",
    Role.GERENTE: "Gerente",
    Role.ADMIN: "Administrador",
}


class Action(StrEnum):
    CUSTOMER_VIEW = "customer.view"
    CUSTOMER_CREATE = "customer.create"
    CUSTOMER_EDIT = "customer.edit"
    REPORT_VIEW = "report.view"
    REPORT_OPEN = "report.open"
    REPORT_ASSIGN = "report.assign"  # first assignment or reassignment
    REPORT_STATUS = "report.status"
    REPORT_NOTE = "report.note"
    REPORT_VISIT = "report.visit"
    REPORT_RESOLVE = "report.resolve"
    REPORT_RECLASSIFY = "report.reclassify"  # cause reclassified as external: extends the deadline
    REPORT_NOTIFY = "report.notify"
    REPORT_CLOSE = "report.close"
    REPORT_REOPEN = "report.reopen"
    REPORT_END = "report.end"  # cancelled by the customer, or declared not upheld (improcedente)
    REPORT_ATTACH = "report.attach"
    BOARD_VIEW = "board.view"  # every technician's queue side by side
    INBOX_VIEW = "inbox.view"  # the areas' inboxes (billing, administration, customer service)
    INCIDENT_MANAGE = "incident.manage"
    SETTINGS_EDIT = "settings.edit"
    USERS_MANAGE = "users.manage"
    SUMMARY_VIEW = "summary.view"
    DEMO_LOAD = "demo.load"
    DATA_MANAGE = "data.manage"  # import customers, export, back up and restore
    PERSONAL_DATA = "customer.personal_data"  # ARCO: export, anonymise, opposition; retention


ACTION_LABELS = {
    Action.CUSTOMER_VIEW: "consultar clientes",
    Action.CUSTOMER_CREATE: "dar de alta clientes",
    Action.CUSTOMER_EDIT: "modificar clientes",
    Action.REPORT_VIEW: "consultar reportes",
    Action.REPORT_OPEN: "levantar reportes",
    Action.REPORT_ASSIGN: "asignar o reasignar reportes",
    Action.REPORT_STATUS: "cambiar el estado de reportes",
    Action.REPORT_NOTE: "agregar notas",
    Action.REPORT_VISIT: "registrar visitas",
    Action.REPORT_RESOLVE: "resolver reportes",
    Action.REPORT_RECLASSIFY: "reclasificar la causa como externa",
    Action.REPORT_NOTIFY: "registrar el aviso al cliente",
    Action.REPORT_CLOSE: "cerrar reportes",
    Action.REPORT_REOPEN: "reabrir reportes",
    Action.REPORT_END: "cancelar reportes o declararlos improcedentes",
    Action.REPORT_ATTACH: "adjuntar archivos a reportes",
    Action.BOARD_VIEW: "ver el tablero de técnicos",
    Action.INBOX_VIEW: "ver las bandejas de las áreas",
    Action.INCIDENT_MANAGE: "gestionar incidentes masivos",
    Action.SETTINGS_EDIT: "cambiar la configuración",
    Action.USERS_MANAGE: "administrar usuarios",
    Action.SUMMARY_VIEW: "ver el resumen mensual",
    Action.DEMO_LOAD: "cargar datos de demostración",
    Action.DATA_MANAGE: "importar, exportar, respaldar o restaurar datos",
    Action.PERSONAL_DATA: "atender solicitudes de datos personales (derechos ARCO)",
}

_R, _T, _J, _G, _A = Role.RECEPCION, Role.TECNICO, Role.JEFE_TECNICO, Role.GERENTE, Role.ADMIN
_ALL = frozenset(Role)

PERMISSIONS: dict[Action, frozenset[Role]] = {
    Action.CUSTOMER_VIEW: _ALL,
    Action.CUSTOMER_CREATE: frozenset({_R, _G, _A}),
    Action.CUSTOMER_EDIT: frozenset({_R, _G, _A}),
    Action.REPORT_VIEW: _ALL,
    Action.REPORT_OPEN: frozenset({_R, _J, _G, _A}),
    Action.REPORT_ASSIGN: frozenset({_R, _J, _G, _A}),
    Action.REPORT_STATUS: _ALL,
    Action.REPORT_NOTE: _ALL,
    Action.REPORT_VISIT: _ALL,
    Action.REPORT_RESOLVE: _ALL,
    Action.REPORT_RECLASSIFY: frozenset({_T, _J, _G, _A}),
    Action.REPORT_NOTIFY: frozenset({_R, _J, _G, _A}),
    Action.REPORT_CLOSE: frozenset({_R, _J, _G, _A}),
    Action.REPORT_REOPEN: frozenset({_R, _J, _G, _A}),
    Action.REPORT_END: frozenset({_R, _J, _G, _A}),
    Action.REPORT_ATTACH: _ALL,
    Action.BOARD_VIEW: frozenset({_J, _G, _A}),
    Action.INBOX_VIEW: frozenset({_R, _J, _G, _A}),
    Action.INCIDENT_MANAGE: frozenset({_J, _G, _A}),
    Action.SETTINGS_EDIT: frozenset({_G, _A}),
    Action.USERS_MANAGE: frozenset({_G, _A}),
    Action.SUMMARY_VIEW: frozenset({_G, _A}),
    Action.DEMO_LOAD: frozenset({_G, _A}),
    Action.DATA_MANAGE: frozenset({_G, _A}),
    Action.PERSONAL_DATA: frozenset({_G, _A}),
}


def can(actor: User | None, action: Action) -> bool:
    if actor is None or not actor.active:
        return False
    try:
        role = Role(actor.role)
    except ValueError:
        return False
    return role in PERMISSIONS[action]


def require(actor: User | None, action: Action) -> None:
    """Raise `PermissionDenied` with a Spanish message naming the role and the action."""
    if not can(actor, action):
        who = ROLE_LABELS.get(actor.role, actor.role) if actor is not None else "Sin usuario"
        raise PermissionDenied(
            f"Permiso denegado: el rol «{who}» no puede {ACTION_LABELS[action]}."
        )
