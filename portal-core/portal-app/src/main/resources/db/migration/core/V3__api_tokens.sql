-- API tokens of organisations, for machine access to plugin endpoints (passports, ...).
-- Only a SHA-256 of each token is kept; the token itself is shown once, when it is created.
CREATE TABLE api_token (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  organisation_id BIGINT NOT NULL,
  name VARCHAR(100) NOT NULL,
  token_hash CHAR(64) NOT NULL,
  token_hint VARCHAR(16) NOT NULL,
  created_by VARCHAR(254) NOT NULL,
  created_at TIMESTAMP(3) NOT NULL,
  last_used_at TIMESTAMP(3) NULL,
  revoked_at TIMESTAMP(3) NULL,
  CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
  CONSTRAINT fk_api_token_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
