"""Customer import from the CSVs billing systems and Excel write: encodings, separators, quoting, header synonyms,
line numbers as an editor shows them, repeats, updates, warnings, rejections, and all-or-nothing."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from ispdesk.core.errors import DomainError, PermissionDenied, ValidationError
from ispdesk.core.models import AuditEvent, Customer, CustomerPhone
from ispdesk.core.search import customer_search_text, search
from ispdesk.core.services import customer_import as ci
from ispdesk.core.services import customers


def write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "clientes.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def run(staff, path: Path, **kw) -> ci.ImportResult:
    return ci.import_customers(staff["gerente"], ci.read_table(path), **kw)


# --- reading -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
@pytest.mark.parametrize("sep", [",", ";", "\t"])
def test_every_encoding_and_separator_with_quoted_separators_and_line_breaks(tmp_path, encoding, sep) -> None:
    rows = [
        ["Número", "Nombre", "Dirección", "Teléfono"],
        ["C-1", "Begoña Ibáñez", f"Hidalgo 5{sep} int. 2", "444 123 4567"],
        ["C-2", "José Núñez", "Juárez 10\r\nentre Morelos y Allende", "487 100 2000"],
        ["C-3", "Ángel Peña", "Zaragoza 7", ""],
    ]
    lines = []
    for row in rows:
        cells = [f'"{c}"' if sep in c or "\n" in c else c for c in row]
        lines.append(sep.join(cells))
    path = write(tmp_path, "\r\n".join(lines) + "\r\n", encoding)
    table = ci.read_table(path)
    assert table.delimiter == sep
    assert table.encoding == encoding
    assert table.header == ("Número", "Nombre", "Dirección", "Teléfono")
    assert [r.line for r in table.records] == [2, 3, 5]  # the quoted line break makes C-2 two lines long
    assert table.records[0].cells[2] == f"Hidalgo 5{sep} int. 2"
    assert table.records[1].cells[1] == "José Núñez"
    assert table.records[1].cells[2] == "Juárez 10\r\nentre Morelos y Allende"
    assert table.records[2].cells[1] == "Ángel Peña"


def test_utf8_is_preferred_and_windows_1252_is_the_fallback(tmp_path) -> None:
    assert ci.read_table(write(tmp_path, "numero,nombre\nC-1,Peña\n", "utf-8")).encoding == "utf-8"
    assert ci.read_table(write(tmp_path, "numero,nombre\nC-1,Peña\n", "cp1252")).encoding == "cp1252"
    table = ci.read_table(write(tmp_path, "numero,nombre\nC-1,Peña “la güera”\n", "cp1252"))
    assert table.records[0].cells[1] == "Peña “la güera”"
    assert ci.describe_table(table) == "Windows-1252, separado por coma, 1 filas"


def test_excel_sep_line_sets_the_separator_and_counts_as_a_line(tmp_path) -> None:
    path = write(tmp_path, "sep=;\nnumero;nombre\nC-1;Ana, la del centro\nC-2;Luis\n")
    table = ci.read_table(path)
    assert table.delimiter == ";"
    assert table.header == ("numero", "nombre")
    assert [r.line for r in table.records] == [3, 4]
    assert table.records[0].cells[1] == "Ana, la del centro"


def test_blank_lines_and_empty_excel_rows_are_skipped_but_counted(tmp_path) -> None:
    path = write(tmp_path, "numero;nombre\n\nC-1;Ana\n;;\n\nC-2;Luis\n;\n")
    table = ci.read_table(path)
    assert [(r.line, r.cells[0]) for r in table.records] == [(3, "C-1"), (6, "C-2")]


@pytest.mark.parametrize(("content", "message"), [
    (b"", "vacío"),
    (b"\n\n", "vacío"),
    (b"PK\x03\x04 excel", "libro de Excel"),
])
def test_files_that_cannot_be_read(tmp_path, content, message) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(content)
    with pytest.raises(DomainError, match=message):
        ci.read_table(path)


def test_a_missing_file_or_a_folder_is_said_plainly(tmp_path) -> None:
    with pytest.raises(DomainError, match="No existe el archivo"):
        ci.read_table(tmp_path / "no.csv")
    with pytest.raises(DomainError, match="carpeta"):
        ci.read_table(tmp_path)


# --- header synonyms -----------------------------------------------------------------------------------------------

SPEC_SYNONYMS = {
    "number": ["numero", "no cliente", "num cliente", "cliente", "id", "contrato", "Número", "No. Cliente",
               "NUM_CLIENTE", "Num. Cliente"],
    "name": ["nombre", "nombre completo", "Nombre Completo", "NOMBRE"],
    "phones": ["telefono", "tel", "celular", "movil", "Teléfono", "Tel.", "Móvil", "Teléfono 2"],
    "email": ["correo", "email", "e-mail", "E-Mail", "Correo electrónico"],
    "address": ["direccion", "domicilio", "calle", "Dirección"],
    "colonia": ["colonia", "Colonia"],
    "postal_code": ["cp", "codigo postal", "C.P.", "Código Postal"],
    "municipio": ["municipio", "ciudad", "localidad"],
    "state": ["estado", "Estado"],
    "status": ["estatus", "status", "situacion", "Situación"],
    "zone": ["zona", "torre", "nodo", "sector"],
    "plan": ["plan", "paquete"],
    "plan_price": ["precio", "mensualidad", "tarifa"],
    "billing_day": ["dia de corte", "corte", "dia de pago", "Día de corte", "Día de pago"],
    "install_date": ["fecha de instalacion", "Fecha de instalación"],
    "latitude": ["latitud"],
    "longitude": ["longitud"],
    "coordinates": ["coordenadas", "Coordenadas"],
}


@pytest.mark.parametrize(("fld", "header"), [(f, h) for f, hs in SPEC_SYNONYMS.items() for h in hs])
def test_header_synonyms_ignore_case_accents_spaces_and_punctuation(fld, header) -> None:
    assert ci.guess_mapping([header]) == (fld,)


def test_mapping_of_a_whole_billing_export() -> None:
    header = ["ID", "No. Cliente", "Nombre", "Tel", "Celular", "Zona", "Torre", "Estatus", "Mensualidad", "Observ."]
    assert ci.guess_mapping(header) == (None, "number", "name", "phones", "phones", "zone", "tower", "status",
                                        "plan_price", None)


def test_cliente_is_the_name_when_another_column_has_the_number() -> None:
    assert ci.guess_mapping(["Cliente", "Teléfono"]) == ("number", "phones")
    assert ci.guess_mapping(["ID", "Cliente", "Teléfono"]) == ("number", "name", "phones")
    assert ci.guess_mapping(["Contrato", "Cliente", "Nombre"]) == (None, "number", "name")  # the better synonym


def test_torre_is_the_zone_when_there_is_no_zone_column() -> None:
    assert ci.guess_mapping(["numero", "nombre", "Torre"]) == ("number", "name", "zone")
    assert ci.guess_mapping(["numero", "nombre", "Torre", "Nodo"]) == ("number", "name", "zone", "tower")


def test_a_mapping_needs_the_number_and_one_column_per_field() -> None:
    with pytest.raises(ValidationError, match="número de cliente"):
        ci.check_mapping(["name", None], ["Nombre", "X"])
    with pytest.raises(ValidationError, match="varias columnas"):
        ci.check_mapping(["number", "name", "name"], ["N", "Nombre", "Nombre 2"])
    ci.check_mapping(["number", "phones", "phones"], ["N", "Tel", "Cel"])  # phones may come from several


def test_a_file_without_a_number_column_imports_nothing(staff, tmp_path) -> None:
    path = write(tmp_path, "nombre,telefono\nAna,4441234567\n")
    with pytest.raises(ValidationError, match="número de cliente"):
        run(staff, path)
    assert Customer.select().count() == 0


# --- importing -----------------------------------------------------------------------------------------------------

FULL = ("No. Cliente;Nombre completo;Teléfono;Celular;E-mail;Dirección;Colonia;C.P.;Municipio;Estado;Estatus;Zona;"
        "Torre;Paquete;Mensualidad;Día de corte;Fecha de instalación;Coordenadas\r\n"
        "c-1;José Peña;044 444 123 4567;+52 1 487 100 2000;JOSE@Correo.mx;\"Hidalgo 5; int. 2\";Centro;7961;Rioverde;"
        "San Luis Potosí;Activo;Norte;T-03;20 Mbps;\"$1,299.00\";5;05/01/2024;\"21.9302,-99.9951\"\r\n")


def test_a_full_row_is_stored_as_the_form_would(staff, tmp_path) -> None:
    result = run(staff, write(tmp_path, FULL, "cp1252"))
    assert (result.inserted, result.updated, result.unchanged, result.rejected) == (1, 0, 0, ())
    assert result.warnings == ()
    c = Customer.get(Customer.number == "C-1")
    assert c.name == "José Peña"
    assert c.phone_list() == ["4441234567", "4871002000"]
    assert sorted(p.digits for p in CustomerPhone.select().where(CustomerPhone.customer == c)) == \
        ["4441234567", "4871002000"]
    assert c.email == "jose@correo.mx"
    assert c.address == "Hidalgo 5; int. 2"
    assert (c.colonia, c.postal_code, c.municipio, c.state) == ("Centro", "07961", "Rioverde", "San Luis Potosí")
    assert (c.status, c.zone, c.tower, c.plan) == ("activo", "Norte", "T-03", "20 Mbps")
    assert Decimal(c.plan_price) == Decimal("1299.00")
    assert c.billing_day == 5
    assert c.install_date == dt.date(2024, 1, 5)
    assert (c.latitude, c.longitude) == (21.9302, -99.9951)
    assert c.search_text == customer_search_text(c)
    assert search("pena 4871002000").customer_ids == [c.id]
    assert search("jose hidalgo").customer_ids == [c.id]


@pytest.mark.parametrize(("raw", "digits"), [
    ("+52 (444) 123-4567", "4441234567"), ("52 1 444 123 4567", "4441234567"), ("+52 1 55 1234 5678", "5512345678"),
    ("044 444 123 4567", "4441234567"), ("045 55 1234 5678", "5512345678"), ("01 487 873 1703", "4878731703"),
    ("01 (487) 873-17-03", "4878731703"), ("0052 444 123 4567", "4441234567"), ("(444) 123 45 67", "4441234567"),
    ("444-123-4567", "4441234567"), ("444.123.4567", "4441234567"), ("4441234567.0", "4441234567"),
    ("444 123 4567 ext. 12", "4441234567"),
])
def test_phones_in_every_mexican_format(staff, tmp_path, raw, digits) -> None:
    run(staff, write(tmp_path, f'numero,nombre,telefono\nC-1,Ana,"{raw}"\n'))
    assert Customer.get(Customer.number == "C-1").phones == digits


def test_several_phones_in_one_cell_and_a_bad_one_left_out(staff, tmp_path) -> None:
    result = run(staff, write(tmp_path, 'numero,nombre,telefono\nC-1,Ana,"444 123 4567 / 123; 487 100 2000"\n'))
    assert Customer.get(Customer.number == "C-1").phones == "4441234567,4871002000"
    assert [(n.line, n.number) for n in result.warnings] == [(2, "C-1")]
    assert "«123»" in result.warnings[0].message
    assert "No se guardó ese teléfono" in result.warnings[0].message


@pytest.mark.parametrize(("raw", "price"), [("$350.00", "350.00"), ("350,00", "350.00"), ("350", "350.00"),
                                            ("$1,299.00", "1299.00"), ("1.299,50", "1299.50"), ("$ 350 MXN", "350.00")])
def test_prices_as_offices_write_them(staff, tmp_path, raw, price) -> None:
    run(staff, write(tmp_path, f'numero;nombre;precio\nC-1;Ana;"{raw}"\n'))
    assert Decimal(Customer.get(Customer.number == "C-1").plan_price) == Decimal(price)


def test_bad_email_price_and_others_are_left_out_with_a_warning_on_their_line(staff, tmp_path) -> None:
    path = write(tmp_path, "numero,nombre,correo,precio,cp,dia de corte,fecha de instalacion,latitud,longitud\n"
                           "C-1,Ana,ana@correo.mx,399,79610,5,01/02/2023,21.9,-99.9\n"
                           "C-2,Luis,luis@,trescientos,7961x,40,31/02/2024,91,-99.9\n")
    result = run(staff, path)
    assert (result.inserted, len(result.rejected)) == (2, 0)
    assert {n.line for n in result.warnings} == {3}
    text = " ".join(n.message for n in result.warnings)
    for words in ("«luis@»", "«trescientos»", "Código postal", "Día de corte", "«31/02/2024»", "Latitud"):
        assert words in text
    luis = Customer.get(Customer.number == "C-2")
    assert (luis.email, luis.plan_price, luis.postal_code, luis.billing_day, luis.install_date) == \
        ("", None, "", None, None)
    assert (luis.latitude, luis.longitude) == (None, None)  # a point needs both


def test_rejected_rows_have_their_line_as_an_editor_shows_it(staff, tmp_path) -> None:
    path = write(tmp_path, 'numero,nombre,notas,estatus\n'
                           'C-1,Ana,"una nota\nde dos líneas",Activo\n'
                           ',Sin número,,\n'
                           '\n'
                           'C-3,Luis,"otra\n\nnota larga",Moroso\n'
                           'C-4,,,\n'
                           'C-5,"Rosa, ""la del centro""",,Baja\n'
                           'C-6,Extra,nota,Activo,de más\n')
    result = run(staff, path)
    assert [(r.line, r.number) for r in result.rejected] == [(4, ""), (6, "C-3"), (9, "C-4"), (11, "")]
    reasons = [r.reason for r in result.rejected]
    assert "número de cliente" in reasons[0]
    assert "«Moroso»" in reasons[1]
    assert "sin nombre" in reasons[2]
    assert "5 columnas" in reasons[3]
    assert result.inserted == 2
    assert Customer.get(Customer.number == "C-5").name == 'Rosa, "la del centro"'
    assert Customer.get(Customer.number == "C-1").notes == "una nota\nde dos líneas"


def test_rejects_csv_lists_line_reason_and_the_original_cells(staff, tmp_path) -> None:
    path = write(tmp_path, "numero;nombre;estatus\nC-1;Ana;Activo\nC-2;Luis;Moroso\n;Nadie;\n", "cp1252")
    result = run(staff, path)
    out = tmp_path / "rechazados.csv"
    assert ci.write_rejects(result, out) == 2
    with out.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert rows[0] == ["linea", "motivo", "numero", "nombre", "estatus"]
    assert rows[1][:1] + rows[1][2:] == ["3", "C-2", "Luis", "Moroso"]
    assert "Moroso" in rows[1][1]
    assert rows[2][0] == "4"
    assert rows[2][2:] == ["", "Nadie", ""]


def test_existing_customers_are_updated_never_duplicated(staff, customer, tmp_path) -> None:
    path = write(tmp_path, "numero,nombre,telefono,zona,correo\n"
                           "c-01234,,55 1234 5678,Sur,\n"  # same number (any case): an update
                           "C-9,Nuevo Cliente,,Centro,\n")
    result = run(staff, path)
    assert (result.inserted, result.updated) == (1, 1)
    assert Customer.select().count() == 2
    c = Customer.get_by_id(customer.id)
    assert c.name == "María Peña López"  # an empty cell does not erase
    assert c.email == "maria.pena@example.mx"
    assert (c.zone, c.phones) == ("Sur", "5512345678")
    assert [p.digits for p in CustomerPhone.select().where(CustomerPhone.customer == c)] == ["5512345678"]
    assert c.search_text == customer_search_text(c)
    assert search("5512345678").customer_ids == [c.id]
    assert search("4441234567").customer_ids == []  # the old phone is gone from the index too
    assert c.updated_at > customer.updated_at  # other PCs refresh it


def test_importing_the_same_file_twice_changes_nothing_the_second_time(staff, tmp_path) -> None:
    path = write(tmp_path, FULL, "cp1252")
    run(staff, path)
    before = Customer.get(Customer.number == "C-1")
    again = run(staff, path)
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 1)
    assert Customer.get(Customer.number == "C-1").updated_at == before.updated_at


def test_a_number_repeated_in_the_file_is_one_customer_updated_by_the_later_line(staff, tmp_path) -> None:
    path = write(tmp_path, "numero,nombre,zona\nC-1,Ana,Norte\nC-2,Luis,Sur\nc-1,Ana María,\nC-1,Ana María,\n")
    result = run(staff, path)
    assert (result.inserted, result.updated, result.unchanged) == (2, 1, 1)
    assert [(n.line, n.number) for n in result.repeated] == [(4, "C-1"), (5, "C-1")]
    assert "línea 2" in result.repeated[0].message
    c = Customer.get(Customer.number == "C-1")
    assert (c.name, c.zone) == ("Ana María", "Norte")
    assert Customer.select().count() == 2


def test_counts_add_up_to_the_rows_read(staff, customer, tmp_path) -> None:
    path = write(tmp_path, "numero,nombre\nC-01234,María Peña López\nC-01234,Otra\nC-2,Dos\n,Nadie\nC-3,\n")
    r = run(staff, path)
    assert r.rows == 5
    assert r.inserted + r.updated + r.unchanged + len(r.rejected) == r.rows


def test_dry_run_says_what_would_happen_and_writes_nothing(staff, customer, tmp_path) -> None:
    path = write(tmp_path, "numero,nombre,zona\nC-01234,,Sur\nC-2,Dos,\nC-3,,\n")
    before = (Customer.select().count(), AuditEvent.select().count())
    result = run(staff, path, dry_run=True)
    assert result.dry_run
    assert (result.inserted, result.updated, len(result.rejected)) == (1, 1, 1)
    assert result.summary().startswith("Se importarían")
    assert (Customer.select().count(), AuditEvent.select().count()) == before
    assert Customer.get_by_id(customer.id).zone == "Norte"


def test_a_failure_mid_import_leaves_the_database_as_before(staff, customer, tmp_path, monkeypatch) -> None:
    from ispdesk.core.services import customer_bulk

    path = write(tmp_path, "numero,nombre,telefono,zona\nC-01234,,55 1234 5678,Sur\nC-2,Dos,487 100 2000,\n")
    original = customer_bulk._insert_phones
    calls = []

    def failing(cur, rows, sqlite):
        calls.append(rows)
        original(cur, rows, sqlite)
        if len(calls) == 2:  # customers inserted and updated, phones half written: then the disk fails
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(customer_bulk, "_insert_phones", failing)
    with pytest.raises(DomainError, match="no se guardó nada"):
        run(staff, path)
    assert len(calls) == 2
    assert [c.number for c in Customer.select()] == ["C-01234"]
    c = Customer.get_by_id(customer.id)
    assert (c.zone, c.phones) == ("Norte", customer.phones)
    assert sorted(p.digits for p in CustomerPhone.select()) == sorted(customer.phone_list())
    assert search("dos").customer_ids == []
    assert search("pena").customer_ids == [customer.id]
    assert not AuditEvent.select().where(AuditEvent.entity == "import").exists()


def test_an_import_is_audited_and_needs_a_manager(staff, tmp_path) -> None:
    path = write(tmp_path, "numero,nombre\nC-1,Ana\n")
    with pytest.raises(PermissionDenied):
        ci.import_customers(staff["recepcion"], ci.read_table(path))
    assert Customer.select().count() == 0
    run(staff, path)
    event = AuditEvent.get(AuditEvent.entity == "import")
    assert event.user_id == staff["gerente"].id
    assert event.entity_id == "clientes.csv"
    assert "1 nuevos" in event.text
    assert '"inserted": 1' in event.data_json
    assert '"sha256"' in event.data_json


def test_an_anonymized_customer_is_not_filled_again(staff, customer, tmp_path) -> None:
    from ispdesk.core.clock import now_utc

    Customer.update(anonymized_at=now_utc(), name="(anonimizado)").where(Customer.id == customer.id).execute()
    result = run(staff, write(tmp_path, "numero,nombre\nC-01234,María Peña López\n"))
    assert [r.line for r in result.rejected] == [2]
    assert "anonimizado" in result.rejected[0].reason
    assert Customer.get_by_id(customer.id).name == "(anonimizado)"


def test_statuses_by_their_usual_names(staff, tmp_path) -> None:
    run(staff, write(tmp_path, "numero,nombre,situacion\nC-1,A,ACTIVO\nC-2,B,Cortado\nC-3,C,Cancelado\nC-4,D,baja\n"))
    assert [c.status for c in Customer.select().order_by(Customer.number)] == \
        ["activo", "suspendido", "baja", "baja"]


def test_a_mapping_chosen_by_the_user_wins(staff, tmp_path) -> None:
    path = write(tmp_path, "clave,titular,dato\nC-1,Ana,Norte\n")
    table = ci.read_table(path)
    ci.import_customers(staff["gerente"], table, ["number", "name", "zone"])
    assert Customer.get(Customer.number == "C-1").zone == "Norte"


def test_the_command_line_imports_as_the_system_account(staff, tmp_path) -> None:
    result = ci.import_customers(None, ci.read_table(write(tmp_path, "numero,nombre\nC-1,Ana\n")))
    assert result.inserted == 1
    assert AuditEvent.get(AuditEvent.entity == "import").user.username == "sistema"


def test_import_after_the_form_keeps_the_form_rules(staff, tmp_path) -> None:
    customers.create_customer(staff["recepcion"], number="C-1", name="Ana", email="ana@correo.mx")
    result = run(staff, write(tmp_path, "numero,nombre,correo\nC-1,Ana,no-es-correo\n"))
    assert Customer.get(Customer.number == "C-1").email == "ana@correo.mx"  # a bad value never replaces a good one
    assert result.unchanged == 1
    assert len(result.warnings) == 1
