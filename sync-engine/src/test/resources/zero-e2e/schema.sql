-- The end-to-end app: related tables with the common column types, a composite key, foreign keys, seed rows.
CREATE TABLE users (
  id text PRIMARY KEY,
  name text NOT NULL,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL
);
CREATE TABLE project (
  id integer PRIMARY KEY,
  owner_id text REFERENCES users (id),
  title text NOT NULL,
  budget numeric(12, 2),
  meta jsonb,
  tags text[]
);
CREATE TABLE membership (
  project_id integer NOT NULL REFERENCES project (id) ON DELETE CASCADE,
  user_id text NOT NULL REFERENCES users (id),
  role text NOT NULL,
  PRIMARY KEY (project_id, user_id)
);
INSERT INTO users VALUES ('u1', 'Ann', true, '2024-01-02 03:04:05.123+00'), ('u2', 'Bob', false, '2024-02-03 04:05:06+01');
INSERT INTO project VALUES
  (1, 'u1', 'Alpha', 1234.50, '{"b": 1, "a": [1, 2]}', '{x,"y z"}'),
  (2, 'u2', 'Beta', NULL, NULL, '{}');
INSERT INTO membership VALUES (1, 'u1', 'owner'), (1, 'u2', 'viewer'), (2, 'u2', 'owner');
