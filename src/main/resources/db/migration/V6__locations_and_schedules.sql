-- Places where services are delivered, and their weekly permanences (HSDS 3.0 location,
-- service_at_location and schedule; docs/architecture.md §9). Times are local to an IANA time zone, not a UTC
-- offset, so opening hours stay right across daylight saving. Illustrative records are flagged.
create table location (
    id                 uuid primary key,
    slug               varchar(120) not null unique,
    name               varchar(300) not null,
    address_1          varchar(300),
    postal_code        varchar(20),
    city               varchar(200),
    region             varchar(200),
    country            varchar(60),
    latitude           double precision,
    longitude          double precision,
    timezone           varchar(60)  not null,
    accessibility_note varchar(1000),
    illustrative       boolean      not null,
    source_note        varchar(500),
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    version            integer not null
);

create table service_at_location (
    id           uuid primary key,
    service_id   uuid    not null references service (id) on delete cascade,
    location_id  uuid    not null references location (id) on delete cascade,
    illustrative boolean not null,
    note         varchar(500),
    constraint service_at_location_uk unique (service_id, location_id)
);
create index service_at_location_service_idx on service_at_location (service_id);

-- One weekly slot (RRULE FREQ=WEEKLY;BYDAY=...), with how people come and whether an interpreter is there.
create table schedule_slot (
    service_at_location_id uuid    not null references service_at_location (id) on delete cascade,
    sort_order             integer not null,
    weekday                varchar(2) not null,
    opens_at               time    not null,
    closes_at              time    not null,
    valid_from             date,
    valid_to               date,
    walk_in                boolean not null,
    appointment            boolean not null,
    interpreting           boolean not null,
    primary key (service_at_location_id, sort_order)
);

-- Temporary closures, inclusive dates.
create table schedule_closure (
    service_at_location_id uuid    not null references service_at_location (id) on delete cascade,
    sort_order             integer not null,
    starts_on              date    not null,
    ends_on                date    not null,
    reason                 varchar(300),
    primary key (service_at_location_id, sort_order)
);
