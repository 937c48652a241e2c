package eu.remhub.portal.testkit;

import eu.remhub.portal.api.service.PluginSettings;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link PluginSettings} in a map; a test sets values with {@link #put} as staff would.
 * Thread-safe.
 *
 * @since 1.0.0
 */
public final class InMemoryPluginSettings implements PluginSettings {

  private final Map<String, String> values = new ConcurrentHashMap<>();

  InMemoryPluginSettings() {}

  @Override
  public Optional<String> get(String key) {
    return Optional.ofNullable(values.get(Objects.requireNonNull(key, "key")));
  }

  @Override
  public void put(String key, String value) {
    Objects.requireNonNull(key, "key");
    if (value == null) {
      values.remove(key);
    } else {
      values.put(key, value);
    }
  }

  /**
   * {@inheritDoc}
   *
   * @return a snapshot, sorted by key
   */
  @Override
  public Map<String, String> all() {
    return Collections.unmodifiableMap(new TreeMap<>(values));
  }
}
