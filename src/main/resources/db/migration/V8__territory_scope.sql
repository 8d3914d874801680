-- Where an offer, organisation or initiative can be used (docs/decisions/0007-territory-scope.md):
-- local, national-remote, national-network or unknown, with a short note saying what supports it.
-- NOT NULL on purpose: Hibernate loads an embedded territory whose columns are all null as null, and a
-- record with no city, region or country then broke triage, search and lookup for everyone (issue 10).
-- With a non-null column in the embeddable that can no longer happen. Existing rows get "local" when
-- they name a city, department or region, otherwise "unknown" (never "national": a missing city does
-- not say the offer is national). Plain SQL that runs unchanged on H2 and PostgreSQL.

alter table service add column territory_scope varchar(20);
alter table service add column territory_scope_note varchar(500);
update service set territory_scope = case
    when city is not null or department is not null or region is not null then 'local' else 'unknown' end;
alter table service alter column territory_scope set not null;
alter table service add constraint service_territory_scope_check
    check (territory_scope in ('local', 'national-remote', 'national-network', 'unknown'));

alter table organization add column territory_scope varchar(20);
alter table organization add column territory_scope_note varchar(500);
update organization set territory_scope = case
    when city is not null or department is not null or region is not null then 'local' else 'unknown' end;
alter table organization alter column territory_scope set not null;
alter table organization add constraint organization_territory_scope_check
    check (territory_scope in ('local', 'national-remote', 'national-network', 'unknown'));

-- Initiatives have no department.
alter table initiative add column territory_scope varchar(20);
alter table initiative add column territory_scope_note varchar(500);
update initiative set territory_scope = case
    when city is not null or region is not null then 'local' else 'unknown' end;
alter table initiative alter column territory_scope set not null;
alter table initiative add constraint initiative_territory_scope_check
    check (territory_scope in ('local', 'national-remote', 'national-network', 'unknown'));
