-- Dead letters: what this service's consumers set aside (refused, or failing after their retries),
-- kept with everything needed to replay the message through the same route once the cause is
-- fixed (inbox.LettresMortes, GET/POST /api/v1/admin/lettres-mortes). The Kafka dead-letter topic
-- still receives them; this table is what an administrator reads and acts on.
create table ptce_lettre_morte (
    id              uuid         primary key,
    consommateur    varchar(100) not null,
    -- ce_id: null for a message that is not a CloudEvent.
    evenement_id    varchar(200),
    fait            varchar(200),
    canal           varchar(100),
    topic           varchar(200),
    partition_kafka integer,
    position_kafka  bigint,
    cle             varchar(300),
    -- Kafka headers of the message as a JSON object (name -> text), payload as received.
    entetes         text         not null,
    charge          text,
    -- The reason, never a stack trace.
    erreur          text         not null,
    tentatives      integer      not null check (tentatives >= 1),
    premier_echec   timestamptz  not null,
    dernier_echec   timestamptz  not null,
    statut          varchar(20)  not null check (statut in ('EN_ATTENTE', 'REJOUEE')),
    rejouee_le      timestamptz,
    rejouee_par     varchar(200)
);
-- One letter per event and consumer: a redelivered event failing again adds to its letter.
create unique index ptce_lettre_morte_evenement on ptce_lettre_morte (consommateur, evenement_id)
    where evenement_id is not null;
create index ptce_lettre_morte_ordre on ptce_lettre_morte (premier_echec, id);
