package eu.remhub.portal.api.web;

/**
 * Answers calls to one {@link ApiEndpoint}.
 *
 * <p>An exception thrown here becomes a 500 problem response whose detail does not reveal the
 * exception; throw {@link ApiException} to answer with a chosen status and message instead.
 *
 * @since 1.0.0
 */
@FunctionalInterface
public interface ApiHandler {

  /**
   * Handles one call.
   *
   * @param request the call
   * @return the answer
   * @throws Exception when the call cannot be answered
   */
  ApiResponse handle(ApiRequest request) throws Exception;
}
