-- The catalogue: kiosk domains, themes, organisations, initiatives and services (docs/architecture.md §9).
-- Plain SQL that runs unchanged on H2 and PostgreSQL: no JSON or ARRAY columns. Lists live in join
-- tables and localised text in *_text tables keyed by a BCP-47 tag, so a new language needs no
-- migration. A list with no rows means "not stated" where the data distinguishes null from [].
-- Identifiers avoid words that H2 2.x reserves (value, key, year, user...).

create table kiosk_domain (
    code        varchar(40) primary key,
    sort_order  integer     not null,
    icon        varchar(40)
);

create table kiosk_domain_label (
    domain_code varchar(40)  not null references kiosk_domain (code) on delete cascade,
    lang        varchar(20)  not null,
    label       varchar(200) not null,
    primary key (domain_code, lang)
);

create table theme (
    code        varchar(40) primary key,
    domain_code varchar(40) not null references kiosk_domain (code),
    sort_order  integer     not null
);

create table theme_label (
    theme_code varchar(40)  not null references theme (code) on delete cascade,
    lang       varchar(20)  not null,
    label      varchar(200) not null,
    primary key (theme_code, lang)
);

create table organization (
    id             uuid primary key,
    slug           varchar(120) not null unique,
    name           varchar(300) not null,
    kind           varchar(40)  not null,
    kind_note      varchar(500),
    website        varchar(500),
    email          varchar(254),
    phone          varchar(32),
    city           varchar(200),
    city_key       varchar(200),
    department     varchar(120),
    region         varchar(200),
    region_key     varchar(200),
    country        varchar(60),
    territory_note varchar(500),
    source_file    varchar(200),
    source_section varchar(1000),
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    version        integer not null
);

create table organization_text (
    organization_id uuid          not null references organization (id) on delete cascade,
    lang            varchar(20)   not null,
    description     varchar(4000) not null,
    primary key (organization_id, lang)
);

create table initiative (
    id              uuid primary key,
    slug            varchar(120) not null unique,
    name            varchar(300) not null,
    operator_name   varchar(300),
    operator_kind   varchar(40),
    organization_id uuid references organization (id),
    website         varchar(500),
    start_year      integer,
    city            varchar(200),
    city_key        varchar(200),
    region          varchar(200),
    region_key      varchar(200),
    country         varchar(60),
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         integer not null
);
create index initiative_organization_idx on initiative (organization_id);

create table initiative_text (
    initiative_id uuid          not null references initiative (id) on delete cascade,
    lang          varchar(20)   not null,
    summary       varchar(4000) not null,
    primary key (initiative_id, lang)
);

create table initiative_theme (
    initiative_id uuid        not null references initiative (id) on delete cascade,
    theme_code    varchar(40) not null references theme (code),
    primary key (initiative_id, theme_code)
);

create table initiative_public (
    initiative_id uuid        not null references initiative (id) on delete cascade,
    public_code   varchar(40) not null,
    primary key (initiative_id, public_code)
);

create table initiative_partner (
    initiative_id uuid         not null references initiative (id) on delete cascade,
    sort_order    integer      not null,
    partner_name  varchar(500) not null,
    primary key (initiative_id, sort_order)
);

create table initiative_result (
    initiative_id uuid          not null references initiative (id) on delete cascade,
    sort_order    integer       not null,
    result_text   varchar(2000) not null,
    source_file   varchar(200),
    source_date   date,
    primary key (initiative_id, sort_order)
);

create table initiative_source (
    initiative_id  uuid          not null references initiative (id) on delete cascade,
    sort_order     integer       not null,
    source_file    varchar(200)  not null,
    source_section varchar(1000),
    source_date    date,
    primary key (initiative_id, sort_order)
);

create table service (
    id                    uuid primary key,
    slug                  varchar(120) not null unique,
    organization_id       uuid         not null references organization (id),
    initiative_id         uuid references initiative (id),
    status                varchar(30)  not null,
    lifecycle             varchar(20),
    primary_theme         varchar(40)  not null references theme (code),
    min_age               integer,
    max_age               integer,
    min_cefr              varchar(8),
    max_cefr              varchar(8),
    target_cefr           varchar(8),
    household             varchar(20),
    access_mode           varchar(30),
    committee_min_weeks   integer,
    committee_max_weeks   integer,
    cost_free             boolean,
    cost_note             varchar(1000),
    duration_days         integer,
    duration_note         varchar(1000),
    capacity_places       integer,
    capacity_period       varchar(20),
    capacity_waiting_list boolean,
    capacity_wait_days    integer,
    capacity_note         varchar(1000),
    city                  varchar(200),
    city_key              varchar(200),
    department            varchar(120),
    region                varchar(200),
    region_key            varchar(200),
    country               varchar(60),
    latitude              double precision,
    longitude             double precision,
    territory_note        varchar(500),
    source_date           date,
    source_file           varchar(200),
    source_section        varchar(1000),
    source_line_from      integer,
    source_line_to        integer,
    curator_note          varchar(2000),
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    version               integer not null
);
create index service_organization_idx on service (organization_id);
create index service_initiative_idx on service (initiative_id);
create index service_status_idx on service (status);
create index service_city_idx on service (city_key);
create index service_region_idx on service (region_key);

create table service_text (
    service_id  uuid          not null references service (id) on delete cascade,
    lang        varchar(20)   not null,
    name        varchar(300)  not null,
    description varchar(4000),
    primary key (service_id, lang)
);

create table service_theme (
    service_id uuid        not null references service (id) on delete cascade,
    theme_code varchar(40) not null references theme (code),
    primary key (service_id, theme_code)
);
create index service_theme_code_idx on service_theme (theme_code);

create table service_audience (
    service_id uuid        not null references service (id) on delete cascade,
    audience   varchar(30) not null,
    primary key (service_id, audience)
);

-- Eligible residence statuses (an OR-list). No row means "not stated" (docs/architecture.md §7: maybe).
create table service_residence_status (
    service_id       uuid        not null references service (id) on delete cascade,
    residence_status varchar(30) not null,
    primary key (service_id, residence_status)
);

-- No row means no gender condition.
create table service_gender (
    service_id uuid        not null references service (id) on delete cascade,
    gender     varchar(20) not null,
    primary key (service_id, gender)
);

-- An AND-list: every criterion listed is required.
create table service_special_criterion (
    service_id uuid        not null references service (id) on delete cascade,
    criterion  varchar(60) not null,
    primary key (service_id, criterion)
);

create table service_referrer_kind (
    service_id    uuid        not null references service (id) on delete cascade,
    referrer_kind varchar(60) not null,
    primary key (service_id, referrer_kind)
);

-- Languages the service is delivered in (BCP-47). No row means "not stated".
create table service_language (
    service_id   uuid        not null references service (id) on delete cascade,
    language_tag varchar(20) not null,
    primary key (service_id, language_tag)
);

-- No row means "not stated".
create table service_channel (
    service_id uuid        not null references service (id) on delete cascade,
    channel    varchar(20) not null,
    primary key (service_id, channel)
);

create table service_cross_border (
    service_id uuid        not null references service (id) on delete cascade,
    country    varchar(60) not null,
    primary key (service_id, country)
);

-- Dated impact figures: a figure is never shown without its date and source (docs/architecture.md rule 5).
create table service_indicator (
    service_id      uuid         not null references service (id) on delete cascade,
    sort_order      integer      not null,
    label           varchar(300) not null,
    indicator_value bigint,
    indicator_unit  varchar(200) not null,
    population      varchar(300),
    period_end      date,
    date_basis      varchar(30)  not null,
    offset_months   integer,
    primary key (service_id, sort_order)
);

-- Paths of fields that were deduced rather than read: never shown as facts.
create table service_inferred (
    service_id uuid         not null references service (id) on delete cascade,
    field_path varchar(100) not null,
    primary key (service_id, field_path)
);
