-- upper, lower and initcap change ASCII letter case
SELECT upper('Hello World 1') AS up, lower('Hello World 1') AS low, initcap('hello wORLD foo-bar') AS initcap;
