"""Peewee models. Datetimes are stored as naive UTC; the office's time zone is applied on display.

Fields are written by the services in `ispdesk.core.services` only; the UI and the PDF layer read.
"""

from __future__ import annotations

from peewee import (
    BooleanField,
    CharField,
    Check,
    DateField,
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
    role = CharField(max_length=20)  # recepcion | tecnico | jefe_tecnico | gerente | admin
    password_hash = CharField(max_length=300, default="")
    active = BooleanField(default=True)
    office = ForeignKeyField(Office, null=True, backref="users", on_delete="SET NULL")
    failed_logins = IntegerField(default=0)
    locked_until = DateTimeField(null=True)
    prefs_json = TextField(default="{}")  # per-user preferences, e.g. last channel used
    created_at = DateTimeField()
    phone = CharField(max_length=10, default="")  # schema v3: a technician's mobile, for work orders by WhatsApp

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
    # schema v4
    install_date = DateField(null=True)  # service installed (imported from billing systems)
    opposition = BooleanField(default=False)  # ARCO: the customer opposes uses of their data beyond the service
    anonymized_at = DateTimeField(null=True)  # ARCO cancellation / retention: personal data replaced, reports kept

    class Meta:
        # Changes by other PCs are found by "updated since" (core.changes, SQLite): a scan at 100k customers
        # would take ~25 ms on every commit anyone makes; the index makes it an index probe.
        indexes = ((("updated_at",), False),)

    def phone_list(self) -> list[str]:
        return [p for p in self.phones.split(",") if p]

    def service_address(self) -> str:
        parts = [self.address, self.colonia and f"Col. {self.colonia}", self.municipio, self.state]
        return ", ".join(p for p in parts if p)


# A mass outage reads every customer of a zone (or one tower of it) out of 100,000: an index range; the zones list
# (with counts by status) is read from the index alone.
Customer.add_index(Customer.index(Customer.zone, Customer.tower, Customer.status, name="customer_zone_tower_status"))
# The retention rule (services.arco) looks for customers dados de baja untouched for years: a few percent of the
# customers, read from this partial index instead of a scan of them all (schema v4).
Customer.add_index(Customer.index(Customer.updated_at, name="customer_gone_by_update")
                   .where(Customer.status == "baja"))


class CustomerPhone(BaseModel):
    """One row per phone number so that a caller-ID look-up is an index probe."""

    customer = ForeignKeyField(Customer, backref="phone_rows", on_delete="CASCADE")
    digits = CharField(max_length=10, index=True)


class Area(BaseModel):
    """Who works a report: the technical area (technicians' board) or an inbox (billing, administration…)."""

    code = CharField(max_length=30, primary_key=True)
    name = CharField(max_length=80)
    sort = IntegerField(default=0)
    active = BooleanField(default=True)


class Cause(BaseModel):
    """The editable list of causes a resolution picks from; `category` decides whether the ISP is at fault."""

    code = CharField(max_length=30, primary_key=True)
    category = CharField(max_length=10, constraints=[Check("category IN ('interna', 'externa')")])
    label = CharField(max_length=120)
    sort = IntegerField(default=0)
    active = BooleanField(default=True)


class KindArea(BaseModel):
    """The area a new report of each kind goes to (editable by the manager)."""

    kind = CharField(max_length=20, primary_key=True)
    area = ForeignKeyField(Area, backref="+", on_delete="RESTRICT")


class TechZone(BaseModel):
    """A zone (and optionally one tower of it) a technician covers: assignment suggests them there."""

    user = ForeignKeyField(User, backref="zones", on_delete="CASCADE")
    zone = CharField(max_length=80)
    tower = CharField(max_length=80, default="")  # "" = the whole zone

    class Meta:
        indexes = ((("user", "zone", "tower"), True),)


class Incident(BaseModel):
    """A mass outage (a zone or a tower) that many reports hang from."""

    office = ForeignKeyField(Office, backref="incidents", on_delete="CASCADE")
    title = CharField(max_length=200)
    zone = CharField(max_length=80, default="")
    tower = CharField(max_length=80, default="")
    cause_category = CharField(max_length=10, default="")
    cause = TextField(default="")  # what happened, in words
    status = CharField(max_length=20, default="abierto")  # abierto | resuelto
    started_at = DateTimeField()
    ended_at = DateTimeField(null=True)
    created_by = ForeignKeyField(User, backref="+", on_delete="RESTRICT")
    # schema v3
    cause_code = ForeignKeyField(Cause, null=True, backref="+", on_delete="RESTRICT", column_name="cause_code",
                                 index=False)
    action_taken = TextField(default="")
    resolved_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL", index=False)


class Report(BaseModel):
    """Foreign keys whose look-ups are covered by a composite index (or never filtered on) carry no
    index of their own: a million-report table pays for every index on each insert.

    What happens to a report lives in sub-records that are only ever added to: `Visit`, `Notice`,
    `Resolution` (one per cycle: a reopen starts a new cycle and keeps the earlier one), `Pause`, `Attachment`,
    and the `ReportEvent` timeline. The row itself holds the current state and the deadlines."""

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
    response_due = DateTimeField()  # current terms (extended by an external cause or a customer's pause)
    resolution_due = DateTimeField()
    responded_at = DateTimeField(null=True)
    closed_at = DateTimeField(null=True)  # when the report reached an end status (cleared by a reopen)
    incident = ForeignKeyField(Incident, null=True, backref="reports", on_delete="SET NULL")
    updated_at = DateTimeField()
    # schema v3
    area = ForeignKeyField(Area, null=True, backref="+", on_delete="RESTRICT", index=False)  # set on every report
    first_response_due = DateTimeField(null=True)  # the terms promised when the report was opened, never moved
    first_resolution_due = DateTimeField(null=True)
    cycle = IntegerField(default=1)  # 1, then +1 at each reopen
    end_reason = TextField(default="")  # why it was cancelled or declared improcedente
    # schema v5: the hash of the latest event (`core.chain`); the database refuses a change that does not move it
    event_head = CharField(max_length=64, default="")
    # Schema v1/v2 single columns, overwritten at every change. Since v3 the sub-records hold this; the
    # migration copied them there and nothing writes them any more. Kept (migrations never drop) and renamed
    # so that no code mistakes them for the current state.
    legacy_visit_at = DateTimeField(null=True, column_name="visit_at")
    legacy_cause_category = CharField(max_length=10, default="", column_name="cause_category")
    legacy_cause_code = CharField(max_length=30, default="", column_name="cause_code")
    legacy_cause = TextField(default="", column_name="cause")
    legacy_action_taken = TextField(default="", column_name="action_taken")
    legacy_upheld = BooleanField(null=True, column_name="upheld")
    legacy_resolved_at = DateTimeField(null=True, column_name="resolved_at")
    legacy_resolved_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL", index=False,
                                         column_name="resolved_by_id")
    legacy_notified_at = DateTimeField(null=True, column_name="notified_at")
    legacy_notified_channel = CharField(max_length=20, default="", column_name="notified_channel")
    legacy_notified_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL", index=False,
                                         column_name="notified_by_id")
    legacy_notified_text = TextField(default="", column_name="notified_text")
    legacy_customer_confirmed = BooleanField(null=True, column_name="customer_confirmed")

    class Meta:
        indexes = (
            (("status", "resolution_due"), False),
            (("assignee", "status"), False),
            (("customer", "opened_at"), False),
            (("opened_at",), False),
        )


# Unfinished reports per customer (search shows the count), by area (inboxes), by incident: partial indexes
# hold only the few thousand rows that are not ended, out of a million.
_NOT_ENDED = Report.status.not_in(["cerrado", "improcedente", "cancelado"])
Report.add_index(Report.index(Report.customer, name="report_unfinished_by_customer").where(_NOT_ENDED))
Report.add_index(Report.index(Report.area, Report.resolution_due, name="report_unfinished_by_area")
                 .where(_NOT_ENDED))


class Visit(BaseModel):
    """A visit to the customer's home: scheduled (date and window, technician), then done or failed."""

    report = ForeignKeyField(Report, backref="visits", on_delete="CASCADE")
    technician = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL", index=False)
    starts_at = DateTimeField()
    ends_at = DateTimeField()
    status = CharField(max_length=12, default="programada")
    outcome = TextField(default="")
    created_by = ForeignKeyField(User, backref="+", on_delete="RESTRICT", index=False)
    created_at = DateTimeField()
    arrived_at = DateTimeField(null=True)  # the technician said "en sitio"
    done_at = DateTimeField(null=True)

    class Meta:
        indexes = ((("technician", "starts_at"), False),)


class Resolution(BaseModel):
    """What the technician (or the area) found and did, once per cycle; a reopen keeps it and starts another."""

    report = ForeignKeyField(Report, backref="resolutions", on_delete="CASCADE")
    cycle = IntegerField()
    cause_code = ForeignKeyField(Cause, null=True, backref="+", on_delete="RESTRICT", column_name="cause_code",
                                 index=False)
    cause_category = CharField(max_length=10, default="")  # as it was when resolved (causes are editable)
    cause_text = TextField(default="")
    action_taken = TextField(default="")
    equipment = TextField(default="")  # equipment replaced
    visit_done = BooleanField(null=True)
    upheld = BooleanField()  # procedente
    upheld_reason = TextField(default="")
    resolved_at = DateTimeField()
    resolved_by = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL", index=False)
    incident = ForeignKeyField(Incident, null=True, backref="+", on_delete="SET NULL", index=False)

    class Meta:
        indexes = ((("report", "cycle"), True),)


class Notice(BaseModel):
    """One contact with the customer about the report: channel, what was said, who, when, confirmed fix."""

    report = ForeignKeyField(Report, backref="notices", on_delete="CASCADE")
    cycle = IntegerField()
    channel = CharField(max_length=20)
    text = TextField()
    at = DateTimeField()
    user = ForeignKeyField(User, backref="+", on_delete="RESTRICT", index=False)
    confirmed = BooleanField(null=True)  # the customer confirms the fix (None: not asked / not applicable)
    created_at = DateTimeField()


class Pause(BaseModel):
    """A stretch *en espera*. Only a reason attributable to the customer stops the resolution clock."""

    report = ForeignKeyField(Report, backref="pauses", on_delete="CASCADE")
    reason = CharField(max_length=30)
    customer_caused = BooleanField()
    note = TextField(default="")
    started_at = DateTimeField()
    ended_at = DateTimeField(null=True)
    started_by = ForeignKeyField(User, backref="+", on_delete="RESTRICT", index=False)


class Attachment(BaseModel):
    """A photo or document copied into the data folder (`stored` is relative to it)."""

    report = ForeignKeyField(Report, backref="attachments", on_delete="CASCADE")
    filename = CharField(max_length=255)
    stored = CharField(max_length=500)
    size = IntegerField()
    sha256 = CharField(max_length=64)
    note = TextField(default="")
    added_by = ForeignKeyField(User, backref="+", on_delete="RESTRICT", index=False)
    added_at = DateTimeField()


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
    # schema v4: tamper evidence, each event chained to the previous event of its report ("" before v4)
    prev_hash = CharField(max_length=64, default="")
    hash = CharField(max_length=64, default="")


class AuditEvent(BaseModel):
    """Append-only record of changes that are not report changes: customers, users, settings, offices, backups,
    imports, personal-data requests. Chained like the report events (schema v4)."""

    at = DateTimeField()
    user = ForeignKeyField(User, null=True, backref="+", on_delete="RESTRICT", index=False)  # None: first run
    entity = CharField(max_length=20)  # customer | user | setting | office | backup | import | arco …
    entity_id = CharField(max_length=40, default="")
    action = CharField(max_length=30)
    text = TextField(default="")
    data_json = TextField(default="")
    prev_hash = CharField(max_length=64, default="")
    hash = CharField(max_length=64, default="")

    class Meta:
        indexes = ((("entity", "entity_id"), False),)


class CustomerRevision(BaseModel):
    """The personal values before and after one rectification of a customer (schema v4). The audit event of the
    change keeps only the field names: append-only and chained, it must never hold what anonymisation erases; these
    rows go with the customer's anonymisation."""

    customer = ForeignKeyField(Customer, backref="revisions", on_delete="CASCADE")
    audit = ForeignKeyField(AuditEvent, null=True, backref="+", on_delete="SET NULL", index=False)
    at = DateTimeField()
    user = ForeignKeyField(User, null=True, backref="+", on_delete="SET NULL", index=False)
    field = CharField(max_length=30)
    before = TextField(default="")
    after = TextField(default="")


class RedactionPermit(BaseModel):
    """Lives only inside the transaction that anonymises a customer: while a report's row is here, the database lets
    that report's events change their free texts (`text`, `data_json`) and hashes, and nothing else (schema v4)."""

    report_id = IntegerField(primary_key=True)


class LoginThrottle(BaseModel):
    """Failed sign-ins per account ("u:<username>") and per machine ("m:<host>"): growing delays (schema v4)."""

    key = CharField(max_length=120, primary_key=True)
    failures = IntegerField(default=0)
    next_allowed_at = DateTimeField(null=True)
    updated_at = DateTimeField()


class RequestKey(BaseModel):
    """Idempotency keys of `report new --key`: a retried web-form submission gets the folio filed the first time
    (schema v4)."""

    key = CharField(max_length=100, primary_key=True)
    report = ForeignKeyField(Report, backref="+", on_delete="RESTRICT")
    created_at = DateTimeField()


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
    Area,
    Cause,
    KindArea,
    TechZone,
    Incident,
    Report,
    ReportEvent,
    FolioCounter,
    Visit,
    Resolution,
    Notice,
    Pause,
    Attachment,
    AuditEvent,
    LoginThrottle,
    RequestKey,
    CustomerRevision,
    RedactionPermit,
]
