-- What to bring (HSDS 3.0 required_document), maintained by the service's organisation: an ordered
-- list of documents, each labelled in one or more languages. No row means "not stated".
create table service_required_document (
    service_id uuid         not null references service (id) on delete cascade,
    position   integer      not null,
    lang       varchar(20)  not null,
    label      varchar(300) not null,
    primary key (service_id, position, lang)
);
