-- Chain-of-custody events; each carries a hash chained to the entry before it.
CREATE TABLE passport_event (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  passport_id BIGINT NOT NULL,
  chain_seq INT NOT NULL,
  event_type VARCHAR(16) NOT NULL,
  occurred_at DATETIME(6) NOT NULL,
  country VARCHAR(2) NOT NULL DEFAULT '',
  place VARCHAR(200) NOT NULL DEFAULT '',
  actor VARCHAR(200) NOT NULL DEFAULT '',
  note TEXT NOT NULL,
  inputs TEXT NOT NULL,
  recorded_at DATETIME(6) NOT NULL,
  recorded_by BIGINT NOT NULL DEFAULT 0,
  prev_hash VARCHAR(64) NOT NULL,
  entry_hash VARCHAR(64) NOT NULL,
  CONSTRAINT passport_event_passport FOREIGN KEY (passport_id) REFERENCES passport_passport (id)
)
