// The Zero schema of the end-to-end app. E2E_SCHEMA_VARIANT=extended adds what the scenario's DDL step creates
// (project.status and the note table), as an app would ship a new client after a migration.
import {createSchema, table, string, number, boolean, json, definePermissions, ANYONE_CAN_DO_ANYTHING}
  from '@rocicorp/zero';

const extended = process.env.E2E_SCHEMA_VARIANT === 'extended';
const users = table('users')
  .columns({id: string(), name: string(), active: boolean(), created_at: number()})
  .primaryKey('id');
const projectColumns = {
  id: number(), owner_id: string().optional(), title: string(), budget: number().optional(),
  meta: json().optional(), tags: json().optional(),
};
if (extended) projectColumns.status = string().optional();
const project = table('project').columns(projectColumns).primaryKey('id');
const membership = table('membership')
  .columns({project_id: number(), user_id: string(), role: string()})
  .primaryKey('project_id', 'user_id');
const tables = [users, project, membership];
const names = ['users', 'project', 'membership'];
if (extended) {
  tables.push(table('note').columns({id: number(), project_id: number(), body: string()}).primaryKey('id'));
  names.push('note');
}

export const schema = createSchema({tables, enableLegacyQueries: true, enableLegacyMutators: true});
export const permissions = definePermissions(schema, () =>
  Object.fromEntries(names.map(name => [name, ANYONE_CAN_DO_ANYTHING])));
