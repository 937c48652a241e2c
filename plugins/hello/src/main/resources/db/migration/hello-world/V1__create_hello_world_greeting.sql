-- One row per greeting in the guestbook. Every table of the plugin starts with its prefix, hello_world_.
CREATE TABLE hello_world_greeting (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  person_id BIGINT NOT NULL,
  author VARCHAR(200) NOT NULL,
  message VARCHAR(280) NOT NULL,
  created_at DATETIME(6) NOT NULL
)
