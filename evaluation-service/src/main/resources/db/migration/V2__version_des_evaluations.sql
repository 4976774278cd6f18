-- The version of an evaluation draft, sent as its ETag and checked against If-Match.
alter table affectation add column version bigint not null default 0;
