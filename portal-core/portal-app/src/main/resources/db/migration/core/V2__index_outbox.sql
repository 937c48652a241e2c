-- Every change to searchable data is written here in the same transaction as the change itself;
-- the indexer applies the entries to Lucene in id order and records the last applied id in the
-- index's commit data.
CREATE TABLE index_outbox (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  doc_type VARCHAR(40) NOT NULL,
  doc_id VARCHAR(100) NOT NULL,
  operation VARCHAR(8) NOT NULL,
  payload TEXT,
  created_at TIMESTAMP(3) NOT NULL
);
