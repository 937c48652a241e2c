package eu.remhub.portal.member;

import com.vaadin.flow.i18n.I18NProvider;
import eu.remhub.portal.base.InvalidInputException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Answers the member API's errors as RFC 9457 problem details: 400 with one entry per refused
 * parameter or field, 403, 404 and 413.
 */
@RestControllerAdvice(assignableTypes = OrganisationApiController.class)
class OrganisationApiProblems {

  static final URI INVALID = URI.create("https://remhub.example/problems/invalid-input");

  private final I18NProvider i18n;

  OrganisationApiProblems(I18NProvider i18n) {
    this.i18n = i18n;
  }

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
    List<Map<String, String>> errors =
        e.problems().stream()
            .map(
                p ->
                    Map.of(
                        "field",
                        p.field(),
                        "message",
                        i18n.getTranslation(p.key(), Locale.ENGLISH, p.args())))
            .toList();
    return badRequest(errors);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
    return badRequest(
        List.of(
            Map.of("field", e.getName(), "message", "Not a valid value: '" + e.getValue() + "'.")));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e) {
    return badRequest(
        List.of(Map.of("field", e.getParameterName(), "message", "This parameter is required.")));
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
    return problem(
        HttpStatus.FORBIDDEN, "You may not change this organisation: " + e.getMessage() + ".");
  }

  @ExceptionHandler(OrganisationApiController.TooLargeException.class)
  ResponseEntity<ProblemDetail> tooLarge(OrganisationApiController.TooLargeException e) {
    return problem(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
  }

  static ResponseEntity<?> notFound(String detail) {
    return problem(HttpStatus.NOT_FOUND, detail);
  }

  private static ResponseEntity<ProblemDetail> badRequest(List<Map<String, String>> errors) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            errors.size() == 1
                ? errors.get(0).get("message")
                : errors.size() + " fields are not valid; see errors.");
    problem.setType(INVALID);
    problem.setTitle("Invalid input");
    problem.setProperty("errors", errors);
    return ResponseEntity.badRequest()
        .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
    return ResponseEntity.status(status)
        .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
        .body(ProblemDetail.forStatusAndDetail(status, detail));
  }
}
