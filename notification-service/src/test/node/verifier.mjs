// Checks PTCE's webhook deliveries with the reference Standard Webhooks implementation (npm
// "standardwebhooks"), not with PTCE's own signing code: signature and timestamp tolerance (its
// default, 5 minutes) as a partner's receiver would. Reads a JSON array on stdin, each item
// {secret, entetes, corps} and optionally resignerA (an instant: the library signs the same message
// at that time first, to show what a business-time timestamp would meet); writes one
// {valide, erreur} per item on stdout.
import { Webhook } from "standardwebhooks";
import { readFileSync } from "node:fs";

const livraisons = JSON.parse(readFileSync(0, "utf8"));
const resultats = livraisons.map(({ secret, entetes, corps, resignerA }) => {
  try {
    const webhook = new Webhook(secret);
    const recus = { ...entetes };
    if (resignerA) {
      const quand = new Date(resignerA);
      recus["webhook-timestamp"] = String(Math.floor(quand.getTime() / 1000));
      recus["webhook-signature"] = webhook.sign(recus["webhook-id"], quand, corps);
    }
    webhook.verify(corps, recus);
    return { valide: true };
  } catch (e) {
    return { valide: false, erreur: String(e && e.message ? e.message : e) };
  }
});
process.stdout.write(JSON.stringify(resultats));
