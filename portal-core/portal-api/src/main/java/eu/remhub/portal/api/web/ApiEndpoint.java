package eu.remhub.portal.api.web;

import eu.remhub.portal.api.Access;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
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
 * @since 1.0.0 (the typed {@link #of} and {@link #builder} and {@link #httpMethod()} since 1.1.0:
 *     prefer them to the constructor and its method string)
 */
public record ApiEndpoint(String method, String path, Access access, ApiHandler handler) {

  private static final Pattern PATH =
      Pattern.compile("[a-z0-9][a-z0-9._~-]*(/([a-z0-9._~-]+|\\{[a-zA-Z][a-zA-Z0-9]*\\}))*");

  /** Validates the endpoint. */
  public ApiEndpoint {
    method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(handler, "handler");
    if (!PATH.matcher(path).matches()) {
      throw new IllegalArgumentException(
          "API path must be relative, lower case, with {variables}: " + path);
    }
  }

  /**
   * An endpoint for a typed method.
   *
   * @param method the HTTP method
   * @param path the path template
   * @param access who may call it
   * @param handler answers the calls
   * @return the endpoint
   * @since 1.1.0
   */
  public static ApiEndpoint of(HttpMethod method, String path, Access access, ApiHandler handler) {
    return new ApiEndpoint(Objects.requireNonNull(method, "method").name(), path, access, handler);
  }

  /**
   * Starts an endpoint; the builder stays source-compatible when endpoints gain fields.
   *
   * @param method the HTTP method
   * @param path the path template
   * @return a builder that still needs the access rule and the handler
   * @since 1.1.0
   */
  public static Builder builder(HttpMethod method, String path) {
    return new Builder(method, path);
  }

  /**
   * The method as a constant.
   *
   * @return the method, or empty when a 1.0 plugin named one outside {@link HttpMethod}
   * @since 1.1.0
   */
  public Optional<HttpMethod> httpMethod() {
    return HttpMethod.parse(method);
  }

  /**
   * Collects the fields of an {@link ApiEndpoint}; {@link #build()} validates them as the
   * constructor does. Not thread-safe.
   *
   * @since 1.1.0
   */
  public static final class Builder {

    private final HttpMethod method;
    private final String path;
    private Access access;
    private ApiHandler handler;

    private Builder(HttpMethod method, String path) {
      this.method = Objects.requireNonNull(method, "method");
      this.path = path;
    }

    /**
     * Sets who may call the endpoint.
     *
     * @param access the rule
     * @return this builder
     */
    public Builder access(Access access) {
      this.access = access;
      return this;
    }

    /**
     * Sets what answers the calls.
     *
     * @param handler the handler
     * @return this builder
     */
    public Builder handler(ApiHandler handler) {
      this.handler = handler;
      return this;
    }

    /**
     * Builds the endpoint.
     *
     * @return the endpoint
     * @throws NullPointerException when the access rule or handler is missing
     * @throws IllegalArgumentException when the path is not a valid template
     */
    public ApiEndpoint build() {
      return of(method, path, access, handler);
    }
  }
}
