-- Money is in integer cents (bigint) everywhere; the checks restate the envelope's invariants so
-- that even a bug in the code cannot store an exceeded envelope or an over-paid agreement.

create table enveloppe (
    campagne_id                   uuid         primary key,
    code                          varchar(100) not null,
    libelle                       varchar(300) not null,
    total_centimes                bigint       not null,
    engage_centimes               bigint       not null default 0,
    paye_centimes                 bigint       not null default 0,
    montant_par_laureat_centimes  bigint,
    duree_mois                    integer,
    max_laureats                  integer,
    -- the campaign's schedule template and expected reports, as published (JSON arrays)
    modele_echeancier             text         not null,
    modele_rapports               text         not null,
    publiee_le                    timestamptz  not null,
    version                       bigint       not null default 0,
    constraint enveloppe_coherente check (total_centimes >= 0 and engage_centimes >= 0 and paye_centimes >= 0
        and engage_centimes <= total_centimes and paye_centimes <= engage_centimes)
);

create table convention (
    id                   uuid         primary key,
    candidature_id       uuid         not null,
    numero               varchar(50)  not null,
    campagne_id          uuid         not null references enveloppe (campagne_id),
    porteur_sub          varchar(200) not null,
    contact_email        varchar(320) not null,
    contact_nom          varchar(300),
    siret                varchar(14)  not null check (siret ~ '^[0-9]{14}$'),
    raison_sociale       varchar(300) not null,
    montant_centimes     bigint       not null,
    engage_centimes      bigint       not null,
    paye_centimes        bigint       not null default 0,
    duree_mois           integer      not null,
    statut               varchar(20)  not null,
    date_signature       date,
    date_fin             date,
    creee_le             timestamptz  not null,
    signee_le            timestamptz,
    resiliee_le          timestamptz,
    motif_resiliation    text,
    version              bigint       not null default 0,
    -- a redelivered or repeated selection can never create a second agreement
    constraint convention_une_par_candidature unique (candidature_id),
    constraint convention_montants check (montant_centimes > 0 and paye_centimes >= 0
        and paye_centimes <= engage_centimes and engage_centimes <= montant_centimes),
    constraint convention_statut check (statut in ('A_SIGNER', 'SIGNEE', 'SOLDEE', 'RESILIEE'))
);
create index convention_porteur on convention (porteur_sub, creee_le, id);
create index convention_liste on convention (creee_le, id);
create index convention_campagne on convention (campagne_id);

create table echeance (
    id                   uuid         primary key,
    convention_id        uuid         not null references convention (id),
    ordre                integer      not null,
    montant_centimes     bigint       not null check (montant_centimes >= 0),
    declencheur          varchar(20)  not null,
    mois                 integer      not null check (mois >= 0),
    rapport_type         varchar(100),
    date_echeance        date,
    statut               varchar(20)  not null,
    exigible_le          timestamptz,
    mise_en_paiement_le  timestamptz,
    reference            varchar(100),
    date_paiement        date,
    payee_le             timestamptz,
    version              bigint       not null default 0,
    constraint echeance_ordre unique (convention_id, ordre),
    -- an accounting reference pays one instalment, once
    constraint echeance_reference unique (reference),
    constraint echeance_statut check (statut in ('PREVUE', 'EXIGIBLE', 'MISE_EN_PAIEMENT', 'PAYEE', 'SUSPENDUE', 'ANNULEE')),
    constraint echeance_payee check ((statut = 'PAYEE') = (reference is not null and date_paiement is not null))
);
create index echeance_a_examiner on echeance (convention_id) where statut = 'PREVUE';
create index echeance_payees on echeance (date_paiement) where statut = 'PAYEE';

create table rapport (
    id                   uuid         primary key,
    convention_id        uuid         not null references convention (id),
    type                 varchar(100) not null,
    mois                 integer      not null check (mois >= 0),
    date_limite          date,
    statut               varchar(20)  not null,
    contenu              text,
    soumis_le            timestamptz,
    decide_le            timestamptz,
    decide_par           varchar(200),
    motif_rejet          text,
    -- set when rapport.attendu was emitted: the reminder is sent once per report
    attendu_annonce_le   timestamptz,
    version              bigint       not null default 0,
    constraint rapport_type_unique unique (convention_id, type),
    constraint rapport_statut check (statut in ('ATTENDU', 'SOUMIS', 'APPROUVE', 'REJETE'))
);

create table reversement (
    id                   uuid         primary key,
    convention_id        uuid         not null references convention (id),
    montant_centimes     bigint       not null check (montant_centimes > 0),
    motif                text         not null,
    demande_le           timestamptz  not null,
    demande_par          varchar(200) not null
);

-- Audit trail: every change of amount or status, who made it, when, before and after.
create table audit_financement (
    id          bigserial    primary key,
    objet_type  varchar(30)  not null,
    objet_id    varchar(100) not null,
    action      varchar(60)  not null,
    acteur      varchar(200) not null,
    instant     timestamptz  not null,
    avant       text,
    apres       text
);
create index audit_objet on audit_financement (objet_type, objet_id, id);

-- Append-only: rows are inserted, never changed or removed, even by a faulty or hostile caller
-- holding the service's credentials.
create function audit_financement_immuable() returns trigger language plpgsql as $$
begin
    raise exception 'audit_financement est en ajout seul (% refusé)', tg_op;
end;
$$;
create trigger audit_financement_immuable before update or delete on audit_financement
    for each row execute function audit_financement_immuable();
create trigger audit_financement_sans_troncature before truncate on audit_financement
    for each statement execute function audit_financement_immuable();
