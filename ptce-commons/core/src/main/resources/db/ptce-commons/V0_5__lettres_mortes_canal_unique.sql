-- Each service now reads all its topics on one channel, "evenements" (inbox.RoutesDuService): the
-- per-topic channels of the four services are gone. A letter kept from one of them is replayed
-- through the new channel, which routes it by its fact as the old one did.
update ptce_lettre_morte
   set canal = 'evenements'
 where canal in ('campagnes', 'candidatures', 'instructions', 'decisions', 'financements');
