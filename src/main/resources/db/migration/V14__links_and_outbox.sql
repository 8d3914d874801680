-- Signed links for partners without an account, the mail outbox and the desk's notification address
-- (decision 0018). Same SQL on H2 and PostgreSQL.

-- One row per signed link: the token itself is never stored (it is an HMAC over these columns), so a
-- leak of this table gives no working link; the row makes a link act once (used_at) and lets it be
-- revoked (revoked_at) before it expires.
create table referral_link (
    id          uuid primary key,
    referral_id uuid        not null references referral (id) on delete cascade,
    purpose     varchar(20) not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone,
    revoked_at  timestamp with time zone,
    constraint referral_link_purpose_ck check (purpose in ('answer', 'outcome'))
);
create index referral_link_referral_idx on referral_link (referral_id);

-- Each reminder goes out once per referral: the jobs set these with a conditional update.
alter table referral add column reminded_at timestamp with time zone;
alter table referral add column outcome_reminded_at timestamp with time zone;

-- Mail waiting to go out, written in the transaction of the change it tells about, sent at least once by
-- the scheduled sender. owner_id is the record whose withdrawal or erasure drops the mail (a referral
-- case); the body is cleared once sent (it may hold a link), the metadata stays.
create table mail_outbox (
    id              uuid primary key,
    message_id      varchar(200) not null,
    owner_id        uuid,
    kind            varchar(40)  not null,
    recipient       varchar(320) not null,
    subject         varchar(300) not null,
    body            varchar(8000),
    created_at      timestamp with time zone not null,
    next_attempt_at timestamp with time zone not null,
    attempts        integer not null,
    sent_at         timestamp with time zone,
    failed_at       timestamp with time zone,
    last_error      varchar(300),
    constraint mail_outbox_message_id_uk unique (message_id)
);
create index mail_outbox_due_idx on mail_outbox (sent_at, failed_at, next_attempt_at);
create index mail_outbox_owner_idx on mail_outbox (owner_id);

-- A desk's own settings: where the partners' decisions are mailed (the desk organisation's e-mail when
-- no row or no address).
create table desk_setting (
    desk_id            uuid primary key references organization (id),
    notification_email varchar(320),
    updated_by         varchar(200) not null,
    updated_at         timestamp with time zone not null,
    version            integer not null
);
