-- What evaluation-service knows of each phase-2 lauréat's agreement, learnt only from
-- financement-service's events (convention.creee, .signee, .resiliee): enough to refuse a promotion
-- while a withdrawn lauréat's signed agreement still holds its money, and to count what a
-- terminated agreement keeps on the envelope (what was paid: montant − libéré).
create table convention_suivie (
    candidature_id   uuid         primary key,
    campagne_id      uuid         not null,
    convention_id    uuid         not null,
    statut           varchar(20)  not null,
    montant_centimes bigint       not null check (montant_centimes >= 0),
    libere_centimes  bigint       check (libere_centimes >= 0),
    maj_le           timestamptz  not null,
    constraint convention_suivie_statut check (statut in ('A_SIGNER', 'SIGNEE', 'RESILIEE')),
    constraint convention_suivie_libere check ((statut = 'RESILIEE') = (libere_centimes is not null)
        and (libere_centimes is null or libere_centimes <= montant_centimes))
);
create index convention_suivie_campagne on convention_suivie (campagne_id);
