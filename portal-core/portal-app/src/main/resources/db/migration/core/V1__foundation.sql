-- Core schema: organisations, people, plugins, audit log, mail outbox.
-- Runs on MySQL 8+/MariaDB 10.11+ and on H2 in MySQL mode: keep to the common subset.

CREATE TABLE organisation (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  legal_name VARCHAR(200) NOT NULL,
  short_name VARCHAR(80) NOT NULL,
  country CHAR(2) NOT NULL,
  city VARCHAR(100) NOT NULL DEFAULT '',
  segment VARCHAR(40) NOT NULL,
  website VARCHAR(300) NOT NULL DEFAULT '',
  description TEXT,
  status VARCHAR(16) NOT NULL,
  created_at TIMESTAMP(3) NOT NULL,
  CONSTRAINT uq_organisation_legal_name UNIQUE (legal_name)
);

CREATE TABLE organisation_entitlement (
  organisation_id BIGINT NOT NULL,
  entitlement VARCHAR(100) NOT NULL,
  PRIMARY KEY (organisation_id, entitlement),
  CONSTRAINT fk_org_entitlement_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE TABLE person (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  email VARCHAR(254) NOT NULL,
  password_hash VARCHAR(200) NOT NULL,
  display_name VARCHAR(120) NOT NULL,
  organisation_id BIGINT NULL,
  roles VARCHAR(300) NOT NULL,
  enabled BOOLEAN NOT NULL,
  locale VARCHAR(10) NOT NULL DEFAULT 'en',
  created_at TIMESTAMP(3) NOT NULL,
  CONSTRAINT uq_person_email UNIQUE (email),
  CONSTRAINT fk_person_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

CREATE TABLE plugin_registry (
  plugin_id VARCHAR(64) PRIMARY KEY,
  version VARCHAR(40) NOT NULL,
  file_name VARCHAR(200) NOT NULL,
  sha256 CHAR(64) NOT NULL,
  enabled BOOLEAN NOT NULL,
  source VARCHAR(16) NOT NULL,
  installed_at TIMESTAMP(3) NOT NULL,
  installed_by VARCHAR(254) NOT NULL,
  updated_at TIMESTAMP(3) NOT NULL
);

CREATE TABLE plugin_setting (
  plugin_id VARCHAR(64) NOT NULL,
  setting_key VARCHAR(100) NOT NULL,
  setting_value TEXT,
  PRIMARY KEY (plugin_id, setting_key)
);

CREATE TABLE audit_log (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  at TIMESTAMP(3) NOT NULL,
  actor VARCHAR(254) NOT NULL,
  plugin_id VARCHAR(64) NULL,
  action VARCHAR(100) NOT NULL,
  target VARCHAR(200) NOT NULL,
  detail TEXT
);
CREATE INDEX ix_audit_log_at ON audit_log (at);

CREATE TABLE mail_outbox (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  created_at TIMESTAMP(3) NOT NULL,
  recipient VARCHAR(254) NOT NULL,
  subject VARCHAR(300) NOT NULL,
  body TEXT NOT NULL,
  status VARCHAR(16) NOT NULL,
  sent_at TIMESTAMP(3) NULL,
  error TEXT
);
