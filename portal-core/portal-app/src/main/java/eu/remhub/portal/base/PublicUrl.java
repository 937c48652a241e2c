package eu.remhub.portal.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The address under which people reach the portal ({@code portal.public-url}), for links in mail
 * and QR codes. When it is not set, the portal links to itself on localhost at the port it listens
 * on, which is right for a first run on one's own machine and for tests.
 */
@Component
public class PublicUrl {

  private final String configured;
  private final Environment env;

  public PublicUrl(@Value("${portal.public-url:}") String configured, Environment env) {
    this.configured = configured == null ? "" : configured.strip().replaceAll("/+$", "");
    this.env = env;
  }

  /** The base URL without a trailing slash. */
  public String base() {
    if (!configured.isEmpty()) {
      return configured;
    }
    return "http://localhost:"
        + env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
  }

  /** An absolute link to a portal path such as {@code /verify-email?token=…}. */
  public String link(String path) {
    return base() + (path.startsWith("/") ? path : "/" + path);
  }
}
