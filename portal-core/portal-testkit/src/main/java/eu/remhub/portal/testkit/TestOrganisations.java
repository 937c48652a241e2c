package eu.remhub.portal.testkit;

import eu.remhub.portal.api.service.OrganisationRef;
import eu.remhub.portal.api.service.Organisations;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link Organisations} that hold the approved organisations a test adds. Thread-safe.
 *
 * @since 1.0.0
 */
public final class TestOrganisations implements Organisations {

  private final Map<Long, OrganisationRef> byId = new ConcurrentHashMap<>();

  TestOrganisations() {}

  /**
   * Adds an approved organisation, or replaces the one with the same id.
   *
   * @param organisation the organisation
   */
  public void add(OrganisationRef organisation) {
    byId.put(organisation.id(), Objects.requireNonNull(organisation, "organisation"));
  }

  @Override
  public Optional<OrganisationRef> find(long id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public Optional<OrganisationRef> findByShortName(String shortName) {
    return byId.values().stream().filter(o -> o.shortName().equals(shortName)).findFirst();
  }

  @Override
  public List<OrganisationRef> all() {
    return byId.values().stream().sorted(Comparator.comparing(OrganisationRef::shortName)).toList();
  }
}
