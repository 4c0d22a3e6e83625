CREATE TABLE authors (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE books (id serial PRIMARY KEY, title varchar(40) NOT NULL, price numeric(8,2) DEFAULT 0, author_id int REFERENCES authors (id));
\d books
\d authors
