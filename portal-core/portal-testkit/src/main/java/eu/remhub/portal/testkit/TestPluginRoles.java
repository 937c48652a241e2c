package eu.remhub.portal.testkit;

import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.api.PersonId;
import eu.remhub.portal.api.extension.RoleContributor;
import eu.remhub.portal.api.extension.RoleDefinition;
import eu.remhub.portal.api.service.PluginRoles;
import eu.remhub.portal.runtime.roles.DeclaredRoles;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * {@link PluginRoles} with the grants in memory and the portal's rules: a role outside the plugin's
 * id is always refused; once the plugin's roles are known (declared with {@link #declare}, or read
 * from a loaded plugin's {@link RoleContributor} extensions by {@link TestPluginManager}) a role
 * the plugin does not define is refused too, with the portal's message. Granting needs a person the
 * context knows: one added to {@link TestPluginContext#people()} or the person signed in. Grants
 * and revocations are written to the context's audit log as {@code role.granted} and {@code
 * role.revoked}, as the portal writes them. The person signed in holds the roles granted to them
 * besides those of their {@link CurrentUser}. Thread-safe.
 *
 * @since 1.1.0
 */
public final class TestPluginRoles implements PluginRoles {

  private final String pluginId;
  private final Supplier<Optional<CurrentUser>> currentUser;
  private final Predicate<PersonId> knownPerson;
  private final RecordingAuditLog audit;
  private final Map<String, Set<PersonId>> holders = new ConcurrentHashMap<>();
  private volatile Supplier<List<RoleDefinition>> declarations;

  TestPluginRoles(
      String pluginId,
      Supplier<Optional<CurrentUser>> currentUser,
      Predicate<PersonId> knownPerson,
      RecordingAuditLog audit) {
    this.pluginId = pluginId;
    this.currentUser = currentUser;
    this.knownPerson = knownPerson;
    this.audit = audit;
  }

  /**
   * Declares the plugin's roles, as the portal learns them from its {@link RoleContributor}
   * extensions; replaces earlier declarations.
   *
   * @param contributors the plugin's role contributors
   * @return this object
   * @throws IllegalArgumentException when a role lies outside the plugin's id or is declared twice
   */
  public TestPluginRoles declare(RoleContributor... contributors) {
    List<RoleDefinition> declared =
        List.copyOf(DeclaredRoles.collect(pluginId, List.of(contributors)));
    declarations = () -> declared;
    return this;
  }

  /** Takes the declarations from a source asked on each use, as of a loaded plugin. */
  void declareFrom(Supplier<List<RoleDefinition>> source) {
    declarations = Objects.requireNonNull(source, "source");
  }

  /**
   * The roles the plugin defines, as far as they are known.
   *
   * @return the definitions; empty when none were declared
   */
  public List<RoleDefinition> declarations() {
    Supplier<List<RoleDefinition>> source = declarations;
    return source == null ? List.of() : source.get();
  }

  private void check(String role) {
    Supplier<List<RoleDefinition>> source = declarations;
    if (source == null) {
      DeclaredRoles.requireOwn(pluginId, role);
    } else {
      DeclaredRoles.require(pluginId, source.get(), role);
    }
  }

  @Override
  public boolean has(PersonId person, String role) {
    Objects.requireNonNull(person, "person");
    check(role);
    return holders.getOrDefault(role, Set.of()).contains(person);
  }

  @Override
  public boolean currentUserHas(String role) {
    check(role);
    return currentUser
        .get()
        .map(user -> holders.getOrDefault(role, Set.of()).contains(user.person()))
        .orElse(false);
  }

  @Override
  public List<PersonId> holders(String role) {
    check(role);
    Set<PersonId> set = holders.getOrDefault(role, Set.of());
    synchronized (set) {
      return List.copyOf(set);
    }
  }

  @Override
  public void grant(PersonId person, String role) {
    Objects.requireNonNull(person, "person");
    check(role);
    if (!knownPerson.test(person)) {
      throw new IllegalArgumentException(
          "there is no person " + person.value() + " to grant " + role + " to");
    }
    Set<PersonId> set =
        holders.computeIfAbsent(
            role, r -> java.util.Collections.synchronizedSet(new LinkedHashSet<>()));
    if (set.add(person)) {
      audit.record("role.granted", "person:" + person.value(), role);
    }
  }

  @Override
  public void revoke(PersonId person, String role) {
    Objects.requireNonNull(person, "person");
    check(role);
    if (holders.getOrDefault(role, Set.of()).remove(person)) {
      audit.record("role.revoked", "person:" + person.value(), role);
    }
  }

  /** The plugin roles granted to a person, sorted by name. */
  Set<String> rolesOf(PersonId person) {
    Set<String> roles = new TreeSet<>();
    holders.forEach(
        (role, set) -> {
          if (set.contains(person)) {
            roles.add(role);
          }
        });
    return roles;
  }

  /** Drops every grant of a person, as erasing them does. */
  void forget(PersonId person) {
    new ArrayList<>(holders.values()).forEach(set -> set.remove(person));
  }
}
