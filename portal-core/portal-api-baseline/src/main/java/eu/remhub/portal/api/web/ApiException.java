package eu.remhub.portal.api.web;

/**
 * Ends a call with a problem response (RFC 9457) of the given status; the message becomes the
 * problem's detail and is shown to the caller, so it must say what was wrong with the request.
 *
 * @since 1.0.0
 */
public class ApiException extends RuntimeException {

  private final int status;

  /**
   * Creates the exception.
   *
   * @param status the HTTP status, 4xx for the caller's mistakes
   * @param detail what was wrong, for the caller
   */
  public ApiException(int status, String detail) {
    super(detail);
    this.status = status;
  }

  /**
   * The HTTP status.
   *
   * @return the status
   */
  public int status() {
    return status;
  }
}
