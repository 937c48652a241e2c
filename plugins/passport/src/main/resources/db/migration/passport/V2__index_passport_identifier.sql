CREATE UNIQUE INDEX passport_passport_identifier ON passport_passport (gtin, batch_no, serial_no)
