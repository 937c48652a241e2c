package eu.remhub.portal.member;

import eu.remhub.portal.base.InvalidInputException;
import eu.remhub.portal.base.InvalidInputException.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects refused fields while a service checks its input; throws them all at once. */
final class Problems {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
  private final List<Problem> problems = new ArrayList<>();

  void add(String field, String key, Object... args) {
    problems.add(new Problem(field, key, args));
  }

  boolean has(String field) {
    return problems.stream().anyMatch(p -> p.field().equals(field));
  }

  /** Checks a text: required or not, and its length. Returns it stripped ("" for null). */
  String text(String field, String value, boolean required, int max) {
    String clean = value == null ? "" : value.strip();
    if (required && clean.isEmpty()) {
      add(field, "error.required");
    } else if (clean.length() > max) {
      add(field, "error.too-long", max);
    }
    return clean;
  }

  String email(String field, String value) {
    String clean = text(field, value, true, 254).toLowerCase(java.util.Locale.ROOT);
    if (!has(field) && !EMAIL.matcher(clean).matches()) {
      add(field, "error.email");
    }
    return clean;
  }

  /** A new password: 10 to 64 characters and at most 72 bytes, the most bcrypt reads. */
  void password(String field, String value) {
    if (value == null || value.length() < 10) {
      add(field, "error.password.short", 10);
    } else if (value.length() > 64
        || value.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72) {
      add(field, "error.password.long", 64);
    }
  }

  void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
