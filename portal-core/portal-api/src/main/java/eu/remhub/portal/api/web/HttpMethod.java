package eu.remhub.portal.api.web;

import java.util.Locale;
import java.util.Optional;

/**
 * The HTTP methods a plugin endpoint can answer, instead of a method name in a string.
 *
 * @since 1.1.0
 */
public enum HttpMethod {
  /** Reads a resource. */
  GET,
  /** Creates a resource or runs an action. */
  POST,
  /** Replaces a resource. */
  PUT,
  /** Removes a resource. */
  DELETE,
  /** Changes part of a resource. */
  PATCH;

  /**
   * The method of a name, in any case.
   *
   * @param name the name, such as {@code get}
   * @return the method, or empty for a name that is none of these
   */
  public static Optional<HttpMethod> parse(String name) {
    if (name == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
