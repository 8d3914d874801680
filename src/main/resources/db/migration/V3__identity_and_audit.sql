-- Identity and access (docs/architecture.md §8): which organisation a user or an API client acts for comes
-- from this table, not from the token. Roles come from the token.
create table membership (
    id              uuid primary key,
    principal_kind  varchar(10)  not null,
    principal       varchar(200) not null,
    organization_id uuid         not null references organization (id),
    created_at      timestamp with time zone not null,
    created_by      varchar(200) not null,
    constraint membership_principal_uk unique (principal_kind, principal)
);
create index membership_organization_idx on membership (organization_id);

-- The audit trail of catalogue writes: who (an identifier, never a name), when, which entity, which
-- fields, and the states before and after as JSON text so a coordinator can revert. The catalogue holds
-- no personal data, so neither does this table. Append-only: the application never updates a row.
create table audit_event (
    id                    uuid primary key,
    occurred_at           timestamp with time zone not null,
    actor_kind            varchar(10)  not null,
    actor                 varchar(200) not null,
    actor_organization_id uuid,
    action                varchar(20)  not null,
    entity_type           varchar(30)  not null,
    entity_key            varchar(120) not null,
    entity_version        integer,
    changed_fields        varchar(4000) not null,
    before_state          varchar(200000),
    after_state           varchar(200000),
    reverts_event_id      uuid
);
create index audit_event_entity_idx on audit_event (entity_type, entity_key);
create index audit_event_occurred_idx on audit_event (occurred_at);

-- Idempotency-Key replays: the same key from the same principal with the same body gets the first
-- response again; with another body, 422.
create table idempotency_record (
    principal     varchar(200) not null,
    key_value     varchar(200) not null,
    request_hash  varchar(64)  not null,
    status        integer      not null,
    location      varchar(500),
    etag          varchar(100),
    response_body varchar(200000),
    created_at    timestamp with time zone not null,
    primary key (principal, key_value)
);

-- Themes become editable by coordinators, with the same optimistic locking as other records.
alter table theme add column version integer default 0 not null;
