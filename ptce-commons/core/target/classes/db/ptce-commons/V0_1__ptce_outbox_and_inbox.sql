-- Outbox: events written in the same transaction as the state change they announce.
create table ptce_outbox (
    seq            bigserial    primary key,
    event_id       uuid         not null unique,
    topic          varchar(200) not null,
    aggregate_type varchar(100) not null,
    aggregate_id   varchar(200) not null,
    event_type     varchar(200) not null,
    subject        varchar(300),
    payload        text         not null,
    traceparent    varchar(100),
    created_at     timestamptz  not null,
    published_at   timestamptz
);
create index ptce_outbox_unpublished on ptce_outbox (seq) where published_at is null;
create index ptce_outbox_published_at on ptce_outbox (published_at) where published_at is not null;

-- Inbox: the events each consumer has applied, recorded in the same transaction as the effect.
create table ptce_processed_event (
    consumer     varchar(100) not null,
    event_id     varchar(200) not null,
    event_type   varchar(200),
    processed_at timestamptz  not null,
    primary key (consumer, event_id)
);
