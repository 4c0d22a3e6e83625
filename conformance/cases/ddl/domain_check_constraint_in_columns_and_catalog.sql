-- a domain from the CREATE DOMAIN docs: its CHECK holds on INSERT and UPDATE, the catalog shows the domain, DROP needs no dependent column
CREATE DOMAIN us_postal_code AS TEXT CHECK (VALUE ~ '^\d{5}$' OR VALUE ~ '^\d{5}-\d{4}$');
CREATE TABLE us_snail_addy (address_id SERIAL PRIMARY KEY, street1 TEXT NOT NULL, postal us_postal_code NOT NULL);
INSERT INTO us_snail_addy (street1, postal) VALUES ('1 Main St', '12345'), ('2 Side St', '12345-6789');
INSERT INTO us_snail_addy (street1, postal) VALUES ('3 Bad St', '1234');
UPDATE us_snail_addy SET postal = 'abcde' WHERE address_id = 1;
SELECT address_id, postal FROM us_snail_addy ORDER BY address_id;
SELECT typname, typtype, format_type(typbasetype, typtypmod) AS base, typnotnull FROM pg_type WHERE typname = 'us_postal_code';
SELECT column_name, data_type, domain_name FROM information_schema.columns WHERE table_name = 'us_snail_addy' ORDER BY ordinal_position;
SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'us_snail_addy'::regclass AND attname = 'postal';
DROP DOMAIN us_postal_code;
DROP TABLE us_snail_addy;
DROP DOMAIN us_postal_code;
DROP DOMAIN IF EXISTS us_postal_code;
