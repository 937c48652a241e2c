-- Runs after V2: versions compare as numbers, not as text.
ALTER TABLE kit_test_course ADD COLUMN level VARCHAR(20) NOT NULL DEFAULT 'basic';
