-- Idempotency-Key on every POST (ptce-commons idempotence.CleIdempotenceFilter): the first answer
-- to (caller, key) is kept a day (PurgeIdempotence) and replayed to retries; a claim without an
-- answer is a request still running.
create table idempotence (
    appelant      varchar(200) not null,
    cle           varchar(200) not null,
    operation     varchar(200) not null,
    statut_http   integer,
    corps         text,
    location      varchar(500),
    creee_le      timestamptz  not null,
    primary key (appelant, cle)
);
create index idempotence_age on idempotence (creee_le);
