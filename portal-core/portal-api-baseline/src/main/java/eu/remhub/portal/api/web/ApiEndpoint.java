package eu.remhub.portal.api.web;

import eu.remhub.portal.api.Access;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One HTTP endpoint of a plugin.
 *
 * <p>The path is relative to {@code /api/v1/} and may hold variables in braces, matched against one
 * path segment each: {@code passports/{id}/events}. The portal checks {@code access} before calling
 * the handler: visitors get 401, callers without access 403. For {@link Access.Kind#ENTITLEMENT}
 * the caller's organisation must hold the entitlement, whether the caller is a person or an API
 * token.
 *
 * @param method the HTTP method, upper case ({@code GET}, {@code POST}, {@code PUT}, {@code
 *     DELETE}, {@code PATCH})
 * @param path the path template
 * @param access who may call it
 * @param handler answers the calls
 * @since 1.0.0
 */
public record ApiEndpoint(String method, String path, Access access, ApiHandler handler) {

  private static final Pattern PATH = Pattern.compile("[a-z0-9][a-z0-9._~-]*(/([a-z0-9._~-]+|\\{[a-zA-Z][a-zA-Z0-9]*\\}))*");

  /** Validates the endpoint. */
  public ApiEndpoint {
    method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(handler, "handler");
    if (!PATH.matcher(path).matches()) {
      throw new IllegalArgumentException("API path must be relative, lower case, with {variables}: " + path);
    }
  }
}
