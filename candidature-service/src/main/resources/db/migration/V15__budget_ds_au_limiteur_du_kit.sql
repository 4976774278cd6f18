-- DS's request budget is now a bucket of the kit's rate limiter (table limite_debit, ptce-commons V0_3).
drop table if exists ds_requete;
