-- Membership plans and billing: who pays for which plan, in what state; the Stripe event log; the
-- invoices of both providers with their gap-free numbers. Common subset of MySQL 8+/MariaDB 10.11+
-- and H2 (MySQL mode). Times are DATETIME(3) in UTC, not TIMESTAMP: membership periods and invoice
-- due dates run past 2038, where MySQL's TIMESTAMP ends.

-- Where an organisation's invoices go and what they show; the Stripe customer, once there is one.
CREATE TABLE billing_account (
  organisation_id BIGINT PRIMARY KEY,
  billing_email VARCHAR(254) NOT NULL DEFAULT '',
  address_line1 VARCHAR(200) NOT NULL DEFAULT '',
  address_line2 VARCHAR(200) NOT NULL DEFAULT '',
  postal_code VARCHAR(20) NOT NULL DEFAULT '',
  city VARCHAR(100) NOT NULL DEFAULT '',
  country CHAR(2) NOT NULL DEFAULT '',
  vat_id VARCHAR(20) NOT NULL DEFAULT '',
  stripe_customer_id VARCHAR(255) NULL,
  updated_at DATETIME(3) NOT NULL,
  CONSTRAINT uq_billing_account_customer UNIQUE (stripe_customer_id),
  CONSTRAINT fk_billing_account_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);

-- One membership per organisation: the plan and the provider's status, mirrored. state_at is the
-- time of the newest snapshot applied (a Stripe event's creation or a fetch from Stripe), so that an
-- older snapshot arriving late changes nothing. entitled is the entitlement last announced by a
-- domain event; the policy decides it from status, past_due_since and the plan's grace days.
CREATE TABLE membership (
  organisation_id BIGINT PRIMARY KEY,
  plan_id VARCHAR(64) NOT NULL,
  billing_interval VARCHAR(8) NOT NULL,
  provider VARCHAR(16) NOT NULL,
  status VARCHAR(32) NOT NULL,
  stripe_subscription_id VARCHAR(255) NULL,
  current_period_start DATETIME(3) NULL,
  current_period_end DATETIME(3) NULL,
  cancel_at_period_end BOOLEAN NOT NULL DEFAULT FALSE,
  past_due_since DATETIME(3) NULL,
  state_at DATETIME(3) NOT NULL,
  entitled BOOLEAN NOT NULL DEFAULT FALSE,
  created_at DATETIME(3) NOT NULL,
  updated_at DATETIME(3) NOT NULL,
  -- manual invoicing: a plan change chosen by the admin, taking effect with the next renewal
  pending_plan_id VARCHAR(64) NULL,
  pending_interval VARCHAR(8) NULL,
  CONSTRAINT uq_membership_subscription UNIQUE (stripe_subscription_id),
  CONSTRAINT fk_membership_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_membership_period_end ON membership (current_period_end);

-- Every change of plan, status or entitlement, with the monthly recurring revenue it stands for:
-- the history behind the dashboard's chart.
CREATE TABLE membership_change (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  organisation_id BIGINT NOT NULL,
  at DATETIME(3) NOT NULL,
  plan_id VARCHAR(64) NOT NULL,
  status VARCHAR(32) NOT NULL,
  entitled BOOLEAN NOT NULL,
  mrr_cents BIGINT NOT NULL,
  cause VARCHAR(120) NOT NULL,
  CONSTRAINT fk_membership_change_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_membership_change_at ON membership_change (at);
CREATE INDEX ix_membership_change_org ON membership_change (organisation_id, at);

-- Stripe events, each stored once by its id with what became of it (duplicates are no-ops).
CREATE TABLE billing_event (
  event_id VARCHAR(255) PRIMARY KEY,
  type VARCHAR(100) NOT NULL,
  created_at DATETIME(3) NOT NULL,
  received_at DATETIME(3) NOT NULL,
  processed_at DATETIME(3) NULL,
  outcome VARCHAR(20) NOT NULL,
  attempts INT NOT NULL DEFAULT 1,
  organisation_id BIGINT NULL,
  object_id VARCHAR(255) NULL,
  detail VARCHAR(1000) NULL,
  payload MEDIUMTEXT NOT NULL
);
CREATE INDEX ix_billing_event_received ON billing_event (received_at);
CREATE INDEX ix_billing_event_outcome ON billing_event (outcome, received_at);

-- Invoices of both providers. Manual invoices carry a number from invoice_sequence, taken in the
-- transaction that issues them (so a rolled-back issue leaves no gap); Stripe invoices are mirrored
-- with Stripe's number and links.
CREATE TABLE invoice (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  organisation_id BIGINT NOT NULL,
  provider VARCHAR(16) NOT NULL,
  number VARCHAR(40) NULL,
  stripe_invoice_id VARCHAR(255) NULL,
  plan_id VARCHAR(64) NOT NULL,
  billing_interval VARCHAR(8) NOT NULL,
  period_start DATETIME(3) NULL,
  period_end DATETIME(3) NULL,
  currency CHAR(3) NOT NULL,
  net_cents BIGINT NOT NULL,
  vat_rate_bp INT NOT NULL DEFAULT 0,
  vat_cents BIGINT NOT NULL DEFAULT 0,
  total_cents BIGINT NOT NULL,
  status VARCHAR(20) NOT NULL,
  reverse_charge BOOLEAN NOT NULL DEFAULT FALSE,
  buyer_name VARCHAR(200) NOT NULL DEFAULT '',
  buyer_address TEXT,
  buyer_country CHAR(2) NOT NULL DEFAULT '',
  buyer_vat_id VARCHAR(20) NOT NULL DEFAULT '',
  issued_at DATETIME(3) NOT NULL,
  due_at DATETIME(3) NULL,
  paid_at DATETIME(3) NULL,
  paid_reference VARCHAR(200) NULL,
  attempt_count INT NOT NULL DEFAULT 0,
  hosted_url VARCHAR(1000) NULL,
  pdf_url VARCHAR(1000) NULL,
  state_at DATETIME(3) NOT NULL,
  CONSTRAINT uq_invoice_number UNIQUE (provider, number),
  CONSTRAINT uq_invoice_stripe UNIQUE (stripe_invoice_id),
  CONSTRAINT fk_invoice_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_invoice_org ON invoice (organisation_id, issued_at);
CREATE INDEX ix_invoice_status ON invoice (status, due_at);

-- The next manual invoice number per series (one series per year).
CREATE TABLE invoice_sequence (
  series VARCHAR(20) PRIMARY KEY,
  next_value BIGINT NOT NULL
);

-- Notices sent because of a Stripe event (e.g. "payment failed" per invoice and attempt), each once
-- by its key, inserted in the transaction that handles the event: a redelivered or second event for
-- the same failure mails nobody twice.
CREATE TABLE billing_notice (
  notice_key VARCHAR(255) PRIMARY KEY,
  organisation_id BIGINT NOT NULL,
  sent_at DATETIME(3) NOT NULL
);
