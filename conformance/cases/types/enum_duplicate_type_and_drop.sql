-- CREATE TYPE twice is 42710; DROP TYPE removes it; dropping it again is 42704
CREATE TYPE fruit AS ENUM ('apple');
CREATE TYPE fruit AS ENUM ('pear');
DROP TYPE fruit;
DROP TYPE fruit;
DROP TYPE IF EXISTS fruit;
CREATE TYPE fruit AS ENUM ('pear');
