-- Token buckets of the kit's rate limiter (limites.LimiteurDebit), one row per key, shared by every
-- replica of the service: each take is one atomic upsert on the key's row, timed by the database.
create table limite_debit (
    cle    text primary key,
    jetons double precision not null,
    maj    timestamptz not null
);
