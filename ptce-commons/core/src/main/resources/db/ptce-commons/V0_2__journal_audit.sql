-- Tamper-evident audit journal: each entry carries the hash of the previous one, so that changing,
-- removing or inserting an entry breaks the chain from that point (JournalAudit, VerificationJournal).
-- The sequence is given by the writer (previous + 1, under an advisory lock), not by a bigserial:
-- a rolled-back transaction must not leave a hole that would look like a removed entry.
create table journal_audit (
    sequence             bigint       primary key,
    instant              timestamptz  not null,
    acteur               varchar(200) not null,
    action               varchar(100) not null,
    type_agregat         varchar(100) not null,
    id_agregat           varchar(200) not null,
    -- json (not jsonb) keeps the text exactly as hashed.
    donnees              json         not null,
    empreinte_precedente char(64)     not null,
    empreinte            char(64)     not null unique
);
create index journal_audit_agregat on journal_audit (type_agregat, id_agregat, sequence);

-- Append-only, even for a caller holding the service's credentials; the chain detects what a
-- superuser could still do by disabling the trigger.
create function journal_audit_ajout_seul() returns trigger language plpgsql as $$
begin
    raise exception 'journal_audit est en ajout seul (% refusé)', tg_op;
end;
$$;
create trigger journal_audit_ajout_seul before update or delete on journal_audit
    for each row execute function journal_audit_ajout_seul();
create trigger journal_audit_sans_troncature before truncate on journal_audit
    for each statement execute function journal_audit_ajout_seul();
