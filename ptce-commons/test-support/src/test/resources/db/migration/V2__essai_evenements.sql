-- What the test consumer applies for each essai.ecrit event (one row per effect).
alter table essai_effet add column cle varchar(200);
alter table essai_effet add column rang integer;
alter table essai_note add column cle varchar(200);
-- A note names all the texts of its events (up to a hundred in the benchmark).
alter table essai_note alter column texte type varchar(20000);
