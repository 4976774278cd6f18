-- Proof of notification: one row per (event, recipient, template), written in the same transaction
-- as the inbox record of the event, then sent by the mail sender. The rendered subject and bodies
-- are kept: they are exactly what was sent.
create table notification (
    id               uuid         primary key,
    evenement_id     varchar(200) not null,
    type_evenement   varchar(100) not null,
    modele           varchar(60)  not null,
    destinataire     varchar(320) not null,
    porteur_sub      varchar(200),
    candidature_id   uuid,
    numero           varchar(60),
    sujet            varchar(500) not null,
    corps_texte      text         not null,
    corps_html       text         not null,
    statut           varchar(20)  not null,
    tentatives       integer      not null default 0,
    prochaine_tentative timestamptz not null,
    derniere_erreur  text,
    envoyee_le       timestamptz,
    message_id       varchar(300),
    creee_le         timestamptz  not null,
    constraint notification_une_seule_fois unique (evenement_id, destinataire, modele)
);
create index notification_a_envoyer on notification (prochaine_tentative) where statut = 'EN_ATTENTE';
create index notification_par_candidature on notification (candidature_id, creee_le desc, id desc);
create index notification_par_porteur on notification (porteur_sub, creee_le desc, id desc);
create index notification_chrono on notification (creee_le desc, id desc);

-- What the reminders need, kept from the events (event-carried state transfer).
create table campagne (
    campagne_id uuid         primary key,
    code        varchar(60)  not null,
    libelle     varchar(300) not null,
    phase       varchar(20)  not null,
    cloture     timestamptz  not null
);

create table structure_eligible (
    siret          varchar(14)  primary key,
    raison_sociale varchar(300),
    contact_email  varchar(320) not null,
    porteur_sub    varchar(200),
    candidature_id uuid,
    numero         varchar(60)
);

create table depot_phase2 (
    campagne_id uuid        not null,
    siret       varchar(14) not null,
    primary key (campagne_id, siret)
);

create table rapport_attendu (
    rapport_id     uuid         primary key,
    candidature_id uuid         not null,
    numero         varchar(60)  not null,
    porteur_sub    varchar(200) not null,
    contact_email  varchar(320) not null,
    convention_id  uuid         not null,
    type           varchar(60)  not null,
    date_limite    date         not null,
    approuve       boolean      not null default false
);

-- Partner webhooks.
create table webhook (
    id                   uuid          primary key,
    proprietaire_sub     varchar(200)  not null,
    proprietaire_email   varchar(320),
    url                  varchar(2000) not null,
    types                varchar(2000) not null,
    secret               varchar(200)  not null,
    actif                boolean       not null,
    echecs_consecutifs   integer       not null default 0,
    cree_le              timestamptz   not null,
    desactive_le         timestamptz
);
create index webhook_par_proprietaire on webhook (proprietaire_sub, cree_le desc, id desc);

create table livraison (
    id                  uuid         primary key,
    webhook_id          uuid         not null references webhook (id) on delete cascade,
    evenement_id        varchar(200) not null,
    type_evenement      varchar(100) not null,
    corps               text         not null,
    statut              varchar(20)  not null,
    tentatives          integer      not null default 0,
    prochaine_tentative timestamptz  not null,
    dernier_code_http   integer,
    derniere_erreur     text,
    livree_le           timestamptz,
    creee_le            timestamptz  not null,
    constraint livraison_une_seule_fois unique (webhook_id, evenement_id)
);
create index livraison_a_envoyer on livraison (prochaine_tentative) where statut = 'EN_ATTENTE';
create index livraison_par_webhook on livraison (webhook_id, creee_le desc, id desc);
