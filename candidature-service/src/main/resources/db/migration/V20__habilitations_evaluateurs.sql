-- Which evaluator may read which file (issue 21): learnt from evaluation-service's evaluateur.habilite,
-- written once an evaluator has declared no conflict of interest. Read access ends with the decision
-- (checked on the application's status), so a row never needs to be revoked.
create table habilitation_evaluateur (
    candidature_id uuid        not null references candidature (id) on delete cascade,
    evaluateur_sub text        not null,
    habilite_le    timestamptz not null,
    primary key (candidature_id, evaluateur_sub)
);
