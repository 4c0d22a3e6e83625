// node-postgres (pg) against the server given on the command line. Exits 1 with a clear message on any mismatch.
import pg from 'pg';
import { checker, target, watchdog } from './check.mjs';

const t = checker('pg');
watchdog('pg');
const { host, port, database, user } = target();
const client = new pg.Client({ host, port, database, user, connectionTimeoutMillis: 10000 });
await client.connect();
// Raw text exactly as the server sent it, to compare with Postgres's output format.
const raw = { getTypeParser: () => (value) => value };

// CRUD with command tags and row counts
let r = await client.query('CREATE TABLE pg_crud (id int primary key, name text not null, qty int4)');
t.equal('create command', r.command, 'CREATE');
r = await client.query("INSERT INTO pg_crud (id, name, qty) VALUES (1, 'one', 10), (2, 'two', 20)");
t.equal('insert rowCount', [r.command, r.rowCount], ['INSERT', 2]);
r = await client.query('INSERT INTO pg_crud (id, name, qty) VALUES ($1, $2, $3)', [3, 'three', 30]);
t.equal('parameterized insert', r.rowCount, 1);
r = await client.query('UPDATE pg_crud SET qty = qty + $1 WHERE id >= $2', [1, 2]);
t.equal('update rowCount', [r.command, r.rowCount], ['UPDATE', 2]);
r = await client.query('DELETE FROM pg_crud WHERE id = $1', [1]);
t.equal('delete rowCount', [r.command, r.rowCount], ['DELETE', 1]);
r = await client.query('SELECT id, name, qty FROM pg_crud ORDER BY id');
t.equal('select rows', r.rows, [{ id: 2, name: 'two', qty: 21 }, { id: 3, name: 'three', qty: 31 }]);
t.equal('select fields', r.fields.map((f) => [f.name, f.dataTypeID]), [['id', 23], ['name', 25], ['qty', 23]]);

// Every type as a text parameter of unspecified type, inferred by the server from the column
await client.query(`CREATE TABLE pg_types (id int primary key, c_int2 int2, c_int4 int4, c_int8 int8,
  c_float4 float4, c_float8 float8, c_bool bool, c_text text, c_varchar varchar(40), c_bytea bytea, c_uuid uuid,
  c_date date, c_ts timestamp, c_tstz timestamptz, c_numeric numeric)`);
const insertTypes = `INSERT INTO pg_types (id, c_int2, c_int4, c_int8, c_float4, c_float8, c_bool, c_text, c_varchar,
  c_bytea, c_uuid, c_date, c_ts, c_tstz, c_numeric) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13,
  $14, $15)`;
await client.query(insertTypes, [1, -32768, 2147483647, '9223372036854775807', 0.1, 0.1, true, 'héllo ✓ 𝄞',
  "it's", Buffer.from([0, 1, 255]), 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11', '2024-02-29',
  '2024-02-29 13:45:30.123456', '2024-02-29 13:45:30.123456+02', '12345678901234567890.123456789']);
await client.query(insertTypes, [2, null, null, null, null, null, false, null, null, null, null, null, null, null,
  '-0.50']);
await client.query("SET TimeZone TO 'UTC'");
r = await client.query({ text: 'SELECT * FROM pg_types ORDER BY id', types: raw, rowMode: 'array' });
t.equal('every type in Postgres text format', r.rows, [
  ['1', '-32768', '2147483647', '9223372036854775807', '0.1', '0.1', 't', 'héllo ✓ 𝄞', "it's", '\\x0001ff',
    'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '2024-02-29', '2024-02-29 13:45:30.123456',
    '2024-02-29 11:45:30.123456+00', '12345678901234567890.123456789'],
  ['2', null, null, null, null, null, 'f', null, null, null, null, null, null, null, '-0.50'],
]);
t.equal('type OIDs', r.fields.map((f) => f.dataTypeID),
  [23, 21, 23, 20, 700, 701, 16, 25, 1043, 17, 2950, 1082, 1114, 1184, 1700]);
r = await client.query('SELECT c_int2, c_int8, c_float8, c_bool, c_bytea, c_date, c_tstz, c_numeric FROM pg_types WHERE id = $1', [1]);
const row = r.rows[0];
t.equal('parsed values', [row.c_int2, row.c_int8, row.c_float8, row.c_bool, row.c_bytea.toString('hex'),
  row.c_date.toISOString(), row.c_tstz.toISOString(), row.c_numeric],
  [-32768, '9223372036854775807', 0.1, true, '0001ff', '2024-02-29T00:00:00.000Z', '2024-02-29T11:45:30.123Z',
    '12345678901234567890.123456789']);
for (const [column, value] of [['c_int8', '9223372036854775807'], ['c_bool', true], ['c_uuid',
  'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'], ['c_date', '2024-02-29'], ['c_bytea', Buffer.from([0, 1, 255])],
  ['c_numeric', '12345678901234567890.123456789'], ['c_tstz', '2024-02-29 11:45:30.123456+00']]) {
  r = await client.query(`SELECT id FROM pg_types WHERE ${column} = $1`, [value]);
  t.equal(`where ${column} = $1`, r.rows, [{ id: 1 }]);
}

// Named prepared statement reused
for (let i = 0; i < 4; i++) {
  r = await client.query({ name: 'qty_by_id', text: 'SELECT qty FROM pg_crud WHERE id = $1', values: [2 + (i % 2)] });
  t.equal(`named statement run ${i}`, r.rows, [{ qty: i % 2 ? 31 : 21 }]);
}

// Several statements in one simple query
r = await client.query('SELECT 1 AS a; SELECT 2 AS b');
t.equal('multi-statement simple query', r.map((x) => x.rows), [[{ a: 1 }], [{ b: 2 }]]);

// Transactions and savepoints
await client.query('BEGIN');
await client.query("INSERT INTO pg_crud (id, name) VALUES (10, 'rolled back')");
await client.query('ROLLBACK');
await client.query('BEGIN');
await client.query("INSERT INTO pg_crud (id, name) VALUES (11, 'committed')");
await client.query('SAVEPOINT s1');
await client.query("INSERT INTO pg_crud (id, name) VALUES (12, 'rolled back to savepoint')");
await client.query('ROLLBACK TO SAVEPOINT s1');
await client.query('COMMIT');
r = await client.query('SELECT id FROM pg_crud WHERE id >= 10 ORDER BY id');
t.equal('transactions', r.rows, [{ id: 11 }]);

// Errors with SQLSTATEs; the session stays usable
await t.rejects('duplicate key', client.query("INSERT INTO pg_crud (id, name) VALUES (2, 'dup')"), '23505');
await t.rejects('not null', client.query('INSERT INTO pg_crud (id, name) VALUES ($1, $2)', [20, null]), '23502');
await t.rejects('missing table', client.query('SELECT * FROM no_such_table'), '42P01');
await t.rejects('missing column', client.query('SELECT no_such_column FROM pg_crud'), '42703');
await t.rejects('syntax error', client.query('SELEC 1'), '42601');
await t.rejects('syntax error, extended', client.query('SELEC $1', [1]), '42601');
await client.query('BEGIN');
await t.rejects('error in transaction', client.query("INSERT INTO pg_crud (id, name) VALUES (2, 'dup')"), '23505');
await t.rejects('failed transaction', client.query('SELECT 1'), '25P02');
await client.query('ROLLBACK');
r = await client.query('SELECT count(*) AS n FROM pg_crud');
t.equal('usable after errors', r.rows, [{ n: '3' }]);

await client.end();
t.done();
