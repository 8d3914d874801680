-- One lease row per scheduled job (decision 0017): the replica that moves lease_until forward with a
-- conditional UPDATE runs the job for that period; the others skip it. Rows are created on first use.
-- Same SQL on H2 and PostgreSQL.
create table job_lease (
    job_name    varchar(60)  primary key,
    holder      varchar(200),
    lease_until timestamp with time zone not null,
    last_run_at timestamp with time zone
);
