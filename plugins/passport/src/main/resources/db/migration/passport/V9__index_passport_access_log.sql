CREATE INDEX passport_access_log_passport ON passport_access_log (passport_id, read_at)
