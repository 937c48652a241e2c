package eu.remhub.portal.api.service;

import java.util.List;
import java.util.Optional;

/**
 * The directory of approved member organisations. Thread-safe; answers only public identity, never
 * an organisation's private data.
 *
 * @since 1.0.0
 */
public interface Organisations {

  /**
   * An approved organisation by id.
   *
   * @param id the organisation id
   * @return the organisation, or empty when there is no approved one with that id
   */
  Optional<OrganisationRef> find(long id);

  /**
   * An approved organisation by its short name.
   *
   * @param shortName the short name, exact
   * @return the organisation, if any
   */
  Optional<OrganisationRef> findByShortName(String shortName);

  /**
   * All approved organisations, by short name.
   *
   * @return the organisations
   */
  List<OrganisationRef> all();
}
