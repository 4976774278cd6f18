-- Issue 20: no dead end in the agreement's life cycle.
-- A termination makes the reports not yet approved SANS_OBJET (they stayed ATTENDU for ever, and the
-- porteur's space kept asking for them); the instalment status SUSPENDUE, which no rule ever set nor
-- left, leaves the state machine.
alter table rapport drop constraint rapport_statut;
update rapport r set statut = 'SANS_OBJET'
from convention c
where c.id = r.convention_id and c.statut = 'RESILIEE' and r.statut <> 'APPROUVE';
alter table rapport add constraint rapport_statut
    check (statut in ('ATTENDU', 'SOUMIS', 'APPROUVE', 'REJETE', 'SANS_OBJET'));

alter table echeance drop constraint echeance_statut;
alter table echeance add constraint echeance_statut
    check (statut in ('PREVUE', 'EXIGIBLE', 'MISE_EN_PAIEMENT', 'PAYEE', 'ANNULEE'));
