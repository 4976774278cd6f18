-- GDPR lifecycle (issue 24, item 5; docs/DONNEES-PERSONNELLES.md): an e-mail's bodies are purged after
-- the retention period; the proof of sending stays (recipient as its SHA-256, subject, instant,
-- Message-ID). corps_purge_le says when; the recipient then reads 'sha256:<hex of the lower-cased address>'.
alter table notification add column corps_purge_le timestamptz;
create index notification_a_purger on notification (coalesce(envoyee_le, creee_le))
    where corps_purge_le is null and statut in ('ENVOYEE', 'ECHEC');
