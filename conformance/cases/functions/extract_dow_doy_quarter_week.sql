-- day of week, day of year, quarter, ISO week and ISO day of week
SELECT extract(dow FROM date '2024-07-14') AS dow, extract(isodow FROM date '2024-07-14') AS isodow, extract(doy FROM date '2024-07-14') AS doy, extract(quarter FROM date '2024-07-14') AS q, extract(week FROM date '2024-07-14') AS w;
