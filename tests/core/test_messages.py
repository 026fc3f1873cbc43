"""The texts sent to customers and technicians: no doubled punctuation, the cause and procedencia said plainly."""

from __future__ import annotations

from urllib.parse import unquote

from ispdesk.core.messages import notice_text, sentence, wa_link, workorder_message
from ispdesk.core.queries import report_detail
from ispdesk.core.services import reports


def test_a_sentence_ends_with_one_period() -> None:
    assert sentence("fuente PoE dañada..") == "Fuente PoE dañada."
    assert sentence("  se cambió  la antena ;  ") == "Se cambió la antena."
    assert sentence("¿ya funciona?") == "¿ya funciona?"
    assert sentence("") == ""


def test_the_notice_says_cause_procedencia_and_what_was_done(staff, customer) -> None:
    r = reports.open_report(staff["recepcion"], customer, "falla", "telefono", "Sin internet")
    reports.resolve(staff["gerente"], r, cause_code="equipo_isp", cause="Fuente PoE dañada.",
                    action="Se cambió la fuente PoE.", upheld=True, equipment="Fuente PoE 24 V")
    d = report_detail(r.id)
    text = notice_text(d, "Internet Rioverde")
    assert text.startswith(f"Hola, María: le escribimos de Internet Rioverde sobre su reporte {d.folio} (falla ")
    assert "La causa fue: fuente PoE dañada. Su reporte resultó procedente. Lo que hicimos: se cambió la fuente" \
           " PoE. Se reemplazó: fuente PoE 24 V." in text
    assert text.endswith("¿Nos confirma que su servicio ya funciona correctamente?")
    assert ".." not in text
    letter = notice_text(d, letter=True)
    assert letter.startswith("La causa fue:")
    assert "Hola" not in letter


def test_the_notice_of_a_report_not_upheld_gives_the_reason(staff, customer) -> None:
    r = reports.open_report(staff["recepcion"], customer, "aclaracion", "telefono", "Cobro doble")
    reports.resolve(staff["gerente"], r, cause_code="facturacion", action="Se revisó el estado de cuenta",
                    upheld=False, upheld_reason="El cargo corresponde a la reconexión del día 3.")
    text = notice_text(report_detail(r.id))
    assert "Su reporte no resultó procedente: el cargo corresponde a la reconexión del día 3." in text
    assert text.endswith("Quedamos a sus órdenes.")
    gone = reports.dismiss(staff["recepcion"], reports.open_report(staff["recepcion"], customer, "queja",
                                                                   "telefono", "Queja"), "No es de nuestro servicio")
    assert "no resultó procedente: no es de nuestro servicio." in notice_text(report_detail(gone.id))


def test_whatsapp_links_and_the_technicians_order(staff, customer) -> None:
    assert wa_link("123", "x") is None
    link = wa_link("+52 1 444 123 4567", "Hola, ¿cómo está?")
    assert link.startswith("https://wa.me/524441234567?text=")
    assert unquote(link.split("text=")[1]) == "Hola, ¿cómo está?"
    r = reports.open_report(staff["recepcion"], customer, "falla", "telefono", "Sin internet\nfoco rojo")
    msg = workorder_message(report_detail(r.id))
    assert msg.splitlines()[0].startswith(f"Orden de trabajo {r.folio}")
    assert "Cliente: María Peña López (C-01234)" in msg
    assert "Problema: Sin internet foco rojo" in msg
