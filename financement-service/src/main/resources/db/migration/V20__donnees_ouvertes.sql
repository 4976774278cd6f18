-- Open data of the grants (SCDL « Subventions ») and money per edition and région (issue 22).
-- The edition is the year the campaign opened (Paris), as in candidature-service's statistics.
alter table enveloppe add column ouverture timestamptz;
-- From laureat.phase2.selectionne; null for agreements created before these fields existed.
alter table convention add column region text;
alter table convention add column budget_projet_centimes bigint;
