CREATE UNIQUE INDEX passport_version_number ON passport_version (passport_id, version_no)
