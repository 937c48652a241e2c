CREATE TABLE kit_test_enrolment (
  course_id BIGINT NOT NULL REFERENCES kit_test_course (id),
  person_id BIGINT NOT NULL,
  PRIMARY KEY (course_id, person_id)
);
