-- timestamp without time zone prints ISO, drops zero fractions and ignores a zone in the input
SELECT '2024-01-02 03:04:05'::timestamp AS plain, '2024-01-02T03:04:05.120'::timestamp AS iso_t, '2024-01-02 03:04:05+05'::timestamp AS zone_ignored;
SELECT '2024-01-02 03:04:05.123456789'::timestamp AS rounded_micro, '2024-01-02 03:04:05.678'::timestamp(0) AS p0, '2024-01-02'::timestamp AS midnight;
SELECT 'infinity'::timestamp AS inf, '2024-01-02 03:04:05 BC'::timestamp AS bc;
SELECT '2024-01-02 25:00:00'::timestamp;
