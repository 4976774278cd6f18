-- Territorial scopes (issue 21): the région of each application, learnt from candidature.deposee /
-- candidature.redeposee (structure.region, by its name as every service stores it), so that a
-- staff user of one région reads only the notifications of its régions' files. Not personal data.
create table region_candidature (
    candidature_id uuid primary key,
    region         varchar(100)
);
create index region_candidature_region on region_candidature (region);
