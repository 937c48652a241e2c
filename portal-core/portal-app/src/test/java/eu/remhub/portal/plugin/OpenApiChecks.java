package eu.remhub.portal.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads an OpenAPI document back and checks that it holds together. */
final class OpenApiChecks {

  private OpenApiChecks() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> parse(String text) {
    return (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
  }

  @SuppressWarnings("unchecked")
  static Set<String> paths(Map<String, Object> doc) {
    return ((Map<String, Object>) doc.get("paths")).keySet();
  }

  @SuppressWarnings("unchecked")
  static Set<String> schemas(Map<String, Object> doc) {
    Map<String, Object> components = (Map<String, Object>) doc.get("components");
    return ((Map<String, Object>) components.getOrDefault("schemas", Map.of())).keySet();
  }

  /** Every {@code $ref} to {@code #/...} that does not name a part of the document. */
  static List<String> unresolvedReferences(Map<String, Object> doc) {
    List<String> refs = new ArrayList<>();
    collect(doc, "$ref", refs);
    return refs.stream().filter(ref -> !resolves(doc, ref)).toList();
  }

  static List<String> operationIds(Map<String, Object> doc) {
    List<String> ids = new ArrayList<>();
    collect(doc.get("paths"), "operationId", ids);
    return ids;
  }

  private static void collect(Object node, String key, List<String> found) {
    if (node instanceof Map<?, ?> map) {
      map.forEach(
          (k, v) -> {
            if (key.equals(k) && v instanceof String s) {
              found.add(s);
            } else {
              collect(v, key, found);
            }
          });
    } else if (node instanceof List<?> list) {
      list.forEach(item -> collect(item, key, found));
    }
  }

  private static boolean resolves(Map<String, Object> doc, String ref) {
    if (!ref.startsWith("#/")) {
      return false;
    }
    Object node = doc;
    for (String part : ref.substring(2).split("/")) {
      String name = part.replace("~1", "/").replace("~0", "~");
      if (!(node instanceof Map<?, ?> map) || !map.containsKey(name)) {
        return false;
      }
      node = map.get(name);
    }
    return true;
  }
}
