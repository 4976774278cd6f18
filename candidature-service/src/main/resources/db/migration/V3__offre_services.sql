-- Service offer for PTCE émergents (phase-1 lauréats): the lauréat's owner is needed to let it in,
-- and its contact e-mail to let notification-service write to it.
alter table laureat_phase1 add column porteur_sub varchar(200);
alter table laureat_phase1 add column contact_email varchar(320);

create table offre_service (
    id                   uuid         primary key,
    seq                  bigserial    not null unique,
    type                 varchar(15)  not null, -- INDIVIDUEL, COLLECTIF
    theme                varchar(30)  not null,
    titre                varchar(200) not null,
    description          text,
    heures_par_structure integer,               -- INDIVIDUEL: coaching hours allowance per structure
    debut                timestamptz,           -- COLLECTIF
    lieu                 varchar(300),
    lien                 varchar(500),
    capacite             integer,
    inscrits             integer      not null default 0, -- seats taken, kept under the row lock
    publiee_le           timestamptz  not null
);

create table inscription_session (
    id           uuid         primary key,
    seq          bigserial    not null unique, -- order of arrival: the waiting list's order
    offre_id     uuid         not null references offre_service (id),
    siret        varchar(14)  not null,
    porteur_sub  varchar(200) not null,
    statut       varchar(15)  not null, -- INSCRIT, EN_ATTENTE, ANNULEE
    inscrite_le  timestamptz  not null,
    modifiee_le  timestamptz  not null
);
create unique index inscription_session_une_active on inscription_session (offre_id, siret) where statut <> 'ANNULEE';
create index inscription_session_offre_statut on inscription_session (offre_id, statut, seq);

create table demande_accompagnement (
    id          uuid         primary key,
    offre_id    uuid         not null references offre_service (id),
    siret       varchar(14)  not null,
    porteur_sub varchar(200) not null,
    heures      integer      not null,
    objet       text,
    demandee_le timestamptz  not null
);
create index demande_accompagnement_offre_siret on demande_accompagnement (offre_id, siret);
