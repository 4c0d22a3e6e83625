-- array_remove drops every equal element; array_position finds the first
SELECT array_remove(ARRAY[1, 2, 3, 2], 2) AS rem, array_position(ARRAY['x', 'y', 'z'], 'z') AS pos, array_position(ARRAY['x'], 'q') AS missing;
