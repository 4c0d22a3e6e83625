-- regclass and regtype casts print names rather than numbers
CREATE TABLE t (id int);
SELECT 't'::regclass AS rel, 'public.t'::regclass AS qualified, 'integer'::regtype AS typ, 'int8'::regtype AS alias;
SELECT 'nope'::regclass;
