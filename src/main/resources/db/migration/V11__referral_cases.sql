-- Referral cases (docs/architecture.md §10 and decision 0015): a case holds the least about a person
-- that lets partners help; every read and write of it is journaled (access_journal, append-only).
-- Same SQL on H2 and PostgreSQL.

-- The consent texts an agent shows, versioned, one row per version and language.
create table consent_text (
    version      varchar(20)   not null,
    lang         varchar(20)   not null,
    title        varchar(200)  not null,
    body         varchar(4000) not null,
    published_on date          not null,
    primary key (version, lang)
);

-- One counter per desk and year, for the human references PAS-2026-000123.
create table case_reference_counter (
    desk_id    uuid    not null references organization (id),
    year_value integer not null,
    last_value integer not null,
    primary key (desk_id, year_value)
);

create table referral_case (
    id                     uuid primary key,
    reference              varchar(20)  not null,
    desk_id                uuid         not null references organization (id),
    opened_by              varchar(200) not null,
    opened_at              timestamp with time zone not null,
    last_contact_at        timestamp with time zone not null,
    -- The person, at the minimum: a pseudonym or first name, a contact channel, an optional birth year and
    -- status (prefer-not-to-say is an answer). Null once anonymised.
    person_name            varchar(60),
    contact_channel        varchar(20),
    birth_year             integer,
    person_status          varchar(30),
    anonymised_at          timestamp with time zone,
    version                integer      not null,
    constraint referral_case_reference_uk unique (desk_id, reference),
    constraint referral_case_birth_year_ck check (birth_year is null or birth_year between 1900 and 2100)
);
create index referral_case_desk_idx on referral_case (desk_id, opened_at);

create table case_language (
    case_id uuid        not null references referral_case (id) on delete cascade,
    lang    varchar(20) not null,
    primary key (case_id, lang)
);

create table case_need (
    case_id uuid        not null references referral_case (id) on delete cascade,
    need    varchar(40) not null,
    primary key (case_id, need)
);

-- Consent: the first record comes with the case; amendments widen the organisations later.
create table case_consent (
    id           uuid primary key,
    case_id      uuid         not null references referral_case (id) on delete cascade,
    kind         varchar(20)  not null,
    text_version varchar(20)  not null,
    text_lang    varchar(20)  not null,
    recorded_by  varchar(200) not null,
    recorded_at  timestamp with time zone not null,
    withdrawn_at timestamp with time zone,
    constraint case_consent_text_fk foreign key (text_version, text_lang) references consent_text (version, lang)
);
create index case_consent_case_idx on case_consent (case_id);

create table case_consent_organization (
    consent_id      uuid not null references case_consent (id) on delete cascade,
    organization_id uuid not null references organization (id),
    primary key (consent_id, organization_id)
);

create table case_consent_field (
    consent_id uuid        not null references case_consent (id) on delete cascade,
    field      varchar(30) not null,
    primary key (consent_id, field)
);

create table referral (
    id              uuid primary key,
    case_id         uuid         not null references referral_case (id) on delete cascade,
    service_id      uuid         not null references service (id),
    organization_id uuid         not null references organization (id),
    previous_id     uuid         references referral (id),
    status          varchar(20)  not null,
    need            varchar(40),
    note            varchar(1000),
    reason          varchar(40),
    created_by      varchar(200) not null,
    created_at      timestamp with time zone not null,
    sent_at         timestamp with time zone,
    due_at          timestamp with time zone,
    answered_at     timestamp with time zone,
    closed_at       timestamp with time zone,
    updated_at      timestamp with time zone not null,
    -- Frozen when sent: what the partner may see after acceptance, whether the status is among it, and the
    -- eligibility facts (met or not, never the values) it sees before.
    shared_fields   varchar(200),
    status_shared   boolean      not null,
    facts           varchar(1000),
    version         integer      not null
);
create index referral_case_idx on referral (case_id);
create index referral_inbox_idx on referral (organization_id, status, due_at);
create index referral_service_idx on referral (service_id, status, answered_at);

-- Notes: on the case (desk only) or on a referral (the desk and that referral's partner).
create table case_note (
    id                    uuid primary key,
    case_id               uuid          not null references referral_case (id) on delete cascade,
    referral_id           uuid          references referral (id) on delete cascade,
    author                varchar(200)  not null,
    author_organization_id uuid,
    body                  varchar(1000) not null,
    created_at            timestamp with time zone not null
);
create index case_note_case_idx on case_note (case_id, created_at);

-- The case's timeline: who did what and when; never content.
create table case_event (
    id                    uuid primary key,
    case_id               uuid         not null references referral_case (id) on delete cascade,
    referral_id           uuid,
    actor                 varchar(200) not null,
    actor_organization_id uuid,
    action                varchar(40)  not null,
    detail                varchar(40),
    occurred_at           timestamp with time zone not null
);
create index case_event_case_idx on case_event (case_id, occurred_at);

-- Every read and write of a case, a referral or a note, by anyone: append-only (only the retention job
-- deletes), no content. No foreign keys: a journal row outlives what it records.
create table access_journal (
    id              uuid primary key,
    occurred_at     timestamp with time zone not null,
    principal_kind  varchar(10)  not null,
    principal       varchar(200) not null,
    organization_id uuid,
    case_id         uuid,
    referral_id     uuid,
    action          varchar(40)  not null,
    channel         varchar(60)  not null
);
create index access_journal_case_idx on access_journal (case_id, occurred_at);
create index access_journal_time_idx on access_journal (occurred_at);

-- The capacity signal of a service (catalogue-owned, derived, never edited by hand): each decline for
-- lack of capacity adds 1 to a score that halves every passerelle.referrals.capacity-half-life-days. Stored
-- as the score at a moment, so reading it later only decays it.
alter table service add column capacity_signal double precision;
alter table service add column capacity_signal_at timestamp with time zone;
