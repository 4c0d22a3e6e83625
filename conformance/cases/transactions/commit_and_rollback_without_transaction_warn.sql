-- COMMIT or ROLLBACK with no transaction in progress only warns (25P01)
COMMIT;
ROLLBACK;
END;
SELECT 1 AS still_idle;
