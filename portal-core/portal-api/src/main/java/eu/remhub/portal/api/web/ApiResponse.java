package eu.remhub.portal.api.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The answer to a call.
 *
 * @param status the HTTP status
 * @param contentType the body's media type
 * @param body the body
 * @param headers further headers
 * @since 1.0.0
 */
public record ApiResponse(
    int status, String contentType, byte[] body, Map<String, String> headers) {

  /** Copies the headers. */
  public ApiResponse {
    body = body == null ? new byte[0] : body;
    headers = headers == null ? Map.of() : Map.copyOf(headers);
  }

  /**
   * A JSON answer.
   *
   * @param status the HTTP status
   * @param json the JSON text
   * @return the response
   */
  public static ApiResponse json(int status, String json) {
    return new ApiResponse(
        status, "application/json", json.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  /**
   * A 200 JSON answer.
   *
   * @param json the JSON text
   * @return the response
   */
  public static ApiResponse ok(String json) {
    return json(200, json);
  }

  /**
   * An answer without a body.
   *
   * @param status the HTTP status, such as 204
   * @return the response
   */
  public static ApiResponse empty(int status) {
    return new ApiResponse(status, "text/plain", new byte[0], Map.of());
  }
}
