-- ascii, chr, md5 and to_hex produce fixed outputs
SELECT ascii('A') AS a, chr(66) AS b, md5('abc') AS md5_abc, md5('') AS md5_empty, to_hex(255) AS hex, to_hex(-1) AS hex_neg;
SELECT quote_ident('My Col') AS qi, quote_literal('it''s') AS ql, quote_nullable(NULL) AS qn;
SELECT starts_with('alphabet', 'alph') AS sw;
