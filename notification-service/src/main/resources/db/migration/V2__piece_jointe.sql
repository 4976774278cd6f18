-- The document some e-mails carry as a PDF (the acknowledgement of receipt), kept with the proof of
-- sending: what the porteur downloads later is exactly what was attached.
alter table notification add column piece_jointe_nom varchar(200);
alter table notification add column piece_jointe bytea;
