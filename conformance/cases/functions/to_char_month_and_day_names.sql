-- month and day names, padded unless FM
SELECT to_char(date '2024-03-05', 'Month') AS month_padded, to_char(date '2024-03-05', 'FMMonth') AS month, to_char(date '2024-03-05', 'Mon') AS mon, to_char(date '2024-03-05', 'MONTH') AS upper_month, to_char(date '2024-03-05', 'Day') AS day_padded, to_char(date '2024-03-05', 'FMDay, DD Mon YYYY') AS long_form, to_char(date '2024-03-05', 'Dy') AS dy;
