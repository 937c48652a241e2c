package eu.remhub.plugin.passport.ui;

import com.vaadin.flow.server.VaadinRequest;
import eu.remhub.portal.api.PluginContext;

/**
 * Absolute URLs for passports, for QR codes and printed labels. The resolver's base comes from the
 * plugin setting {@value #BASE_URL_SETTING}, which staff set to the portal's public address; until
 * they do, the address of the current request is used.
 */
public final class PublicLinks {

  /** The plugin setting with the public base URL, such as {@code https://hub.example.eu}. */
  public static final String BASE_URL_SETTING = "public-base-url";

  private PublicLinks() {}

  /**
   * The base URL for links, without trailing slash.
   *
   * @param context the plugin context
   * @return the base, or empty when neither setting nor request tell it
   */
  public static String base(PluginContext context) {
    String configured = context.settings().get(BASE_URL_SETTING).orElse("").strip();
    if (!configured.isEmpty()) {
      return configured.endsWith("/")
          ? configured.substring(0, configured.length() - 1)
          : configured;
    }
    VaadinRequest request = VaadinRequest.getCurrent();
    String host = request == null ? null : request.getHeader("Host");
    if (host == null || host.isBlank()) {
      return "";
    }
    String forwarded = request.getHeader("X-Forwarded-Proto");
    String scheme =
        forwarded != null && !forwarded.isBlank()
            ? forwarded
            : request.isSecure() ? "https" : "http";
    return scheme + "://" + host + request.getContextPath();
  }

  /**
   * The full Digital Link URL of a passport.
   *
   * @param context the plugin context
   * @param digitalLinkPath the path, such as {@code /01/04012345000017/10/B7}
   * @return the URL
   */
  public static String digitalLink(PluginContext context, String digitalLinkPath) {
    return base(context) + digitalLinkPath;
  }
}
