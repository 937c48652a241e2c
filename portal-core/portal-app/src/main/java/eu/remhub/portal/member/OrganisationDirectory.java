package eu.remhub.portal.member;

import eu.remhub.portal.api.service.OrganisationRef;
import eu.remhub.portal.api.service.Organisations;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The public identity of approved organisations, as plugins see it. */
@Service
public class OrganisationDirectory implements Organisations {

  private final MemberRepository members;

  public OrganisationDirectory(MemberRepository members) {
    this.members = members;
  }

  @Override
  public Optional<OrganisationRef> find(long id) {
    return members
        .findOrganisation(id)
        .filter(o -> "APPROVED".equals(o.status()))
        .map(OrganisationDirectory::ref);
  }

  @Override
  public Optional<OrganisationRef> findByShortName(String shortName) {
    return members.approvedOrganisations().stream()
        .filter(o -> o.shortName().equals(shortName))
        .findFirst()
        .map(OrganisationDirectory::ref);
  }

  @Override
  public List<OrganisationRef> all() {
    return members.approvedOrganisations().stream().map(OrganisationDirectory::ref).toList();
  }

  private static OrganisationRef ref(Organisation o) {
    return new OrganisationRef(
        o.id(), o.shortName(), o.legalName(), o.country(), o.segment().name());
  }
}
