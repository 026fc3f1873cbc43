"""Peewee models. Datetimes are stored as naive UTC; the office's time zone is applied on display.

Fields are written by the services in `ispdesk.core.services` only; the UI and the PDF layer read.
"""

from __future__ import annotations

from peewee import (
    BooleanField,
    CharField,
    DateTimeField,
    DecimalField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from .clock import DEFAULT_TIMEZONE
from .db import db


class BaseModel(Model):
    class Meta:
        database = db
        legacy_table_names = False


class SchemaVersion(BaseModel):
    version = IntegerField()
    applied_at = DateTimeField()


class Setting(BaseModel):
    """Key → JSON text. Office-wide preferences such as deadline policies."""

    key = CharField(primary_key=True, max_length=100)
    value = TextField()


class Office(BaseModel):
    name = CharField(max_length=120)
    legal_name = CharField(max_length=200, default="")
    address = TextField(default="")
    phones = CharField(max_length=200, default="")
    email = CharField(max_length=254, default="")
    web = CharField(max_length=200, default="")
    folio_prefix = CharField(max_length=4, unique=True)
    timezone = CharField(max_length=64, default=DEFAULT_TIMEZONE)
    hours_json = TextField(default="")  # {"0": [["09:00","18:00"]], ...}; "" = defaults
    closed_days_json = TextField(default="[]")  # ["2026-12-24", ...]
    logo_path = CharField(max_length=500, default="")
    legal_text = TextField(default="")
    demo = BooleanField(default=False)
    created_at = DateTimeField()
    updated_at = DateTimeField()


class User(BaseModel):
    username = CharField(max_length=40, unique=True)
    full_name = CharField(max_length=120)
    role = CharField(max_length=20)  # recepcion | tecnico | gerente | admin
    password_hash = CharField(max_length=300, default="")
    active = BooleanField(default=True)
    office = ForeignKeyField(Office, null=True, backref="users", on_delete="SET NULL")
    failed_logins = IntegerField(default=0)
    locked_until = DateTimeField(null=True)
    prefs_json = TextField(default="{}")  # per-user preferences, e.g. last channel used
    created_at = DateTimeField()

    def __str__(self) -> str:
        return self.full_name or self.username


class Customer(BaseModel):
    number = CharField(max_length=30, unique=True)
    name = CharField(max_length=150)
    phones = CharField(max_length=200, default="")  # normalised 10-digit numbers, comma-separated
    email = CharField(max_length=254, default="")
    address = CharField(max_length=250, default="")  # street and number
    colonia = CharField(max_length=120, default="")
    municipio = CharField(max_length=120, default="")
    state = CharField(max_length=60, default="")
    postal_code = CharField(max_length=5, default="")
    references = TextField(default="")  # landmarks to find the house
    latitude = FloatField(null=True)
    longitude = FloatField(null=True)
    zone = CharField(max_length=80, default="")
    tower = CharField(max_length=80, default="")
    plan = CharField(max_length=80, default="")
    plan_price = DecimalField(max_digits=10, decimal_places=2, null=True)
    billing_day = IntegerField(null=True)  # day of month of the billing cut-off, 1–31
    status = CharField(max_length=20, default="activo")  # activo | suspendido | baja
    notes = TextField(default="")
    last_invoice = CharField(max_length=40, default="")  # schema v2: identification by last invoice
    office = ForeignKeyField(Office, null=True, backref="customers", on_delete="SET NULL")
    search_text = TextField(default="")  # folded words for search (FTS source on SQLite, tsvector on PG)
    created_at = DateTimeField()
    updated_at = DateTimeField()

    class Meta:
        # Changes by other PCs are found by "updated since" (core.changes, SQLite): a scan at 100k customers
        # would take ~25 ms on every commit anyone makes; the index makes it an index probe.
        indexes = ((("updated_at",), False),)

    def phone_list(self) -> list[str]:
        return [p for p in self.phones.split(",") if p]

    def service_address(self) -> str:
        parts = [self.address, self.colonia and f"Col. {self.colonia}", self.municipio, self.state]
        return ", ".join(p for p in parts if p)


class CustomerPhone(BaseModel):
    """One row per phone number so that a caller-ID look-up is an index probe."""

    customer = ForeignKeyField(Customer, backref="phone_rows", on_delete="CASCADE")
    digits = CharField(max_length=10, index=True)


class Incident(BaseModel):
    """A mass outage (a zone or a tower) that many reports hang from."""

    office = ForeignKeyField(Office, backref="incidents", on_delete="CASCADE")
    title = CharField(max_length=200)
    zone = CharField(max_length=80, default="")
    tower = CharField(max_length=80, default="")
    cause_category = CharField(max_length=10, default="")
    cause = TextField(default="")
    status = CharField(max_length=20, default="abierto")
    started_at = DateTimeField()
    ended_at = DateTimeField(null=True)
    created_by = ForeignKeyField(User, backref="+", on_delete="RESTRICT")


class Report(BaseModel):
    """Foreign keys whose look-ups are covered by a composite index (or never filtered on) carry no
    index of their own: a million-report table pays for every index on each insert."""

    folio = CharField(max_length=24)  # display form "RV26-00042-7" (derived from folio_key)
    folio_key = CharField(max_length=24, unique=True)  # look-up form "RV26000427"
    office = ForeignKeyField(Office, backref="reports", on_delete="RESTRICT", index=False)
    customer = ForeignKeyField(Customer, backref="reports", on_delete="RESTRICT", index=False)
    kind = CharField(max_length=20)
    channel = CharField(max_length=20)
    description = TextField()
    location = CharField(max_length=300, default="")
    contact_phone = CharField(max_length=10, default="")  # schema v2
    visit_window = CharField(max_length=120, default="")  # schema v2
    documents_json = TextField(default="[]")  # schema v2: checklist of documents requested
    priority = CharField(max_length=10, default="normal")
    status = CharField(max_length=20)
    assignee = ForeignKeyField(User, null=True, backref="assigned_reports", on_delete="SET NULL", index=False)
    created_by = ForeignKeyField(User, backref="+", on_delete="RESTRICT", index=False)
    opened_at = DateTimeField()
    response_due = DateTimeField()
    resolution_due = DateTimeField()
    responded_at = DateTimeField(null=True)
    visit_at = DateTimeField(null=True)
    cause_category = CharField(max_length=10, default="")  # interna | externa
    cause_code = CharField(max_length=30, default="")
    cause = TextField(default="")
    action_taken = TextField(default="")
    upheld = BooleanField(null=True)  # procedente
    resolved_at = DateTimeField(null=True)
    resolved_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL", index=False)
    notified_at = DateTimeField(null=True)
    notified_channel = CharField(max_length=20, default="")
    notified_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL", index=False)
    notified_text = TextField(default="")
    customer_confirmed = BooleanField(null=True)
    closed_at = DateTimeField(null=True)
    incident = ForeignKeyField(Incident, null=True, backref="reports", on_delete="SET NULL")
    updated_at = DateTimeField()

    class Meta:
        indexes = (
            (("status", "resolution_due"), False),
            (("assignee", "status"), False),
            (("customer", "opened_at"), False),
            (("opened_at",), False),
        )


# Open reports per customer (search results show the count): a partial index holds only the few open rows.
Report.add_index(Report.index(Report.customer, name="report_open_by_customer").where(Report.status != "cerrado"))


class ReportEvent(BaseModel):
    """Append-only timeline: rows are inserted by the services and never updated or deleted."""

    report = ForeignKeyField(Report, backref="events", on_delete="CASCADE")
    at = DateTimeField()
    user = ForeignKeyField(User, backref="+", on_delete="RESTRICT", index=False)
    action = CharField(max_length=20)
    from_status = CharField(max_length=20, default="")
    to_status = CharField(max_length=20, default="")
    text = TextField(default="")
    data_json = TextField(default="")


class FolioCounter(BaseModel):
    office = ForeignKeyField(Office, backref="+", on_delete="CASCADE")
    year = IntegerField()
    last = IntegerField(default=0)

    class Meta:
        indexes = ((("office", "year"), True),)


ALL_MODELS = [
    SchemaVersion,
    Setting,
    Office,
    User,
    Customer,
    CustomerPhone,
    Incident,
    Report,
    ReportEvent,
    FolioCounter,
]
