// porsager postgres against the server given on the command line. Exits 1 with a clear message on any mismatch.
// fetch_types is off until the server answers the pg_type catalog query postgres.js sends at connect.
import postgres from 'postgres';
import { checker, target, watchdog } from './check.mjs';

const t = checker('postgres');
watchdog('postgres');
const { host, port, database, user } = target();
const options = { host, port, database, username: user, fetch_types: false, connect_timeout: 10, onnotice: () => {} };
const sql = postgres({ ...options, max: 4 });

// CRUD
await sql`CREATE TABLE pj_crud (id int primary key, name text not null, qty int4)`;
let r = await sql`INSERT INTO pj_crud (id, name, qty) VALUES (${1}, ${'one'}, ${10}), (${2}, ${'two'}, ${20})`;
t.equal('insert', [r.command, r.count], ['INSERT', 2]);
r = await sql`UPDATE pj_crud SET qty = qty + ${5} WHERE id = ${2}`;
t.equal('update', [r.command, r.count], ['UPDATE', 1]);
r = await sql`SELECT id, name, qty FROM pj_crud ORDER BY id`;
t.equal('select', [...r], [{ id: 1, name: 'one', qty: 10 }, { id: 2, name: 'two', qty: 25 }]);
r = await sql`DELETE FROM pj_crud WHERE id = ${1}`;
t.equal('delete', [r.command, r.count], ['DELETE', 1]);

// Every type as a parameter; postgres.js types some values itself (Date, Buffer, boolean) and lets the server infer
// the rest from the columns.
await sql`CREATE TABLE pj_types (id int primary key, c_int2 int2, c_int4 int4, c_int8 int8, c_float4 float4,
  c_float8 float8, c_bool bool, c_text text, c_varchar varchar(40), c_bytea bytea, c_uuid uuid, c_date date,
  c_ts timestamp, c_tstz timestamptz, c_numeric numeric)`;
const tstz = new Date('2024-02-29T11:45:30.123Z');
await sql`INSERT INTO pj_types (id, c_int2, c_int4, c_int8, c_float4, c_float8, c_bool, c_text, c_varchar, c_bytea,
  c_uuid, c_date, c_ts, c_tstz, c_numeric) VALUES (${1}, ${-32768}, ${2147483647}, ${'9223372036854775807'}, ${0.5},
  ${0.1}, ${true}, ${'héllo ✓ 𝄞'}, ${"it's"}, ${Buffer.from([0, 1, 255])}, ${'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'},
  ${'2024-02-29'}, ${'2024-02-29 13:45:30.123'}, ${tstz}, ${'12345678901234567890.123456789'})`;
r = await sql`SELECT * FROM pj_types WHERE id = ${1}`;
const row = r[0];
t.equal('every type parsed', [row.c_int2, row.c_int4, row.c_int8, row.c_float4, row.c_float8, row.c_bool, row.c_text,
  row.c_varchar, Buffer.from(row.c_bytea).toString('hex'), row.c_uuid, row.c_date.toISOString(),
  row.c_ts.toISOString(), row.c_tstz.toISOString(), row.c_numeric],
  [-32768, 2147483647, '9223372036854775807', 0.5, 0.1, true, 'héllo ✓ 𝄞', "it's", '0001ff',
    'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '2024-02-29T00:00:00.000Z', '2024-02-29T13:45:30.123Z',
    '2024-02-29T11:45:30.123Z', '12345678901234567890.123456789']);
t.equal('column types', r.columns.map((c) => c.type), [23, 21, 23, 20, 700, 701, 16, 25, 1043, 17, 2950, 1082, 1114,
  1184, 1700]);
r = await sql`SELECT id FROM pj_types WHERE c_tstz = ${tstz} AND c_bool = ${true} AND c_bytea = ${Buffer.from([0, 1, 255])}`;
t.equal('typed parameters in WHERE', [...r], [{ id: 1 }]);
r = await sql`SELECT ${7}::int4 + ${35}::int4 AS answer`;
t.equal('cast parameters', [...r], [{ answer: 42 }]);

// Transactions and savepoints through sql.begin
await sql.begin(async (tx) => {
  await tx`INSERT INTO pj_crud (id, name) VALUES (${10}, ${'committed'})`;
  await tx.savepoint(async (sp) => {
    await sp`INSERT INTO pj_crud (id, name) VALUES (${11}, ${'rolled back to savepoint'})`;
    throw new Error('roll back the savepoint');
  }).catch(() => {});
});
await sql.begin(async (tx) => {
  await tx`INSERT INTO pj_crud (id, name) VALUES (${12}, ${'rolled back'})`;
  throw new Error('roll back the transaction');
}).catch(() => {});
r = await sql`SELECT id FROM pj_crud WHERE id >= 10 ORDER BY id`;
t.equal('transactions', [...r], [{ id: 10 }]);

// Errors with SQLSTATEs; the session stays usable
await t.rejects('duplicate key', sql`INSERT INTO pj_crud (id, name) VALUES (${2}, ${'dup'})`, '23505');
await t.rejects('not null', sql`INSERT INTO pj_crud (id, name) VALUES (${20}, ${null})`, '23502');
await t.rejects('missing table', sql`SELECT * FROM no_such_table`, '42P01');
await t.rejects('missing column', sql`SELECT no_such_column FROM pj_crud`, '42703');
await t.rejects('syntax error', sql`SELEC 1`, '42601');
await t.rejects('simple protocol syntax error', sql`SELEC 1`.simple(), '42601');
await t.rejects('error in transaction', sql.begin(async (tx) => {
  await tx`INSERT INTO pj_crud (id, name) VALUES (${2}, ${'dup'})`;
}), '23505');
r = await sql`SELECT count(*)::int4 AS n FROM pj_crud`;
t.equal('usable after errors', [...r], [{ n: 2 }]);

// Pipelining: many queries in flight on one connection before the first answer arrives
const single = postgres({ ...options, max: 1 });
const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => single`SELECT ${i}::int4 AS i`));
t.equal('pipelined answers in order', answers.map((a) => a[0].i), Array.from({ length: 20 }, (_, i) => i));
const mixed = await Promise.allSettled([single`SELECT ${1}::int4 AS ok`, single`SELECT * FROM no_such_table`,
  single`SELECT ${3}::int4 AS ok`]);
t.equal('an error in a pipeline fails only its query', mixed.map((m) => m.status === 'fulfilled' ? m.value[0].ok
  : m.reason.code), [1, '42P01', 3]);
await single.end();

// Concurrent writers through the pool
await Promise.all(Array.from({ length: 40 }, (_, i) => sql`INSERT INTO pj_crud (id, name) VALUES (${100 + i}, ${'pool'})`));
r = await sql`SELECT count(*)::int4 AS n FROM pj_crud WHERE id >= 100`;
t.equal('concurrent pool inserts', [...r], [{ n: 40 }]);

await sql.end();
t.done();
