-- Where each localised text comes from (docs/architecture.md rule 6): 'source' (the source document or the
-- record's organisation wrote it), 'machine' (an automatic translation nobody has checked) or 'reviewed'
-- (a partner or coordinator checked or corrected the translation). A reviewed text names who reviewed it
-- (the principal id of the account: an IdP subject or a client id, never a person's name) and the day.
-- Every text that exists today was written by its source. Plain SQL that runs unchanged on H2 and PostgreSQL.

alter table service_text add column origin varchar(20) default 'source' not null;
alter table service_text add column reviewed_by varchar(200);
alter table service_text add column reviewed_on date;
alter table service_text add constraint service_text_origin_check
    check (origin in ('source', 'machine', 'reviewed'));

-- An initiative's name is one column of its own record (the source's name, usually a proper noun); a
-- translation may give it a name in its language beside the summary.
alter table initiative_text add column name varchar(300);
alter table initiative_text add column origin varchar(20) default 'source' not null;
alter table initiative_text add column reviewed_by varchar(200);
alter table initiative_text add column reviewed_on date;
alter table initiative_text add constraint initiative_text_origin_check
    check (origin in ('source', 'machine', 'reviewed'));
