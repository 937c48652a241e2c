package eu.remhub.portal.api.service;

import eu.remhub.portal.api.OrganisationId;
import eu.remhub.portal.api.PersonId;
import java.util.List;
import java.util.Optional;

/**
 * The people of member organisations, as far as plugins need them: to address mail, to show a name,
 * to let an organisation admin pick their colleagues. Only active people are answered; a person who
 * has been erased is never found again.
 *
 * @since 1.1.0
 */
public interface People {

  /**
   * One person.
   *
   * @param id the person's id
   * @return the person, or empty when there is no such active person
   */
  Optional<PersonRef> find(PersonId id);

  /**
   * The active people of one organisation, by name.
   *
   * @param organisation the organisation
   * @return its people
   */
  List<PersonRef> ofOrganisation(OrganisationId organisation);

  /**
   * The admins of one organisation, by name: whom to write to about the organisation's business.
   *
   * @param organisation the organisation
   * @return its admins
   */
  default List<PersonRef> adminsOf(OrganisationId organisation) {
    return ofOrganisation(organisation).stream()
        .filter(p -> p.hasRole(eu.remhub.portal.api.Roles.ORG_ADMIN))
        .toList();
  }
}
