package eu.remhub.portal.plugin;

import eu.remhub.portal.api.extension.RoleDefinition;
import eu.remhub.portal.base.AuditService;
import eu.remhub.portal.member.MemberRepository;
import eu.remhub.portal.member.Person;
import eu.remhub.portal.plugin.internal.JdbcRoleGrants;
import eu.remhub.portal.runtime.roles.DeclaredRoles;
import eu.remhub.portal.security.GrantedPluginRoles;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Who holds the roles that plugins define: grants and revocations (by staff or by the plugin
 * itself), each audited; refused for a role outside the plugin's id, a role it does not declare, or
 * a person who is not active. Grants outlive disabling and updating the plugin and go when it is
 * uninstalled with its data purged, or when the person is erased.
 *
 * <p>A person's roles are asked on every request, so they are kept in memory for a few seconds;
 * changes on this node take effect at once, changes on another node within {@link #FRESH_FOR}.
 */
@Service
public class PluginRoleGrants implements GrantedPluginRoles {

  /** How long a person's roles read from the database are trusted. */
  static final Duration FRESH_FOR = Duration.ofSeconds(10);

  private record Cached(Set<String> roles, Instant readAt) {}

  private final JdbcRoleGrants store;
  private final MemberRepository members;
  private final AuditService audit;
  private final Clock clock;
  private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

  public PluginRoleGrants(
      JdbcRoleGrants store, MemberRepository members, AuditService audit, Clock clock) {
    this.store = store;
    this.members = members;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public Set<String> of(long personId) {
    Instant now = Instant.now();
    Cached cached = cache.get(personId);
    if (cached != null && cached.readAt().plus(FRESH_FOR).isAfter(now)) {
      return cached.roles();
    }
    Set<String> roles = Set.copyOf(store.rolesOf(personId));
    cache.put(personId, new Cached(roles, now));
    return roles;
  }

  /**
   * Grants a role of a plugin; nothing happens when the person already holds it.
   *
   * @param declared the roles the plugin declares
   * @throws IllegalArgumentException for a role the plugin does not define or a person who is not
   *     active
   */
  public void grant(
      String pluginId, List<RoleDefinition> declared, String role, long personId, String actor) {
    DeclaredRoles.require(pluginId, declared, role);
    Person person =
        members
            .findPerson(personId)
            .filter(PluginRoleGrants::active)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "there is no active person " + personId + " to grant " + role + " to"));
    if (store.insert(pluginId, role, person.id(), clock.instant(), actor)) {
      cache.remove(personId);
      audit.record(actor, pluginId, "role.granted", "person:" + personId, role);
    }
  }

  /** Revokes a role of a plugin; nothing happens when the person does not hold it. */
  public void revoke(
      String pluginId, List<RoleDefinition> declared, String role, long personId, String actor) {
    DeclaredRoles.require(pluginId, declared, role);
    if (store.delete(role, personId)) {
      cache.remove(personId);
      audit.record(actor, pluginId, "role.revoked", "person:" + personId, role);
    }
  }

  /** Whether the person holds the role now (read from the database). */
  public boolean has(long personId, String role) {
    return store.exists(role, personId);
  }

  /** The holders of a role, in the order of their grants. */
  public List<Long> holders(String role) {
    return store.holders(role);
  }

  /** The roles a person holds, for their data export. */
  public Set<String> export(long personId) {
    return store.rolesOf(personId);
  }

  /** Drops every grant to a person (erasure). */
  public void erase(long personId) {
    Set<String> held = store.deleteOfPerson(personId);
    cache.remove(personId);
    if (!held.isEmpty()) {
      audit.record("system", null, "role.erased", "person:" + personId, String.join(", ", held));
    }
  }

  @EventListener
  void uninstalled(PluginUninstalled event) {
    if (event.purged()) {
      int dropped = store.deleteOfPlugin(event.pluginId());
      cache.clear();
      if (dropped > 0) {
        audit.record(
            "system",
            event.pluginId(),
            "role.purged",
            "plugin:" + event.pluginId(),
            dropped + " grants");
      }
    }
  }

  /** Whether a person may hold plugin roles: enabled and not erased. */
  static boolean active(Person person) {
    return person.enabled() && person.erasedAt() == null;
  }
}
