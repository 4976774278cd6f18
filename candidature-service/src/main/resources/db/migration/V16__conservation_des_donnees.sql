-- GDPR lifecycle (issue 24, item 5; docs/DONNEES-PERSONNELLES.md): when a not-retained file had its
-- personal data removed by the scheduled purge. A file is anonymised once.
alter table candidature add column anonymisee_le timestamptz;

-- The purge looks for drafts never submitted and for not-retained files still holding personal data.
create index candidature_a_purger on candidature (statut) where anonymisee_le is null;
