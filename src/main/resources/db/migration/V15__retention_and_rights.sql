-- Withdrawal, retention and the GDPR rights of referral cases (decision 0019). Same SQL on H2 and
-- PostgreSQL.

-- When the receiving partner lost access to a referral: the person withdrew their consent for its
-- organisation, or the case was erased. From then on the partner's reads answer 404 (and are journaled).
alter table referral add column access_ended_at timestamp with time zone;

-- When a coordinator erased the case on the person's request (anonymised_at is set with it): the row and
-- its referrals stay, without anything personal, for the statistics.
alter table referral_case add column erased_at timestamp with time zone;

-- The retention job finds the cases whose last contact is past the delay.
create index referral_case_last_contact_idx on referral_case (last_contact_at);

-- The retention delay of cases, set by a coordinator within the legal bounds (6 to 24 months: the CNIL
-- référentiel for social support keeps 2 years of active base at most). One row, versioned for If-Match.
create table retention_policy (
    id          varchar(40)  primary key,
    case_months integer      not null,
    updated_at  timestamp with time zone,
    updated_by  varchar(200),
    version     integer      not null,
    constraint retention_policy_months_ck check (case_months between 6 and 24)
);
insert into retention_policy (id, case_months, version) values ('referral-cases', 24, 0);
