-- an unknown function is named with its argument types
SELECT nosuch(1, 'a');
SELECT nosuch(1.5);
SELECT nosuch(true, 2::bigint);
