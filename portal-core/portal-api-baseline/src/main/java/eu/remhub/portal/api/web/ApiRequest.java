package eu.remhub.portal.api.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One call to a plugin endpoint.
 *
 * @param method the HTTP method
 * @param path the path below {@code /api/v1/}
 * @param pathVariables values of the template's variables
 * @param query query parameters
 * @param headers request headers, names in lower case
 * @param body the request body (at most the portal's configured size), empty when there is none
 * @param caller who is calling
 * @since 1.0.0
 */
public record ApiRequest(
    String method,
    String path,
    Map<String, String> pathVariables,
    Map<String, List<String>> query,
    Map<String, String> headers,
    byte[] body,
    ApiCaller caller) {

  /** Copies the collections. */
  public ApiRequest {
    pathVariables = Map.copyOf(pathVariables);
    query = Map.copyOf(query);
    headers = Map.copyOf(headers);
    body = body == null ? new byte[0] : body;
  }

  /**
   * A path variable.
   *
   * @param name the variable's name
   * @return its value
   */
  public String pathVariable(String name) {
    String value = pathVariables.get(name);
    if (value == null) {
      throw new IllegalArgumentException("no path variable " + name);
    }
    return value;
  }

  /**
   * The first value of a query parameter.
   *
   * @param name the parameter
   * @return the value, if given
   */
  public Optional<String> queryParameter(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * A header.
   *
   * @param name the header name, any case
   * @return the value, if given
   */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
  }

  /**
   * The body as UTF-8 text.
   *
   * @return the text
   */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
