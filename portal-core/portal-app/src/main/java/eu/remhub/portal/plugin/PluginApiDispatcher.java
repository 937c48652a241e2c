package eu.remhub.portal.plugin;

import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.api.extension.ApiContributor;
import eu.remhub.portal.api.web.ApiCaller;
import eu.remhub.portal.api.web.ApiEndpoint;
import eu.remhub.portal.api.web.ApiException;
import eu.remhub.portal.api.web.ApiRequest;
import eu.remhub.portal.api.web.ApiResponse;
import eu.remhub.portal.security.AccessPolicy;
import eu.remhub.portal.security.PortalUserDetails;
import eu.remhub.portal.security.TokenOwner;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the endpoints that enabled plugins contribute under {@code /api/v1/}: finds the endpoint,
 * checks its {@link eu.remhub.portal.api.Access} for the caller, and calls the plugin's handler
 * through the runtime's guard. Problems are answered as RFC 9457 problem details.
 */
@RestController
class PluginApiDispatcher {

  private static final int MAX_BODY = 5 * 1024 * 1024;
  private static final String PREFIX = "/api/v1/";

  private final PluginService plugins;
  private final AccessPolicy accessPolicy;

  PluginApiDispatcher(PluginService plugins, AccessPolicy accessPolicy) {
    this.plugins = plugins;
    this.accessPolicy = accessPolicy;
  }

  @RequestMapping("/api/v1/**")
  ResponseEntity<?> dispatch(HttpServletRequest request) throws IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith(PREFIX)) {
      return problem(HttpStatus.NOT_FOUND, "No such endpoint.");
    }
    path = path.substring(PREFIX.length());
    String method = request.getMethod().toUpperCase(Locale.ROOT);
    boolean pathKnown = false;
    String bestPlugin = null;
    ApiEndpoint best = null;
    Map<String, String> bestVariables = null;
    for (var entry : plugins.extensions(ApiContributor.class).entrySet()) {
      String pluginId = entry.getKey();
      for (ApiContributor contributor : entry.getValue()) {
        List<ApiEndpoint> endpoints =
            plugins
                .calls()
                .call(pluginId, contributor, "API endpoints", contributor::endpoints, List.of());
        for (ApiEndpoint endpoint : endpoints) {
          Map<String, String> variables = match(endpoint.path(), path);
          if (variables == null) {
            continue;
          }
          pathKnown = true;
          // A literal segment beats a variable: passports/schema before passports/{id}.
          if (endpoint.method().equals(method)
              && (best == null || variables.size() < bestVariables.size())) {
            bestPlugin = pluginId;
            best = endpoint;
            bestVariables = variables;
          }
        }
      }
    }
    if (best != null) {
      return call(bestPlugin, best, request, path, bestVariables);
    }
    return pathKnown
        ? problem(HttpStatus.METHOD_NOT_ALLOWED, method + " is not supported here.")
        : problem(HttpStatus.NOT_FOUND, "No such endpoint.");
  }

  private ResponseEntity<?> call(
      String pluginId,
      ApiEndpoint endpoint,
      HttpServletRequest request,
      String path,
      Map<String, String> variables)
      throws IOException {
    ApiCaller caller = caller();
    if (!accessPolicy.admits(endpoint.access(), caller)) {
      return caller.anonymous()
          ? problem(HttpStatus.UNAUTHORIZED, "Sign in or present an API token.")
          : problem(HttpStatus.FORBIDDEN, "You may not call this endpoint.");
    }
    byte[] body;
    try (InputStream in = request.getInputStream()) {
      body = in.readNBytes(MAX_BODY + 1);
    }
    if (body.length > MAX_BODY) {
      return problem(HttpStatus.CONTENT_TOO_LARGE, "The request body is larger than 5 MiB.");
    }
    Map<String, String> headers = new HashMap<>();
    for (String name : Collections.list(request.getHeaderNames())) {
      if (!name.equalsIgnoreCase("authorization") && !name.equalsIgnoreCase("cookie")) {
        headers.put(name.toLowerCase(Locale.ROOT), request.getHeader(name));
      }
    }
    Map<String, List<String>> query = new LinkedHashMap<>();
    request.getParameterMap().forEach((k, v) -> query.put(k, List.of(v)));
    ApiRequest apiRequest =
        new ApiRequest(endpoint.method(), path, variables, query, headers, body, caller);
    try {
      ApiResponse response = endpoint.handler().handle(apiRequest);
      var builder =
          ResponseEntity.status(response.status())
              .contentType(MediaType.parseMediaType(response.contentType()));
      response.headers().forEach(builder::header);
      return builder.body(response.body());
    } catch (ApiException e) {
      return problem(HttpStatus.valueOf(e.status()), e.getMessage());
    } catch (Throwable e) {
      // An ApiException is the plugin's answer; anything else is its failure, recorded by the
      // guard.
      plugins
          .calls()
          .failed(
              pluginId, "API " + endpoint.method() + " " + endpoint.path() + " (" + path + ")", e);
      return problem(
          HttpStatus.INTERNAL_SERVER_ERROR,
          "The " + pluginId + " plugin could not answer; the error is logged.");
    }
  }

  private static ApiCaller caller() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof PortalUserDetails details) {
      Optional<CurrentUser> user = Optional.of(details.user());
      return new ApiCaller(user, 0, "");
    }
    if (auth != null && auth.getPrincipal() instanceof TokenOwner owner) {
      return new ApiCaller(Optional.empty(), owner.organisationId(), owner.name());
    }
    return new ApiCaller(Optional.empty(), 0, "");
  }

  /** The template's variables when {@code path} matches it, else null. */
  static Map<String, String> match(String template, String path) {
    String[] t = template.split("/");
    String[] p = path.split("/", -1);
    if (t.length != p.length) {
      return null;
    }
    Map<String, String> variables = new HashMap<>();
    for (int i = 0; i < t.length; i++) {
      if (t[i].startsWith("{") && t[i].endsWith("}")) {
        if (p[i].isEmpty()) {
          return null;
        }
        variables.put(
            t[i].substring(1, t[i].length() - 1),
            java.net.URLDecoder.decode(p[i], java.nio.charset.StandardCharsets.UTF_8));
      } else if (!t[i].equals(p[i])) {
        return null;
      }
    }
    return variables;
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(ProblemDetail.forStatusAndDetail(status, detail));
  }
}
