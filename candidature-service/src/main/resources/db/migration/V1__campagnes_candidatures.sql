-- candidature-service schema. Money in integer cents, instants in UTC (timestamptz).
create extension if not exists pg_trgm;

create table campagne (
    id                          uuid         primary key,
    code                        varchar(50)  not null unique,
    libelle                     varchar(300) not null,
    phase                       varchar(10)  not null,
    ouverture                   timestamptz  not null,
    cloture                     timestamptz  not null, -- as given by the admin
    fin_depot                   timestamptz  not null, -- first instant submissions are refused
    max_laureats                integer,
    montant_par_laureat_centimes bigint,
    enveloppe_centimes          bigint,
    duree_mois                  integer,
    echeancier                  text         not null, -- JSON, frozen at publication
    rapports                    text         not null, -- JSON
    grille                      text         not null, -- JSON
    publiee_le                  timestamptz,
    creee_le                    timestamptz  not null,
    creee_par                   varchar(200) not null,
    version                     bigint       not null default 0
);

create table candidature (
    id                   uuid          primary key,
    seq                  bigserial     not null unique, -- keyset pagination order
    numero               varchar(40)   unique,
    campagne_id          uuid          not null references campagne (id),
    porteur_sub          varchar(200)  not null,
    statut               varchar(30)   not null,
    siret                varchar(14),
    raison_sociale       varchar(300),
    forme_juridique      varchar(200),
    adresse              varchar(500),
    code_commune         varchar(5),
    departement          varchar(3),
    region               varchar(100),
    territoire           varchar(300),
    membres              text          not null default '[]', -- JSON
    projet_titre         varchar(300),
    projet_description   text,
    projet_secteurs      text          not null default '[]', -- JSON
    projet_emplois_vises integer,
    projet_budget_centimes bigint,
    contact_nom          varchar(200),
    contact_email        varchar(320),
    contact_telephone    varchar(40),
    recherche            text          not null default '', -- lower-cased numero, SIRET, names: for q
    creee_le             timestamptz   not null,
    modifiee_le          timestamptz   not null,
    deposee_le           timestamptz,
    version              bigint        not null default 0
);
-- Lists are read newest first by seq; every filter has an index ending with seq so that a page is
-- an index range scan that stops after "taille" rows, however many rows there are.
create index candidature_porteur_seq on candidature (porteur_sub, seq);
create index candidature_campagne_seq on candidature (campagne_id, seq);
create index candidature_statut_seq on candidature (statut, seq);
create index candidature_region_seq on candidature (region, seq);
create index candidature_campagne_statut_seq on candidature (campagne_id, statut, seq);
create index candidature_recherche_trgm on candidature using gin (recherche gin_trgm_ops);
create index candidature_siret on candidature (siret);
-- One live application per structure and campaign, also under concurrent submissions.
create unique index candidature_une_vivante_par_structure on candidature (campagne_id, siret)
    where statut in ('DEPOSEE', 'EN_INSTRUCTION', 'CORRECTIONS_DEMANDEES', 'LISTE_ATTENTE', 'ACCEPTEE');

create table historique_statut (
    id              bigserial    primary key,
    candidature_id  uuid         not null references candidature (id),
    ancien_statut   varchar(30),
    nouveau_statut  varchar(30)  not null,
    acteur          varchar(200) not null,
    instant         timestamptz  not null,
    motif           text
);
create index historique_statut_candidature on historique_statut (candidature_id, id);

create table piece (
    id              uuid         primary key,
    candidature_id  uuid         not null references candidature (id),
    type            varchar(30)  not null,
    nom_fichier     varchar(200) not null,
    media_type      varchar(120) not null,
    taille          bigint       not null,
    sha256          varchar(64)  not null,
    deposee_le      timestamptz  not null,
    deposee_par     varchar(200) not null
);
create index piece_candidature on piece (candidature_id);

-- The bytes apart, so that listing attachments never reads them.
create table piece_contenu (
    piece_id  uuid  primary key references piece (id) on delete cascade,
    contenu   bytea not null
);

-- Structures designated phase-1 lauréat (event laureat.phase1.designe): phase-2 eligibility, and
-- the seed of the lauréats' directory.
create table laureat_phase1 (
    siret           varchar(14)  primary key,
    raison_sociale  varchar(300) not null,
    code_commune    varchar(5),
    departement     varchar(3),
    region          varchar(100),
    secteurs        text         not null default '[]', -- JSON
    candidature_id  uuid         not null,
    campagne_id     uuid         not null,
    campagne_code   varchar(50)  not null,
    designe_le      timestamptz  not null
);
create index laureat_phase1_region on laureat_phase1 (region);

-- File numbers PTCE-<year>-P<phase>-<rank>: one counter per year and phase, so that two campaigns of
-- the same year and phase never hand out the same number.
create table compteur_numero (
    annee   integer     not null,
    phase   varchar(10) not null,
    dernier bigint      not null,
    primary key (annee, phase)
);

-- Idempotency-Key: the first answer to (caller, key) is kept and replayed to retries.
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
