package eu.remhub.portal.testkit;

import eu.remhub.portal.api.OrganisationId;
import eu.remhub.portal.api.PersonId;
import eu.remhub.portal.api.service.People;
import eu.remhub.portal.api.service.PersonRef;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * {@link People} that holds the people a test adds, with the portal's rules: only people added and
 * not erased are found, by name within an organisation, and each person's roles are their core
 * roles (such as {@link eu.remhub.portal.api.Roles#ORG_ADMIN}) plus the plugin roles granted to
 * them through {@link TestPluginRoles}. Thread-safe.
 *
 * <pre>{@code
 * context.people().add(7, "Ana Rossi", "ana@example.eu", 3, Locale.ITALIAN, Roles.ORG_ADMIN);
 * }</pre>
 *
 * @since 1.1.0
 */
public final class TestPeople implements People {

  private static final Comparator<PersonRef> BY_NAME =
      Comparator.comparing(PersonRef::displayName, String.CASE_INSENSITIVE_ORDER)
          .thenComparing(p -> p.id().value());

  private final Map<PersonId, PersonRef> byId = new ConcurrentHashMap<>();
  private final Function<PersonId, Set<String>> grantedRoles;
  private volatile java.util.function.Consumer<PersonId> onErase = p -> {};

  TestPeople(Function<PersonId, Set<String>> grantedRoles) {
    this.grantedRoles = grantedRoles;
  }

  void onErase(java.util.function.Consumer<PersonId> action) {
    onErase = action;
  }

  /**
   * Adds an active person, or replaces the one with the same id.
   *
   * @param person the person, with their core roles
   * @return this object
   */
  public TestPeople add(PersonRef person) {
    Objects.requireNonNull(person, "person");
    byId.put(person.id(), person);
    return this;
  }

  /**
   * Adds an active person, or replaces the one with the same id.
   *
   * @param personId the person's id
   * @param displayName the name
   * @param email the address
   * @param organisationId the organisation
   * @param locale the language, {@code null} for English
   * @param roles core roles such as {@link eu.remhub.portal.api.Roles#MEMBER} and {@link
   *     eu.remhub.portal.api.Roles#ORG_ADMIN}
   * @return this object
   */
  public TestPeople add(
      long personId,
      String displayName,
      String email,
      long organisationId,
      Locale locale,
      String... roles) {
    return add(
        new PersonRef(
            PersonId.of(personId),
            displayName,
            email,
            OrganisationId.of(organisationId),
            locale,
            Set.of(roles)));
  }

  /**
   * Erases a person, as the portal does on a data erasure request: they are found no more and their
   * plugin roles go.
   *
   * @param person the person
   * @return this object
   */
  public TestPeople erase(PersonId person) {
    if (byId.remove(person) != null) {
      onErase.accept(person);
    }
    return this;
  }

  /** Whether the person was added and not erased. */
  boolean knows(PersonId person) {
    return byId.containsKey(person);
  }

  private PersonRef withGrants(PersonRef person) {
    Set<String> granted = grantedRoles.apply(person.id());
    if (granted.isEmpty()) {
      return person;
    }
    Set<String> roles = new HashSet<>(person.roles());
    roles.addAll(granted);
    return new PersonRef(
        person.id(),
        person.displayName(),
        person.email(),
        person.organisationId(),
        person.locale(),
        roles);
  }

  @Override
  public Optional<PersonRef> find(PersonId id) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id"))).map(this::withGrants);
  }

  @Override
  public List<PersonRef> ofOrganisation(OrganisationId organisation) {
    Objects.requireNonNull(organisation, "organisation");
    return byId.values().stream()
        .filter(p -> p.organisationId().equals(organisation))
        .map(this::withGrants)
        .sorted(BY_NAME)
        .toList();
  }
}
