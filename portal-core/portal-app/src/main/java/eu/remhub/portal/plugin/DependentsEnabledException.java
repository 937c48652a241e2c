package eu.remhub.portal.plugin;

import java.util.List;

/**
 * Disabling a plugin would break enabled plugins that need it. The UI asks staff to confirm and
 * then disables them too.
 */
public class DependentsEnabledException extends RuntimeException {

  private final List<String> dependents;

  public DependentsEnabledException(String pluginId, List<String> dependents) {
    super(String.join(", ", dependents) + " need " + pluginId + " and will be disabled too");
    this.dependents = List.copyOf(dependents);
  }

  public List<String> dependents() {
    return dependents;
  }
}
