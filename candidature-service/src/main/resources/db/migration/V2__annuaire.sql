-- Directory (annuaire) of PTCE: phase-1 lauréats (event laureat.phase1.designe) and the State's
-- imported list, one row per SIRET. Only public facts about the legal entity: no person's data.
create table annuaire_ptce (
    siret          varchar(14)  primary key,
    seq            bigserial    not null unique, -- pagination key, stable across updates
    raison_sociale varchar(300) not null,
    code_commune   varchar(5),
    commune        varchar(150),
    departement    varchar(3),
    region         varchar(100),
    secteurs       text         not null default '[]', -- JSON array of sector codes
    annee          integer,                              -- edition (year of the call)
    campagne_code  varchar(50),
    phase          varchar(20)  not null,                -- EMERGENT, LAUREAT_PHASE_2
    origine        varchar(10)  not null,                -- LAUREAT (event), IMPORT (admin CSV)
    recherche      text         not null,                -- lower-case, accent-free text for q
    mis_a_jour_le  timestamptz  not null
);
create index annuaire_ptce_region_seq on annuaire_ptce (region, seq);
create index annuaire_ptce_departement_seq on annuaire_ptce (departement, seq);
create index annuaire_ptce_recherche on annuaire_ptce using gin (recherche gin_trgm_ops);
