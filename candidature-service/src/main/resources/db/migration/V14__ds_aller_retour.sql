-- Démarches Simplifiées round trip (issue 23): corrections and ineligibility told on DS, one writer
-- across replicas, and DS's request budget shared by every replica.

-- A write-back is claimed by one replica for a while (lease) before it is sent, so that no other
-- replica sends it too; a lease left by a replica that died is taken over, and the taker first
-- checks on DS whether the mutation went through (reservations > 1) before sending it again.
alter table ds_ecriture
    add column reservee_par     varchar(200),
    add column reservee_jusqu_a timestamptz,
    add column reservations     integer not null default 0;
-- ds_ecriture.action now also DEMANDER_CORRECTION and SIGNALER_INELIGIBILITE (dossierEnvoyerMessage);
-- motivation then holds the message's text.

alter table ds_dossier
    -- What was last taken from the dossier (JSON), to tell the instructeur which fields and files changed.
    add column contenu_lu  text,
    add column fichiers_lus text,
    -- DS's own flag: a correction request not yet answered by the applicant (dateDerniereCorrectionEnAttente).
    add column correction_en_attente_ds boolean not null default false,
    -- Our correction request reached DS (its message was sent) and awaits the applicant there.
    add column correction_envoyee_le timestamptz;

-- DS allows N requests per minute and per token, whatever the number of replicas: each request is
-- counted here before it leaves (the token's SHA-256, never the token), under an advisory lock.
create table ds_requete (
    id         bigserial    primary key,
    jeton      varchar(64)  not null,
    envoyee_le timestamptz  not null
);
create index ds_requete_jeton on ds_requete (jeton, envoyee_le);
