-- pg_size_pretty: bytes below 10 kB, then kB/MB/GB/TB/PB half rounded
SELECT pg_size_pretty(0::bigint), pg_size_pretty(10239::bigint), pg_size_pretty(10240::bigint), pg_size_pretty(123456789::bigint);
SELECT pg_size_pretty(-20000::bigint), pg_size_pretty(10485760000000000::bigint), pg_size_pretty(9223372036854775807::bigint);
