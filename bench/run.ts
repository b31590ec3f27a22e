// `npm run bench`: generates the data, runs the workloads side by side, prints the figures and writes them to bench/results/.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { floor } from './floor.ts';
import { describeMachine } from './machine.ts';
import { live } from './live.ts';
import { reads } from './reads.ts';
import { writes } from './writes.ts';
import { startup } from './startup.ts';
import { FULL, prepareBenchDatabase, QUICK } from './data.ts';
import { readSettings } from './settings.ts';
import { bearer } from './tokens.ts';

const settings = readSettings();
const startedAt = new Date();
const results: Record<string, unknown> = {};
console.log(
  `== data (${settings.quick ? 'quick' : 'full'} scale) on ${settings.databaseUrl.replace(/\/\/[^@]*@/, '//')}`,
);
const data = await prepareBenchDatabase(settings.databaseUrl, settings.quick ? QUICK : FULL);
console.log(
  '  ' +
    Object.entries(data.counts)
      .map(([table, n]) => `${table} ${n.toLocaleString('en-US')}`)
      .join(' · '),
);

if (settings.only.has('floor')) {
  console.log('== framework floor: { __typename }');
  results['floor'] = await floor(settings, await bearer(data.inboxViewers[0]!.rpps));
}
if (settings.only.has('reads')) {
  console.log('== reads: ours vs PostGraphile 5, same database, same professionals');
  results['reads'] = await reads(settings, data);
}
if (settings.only.has('writes')) {
  console.log('== writes: postMessage vs PostGraphile 5 createMessage with triggers, same database, same rooms');
  results['writes'] = await writes(settings, data);
}
if (settings.only.has('startup')) {
  console.log('== npm start on existing embedded data');
  results['startup'] = await startup(settings.quick ? 1 : 5);
}
if (settings.only.has('live')) {
  console.log('== live delivery: postMessage over HTTP → messageAdded over graphql-ws');
  results['live'] = await live(settings, data);
}
const machine = await describeMachine(settings);
const file = path.join(
  fileURLToPath(new URL('./results/', import.meta.url)),
  `${startedAt.toISOString().slice(0, 16).replace(/[:T]/g, '-')}-${settings.quick ? 'quick' : 'full'}.json`,
);
writeFileSync(
  file,
  JSON.stringify(
    {
      startedAt,
      mode: settings.quick ? 'quick' : 'full',
      rounds: settings.rounds,
      secondsPerRound: settings.seconds,
      machine,
      data: { scale: data.scale, counts: data.counts },
      results,
    },
    null,
    2,
  ) + '\n',
);
console.log(`== results written to ${path.relative(process.cwd(), file)}`);
process.exit(0);
