-- A way in for every offer (docs/architecture.md §9, the way in).
-- 1. A service's own contact, after the service-level url, email and phones of HSDS 3.0: the service's or
--    its organisation's channels, never a person's (HSDS "contact" is a named person: we keep none).
--    The organisation's website, email and phone (V1) stand in when a service has none of its own.
-- 2. How to get in, coded (come, call, write, online, ask-the-desk-to-refer-you), with an optional short
--    note per language. No value means the organisation did not say; Passerelle then works one out and
--    flags it as inferred.
-- 3. A location's own opening hours and closures (HSDS schedule by location_id): the one-stop-shop desk
--    is open beyond the permanences partners hold there, and is the way in when nothing else is known.
-- Plain SQL that runs unchanged on H2 and PostgreSQL.

alter table service add column contact_phone varchar(16);
alter table service add column contact_email varchar(254);
alter table service add column contact_url varchar(500);
alter table service add column way_in varchar(40);
alter table service add constraint service_way_in_check
    check (way_in in ('come', 'call', 'write', 'online', 'ask-the-desk-to-refer-you'));

create table service_way_in_note (
    service_id uuid         not null references service (id) on delete cascade,
    lang       varchar(20)  not null,
    note       varchar(300) not null,
    primary key (service_id, lang)
);

create table location_slot (
    location_id  uuid       not null references location (id) on delete cascade,
    sort_order   integer    not null,
    weekday      varchar(2) not null,
    opens_at     time       not null,
    closes_at    time       not null,
    valid_from   date,
    valid_to     date,
    walk_in      boolean    not null,
    appointment  boolean    not null,
    interpreting boolean    not null,
    primary key (location_id, sort_order)
);

create table location_closure (
    location_id uuid    not null references location (id) on delete cascade,
    sort_order  integer not null,
    starts_on   date    not null,
    ends_on     date    not null,
    reason      varchar(300),
    primary key (location_id, sort_order)
);
