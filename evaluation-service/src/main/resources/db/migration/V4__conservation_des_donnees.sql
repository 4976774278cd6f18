-- GDPR lifecycle (issue 24, item 5; docs/DONNEES-PERSONNELLES.md): when the purge removed the personal
-- data (contact, owner, members' names in the snapshot) of a file not retained. Decisions stay.
alter table instruction add column anonymisee_le timestamptz;
create index instruction_a_anonymiser on instruction (modifiee_le) where anonymisee_le is null;
