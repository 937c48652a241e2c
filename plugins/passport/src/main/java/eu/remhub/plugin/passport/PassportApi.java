package eu.remhub.plugin.passport;

import eu.remhub.plugin.passport.api.PassportEndpoints;
import eu.remhub.portal.api.PluginContext;
import eu.remhub.portal.api.extension.ApiContributor;
import eu.remhub.portal.api.web.ApiEndpoint;
import java.util.List;
import org.pf4j.Extension;

/** The passport REST endpoints under {@code /api/v1/passports}. */
@Extension
public class PassportApi implements ApiContributor {

  private final PluginContext context;

  /**
   * Creates the contributor.
   *
   * @param context the plugin context
   */
  public PassportApi(PluginContext context) {
    this.context = context;
  }

  @Override
  public String id() {
    return "passport-api";
  }

  @Override
  public List<ApiEndpoint> endpoints() {
    return new PassportEndpoints(context).endpoints();
  }
}
