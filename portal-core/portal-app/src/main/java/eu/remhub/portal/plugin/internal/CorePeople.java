package eu.remhub.portal.plugin.internal;

import eu.remhub.portal.api.OrganisationId;
import eu.remhub.portal.api.PersonId;
import eu.remhub.portal.api.service.People;
import eu.remhub.portal.api.service.PersonRef;
import eu.remhub.portal.member.MemberRepository;
import eu.remhub.portal.member.Person;
import eu.remhub.portal.security.CurrentPerson;
import eu.remhub.portal.security.GrantedPluginRoles;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@link People} over the member tables: only enabled, not erased people of an organisation, each
 * with their core roles and the plugin roles granted to them.
 */
final class CorePeople implements People {

  private final MemberRepository members;
  private final GrantedPluginRoles grants;

  CorePeople(MemberRepository members, GrantedPluginRoles grants) {
    this.members = members;
    this.grants = grants;
  }

  @Override
  public Optional<PersonRef> find(PersonId id) {
    return members.findPerson(id.value()).filter(CorePeople::active).map(this::ref);
  }

  @Override
  public List<PersonRef> ofOrganisation(OrganisationId organisation) {
    return members.peopleOf(organisation.value()).stream()
        .filter(CorePeople::active)
        .map(this::ref)
        .sorted(
            Comparator.comparing(PersonRef::displayName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(p -> p.id().value()))
        .toList();
  }

  static boolean active(Person p) {
    return p.enabled() && p.erasedAt() == null && p.organisationId() > 0;
  }

  private PersonRef ref(Person p) {
    return new PersonRef(
        PersonId.of(p.id()),
        p.displayName(),
        p.email(),
        OrganisationId.of(p.organisationId()),
        Locale.forLanguageTag(p.locale()),
        CurrentPerson.withPluginRoles(p.roles(), grants.of(p.id())));
  }
}
