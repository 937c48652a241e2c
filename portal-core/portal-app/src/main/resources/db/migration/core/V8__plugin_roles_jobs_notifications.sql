-- Contract 1.1 in the core: plugin roles granted to people, plugin jobs (their lock across nodes
-- and their last run), in-portal notifications to people. Names start with plugin_ so that no
-- plugin's table prefix can reach them. Common subset of MySQL 8+/MariaDB 10.11+ and H2 (MySQL mode).

CREATE TABLE plugin_role_grant (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  plugin_id VARCHAR(64) NOT NULL,
  role_name VARCHAR(140) NOT NULL,
  person_id BIGINT NOT NULL,
  granted_at TIMESTAMP(3) NOT NULL,
  granted_by VARCHAR(254) NOT NULL,
  CONSTRAINT uq_plugin_role_grant UNIQUE (role_name, person_id),
  CONSTRAINT fk_plugin_role_grant_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_plugin_role_grant_person ON plugin_role_grant (person_id);
CREATE INDEX ix_plugin_role_grant_plugin ON plugin_role_grant (plugin_id);

-- ShedLock's table: one row per job, held until lock_until.
CREATE TABLE plugin_job_lock (
  name VARCHAR(200) NOT NULL PRIMARY KEY,
  lock_until TIMESTAMP(3) NOT NULL,
  locked_at TIMESTAMP(3) NOT NULL,
  locked_by VARCHAR(255) NOT NULL
);

CREATE TABLE plugin_job_run (
  plugin_id VARCHAR(64) NOT NULL,
  job_name VARCHAR(100) NOT NULL,
  started_at TIMESTAMP(3) NOT NULL,
  finished_at TIMESTAMP(3) NULL,
  outcome VARCHAR(16) NOT NULL,
  message TEXT,
  node VARCHAR(255) NOT NULL,
  PRIMARY KEY (plugin_id, job_name)
);

CREATE TABLE plugin_notification (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  person_id BIGINT NOT NULL,
  plugin_id VARCHAR(64) NOT NULL,
  title VARCHAR(300) NOT NULL,
  body TEXT NOT NULL,
  link VARCHAR(500) NOT NULL,
  created_at TIMESTAMP(3) NOT NULL,
  read_at TIMESTAMP(3) NULL,
  CONSTRAINT fk_plugin_notification_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_plugin_notification_person ON plugin_notification (person_id, read_at, created_at);
