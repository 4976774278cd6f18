-- Campaigns as published by candidature-service (campagne.publiee): only what scoring and
-- decisions need. Amounts in integer cents. The row is locked (FOR UPDATE) by every committee
-- decision of the campaign, which serialises selections against the cap and the envelope.
create table campagne (
    id                           uuid         primary key,
    code                         varchar(100) not null,
    libelle                      varchar(300) not null,
    phase                        varchar(10)  not null,
    ouverture                    timestamptz  not null,
    cloture                      timestamptz  not null,
    max_laureats                 integer,
    montant_par_laureat_centimes bigint,
    enveloppe_centimes           bigint,
    duree_mois                   integer,
    grille                       text         not null,
    publiee_le                   timestamptz  not null,
    recue_le                     timestamptz  not null
);

-- One instruction file per deposited candidature; id = candidatureId. The snapshot is the
-- candidature as deposited (JSON text); the fields that events repeat are kept in columns.
create table instruction (
    candidature_id       uuid         primary key,
    numero               varchar(40)  not null,
    campagne_id          uuid         not null,
    campagne_code        varchar(100) not null,
    phase                varchar(10)  not null,
    statut               varchar(30)  not null,
    porteur_sub          varchar(200) not null,
    contact_email        varchar(320) not null,
    siret                varchar(14)  not null,
    raison_sociale       varchar(300) not null,
    code_commune         varchar(5)   not null,
    departement          varchar(10)  not null,
    region               varchar(100) not null,
    contact_nom          varchar(300) not null,
    contact_telephone    varchar(50),
    secteurs             text         not null,
    snapshot             text         not null,
    deposee_le           timestamptz  not null,
    recue_le             timestamptz  not null,
    instructeur_sub      varchar(200),
    instructeur_nom      varchar(300),
    motif_corrections    text,
    motivation_recevabilite text,
    decision             varchar(20),
    rang                 integer,
    modifiee_le          timestamptz  not null
);
create index instruction_liste on instruction (deposee_le, candidature_id);
create index instruction_campagne on instruction (campagne_id, statut);

-- Append-only history of each file: who did what, when, why.
create table instruction_journal (
    id             bigserial    primary key,
    candidature_id uuid         not null references instruction (candidature_id),
    action         varchar(40)  not null,
    statut         varchar(30)  not null,
    acteur         varchar(300) not null,
    commentaire    text,
    survenu_le     timestamptz  not null
);
create index instruction_journal_dossier on instruction_journal (candidature_id, id);

-- An evaluator's assignment to a file (evaluator = Keycloak sub), its declaration of interests
-- (kept even when it ends the assignment), and its evaluation.
create table affectation (
    id                uuid         primary key,
    candidature_id    uuid         not null references instruction (candidature_id),
    evaluateur_sub    varchar(200) not null,
    evaluateur_nom    varchar(300),
    statut            varchar(30)  not null,
    affectee_par      varchar(300) not null,
    affectee_le       timestamptz  not null,
    conflit           boolean,
    precision_interets text,
    declaree_le       timestamptz,
    avis              text,
    modifiee_le       timestamptz,
    soumise_le        timestamptz,
    total             numeric(9, 6),
    constraint affectation_unique unique (candidature_id, evaluateur_sub)
);
create index affectation_evaluateur on affectation (evaluateur_sub, affectee_le, id);

create table affectation_note (
    affectation_id uuid         not null references affectation (id),
    critere        varchar(100) not null,
    note           numeric(2, 1) not null check (note >= 0 and note <= 5),
    commentaire    text,
    primary key (affectation_id, critere)
);

-- Every committee decision, including promotions from the waiting list (append-only).
create table decision (
    id             uuid         primary key,
    candidature_id uuid         not null references instruction (candidature_id),
    campagne_id    uuid         not null,
    type           varchar(20)  not null,
    motivation     text         not null,
    decideur_sub   varchar(200) not null,
    decideur_nom   varchar(300) not null,
    decide_le      timestamptz  not null,
    rang           integer,
    promotion      boolean      not null default false
);
create index decision_dossier on decision (candidature_id, decide_le);

create table desistement (
    id                    uuid         primary key,
    candidature_id        uuid         not null references instruction (candidature_id),
    motif                 text         not null,
    promu_candidature_id  uuid,
    enregistre_par        varchar(300) not null,
    desiste_le            timestamptz  not null
);
