-- Idempotency keys are now kept a day (ptce-commons idempotence.PurgeIdempotence): deleted by age.
create index idempotence_age on idempotence (creee_le);
