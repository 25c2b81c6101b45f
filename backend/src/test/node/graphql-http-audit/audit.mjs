// Usage: node audit.mjs <graphql url>. Prints one JSON array: every audit's id, name, status
// ("ok", "warn" for a failed SHOULD, "error" for a failed MUST, "notice" for a MAY) and reason.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
const results = [];
for (const audit of serverAudits({ url })) {
  const result = await audit.fn();
  results.push({ id: result.id, name: result.name, status: result.status, reason: result.reason ?? null });
}
console.log(JSON.stringify(results));
