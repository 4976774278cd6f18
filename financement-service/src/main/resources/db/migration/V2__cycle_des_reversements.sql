-- A clawback has its own life cycle (issue 20): DEMANDE → TITRE_EMIS → RECOUVRE, or ANNULE before
-- it is recovered. Rows written before this version were requests: they start as DEMANDE.
alter table reversement
    add column statut            varchar(20)  not null default 'DEMANDE',
    add column reference_titre   varchar(100),
    add column titre_emis_le     timestamptz,
    add column titre_emis_par    varchar(200),
    add column date_recouvrement date,
    add column recouvre_le       timestamptz,
    add column recouvre_par      varchar(200),
    add column motif_annulation  text,
    add column annule_le         timestamptz,
    add column annule_par        varchar(200),
    add column version           bigint       not null default 0,
    add constraint reversement_statut check (statut in ('DEMANDE', 'TITRE_EMIS', 'RECOUVRE', 'ANNULE')),
    -- a collection order (titre de perception) is issued once, for one clawback
    add constraint reversement_reference_titre unique (reference_titre),
    add constraint reversement_titre check ((statut in ('TITRE_EMIS', 'RECOUVRE')) = (reference_titre is not null)
        or (statut = 'ANNULE')),
    add constraint reversement_recouvre check ((statut = 'RECOUVRE') = (date_recouvrement is not null)),
    add constraint reversement_annule check ((statut = 'ANNULE') = (motif_annulation is not null));
alter table reversement alter column statut drop default;
create index reversement_convention on reversement (convention_id, demande_le);
