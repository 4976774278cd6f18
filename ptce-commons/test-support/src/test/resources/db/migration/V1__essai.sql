create table essai_note (id bigserial primary key, texte varchar(200) not null);
create table essai_effet (id bigserial primary key, event_id varchar(100) not null, motif varchar(200));
