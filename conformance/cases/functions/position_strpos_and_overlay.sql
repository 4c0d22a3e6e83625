-- position and strpos return 1-based offsets or 0, overlay replaces a range
SELECT position('om' IN 'Thomas') AS pos, strpos('high', 'ig') AS strpos, position('z' IN 'abc') AS missing, position('' IN 'abc') AS empty_needle;
SELECT overlay('Txxxxas' PLACING 'hom' FROM 2 FOR 4) AS overlay;
