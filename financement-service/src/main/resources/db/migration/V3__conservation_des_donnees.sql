-- GDPR lifecycle (issue 24, item 5; docs/DONNEES-PERSONNELLES.md): amounts, instalments, payments
-- and the audit trail are kept; the contact and owner of an agreement are removed once the accounting
-- retention period after its end (termination, or end date) has passed.
alter table convention add column anonymisee_le timestamptz;
