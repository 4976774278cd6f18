-- Webhooks ops can trust (issue 22).
-- Signing secrets at rest: AES-256-GCM with the key of ptce.notification.webhooks.chiffrement
-- ("<key id>:<base64>"). SQL does not have the key, so the secrets registered before this version
-- are encrypted by the service itself at startup (webhooks.ChiffrementAuDemarrage), which then
-- empties the clear column; until then the deliverer still reads the clear one.
alter table webhook alter column secret drop not null;
alter table webhook add column secret_chiffre varchar(400);
-- After a rotation the previous secret keeps signing, beside the new one, until this instant.
alter table webhook add column secret_precedent_chiffre varchar(400);
alter table webhook add column secret_precedent_expire_le timestamptz;
-- An endpoint is disabled when a delivery fails through its whole retry schedule with no success
-- of the endpoint since that schedule began.
alter table webhook add column dernier_succes_le timestamptz;
alter table livraison add column cycle_debute_le timestamptz;
alter table webhook add constraint webhook_secret_present check (secret is not null or secret_chiffre is not null);
