-- Connector to Démarches Simplifiées (DS): one configuration per campaign, one link per imported
-- DS dossier, the last synchronisation's report, and the queue of decisions to write back to DS.

create table ds_configuration (
    campagne_id      uuid         primary key references campagne (id),
    url_base         varchar(500) not null,
    jeton_chiffre    text         not null, -- AES-GCM, key PTCE_DS_TOKEN_KEY: never returned, never logged
    numero_demarche  integer      not null,
    instructeur_id   varchar(200),          -- the DS instructeur in whose name decisions are written back
    correspondance   text         not null, -- JSON: our fields -> DS champ ids
    ecriture_retour  boolean      not null default false,
    modifiee_le      timestamptz  not null,
    modifiee_par     varchar(200) not null
);

-- One application per DS dossier: the unique number makes a re-run unable to create a second one.
create table ds_dossier (
    numero_dossier  integer      primary key,
    dossier_id      varchar(200) not null, -- DS GraphQL id, needed by the mutations
    campagne_id     uuid         not null references campagne (id),
    candidature_id  uuid         not null unique references candidature (id),
    empreinte       varchar(64)  not null, -- SHA-256 of what we read: same print = nothing to do
    etat_ds         varchar(20)  not null,
    regles_echouees text,                  -- rule codes, comma separated, when kept ineligible
    importe_le      timestamptz  not null,
    mis_a_jour_le   timestamptz  not null
);
create index ds_dossier_campagne on ds_dossier (campagne_id, numero_dossier);

create table ds_synchronisation (
    campagne_id     uuid         primary key references campagne (id),
    debut           timestamptz,
    fin             timestamptz,
    declenchee_par  varchar(200),
    vus             integer      not null default 0,
    crees           integer      not null default 0,
    mis_a_jour      integer      not null default 0,
    inchanges       integer      not null default 0,
    ignores         text         not null default '[]', -- JSON [{numeroDossier, raison}]
    derniere_erreur text,
    depuis          timestamptz   -- updatedSince of the next run (start of the last complete run)
);

create table ds_ecriture (
    id                  uuid         primary key,
    seq                 bigserial    not null unique,
    candidature_id      uuid         not null references candidature (id),
    numero_dossier      integer      not null references ds_dossier (numero_dossier),
    action              varchar(30)  not null, -- PASSER_EN_INSTRUCTION, ACCEPTER, REFUSER, CLASSER_SANS_SUITE
    motivation          text,
    statut              varchar(15)  not null, -- A_ENVOYER, ENVOYEE, ECHEC
    tentatives          integer      not null default 0,
    prochaine_tentative timestamptz  not null,
    derniere_erreur     text,
    creee_le            timestamptz  not null,
    envoyee_le          timestamptz
);
create index ds_ecriture_a_envoyer on ds_ecriture (prochaine_tentative) where statut = 'A_ENVOYER';
