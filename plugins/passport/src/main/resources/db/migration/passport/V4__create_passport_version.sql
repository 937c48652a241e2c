-- Every version of a passport's content. Drafts change in place; a published version's document
-- never changes, and its hash links it into the passport's chain.
CREATE TABLE passport_version (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  passport_id BIGINT NOT NULL,
  version_no INT NOT NULL,
  status VARCHAR(12) NOT NULL,
  document MEDIUMTEXT NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by BIGINT NOT NULL DEFAULT 0,
  published_at DATETIME(6) NULL,
  chain_seq INT NULL,
  prev_hash VARCHAR(64) NULL,
  entry_hash VARCHAR(64) NULL,
  CONSTRAINT passport_version_passport FOREIGN KEY (passport_id) REFERENCES passport_passport (id)
)
