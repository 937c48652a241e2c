-- Members and organisations: full organisation profiles with a visibility per field, approval,
-- verified email addresses, erasure, one-time tokens (email verification, password reset,
-- invitations) and organisation logos. Common subset of MySQL 8+/MariaDB 10.11+ and H2 (MySQL mode).

-- Lists are stored between commas (",MINING,RECYCLING,") so that one LIKE finds one value.
ALTER TABLE organisation ADD COLUMN segments VARCHAR(300) NOT NULL DEFAULT '';
ALTER TABLE organisation ADD COLUMN materials VARCHAR(300) NOT NULL DEFAULT '';
ALTER TABLE organisation ADD COLUMN vat_id VARCHAR(20) NOT NULL DEFAULT '';
ALTER TABLE organisation ADD COLUMN capabilities TEXT;
ALTER TABLE organisation ADD COLUMN rejection_reason TEXT;
ALTER TABLE organisation ADD COLUMN decided_at TIMESTAMP(3) NULL;
ALTER TABLE organisation ADD COLUMN decided_by VARCHAR(254) NULL;
ALTER TABLE organisation ADD COLUMN updated_at TIMESTAMP(3) NULL;
-- Who may see each field: PUBLIC, MEMBERS or PRIVATE (the organisation's own people and staff).
ALTER TABLE organisation ADD COLUMN vis_legal_name VARCHAR(8) NOT NULL DEFAULT 'PUBLIC';
ALTER TABLE organisation ADD COLUMN vis_country VARCHAR(8) NOT NULL DEFAULT 'PUBLIC';
ALTER TABLE organisation ADD COLUMN vis_city VARCHAR(8) NOT NULL DEFAULT 'PUBLIC';
ALTER TABLE organisation ADD COLUMN vis_vat_id VARCHAR(8) NOT NULL DEFAULT 'MEMBERS';
ALTER TABLE organisation ADD COLUMN vis_website VARCHAR(8) NOT NULL DEFAULT 'PUBLIC';
ALTER TABLE organisation ADD COLUMN vis_segments VARCHAR(8) NOT NULL DEFAULT 'PUBLIC';
ALTER TABLE organisation ADD COLUMN vis_materials VARCHAR(8) NOT NULL DEFAULT 'PUBLIC';
ALTER TABLE organisation ADD COLUMN vis_capabilities VARCHAR(8) NOT NULL DEFAULT 'MEMBERS';
ALTER TABLE organisation ADD COLUMN vis_description VARCHAR(8) NOT NULL DEFAULT 'PUBLIC';
ALTER TABLE organisation ADD COLUMN vis_logo VARCHAR(8) NOT NULL DEFAULT 'PUBLIC';
UPDATE organisation SET segments = CONCAT(',', segment, ',') WHERE segments = '';
CREATE INDEX ix_organisation_status ON organisation (status, short_name);

ALTER TABLE person ADD COLUMN email_verified BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE person ADD COLUMN erased_at TIMESTAMP(3) NULL;
UPDATE person SET email_verified = TRUE;

CREATE TABLE organisation_logo (
  organisation_id BIGINT PRIMARY KEY,
  content_type VARCHAR(40) NOT NULL,
  content MEDIUMBLOB NOT NULL,
  updated_at TIMESTAMP(3) NOT NULL,
  CONSTRAINT fk_organisation_logo_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

-- Only a SHA-256 of each token is kept; the token itself travels in one mail link.
CREATE TABLE member_token (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  token_hash CHAR(64) NOT NULL,
  purpose VARCHAR(16) NOT NULL,
  email VARCHAR(254) NOT NULL,
  person_id BIGINT NULL,
  organisation_id BIGINT NULL,
  as_admin BOOLEAN NOT NULL DEFAULT FALSE,
  created_by VARCHAR(254) NOT NULL,
  created_at TIMESTAMP(3) NOT NULL,
  expires_at TIMESTAMP(3) NOT NULL,
  used_at TIMESTAMP(3) NULL,
  CONSTRAINT uq_member_token_hash UNIQUE (token_hash)
);
CREATE INDEX ix_member_token_org ON member_token (organisation_id, purpose);
CREATE INDEX ix_member_token_person ON member_token (person_id);
