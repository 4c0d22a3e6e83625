-- power, sqrt, exp, ln and log on numeric and float arguments
SELECT power(2, 10) AS p, power(2.0, 0.5) AS pn, sqrt(2) AS s, sqrt(16.0) AS sn;
SELECT exp(1.0) AS e, ln(2.0) AS l, log(100) AS lg, log(2, 8) AS lg2, pi() AS pi;
SELECT sqrt(-1);
SELECT ln(0);
