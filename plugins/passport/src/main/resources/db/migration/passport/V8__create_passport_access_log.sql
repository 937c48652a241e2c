-- Reads of restricted passport data, for the owner and authorities to see.
CREATE TABLE passport_access_log (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  passport_id BIGINT NOT NULL,
  person_id BIGINT NOT NULL DEFAULT 0,
  organisation_id BIGINT NOT NULL DEFAULT 0,
  tier VARCHAR(24) NOT NULL,
  channel VARCHAR(16) NOT NULL,
  read_at DATETIME(6) NOT NULL
)
