// A real Zero client (Node, ws polyfill) driven by the end-to-end test over stdin/stdout, one JSON object per line.
// Out: {"started":true}, then {"view":<table>,"resultType":…,"rows":[…]} whenever a table's live view changes, and
// {"mutation":<id>,"result"|"error":…} per mutation once the client has applied it (CRUD mutators resolve
// locally; the test waits for the row upstream itself). In: {"id":…,"op":"insert|update|delete","table":…,"value":{…}}
// or {"op":"close"}. argv[2] is zero-cache's URL.
import WebSocket from 'ws';
// A browser's WebSocket reports a refused connection as an event; ws's EventEmitter throws an unhandled 'error'
// instead, which would kill this process while zero-cache restarts. Listening makes it behave like a browser's.
class BrowserLikeWebSocket extends WebSocket {
  constructor(...args) {
    super(...args);
    this.on('error', () => {});
  }
}
globalThis.WebSocket ??= BrowserLikeWebSocket;
import readline from 'node:readline';
import {Zero, createBuilder} from '@rocicorp/zero';
import {schema} from './schema.mjs';

const out = o => process.stdout.write(JSON.stringify(o) + '\n');
const zql = createBuilder(schema);
const z = new Zero({cacheURL: process.argv[2], schema, userID: 'e2e', kvStore: 'mem', logLevel: 'info'});

for (const [name, table] of Object.entries(schema.tables)) {
  let query = zql[name];
  for (const key of table.primaryKey) query = query.orderBy(key, 'asc');
  z.materialize(query).addListener((rows, resultType) =>
    out({view: name, resultType: resultType ?? null, rows: rows.map(row => ({...row}))}));
}

readline.createInterface({input: process.stdin}).on('line', async line => {
  const command = JSON.parse(line);
  if (command.op === 'close') {
    await z.close();
    out({closed: true});
    process.exit(0);
  }
  try {
    const pending = z.mutate[command.table][command.op](command.value);
    const result = await (pending?.server ?? pending);
    out({mutation: command.id, result: result ?? null});
  } catch (e) {
    out({mutation: command.id, error: String(e?.message ?? e)});
  }
});
out({started: true});
