-- length, char_length, octet_length and bit_length count characters or bytes
SELECT length('hello') AS len, char_length('héllo') AS chars, octet_length('héllo') AS bytes, bit_length('ab') AS bits, length('') AS empty, length(NULL) AS null_len;
