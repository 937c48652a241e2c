package eu.remhub.portal.plugin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * One OpenAPI document put together from parts: the core's own descriptions first, then each
 * plugin's {@code ApiContributor.openApi()} fragment, whose paths are relative to {@code /api/v1}
 * and whose component names start with the plugin's id. A fragment is taken whole or not at all:
 * one that is not a YAML or JSON object, describes a path that is already described, or names a
 * component without its plugin's prefix or twice is refused with the reason in words. Not
 * thread-safe; build one per answer.
 */
final class OpenApiDocument {

  /** Where plugin endpoints live, see {@code ApiContributor}. */
  static final String PLUGIN_BASE = "/api/v1";

  private static final Pattern COMPONENT_NAME = Pattern.compile("[A-Za-z0-9._-]+");

  private final Map<String, Object> document = new LinkedHashMap<>();
  private final Map<String, Object> paths = new LinkedHashMap<>();
  private final Map<String, Map<String, Object>> components = new LinkedHashMap<>();
  private final List<Object> tags = new ArrayList<>();

  /**
   * Starts a document.
   *
   * @param title the title of the whole API
   * @param version its version
   * @param description what it is
   */
  OpenApiDocument(String title, String version, String description) {
    document.put("openapi", "3.1.0");
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("title", title);
    info.put("version", version);
    info.put("description", description);
    document.put("info", info);
    document.put("servers", List.of(Map.of("url", "/")));
  }

  /**
   * Adds one of the core's own descriptions, whose paths are absolute. A component the core
   * describes twice keeps its first description.
   *
   * @param text the YAML or JSON document
   */
  void addCore(String text) {
    Map<String, Object> part = parse(text, "the portal");
    mapOf(part.get("paths"), "paths", "the portal").forEach(paths::putIfAbsent);
    mapOf(part.get("components"), "components", "the portal")
        .forEach(
            (section, entries) ->
                mapOf(entries, "components." + section, "the portal")
                    .forEach(
                        (name, value) ->
                            components
                                .computeIfAbsent(section, k -> new LinkedHashMap<>())
                                .putIfAbsent(name, value)));
    addTags(part);
  }

  /**
   * Adds a plugin's fragment, or nothing when it is refused.
   *
   * @param pluginId the plugin
   * @param text its fragment; blank for none
   * @throws IllegalArgumentException with the reason, when the fragment is refused
   */
  void addPlugin(String pluginId, String text) {
    if (text == null || text.isBlank()) {
      return;
    }
    String who = "plugin " + pluginId;
    Map<String, Object> part = parse(text, who);
    Map<String, Object> newPaths = new LinkedHashMap<>();
    mapOf(part.get("paths"), "paths", who)
        .forEach(
            (path, item) -> {
              if (!path.startsWith("/")) {
                throw new IllegalArgumentException(
                    "The OpenAPI description of "
                        + who
                        + " has the path '"
                        + path
                        + "', which does not start with '/' (paths are relative to "
                        + PLUGIN_BASE
                        + "/)");
              }
              String full = PLUGIN_BASE + path;
              if (paths.containsKey(full) || newPaths.containsKey(full)) {
                throw new IllegalArgumentException(
                    "The OpenAPI description of "
                        + who
                        + " describes "
                        + full
                        + ", which is described already");
              }
              newPaths.put(full, item);
            });
    Map<String, Map<String, Object>> newComponents = new LinkedHashMap<>();
    mapOf(part.get("components"), "components", who)
        .forEach(
            (section, entries) ->
                mapOf(entries, "components." + section, who)
                    .forEach(
                        (name, value) -> {
                          checkComponentName(pluginId, who, section, name);
                          if (components.getOrDefault(section, Map.of()).containsKey(name)) {
                            throw new IllegalArgumentException(
                                "The OpenAPI description of "
                                    + who
                                    + " names the component "
                                    + section
                                    + "."
                                    + name
                                    + ", which is described already");
                          }
                          newComponents
                              .computeIfAbsent(section, k -> new LinkedHashMap<>())
                              .put(name, value);
                        }));
    paths.putAll(newPaths);
    newComponents.forEach(
        (section, entries) ->
            components.computeIfAbsent(section, k -> new LinkedHashMap<>()).putAll(entries));
    addTags(part);
  }

  /**
   * The document as a tree of maps and lists, ready to be written as JSON.
   *
   * @return the document
   */
  Map<String, Object> tree() {
    Map<String, Object> out = new LinkedHashMap<>(document);
    if (!tags.isEmpty()) {
      out.put("tags", List.copyOf(tags));
    }
    out.put("paths", new LinkedHashMap<>(paths));
    out.put("components", new LinkedHashMap<>(components));
    return out;
  }

  private void addTags(Map<String, Object> part) {
    if (!(part.get("tags") instanceof List<?> list)) {
      return;
    }
    for (Object tag : list) {
      Object name = tag instanceof Map<?, ?> m ? m.get("name") : null;
      boolean known =
          tags.stream()
              .anyMatch(t -> t instanceof Map<?, ?> m && Objects.equals(m.get("name"), name));
      if (name != null && !known) {
        tags.add(tag);
      }
    }
  }

  private static void checkComponentName(String pluginId, String who, String section, String name) {
    if (!COMPONENT_NAME.matcher(name).matches() || !name.startsWith(pluginId)) {
      throw new IllegalArgumentException(
          "The OpenAPI description of "
              + who
              + " names the component "
              + section
              + "."
              + name
              + ", which does not start with the plugin id (for example '"
              + pluginId
              + "."
              + name
              + "')");
    }
  }

  private static Map<String, Object> parse(String text, String who) {
    Object tree;
    try {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      options.setCodePointLimit(5 * 1024 * 1024);
      tree = new Yaml(new SafeConstructor(options)).load(text);
    } catch (YAMLException e) {
      throw new IllegalArgumentException(
          "The OpenAPI description of " + who + " is not valid YAML or JSON: " + firstLine(e), e);
    }
    return mapOf(tree, "document", who);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> mapOf(Object value, String what, String who) {
    if (value == null) {
      return Map.of();
    }
    if (!(value instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException(
          "The OpenAPI description of " + who + " has a " + what + " that is not an object");
    }
    for (Object key : map.keySet()) {
      if (!(key instanceof String)) {
        throw new IllegalArgumentException(
            "The OpenAPI description of "
                + who
                + " has a "
                + what
                + " key that is not a text: "
                + key);
      }
    }
    return (Map<String, Object>) map;
  }

  private static String firstLine(Exception e) {
    String message = String.valueOf(e.getMessage()).strip();
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
