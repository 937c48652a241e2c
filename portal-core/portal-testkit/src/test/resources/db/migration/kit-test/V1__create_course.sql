-- Courses of the test plugin "kit-test".
CREATE TABLE kit_test_course (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  title VARCHAR(200) NOT NULL,
  note VARCHAR(200) DEFAULT 'none; really'
);
