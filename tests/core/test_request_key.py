"""`report new --key`: a web form sent twice, or a script retrying after a timeout, files one report and gets the
same folio back, even when the retries run at the same time (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest
from clikit import REPORT_NEW, finish, office_db, popen, run

from ispdesk.core.errors import ValidationError

__all__ = ["office_db"]  # a fixture


def _counts(target: str) -> tuple[int, int, int]:
    """Reports, 'created' events and request keys."""
    from ispdesk.core.models import Report, ReportEvent, RequestKey
    from ispdesk.core.storage import close_database, open_database

    open_database(target)
    try:
        return (Report.select().count(), ReportEvent.select().where(ReportEvent.action == "created").count(),
                RequestKey.select().count())
    finally:
        close_database()


# --- the service ---------------------------------------------------------------------------------------------

def test_same_key_returns_the_report_filed_first(staff, customer) -> None:
    from ispdesk.core.models import Report, ReportEvent
    from ispdesk.core.services.reports import open_report

    first = open_report(staff["recepcion"], customer, "falla", "web", "Sin internet", request_key="form-81")
    assert first.already_filed is False
    again = open_report(staff["recepcion"], customer, "falla", "telefono", "Sigo sin internet",
                        request_key="  form-81 ")  # trimmed: the same key
    assert again.already_filed is True
    assert (again.id, again.folio) == (first.id, first.folio)
    assert Report.select().count() == 1
    assert ReportEvent.select().count() == 1
    assert Report.get_by_id(first.id).description == "Sin internet"  # the retry changes nothing


def test_key_is_composed_before_comparing(staff, customer) -> None:
    from ispdesk.core.models import Report
    from ispdesk.core.services.reports import open_report

    composed = open_report(staff["recepcion"], customer, "falla", "web", "x", request_key="Peña-1")
    decomposed = open_report(staff["recepcion"], customer, "falla", "web", "x", request_key="Pen\u0303a-1")
    assert decomposed.id == composed.id
    assert Report.select().count() == 1


def test_same_key_for_another_customer_or_kind_is_refused(staff, customer) -> None:
    from factories import make_customer

    from ispdesk.core.models import Report
    from ispdesk.core.services.reports import open_report

    open_report(staff["recepcion"], customer, "falla", "web", "Sin internet", request_key="k1")
    other = make_customer(staff["recepcion"], number="C-99999")
    with pytest.raises(ValidationError, match="ya se usó para un reporte de otro cliente o de otro tipo") as exc:
        open_report(staff["recepcion"], other, "falla", "web", "Sin internet", request_key="k1")
    assert exc.value.field == "request_key"
    with pytest.raises(ValidationError, match="ya se usó"):
        open_report(staff["recepcion"], customer, "queja", "web", "Sin internet", request_key="k1")
    assert Report.select().count() == 1


@pytest.mark.parametrize(("key", "message"), [
    ("", "no puede estar vacía"), ("   ", "no puede estar vacía"), ("a\x00b", "caracteres de control"),
    ("a\nb", "caracteres de control"), ("a\u200bb", "caracteres de control"), ("x" * 101, "máximo 100 caracteres"),
])
def test_bad_keys_are_refused_and_nothing_is_filed(staff, customer, key: str, message: str) -> None:
    from ispdesk.core.models import Report
    from ispdesk.core.services.reports import open_report

    with pytest.raises(ValidationError, match=message):
        open_report(staff["recepcion"], customer, "falla", "web", "Sin internet", request_key=key)
    assert Report.select().count() == 0


def test_longest_key_is_kept_whole(staff, customer) -> None:
    from ispdesk.core.models import RequestKey
    from ispdesk.core.services.reports import open_report

    key = "ñ" * 100
    r = open_report(staff["recepcion"], customer, "falla", "web", "x", request_key=key)
    assert RequestKey.get(RequestKey.key == key).report_id == r.id


# --- the command line ----------------------------------------------------------------------------------------

def test_cli_retry_prints_the_same_three_lines(office_db: str) -> None:
    first = run(office_db, *REPORT_NEW, "--key", "envio-7781")
    assert first.returncode == 0, first.stderr
    assert len(first.stdout.splitlines()) == 3
    again = run(office_db, *REPORT_NEW, "--key", "envio-7781")
    assert again.returncode == 0, again.stderr
    assert again.stdout == first.stdout
    folio = first.stdout.splitlines()[0]
    assert f"el reporte {folio} ya se había levantado con la clave «envio-7781»" in again.stderr
    assert _counts(office_db) == (1, 1, 1)


def test_cli_key_of_another_customer_is_refused_and_writes_nothing(office_db: str) -> None:
    assert run(office_db, *REPORT_NEW, "--key", "envio-1").returncode == 0
    other = run(office_db, "report", "new", "--customer", "C-2", "--kind", "falla", "--channel", "web",
                "--description", "Sin internet", "--key", "envio-1")
    assert other.returncode == 1
    assert other.stderr.startswith("ispdesk: La clave «envio-1» ya se usó para un reporte de otro cliente")
    assert "Traceback" not in other.stderr
    assert other.stdout == ""
    bad = run(office_db, *REPORT_NEW, "--key", "x" * 101)
    assert bad.returncode == 1
    assert "máximo 100 caracteres" in bad.stderr
    assert _counts(office_db) == (1, 1, 1)


def test_key_is_in_the_help() -> None:
    import subprocess
    import sys

    res = subprocess.run([sys.executable, "-m", "ispdesk", "report", "new", "--help"], capture_output=True,
                         text=True, timeout=60)
    assert "--key CLAVE" in res.stdout


@pytest.mark.slow
def test_eight_processes_with_the_same_key_file_one_report(office_db: str) -> None:
    results = finish([popen(office_db, *REPORT_NEW, "--key", "formulario-2026-0001") for _ in range(8)])
    for code, _out, err in results:
        assert code == 0, err
        assert "Traceback" not in err
    outputs = {out for _c, out, _e in results}
    assert len(outputs) == 1  # every process printed the same folio and terms
    assert sum("ya se había levantado" in err for _c, _o, err in results) == 7
    assert _counts(office_db) == (1, 1, 1)
