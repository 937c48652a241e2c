package eu.remhub.portal.plugin;

import eu.remhub.portal.api.extension.ApiContributor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /v3/api-docs}: one OpenAPI 3.1 document for the whole API, open to anyone. The core's
 * own descriptions (the search and the member directory, also served on their own) come first; then
 * the descriptions of the enabled plugins' endpoints under {@code /api/v1}, each read under the
 * plugin guard, so that a plugin whose description is refused is left out and the reason becomes
 * its last error. Disabled plugins are not described, as their endpoints answer 404.
 */
@RestController
class OpenApiController {

  static final List<String> CORE_PARTS = List.of("openapi/search.yaml", "openapi/members.json");

  private final PluginService plugins;

  OpenApiController(PluginService plugins) {
    this.plugins = plugins;
  }

  @GetMapping(value = "/v3/api-docs", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> apiDocs() {
    OpenApiDocument document =
        new OpenApiDocument(
            "REMHub API",
            "1.0.0",
            "The REMHub portal's HTTP API: search, the member directory and the endpoints of the"
                + " enabled plugins under /api/v1.");
    for (String part : CORE_PARTS) {
      document.addCore(read(part));
    }
    plugins
        .extensions(ApiContributor.class)
        .forEach(
            (pluginId, contributors) -> {
              for (ApiContributor contributor : contributors) {
                plugins.guarded(
                    pluginId,
                    "OpenAPI description " + contributor.id(),
                    () -> {
                      document.addPlugin(pluginId, contributor.openApi());
                      return null;
                    },
                    null);
              }
            });
    return document.tree();
  }

  private static String read(String resource) {
    try (InputStream in = new ClassPathResource(resource).getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
