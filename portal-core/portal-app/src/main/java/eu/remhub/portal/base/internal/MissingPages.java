package eu.remhub.portal.base.internal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Paths that name nothing answer 404 where a framework would answer something else: a direct
 * request for {@code /error} (Spring's error page, which without an error to show answered 500 with
 * "status 999"), and an actuator path that is not one of the exposed endpoints (which reached the
 * Vaadin servlet and answered the portal's page with 200).
 */
@Configuration(proxyBeanMethods = false)
class MissingPages {

  /** A request for {@code /error} itself, not the container's forward of an error to it. */
  @Bean
  FilterRegistrationBean<Filter> directErrorRequests() {
    Filter notFound =
        (request, response, chain) ->
            ((HttpServletResponse) response).sendError(HttpStatus.NOT_FOUND.value());
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(notFound);
    registration.addUrlPatterns("/error");
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.setName("directErrorRequests");
    return registration;
  }

  /**
   * Every actuator path that no endpoint answers; the exposed endpoints are mapped before it. Only
   * staff get here: the API chain refuses the others first.
   */
  @RestController
  static class UnknownActuatorEndpoints {

    @RequestMapping("/actuator/**")
    ResponseEntity<ProblemDetail> unknown(HttpServletRequest request) {
      ProblemDetail problem =
          ProblemDetail.forStatusAndDetail(
              HttpStatus.NOT_FOUND,
              "There is no endpoint at "
                  + request.getRequestURI()
                  + ": the portal exposes /actuator/health and /actuator/info.");
      problem.setTitle("Not found");
      return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }
  }
}
