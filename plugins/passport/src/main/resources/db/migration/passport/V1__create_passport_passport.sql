-- One row per passport: its identity, who answers for it, and the head of its hash chain.
CREATE TABLE passport_passport (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  gtin VARCHAR(14) NOT NULL,
  batch_no VARCHAR(20) NOT NULL DEFAULT '',
  serial_no VARCHAR(20) NOT NULL DEFAULT '',
  granularity VARCHAR(8) NOT NULL,
  operator_org_id BIGINT NOT NULL,
  status VARCHAR(12) NOT NULL,
  status_note VARCHAR(500) NOT NULL DEFAULT '',
  current_version INT NOT NULL DEFAULT 0,
  latest_version INT NOT NULL DEFAULT 0,
  successor_id BIGINT NULL,
  chain_length INT NOT NULL DEFAULT 0,
  chain_head VARCHAR(64) NOT NULL DEFAULT '',
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL
)
