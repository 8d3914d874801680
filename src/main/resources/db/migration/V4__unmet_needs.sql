-- Unmet needs are data (docs/architecture.md rule 9): a triage with no eligible offer for a need adds one to the
-- count of that need, area and day. Nothing else about the triage is stored: no profile, no person.
create table unmet_need_count (
    count_day date         not null,
    need      varchar(40)  not null,
    area      varchar(200) not null,
    occurrences integer    not null,
    primary key (count_day, need, area)
);
