-- VALUES works as a standalone query and as an aliased FROM item
VALUES (1, 'one'), (2, 'two');
SELECT * FROM (VALUES (1, 'one'), (2, 'two')) AS v(num, word) ORDER BY num DESC;
SELECT column1, column2 FROM (VALUES (3, true)) AS v;
