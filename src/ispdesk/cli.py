"""Command line: the GUI by default, plus commands for cron jobs, web forms and caller-ID scripts.

Exit codes: 0 success, 1 user error (Spanish message on stderr, nothing written), 2 usage error.
Non-GUI commands import neither Qt nor ReportLab (except to render a PDF), so they start fast.
"""

from __future__ import annotations

import argparse
import errno
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from .core.models import Report, User

_ES = {
    "usage: ": "uso: ",
    "positional arguments": "argumentos",
    "options": "opciones",
    "show this help message and exit": "muestra esta ayuda y termina",
    "the following arguments are required: %s": "faltan los argumentos obligatorios: %s",
    "unrecognized arguments: %s": "argumentos no reconocidos: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "opción no válida: %(value)r (elija entre %(choices)s)",
    "argument %(argument_name)s: %(message)s": "argumento %(argument_name)s: %(message)s",
    "expected one argument": "se esperaba un valor",
    "invalid %(type)s value: %(value)r": "valor %(type)s no válido: %(value)r",
    "%(prog)s: error: %(message)s\n": "%(prog)s: error: %(message)s\n",
}
argparse._ = lambda s: _ES.get(s, s)  # type: ignore[attr-defined]  # Spanish argparse messages


MAX_DEMO_CUSTOMERS = 200_000  # twice the benchmark base: the demo is for trying the app, not for filling disks
MAX_DEMO_REPORTS = 2_000_000


class UserError(Exception):
    """Raised for a user mistake caught in the CLI itself (not in the services)."""


_OS_ERRORS = {
    errno.ENOENT: "la carpeta no existe",
    errno.EACCES: "no hay permiso para escribir ahí",
    errno.EPERM: "no hay permiso para escribir ahí",
    errno.ENOTDIR: "una parte de la ruta no es una carpeta",
    errno.EISDIR: "es una carpeta",
    errno.ENOSPC: "el disco está lleno",
    errno.EROFS: "el disco es de solo lectura",
}


def os_error_es(exc: OSError) -> str:
    return _OS_ERRORS.get(exc.errno or 0, exc.strerror or str(exc))


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"«{text}» no es un número entero") from None
    if value < 1:
        raise argparse.ArgumentTypeError("debe ser al menos 1")
    return value


def _check_pdf_path(path: str, what: str = "El comprobante", suffixes: tuple[str, ...] = (".pdf",)) -> None:
    """Before anything is written: a PDF that cannot be saved must not leave a report behind."""
    if not path.lower().endswith(suffixes):
        raise UserError(f"{what} debe ser un archivo " + " o ".join(suffixes))
    _check_out_path(path, what[0].lower() + what[1:])


def _check_receipt_path(path: str) -> None:
    _check_pdf_path(path, "El comprobante")


def _check_csv_path(path: str, what: str) -> None:
    """Like `_check_pdf_path`, for a spreadsheet."""
    _check_pdf_path(path, what, (".csv",))


def _parser() -> argparse.ArgumentParser:
    from .core.vocab import CHANNELS, KINDS

    p = argparse.ArgumentParser(
        prog="ispdesk",
        description="Reportes, folios y plazos para la atención a clientes de un proveedor de internet.",
    )
    p.add_argument("--db", metavar="RUTA|URL", help="archivo SQLite o URL postgresql:// (predeterminado: "
                   "la carpeta de datos del usuario, o $ISPDESK_DATA_DIR)")
    sub = p.add_subparsers(dest="command", metavar="COMANDO")

    g = sub.add_parser("gui", help="abre la ventana principal (predeterminado)")
    g.add_argument("--lang", choices=("es", "en"), help="idioma de la interfaz")

    d = sub.add_parser("demo", help="carga datos de demostración (clientes y reportes ficticios)")
    d.add_argument("--customers", type=int, default=2000, metavar="N")
    d.add_argument("--reports", type=int, default=10000, metavar="N")
    d.add_argument("--seed", type=int, default=1, metavar="S")

    c = sub.add_parser("customer", help="clientes")
    csub = c.add_subparsers(dest="customer_command", metavar="ACCIÓN", required=True)
    ca = csub.add_parser("add", help="da de alta un cliente")
    ca.add_argument("--number", required=True, metavar="N")
    ca.add_argument("--name", required=True, metavar="NOMBRE")
    ca.add_argument("--phone", action="append", default=[], metavar="TEL")
    ca.add_argument("--email", default="", metavar="CORREO")
    ca.add_argument("--address", default="", metavar="DOMICILIO")
    ca.add_argument("--zone", default="", metavar="ZONA")
    ca.add_argument("--user", metavar="USUARIO")
    cf = csub.add_parser("find", help="busca clientes: número, nombre, teléfono, domicilio o folio")
    cf.add_argument("query", nargs="+", metavar="BÚSQUEDA")
    cf.add_argument("--limit", type=_positive, default=50, metavar="N")
    ce = csub.add_parser("export", help="copia de todos los datos personales de un cliente (derecho de acceso)")
    ce.add_argument("number", metavar="NÚMERO")
    ce.add_argument("-o", "--output", required=True, metavar="ARCHIVO.pdf|.json")
    ce.add_argument("--user", required=True, metavar="USUARIO", help="gerente o administrador que la entrega")

    r = sub.add_parser("report", help="reportes")
    rsub = r.add_subparsers(dest="report_command", metavar="ACCIÓN", required=True)
    rn = rsub.add_parser("new", help="levanta un reporte e imprime su folio")
    rn.add_argument("--customer", required=True, metavar="NÚMERO")
    rn.add_argument("--kind", required=True, choices=KINDS)
    rn.add_argument("--channel", required=True, choices=CHANNELS)
    rn.add_argument("--description", required=True, metavar="TEXTO")
    rn.add_argument("--location", default="", metavar="TEXTO")
    rn.add_argument("--user", metavar="USUARIO")
    rn.add_argument("--receipt", metavar="ARCHIVO.pdf")
    rn.add_argument("--format", choices=("carta", "ticket"), default="carta")
    rn.add_argument("--key", metavar="CLAVE", help="clave única de la solicitud (p. ej. el id del envío de un "
                    "formulario web, hasta 100 caracteres): si ya se levantó un reporte con esa clave, no se levanta "
                    "otro y se imprime el mismo folio")
    rs = rsub.add_parser("show", help="estado, cliente, plazos e historial de un folio")
    rs.add_argument("folio", metavar="FOLIO")
    rcl = rsub.add_parser("close", help="registra el aviso al cliente y cierra un reporte resuelto")
    rcl.add_argument("folio", metavar="FOLIO")
    rcl.add_argument("--notified-via", required=True, choices=CHANNELS, metavar="CANAL",
                     help="cómo se avisó: " + ", ".join(CHANNELS))
    rcl.add_argument("--confirmed", required=True, choices=("si", "no"),
                     help="si el cliente confirma que quedó resuelto")
    rcl.add_argument("--text", metavar="TEXTO", help="lo que se le dijo (predeterminado: el texto sugerido con la "
                     "causa, la procedencia y lo que se hizo)")
    rcl.add_argument("--user", metavar="USUARIO")

    rt = sub.add_parser("retention", help="anonimiza a los clientes dados de baja sin actividad en los años de "
                        "conservación configurados (con --dry-run sólo los lista)")
    rt.add_argument("--dry-run", action="store_true", help="sólo lista quiénes se anonimizarían; no cambia nada")
    rt.add_argument("--user", metavar="USUARIO", help="quien la aplica (predeterminado: la cuenta sistema, para "
                    "tareas programadas)")

    w = sub.add_parser("workorder", help="genera la orden de trabajo PDF de un folio")
    w.add_argument("folio", metavar="FOLIO")
    w.add_argument("-o", "--output", required=True, metavar="ARCHIVO.pdf")

    sm = sub.add_parser("summary", help="resumen mensual en PDF (y CSV) de los reportes levantados en un mes")
    sm.add_argument("--month", required=True, metavar="AAAA-MM", help="el mes, según el reloj de la oficina")
    sm.add_argument("--office", metavar="PREFIJO", help="la oficina por su prefijo de folio (predeterminado: todas)")
    sm.add_argument("-o", "--output", required=True, metavar="ARCHIVO.pdf")
    sm.add_argument("--csv", metavar="ARCHIVO.csv", help="además, las cifras para hoja de cálculo")

    rc = sub.add_parser("receipt", help="genera el comprobante PDF de un folio")
    rc.add_argument("folio", metavar="FOLIO")
    rc.add_argument("-o", "--output", required=True, metavar="ARCHIVO.pdf")
    rc.add_argument("--format", choices=("carta", "ticket"), default="carta")

    ic = sub.add_parser("import-customers", help="importa clientes de un CSV (sistema de facturación o Excel)")
    ic.add_argument("file", metavar="ARCHIVO.csv")
    ic.add_argument("--dry-run", action="store_true", help="sólo revisa: dice qué haría sin guardar nada")
    ic.add_argument("--rejects", metavar="ARCHIVO.csv", help="guarda ahí las filas rechazadas, con línea y motivo")
    ic.add_argument("--user", metavar="USUARIO")

    ex = sub.add_parser("export", help="exporta a CSV los reportes de un periodo o la lista de clientes")
    exsub = ex.add_subparsers(dest="export_command", metavar="QUÉ", required=True)
    er = exsub.add_parser("reports", help="los reportes levantados en un periodo, con su historial")
    er.add_argument("--from", dest="start", required=True, type=_date, metavar="AAAA-MM-DD")
    er.add_argument("--to", dest="end", required=True, type=_date, metavar="AAAA-MM-DD")
    er.add_argument("-o", "--output", required=True, metavar="ARCHIVO.csv")
    er.add_argument("--user", metavar="USUARIO")
    ec = exsub.add_parser("customers", help="la lista de clientes (en las columnas que import-customers lee)")
    ec.add_argument("-o", "--output", required=True, metavar="ARCHIVO.csv")
    ec.add_argument("--user", metavar="USUARIO")

    bk = sub.add_parser("backup", help="respalda la base de datos (en la carpeta de respaldos, o en -o ARCHIVO)")
    bk.add_argument("-o", "--output", metavar="ARCHIVO")
    bk.add_argument("--user", metavar="USUARIO")
    rs = sub.add_parser("restore", help="reemplaza los datos por los de un respaldo (después de revisarlo)")
    rs.add_argument("file", metavar="ARCHIVO")
    rs.add_argument("--yes", action="store_true", help="no pregunta (para scripts)")
    rs.add_argument("--user", metavar="USUARIO")
    au = sub.add_parser("audit", help="historial a prueba de alteraciones")
    ausub = au.add_subparsers(dest="audit_command", required=True, metavar="{verify,seal}")
    av = ausub.add_parser("verify", help="comprueba que ningún evento de los reportes ni de la bitácora se alteró o "
                          "borró; imprime «íntegro» (salida 0) o el primer eslabón roto con su folio (salida 1)")
    av.add_argument("--sello", metavar="N:CÓDIGO", help="un sello guardado antes (impreso en el resumen mensual, o de "
                    "«audit seal»): comprueba además que el historial hasta él sigue siendo el mismo")
    ausub.add_parser("seal", help="sella el historial escrito hasta ahora e imprime el sello (guárdelo fuera de la "
                     "base de datos: correo, papel)")
    return p


def _date(text: str) -> object:
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"«{text}» no es una fecha AAAA-MM-DD") from None


def _actor(username: str | None) -> User:
    """`sistema`, or a user the manager allowed to act from scripts (never a locked or deactivated one)."""
    from .core.services import users

    return users.script_actor(username)


def _write_receipt(report: Report, path: str, fmt: str) -> None:
    from .core.receipts import receipt_data
    from .pdf.receipt import render_receipt

    try:
        render_receipt(receipt_data(report), path, fmt)
    except OSError as exc:
        raise UserError(f"No se pudo escribir {path}: {os_error_es(exc)}.") from None


def cmd_customer_add(a: argparse.Namespace) -> int:
    from .core.services.customers import create_customer

    c = create_customer(_actor(a.user), number=a.number, name=a.name, phones=a.phone, email=a.email,
                        address=a.address, zone=a.zone)
    print(c.number)
    return 0


def cmd_customer_find(a: argparse.Namespace) -> int:
    from .core.search import fetch_rows, search

    query = " ".join(a.query)
    result = search(query, limit=a.limit)
    if result.message:  # a mistyped folio, or a query too long to search
        raise UserError(result.message)
    rows = fetch_rows(result.customer_ids)
    if not rows:
        print(f"Sin coincidencias para «{query}».", file=sys.stderr)
        return 1
    for row in rows:
        print(f"{row.number}\t{row.name}\t{row.phones}")
    return 0


def cmd_customer_export(a: argparse.Namespace) -> int:
    from .core.services.arco import export_personal_data
    from .core.services.customers import get_customer

    _check_pdf_path(a.output, "La copia de los datos", (".pdf", ".json"))
    actor = _actor(a.user)
    customer = get_customer(a.number)
    try:
        export_personal_data(actor, customer, a.output)
    except OSError as exc:
        raise UserError(f"No se pudo escribir {a.output}: {os_error_es(exc)}.") from None
    print(a.output)
    return 0


def cmd_retention(a: argparse.Namespace) -> int:
    """List (and unless --dry-run, anonymise) the customers gone for longer than the retention setting. The list goes
    to stdout, one customer a line; what it means goes to stderr."""
    from .core.clock import to_local
    from .core.services.arco import apply_retention, retention_list, retention_years

    years = retention_years()
    actor = _actor(a.user)
    if a.dry_run:
        listed = retention_list(actor)
        for c in listed:
            print(f"{c.number}\t{c.name}\t{to_local(c.last_activity, _tz()):%d/%m/%Y}")
        print(f"{len(listed)} clientes dados de baja sin actividad en {years} años: se anonimizarían con "
              "«ispdesk retention».", file=sys.stderr)
        return 0

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\rAnonimizando: {done}/{total}", end="", file=sys.stderr, flush=True)

    run = apply_retention(actor, progress=progress)
    if sys.stderr.isatty() and run.anonymized:
        print(file=sys.stderr)
    for done in run.anonymized:
        print(f"{done.previous_number}\tanonimizado")
    print(f"{len(run.anonymized)} clientes anonimizados (baja y sin actividad en {years} años).", file=sys.stderr)
    for _cid, why in run.skipped:
        print(f"ispdesk: un cliente no se anonimizó: {why}", file=sys.stderr)
    for path in run.files_left:
        print(f"ispdesk: no se pudo borrar el archivo adjunto {path}; bórrelo a mano.", file=sys.stderr)
    return 0


def _tz() -> str:
    from .core.queries.common import _tz as office_tz

    return office_tz(None)


def cmd_report_new(a: argparse.Namespace) -> int:
    from .core.clock import to_local
    from .core.present import short_dt
    from .core.services.customers import get_customer
    from .core.services.reports import open_report

    if a.receipt:
        _check_receipt_path(a.receipt)
    actor = _actor(a.user)
    customer = get_customer(a.customer)
    report = open_report(actor, customer, a.kind, a.channel, a.description, location=a.location,
                         request_key=a.key)
    tz = report.office.timezone
    # The terms promised when it was filed: a retried --key prints the very same three lines.
    print(report.folio)
    print(f"Primera respuesta a más tardar: {short_dt(to_local(report.first_response_due or report.response_due, tz))}")
    print("Solución comprometida: "
          f"{short_dt(to_local(report.first_resolution_due or report.resolution_due, tz))}")
    if getattr(report, "already_filed", False):
        print(f"ispdesk: el reporte {report.folio} ya se había levantado con la clave «{a.key.strip()}»; no se "
              "levantó otro.", file=sys.stderr)
    if a.receipt:
        try:
            _write_receipt(report, a.receipt, a.format)
        except UserError as exc:  # the report exists: say so, and how to get the receipt later
            print(f"ispdesk: el reporte {report.folio} quedó levantado, pero {exc} "
                  f"Genérelo con: ispdesk receipt {report.folio} -o ARCHIVO.pdf", file=sys.stderr)
            return 0
        print(f"Comprobante: {a.receipt}")
    return 0


def cmd_report_show(a: argparse.Namespace) -> int:
    from .core.clock import to_local
    from .core.present import short_dt, status_line, time_left
    from .core.queries import report_detail, report_id_by_folio
    from .core.vocab import CHANNEL_LABELS, EVENT_LABELS, KIND_LABELS, STATUS_LABELS, UNFINISHED_STATUSES

    d = report_detail(report_id_by_folio(a.folio))
    tz = d.tz
    c = d.customer
    out = [
        f"Folio: {d.folio}",
        f"Estado: {STATUS_LABELS[d.status]}",
        f"Resumen: {status_line(d)}",
        f"Cliente: {c.number} — {c.name}",
        f"Domicilio: {c.address}",
        f"Tipo: {KIND_LABELS[d.kind]}",
        f"Canal: {CHANNEL_LABELS[d.channel]}",
        f"Levantado: {short_dt(to_local(d.opened_at, tz))} por {d.created_by}",
    ]
    res = d.resolution
    active = d.status in UNFINISHED_STATUSES and d.status != "resuelto"
    for label, due, done in (("Primera respuesta", d.response_due, d.responded_at),
                             ("Solución", d.resolution_due, res.resolved_at if res else None)):
        line = f"{label}: {short_dt(to_local(due, tz))}"
        if done is None and active:
            words, _late = time_left(due)
            line += f" ({words})"
        elif done is not None:
            line += f" (cumplido {short_dt(to_local(done, tz))})" if done <= due else \
                f" (atendido tarde, {short_dt(to_local(done, tz))})"
        out.append(line)
    if d.extended:
        out.append(f"Compromiso original de solución: {short_dt(to_local(d.first_resolution_due, tz))}")
    if d.assignee_name:
        out.append(f"Asignado a: {d.assignee_name}")
    if res is not None and res.cause_words:
        out.append(f"Causa: {res.cause_label}" + (f" — {res.cause_text}" if res.cause_text and
                                                  res.cause_text != res.cause_label else ""))
    elif d.external_cause is not None:
        out.append(f"Causa externa: {d.external_cause.label}")
    if res is not None:
        out.append(f"Procedente: {'sí' if res.upheld else 'no'}"
                   + (f" — {res.upheld_reason}" if res.upheld_reason else ""))
    if d.end_reason:
        out.append(f"Motivo: {d.end_reason}")
    out.append(f"Descripción: {d.description}")
    if d.location:
        out.append(f"Ubicación: {d.location}")
    if d.documents:
        out.append("Documentos: " + "; ".join(d.documents))
    out.append("Historial:")
    for e in d.events:
        text = f": {e.text}" if e.text else ""
        out.append(f"  {short_dt(to_local(e.at, tz))}  {EVENT_LABELS.get(e.action, e.action)} — {e.user_name}{text}")
    print("\n".join(out))
    return 0


def cmd_report_close(a: argparse.Namespace) -> int:
    """Tell the customer and close, in one transaction: what a script does once the customer was called."""
    from .core.messages import notice_text
    from .core.queries import office_brief, report_detail
    from .core.services.reports import get_by_folio, notify_and_close

    report = get_by_folio(a.folio)
    text = a.text
    if text is None:
        brief = office_brief(report.office_id)
        text = notice_text(report_detail(report.id), brief.name if brief else "")
    actor = _actor(a.user)
    r = notify_and_close(actor, report, channel=a.notified_via, text=text, confirmed=a.confirmed == "si")
    print(f"{r.folio}\tcerrado")
    return 0


def cmd_workorder(a: argparse.Namespace) -> int:
    from .core.receipts import workorder_data
    from .core.services.reports import get_by_folio
    from .pdf.workorder import render_workorder

    _check_pdf_path(a.output, "La orden de trabajo")
    data = workorder_data(get_by_folio(a.folio).id)
    try:
        render_workorder(data, a.output)
    except OSError as exc:
        raise UserError(f"No se pudo escribir {a.output}: {os_error_es(exc)}.") from None
    print(a.output)
    return 0


def cmd_receipt(a: argparse.Namespace) -> int:
    from .core.services.reports import get_by_folio

    _check_receipt_path(a.output)
    _write_receipt(get_by_folio(a.folio), a.output, a.format)
    print(a.output)
    return 0


def _check_out_path(path: str, what: str) -> None:
    """Before anything is done: an output that cannot be written must be said first, not after the work."""
    import os
    from pathlib import Path

    target = Path(path).expanduser()
    folder = target.parent if str(target.parent) else Path(".")
    where = f"No se puede guardar {what} en {path}"
    if not folder.is_dir():
        raise UserError(f"{where}: la carpeta no existe.")
    if target.is_dir():
        raise UserError(f"{where}: es una carpeta.")
    if not os.access(folder, os.W_OK):
        raise UserError(f"{where}: no hay permiso para escribir ahí.")


def _data_actor(username: str | None) -> User | None:
    """None: the command line itself (whoever can open the database); with --user, that user's role decides."""
    return _actor(username) if username else None


def cmd_import_customers(a: argparse.Namespace) -> int:
    from .core.errors import DomainError
    from .core.services.customer_import import describe_table, import_customers, read_table, write_rejects

    if a.rejects:
        _check_out_path(a.rejects, "las filas rechazadas")
    table = read_table(a.file)
    print(f"{table.name}: {describe_table(table)}", file=sys.stderr)
    result = import_customers(_data_actor(a.user), table, dry_run=a.dry_run)
    notes = sorted([(r.line, f"rechazada: {r.reason}") for r in result.rejected]
                   + [(n.line, f"aviso: {n.message}") for n in result.notes])
    for line, text in notes:
        print(f"línea {line}: {text}", file=sys.stderr)
    if a.rejects:
        try:
            write_rejects(result, a.rejects)
        except DomainError as exc:  # the import is saved: say what failed, and still succeed
            print(f"ispdesk: {exc.message}", file=sys.stderr)
    if a.dry_run:
        print("Simulación: no se guardó nada.", file=sys.stderr)
    print(f"importados {result.inserted}")
    print(f"actualizados {result.updated}")
    print(f"rechazados {len(result.rejected)}")
    print(f"sin cambios {result.unchanged}")
    return 0


def cmd_export(a: argparse.Namespace) -> int:
    from .core.services import data_export

    _check_out_path(a.output, "la exportación")
    actor = _data_actor(a.user)
    if a.export_command == "reports":
        n = data_export.export_reports(actor, a.start, a.end, a.output)
    else:
        n = data_export.export_customers(actor, a.output)
    print(f"exportados {n}")
    return 0


def cmd_backup(a: argparse.Namespace) -> int:
    from .core.services import backups

    reason = backups.unavailable_reason()
    if reason:
        raise UserError(reason)
    info = backups.backup_now(_data_actor(a.user), a.output)
    print(info.path)
    return 0


def cmd_restore(a: argparse.Namespace) -> int:
    from .core.services import backups

    reason = backups.unavailable_reason()
    if reason:
        raise UserError(reason)
    actor = _data_actor(a.user)
    check = backups.check_backup(a.file)
    print(f"Respaldo revisado: {check.describe()}.", file=sys.stderr)
    if not a.yes:
        if not sys.stdin.isatty():
            raise UserError("La restauración reemplaza todos los datos actuales: confírmela con --yes.")
        others = backups.other_connections()
        if others:
            print(f"Hay otras {others} computadoras conectadas a esta base de datos: pida que cierren ispdesk.",
                  file=sys.stderr)
        print("Se reemplazarán todos los datos actuales por los del respaldo (antes se guarda una copia de los "
              "actuales). Las demás PC con ispdesk abierto deben cerrarlo y volver a abrirlo.", file=sys.stderr)
        answer = input("¿Restaurar? Escriba «si» para continuar: ")
        if answer.strip().lower() not in ("si", "sí"):
            print("No se restauró nada.", file=sys.stderr)
            return 1
    _check, safety = backups.restore_backup(actor, a.file)
    print(f"restaurado {a.file}")
    if safety is not None:
        print(f"copia previa {safety.path}")
    return 0


def _check_demo_sizes(a: argparse.Namespace) -> None:
    """Before the database is even opened (or created): a typo of three zeros must not fill the disk."""
    if not 1 <= a.customers <= MAX_DEMO_CUSTOMERS or not 0 <= a.reports <= MAX_DEMO_REPORTS:
        raise UserError(f"--customers va de 1 a {MAX_DEMO_CUSTOMERS:,} y --reports de 0 a {MAX_DEMO_REPORTS:,} "
                        "(datos de demostración: más no hacen falta para probar y llenarían el disco)."
                        .replace(",", " "))


def cmd_summary(a: argparse.Namespace) -> int:
    """The monthly summary for a scheduled job: both files or neither (each written beside its target and renamed
    only once both are rendered)."""
    import os
    from pathlib import Path

    from .core.queries import summary as sm

    _check_pdf_path(a.output, "El resumen")
    if a.csv:
        _check_csv_path(a.csv, "La hoja de cálculo")
        if Path(a.csv).expanduser().resolve() == Path(a.output).expanduser().resolve():
            raise UserError("El PDF y la hoja de cálculo deben ser archivos distintos.")
    office_id = sm.office_by_prefix(a.office) if a.office else None
    year, month = sm.parse_month(a.month, office=office_id)
    summary = sm.monthly_summary(year, month, office_id)
    from .core.summary_csv import summary_rows, write_rows
    from .pdf.summary import render_summary

    pdf = Path(a.output).expanduser()
    part = pdf.with_name(f".{pdf.name}.part")
    csv_part = None
    try:
        render_summary(summary, part)
        if a.csv:
            target = Path(a.csv).expanduser()
            csv_part = target.with_name(f".{target.name}.part")
            write_rows(summary_rows(summary), csv_part)
            os.replace(csv_part, target)
        os.replace(part, pdf)
    except OSError as exc:
        raise UserError(f"No se pudo escribir {exc.filename or a.output}: {os_error_es(exc)}.") from None
    finally:
        for leftover in (part, csv_part):
            if leftover is not None:
                leftover.unlink(missing_ok=True)
    print(a.output)
    if a.csv:
        print(a.csv)
    return 0


def cmd_audit_verify(a: argparse.Namespace) -> int:
    from .core.services.audit_log import verify

    def progress(stage: str, done: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{stage}: {done:,}".replace(",", " "), end="", file=sys.stderr, flush=True)

    v = verify(progress, anchor=a.sello)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    counts = (f"{v.report_events:,} eventos de {v.reports:,} reportes y {v.audit_events:,} registros de la bitácora "
              f"revisados en {v.seconds:.1f} s.").replace(",", " ")
    if v.ok:
        print("íntegro")
        print(counts)
        if a.sello:
            print(f"el sello {a.sello} coincide: nada anterior a él cambió")
        if v.seal is not None:
            print(f"último sello: {v.seal.code} ({_local_short(v.seal.at)})")
        return 0
    if v.problem is not None:
        print(f"roto: folio {v.folio}: {v.problem}" if v.folio else f"roto: {v.problem}")
    if v.missing:
        print("roto: faltan o están desactivadas protecciones de la base de datos: " + ", ".join(v.missing)
              + " (alguien las quitó: revise quién tuvo acceso directo a la base de datos)")
    return 1


def _local_short(at: object) -> str:
    from .core.clock import to_local
    from .core.present import short_dt

    return short_dt(to_local(at, _tz()))  # type: ignore[arg-type]


def cmd_audit_seal(a: argparse.Namespace) -> int:
    from .core.services.audit_log import checkpoint, latest_seal

    checkpoint()
    seal = latest_seal()
    assert seal is not None
    print(f"sello: {seal.code}")
    print(f"Sella el historial hasta el evento {seal.through} ({_local_short(seal.at)}). Compruébelo cuando quiera "
          f"con: ispdesk audit verify --sello {seal.code}")
    return 0


def cmd_demo(a: argparse.Namespace) -> int:
    from .core.demo import build_demo

    _check_demo_sizes(a)

    def progress(stage: str, done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{stage}: {done:,}/{total:,}".replace(",", " "), end="", file=sys.stderr, flush=True)

    summary = build_demo(customers=a.customers, reports=a.reports, seed=a.seed, progress=progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(summary)
    return 0


def cmd_gui(a: argparse.Namespace) -> int:
    from .app import run_gui

    return run_gui(db_target=a.db, lang=getattr(a, "lang", None))


def _arguments(argv: Sequence[str] | None) -> list[str]:
    """The arguments as composed Unicode (NFC), so «Peña» typed decomposed matches the stored one. Bytes that
    are not UTF-8 (a script in Latin-1) arrive as lone surrogates: refused here, before they reach a message or
    the database."""
    import unicodedata

    args = list(sys.argv[1:] if argv is None else argv)
    for arg in args:
        if any(0xD800 <= ord(ch) <= 0xDFFF for ch in arg):
            shown = "".join("\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in arg)
            raise UserError(f"El argumento «{shown}» no es texto válido (UTF-8): revise la codificación de la "
                            "terminal o del script (por ejemplo, guárdelo como UTF-8).")
    return [unicodedata.normalize("NFC", arg) for arg in args]


def main(argv: Sequence[str] | None = None) -> int:
    from .core.scrub import install_scrubbed_excepthook

    install_scrubbed_excepthook()  # no personal data in a traceback or a log line (LFPDPPP)
    try:
        args = _arguments(argv)
    except UserError as exc:
        print(f"ispdesk: {exc}", file=sys.stderr)
        return 1
    parser = _parser()
    a = parser.parse_args(args)
    if a.command in (None, "gui"):
        return cmd_gui(a)
    handlers: dict[tuple[str, str | None], Callable[[argparse.Namespace], int]] = {
        ("demo", None): cmd_demo,
        ("customer", "add"): cmd_customer_add,
        ("customer", "find"): cmd_customer_find,
        ("customer", "export"): cmd_customer_export,
        ("retention", None): cmd_retention,
        ("report", "new"): cmd_report_new,
        ("report", "show"): cmd_report_show,
        ("report", "close"): cmd_report_close,
        ("receipt", None): cmd_receipt,
        ("workorder", None): cmd_workorder,
        ("import-customers", None): cmd_import_customers,
        ("export", "reports"): cmd_export,
        ("export", "customers"): cmd_export,
        ("backup", None): cmd_backup,
        ("restore", None): cmd_restore,
        ("summary", None): cmd_summary,
        ("audit", "verify"): cmd_audit_verify,
        ("audit", "seal"): cmd_audit_seal,
    }
    sub = (getattr(a, "customer_command", None) or getattr(a, "report_command", None)
           or getattr(a, "export_command", None) or getattr(a, "audit_command", None))
    handler = handlers[(a.command, sub)]
    created = _new_database(a.db) if a.command == "demo" else None
    try:
        rc = _dispatch(a, handler)
    except BaseException:
        if created is not None:
            _remove_new_database(*created)
        raise
    if rc != 0 and created is not None:  # a refused demo leaves no database behind (only one it made itself)
        _remove_new_database(*created)
    return rc


def _dispatch(a: argparse.Namespace, handler: Callable[[argparse.Namespace], int]) -> int:
    """Open the database and run the command; a user error becomes «ispdesk: …» on stderr and exit 1."""
    from .core.errors import DomainError
    from .core.faults import storage_fault
    from .core.storage import damaged, open_database

    try:
        if a.command == "demo":
            _check_demo_sizes(a)
        open_database(a.db, create=a.command in ("demo", "restore"))
        rc = handler(a)
        sys.stdout.flush()  # a full disk or a closed pipe shows up here, not at exit
        warning = damaged()
        if warning:  # a read worked on a damaged file: say so, every time
            print(f"ispdesk: aviso: {warning}", file=sys.stderr)
        return rc
    except OSError as exc:
        if exc.errno not in (errno.EPIPE, errno.ENOSPC, errno.EDQUOT) or not _stdout_failed(exc):
            raise
        # The output was for a script (`| head -1`); what the command did is done and committed: say nothing more.
        _silence_stdout()
        return 0
    except (DomainError, UserError) as exc:
        print(f"ispdesk: {getattr(exc, 'message', None) or exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # a fault of the environment met outside a statement (a row fetched later)
        fault = storage_fault(exc)
        if fault is None:
            raise
        print(f"ispdesk: {fault.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("ispdesk: interrumpido", file=sys.stderr)
        return 130


def _new_database(target: str | None) -> tuple[Path, Path | None] | None:
    """The SQLite file `demo` would create, and the first of its folders it would create too (None: nothing new —
    the file exists, or the database is PostgreSQL)."""
    from pathlib import Path

    from .core.db import is_postgres_url
    from .core.storage import resolve_target

    resolved = resolve_target(target)
    if is_postgres_url(resolved):
        return None
    path = Path(resolved).expanduser()
    if path.exists() or path.is_symlink():
        return None
    top = None
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        top = folder
        folder = folder.parent
    return path, top


def _remove_new_database(path: Path, top: Path | None) -> None:
    """Remove the database file this run created (and its -wal/-shm/-journal and the folders made for it)."""
    import contextlib

    from .core.storage import close_database

    with contextlib.suppress(Exception):
        close_database()
    for suffix in ("", "-wal", "-shm", "-journal", ".DAÑADA.txt"):
        with contextlib.suppress(OSError):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
    if top is not None:
        folder = path.parent
        while True:
            try:
                folder.rmdir()  # only when empty
            except OSError:
                break
            if folder == top:
                break
            folder = folder.parent


def _stdout_failed(exc: OSError) -> bool:
    """Whether the error came from writing our standard output (commands print only after they commit)."""
    return isinstance(exc, BrokenPipeError) or exc.filename is None


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again (and exit 120)."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def gui_main() -> int:
    return main(["gui", *sys.argv[1:]])


if __name__ == "__main__":
    sys.exit(main())
