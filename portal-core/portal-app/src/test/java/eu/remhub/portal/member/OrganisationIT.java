package eu.remhub.portal.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.remhub.portal.PortalIntegrationTest;
import eu.remhub.portal.TestSupport.Accounts;
import eu.remhub.portal.TestSupport.Persona;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.base.AuditService;
import eu.remhub.portal.base.InvalidInputException;
import eu.remhub.portal.mail.MailOutbox;
import eu.remhub.portal.member.MemberFixtures.Org;
import eu.remhub.portal.member.internal.JdbcOrganisations;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Organisation profiles, their visibility, logos, approval and the directory, through the service.
 */
@PortalIntegrationTest
@Tag("database")
class OrganisationIT {

  @Autowired OrganisationService organisations;
  @Autowired JdbcOrganisations store;
  @Autowired MemberRepository members;
  @Autowired PasswordEncoder encoder;
  @Autowired MailOutbox mail;
  @Autowired AuditService audit;
  @Autowired JdbcClient jdbc;
  @Autowired Accounts accounts;

  MemberFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new MemberFixtures(members, store, encoder);
  }

  @AfterEach
  void signOut() {
    MemberFixtures.signOut();
  }

  private static ProfileChanges edit(
      OrganisationProfile p,
      String vat,
      String website,
      Map<ProfileField, FieldVisibility> visibility) {
    return new ProfileChanges(
        p.legalName(),
        p.shortName(),
        p.country(),
        p.city(),
        vat,
        website,
        p.segments(),
        p.materials(),
        p.capabilities(),
        p.description(),
        visibility);
  }

  private String searchPayload(long id) {
    return jdbc.sql(
            "SELECT payload FROM index_outbox WHERE doc_type = 'organisation' AND doc_id = ? ORDER BY id DESC LIMIT 1")
        .param(Long.toString(id))
        .query(String.class)
        .single();
  }

  @Test
  void adminSavesTheProfile_vatIdCanonical_searchDocumentRepublished_withPublicFieldsOnly() {
    Org org = fixtures.organisation(OrganisationProfile.APPROVED);
    fixtures.signIn(org.adminId());
    OrganisationProfile before = organisations.editable(org.id());
    Map<ProfileField, FieldVisibility> visibility = new EnumMap<>(before.visibility());
    visibility.put(ProfileField.DESCRIPTION, FieldVisibility.MEMBERS);

    organisations.update(
        org.id(),
        new ProfileChanges(
            before.legalName(),
            before.shortName(),
            "NL",
            "Eindhoven",
            "nl 8612.34.567 b01",
            "https://fixture.example/en",
            EnumSet.of(ValueChainSegment.RECYCLING, ValueChainSegment.RESEARCH),
            EnumSet.of(Material.SMCO),
            "private capacity",
            "members-only story",
            visibility));

    OrganisationProfile after = organisations.editable(org.id());
    assertThat(after.vatId()).isEqualTo("NL861234567B01");
    assertThat(after.segments())
        .containsExactly(ValueChainSegment.RECYCLING, ValueChainSegment.RESEARCH);
    assertThat(after.visibilityOf(ProfileField.DESCRIPTION)).isEqualTo(FieldVisibility.MEMBERS);
    String payload = searchPayload(org.id());
    assertThat(payload)
        .contains("\"url\":\"/organisations/" + org.id() + "\"", "\"PUBLIC\"", "SmCo", "Eindhoven")
        .doesNotContain("private capacity", "members-only story", "NL861234567B01");
    assertThat(audit.latest(0, 5))
        .anyMatch(e -> e.action().equals("organisation.updated") && e.detail().contains("VAT ID"));
  }

  @Test
  void vatIdAndWebsite_areChecked_forTheOrganisationsCountry() {
    Org org = fixtures.organisation(OrganisationProfile.APPROVED);
    fixtures.signIn(org.adminId());
    OrganisationProfile p = organisations.editable(org.id());

    assertThatThrownBy(
            () ->
                organisations.update(org.id(), edit(p, "FR12345678901", "ftp://x", p.visibility())))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.problems())
                  .extracting(InvalidInputException.Problem::field)
                  .containsExactlyInAnyOrder("vatId", "website");
              assertThat(e.problems().get(0).args()).containsExactly("DE", "DE123456789");
            });
  }

  @Test
  void eachField_showsToTheAudienceItsVisibilityAllows() {
    Org org = fixtures.organisation(OrganisationProfile.APPROVED);
    Org other = fixtures.organisation(OrganisationProfile.APPROVED);

    MemberFixtures.signOut();
    OrganisationProfile visitor = organisations.profile(org.id()).orElseThrow();
    assertThat(visitor.vatId()).isNull();
    assertThat(visitor.capabilities()).isNull();
    assertThat(visitor.country()).isEqualTo("DE");

    fixtures.signIn(other.memberId());
    OrganisationProfile member = organisations.profile(org.id()).orElseThrow();
    assertThat(member.vatId()).isEqualTo("DE123456789");
    assertThat(member.capabilities()).isNull();

    fixtures.signIn(org.memberId());
    assertThat(organisations.profile(org.id()).orElseThrow().capabilities())
        .startsWith("secret furnace capacity");
    accounts.signIn(Persona.STAFF);
    assertThat(organisations.profile(org.id()).orElseThrow().capabilities())
        .startsWith("secret furnace capacity");
  }

  @Test
  void logo_isStoredWhenItIsARealImage_andRefusedOtherwise() {
    Org org = fixtures.organisation(OrganisationProfile.APPROVED);
    fixtures.signIn(org.adminId());

    organisations.setLogo(org.id(), LogoCheckTest.image("png", 64, 32));
    assertThat(organisations.logo(org.id()))
        .hasValueSatisfying(l -> assertThat(l.contentType()).isEqualTo("image/png"));
    assertThatThrownBy(() -> organisations.setLogo(org.id(), new byte[600 * 1024]))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> organisations.setLogo(org.id(), "GIF89a not really".getBytes()))
        .isInstanceOf(InvalidInputException.class);
    assertThat(organisations.logo(org.id()))
        .hasValueSatisfying(l -> assertThat(l.contentType()).isEqualTo("image/png"));

    organisations.removeLogo(org.id());
    assertThat(organisations.logo(org.id())).isEmpty();
  }

  @Test
  void
      pendingOrganisation_isHiddenFromOthers_untilStaffApprove_thenListed_andItsPeopleBecomeMembers() {
    Org org = fixtures.organisation(OrganisationProfile.PENDING);
    MemberFixtures.signOut();
    assertThat(organisations.profile(org.id())).isEmpty();
    assertThat(
            organisations
                .publicDirectory(new DirectoryFilter(null, null, null, org.shortName()), 0, 10)
                .total())
        .isZero();
    fixtures.signIn(org.adminId());
    assertThat(organisations.profile(org.id())).as("its own people see it").isPresent();
    assertThatThrownBy(() -> organisations.approve(org.id()))
        .isInstanceOf(AccessDeniedException.class);

    accounts.signIn(Persona.STAFF);
    assertThat(organisations.withStatus(OrganisationProfile.PENDING))
        .extracting(OrganisationProfile::id)
        .contains(org.id());
    organisations.approve(org.id());

    MemberFixtures.signOut();
    assertThat(
            organisations
                .publicDirectory(new DirectoryFilter(null, null, null, org.shortName()), 0, 10)
                .organisations())
        .extracting(OrganisationProfile::id)
        .containsExactly(org.id());
    assertThat(members.findPerson(org.adminId()).orElseThrow().roles())
        .contains(Roles.MEMBER, Roles.ORG_ADMIN);
    assertThat(mail.to(org.adminEmail(), 1).get(0).subject())
        .isEqualTo(org.shortName() + " is approved on REMHub");
    assertThat(searchPayload(org.id())).contains("\"PUBLIC\"");
  }

  @Test
  void rejection_needsAReason_whichIsMailedToTheApplicant() {
    Org org = fixtures.organisation(OrganisationProfile.PENDING);
    accounts.signIn(Persona.STAFF);

    assertThatThrownBy(() -> organisations.reject(org.id(), "  "))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.problems().get(0).field()).isEqualTo("reason"));
    organisations.reject(
        org.id(), "We could not confirm the VAT ID; please send a registry extract.");

    MailOutbox.Message message = mail.to(org.adminEmail(), 1).get(0);
    assertThat(message.subject()).isEqualTo(org.shortName() + " was not approved on REMHub");
    assertThat(message.body())
        .contains("We could not confirm the VAT ID; please send a registry extract.");
    fixtures.signIn(org.adminId());
    assertThat(organisations.profile(org.id()).orElseThrow().rejectionReason())
        .startsWith("We could not confirm");
    MemberFixtures.signOut();
    assertThat(organisations.profile(org.id())).isEmpty();
  }

  @Test
  void directoryFilters_byCountrySegmentAndMaterial_onlyWhereTheFieldIsVisible() {
    Org shown = fixtures.organisation(OrganisationProfile.APPROVED);
    Org hidden = fixtures.organisation(OrganisationProfile.APPROVED);
    fixtures.signIn(hidden.adminId());
    OrganisationProfile p = organisations.editable(hidden.id());
    Map<ProfileField, FieldVisibility> visibility = new EnumMap<>(p.visibility());
    visibility.put(ProfileField.COUNTRY, FieldVisibility.PRIVATE);
    visibility.put(ProfileField.MATERIALS, FieldVisibility.MEMBERS);
    organisations.update(hidden.id(), edit(p, p.vatId(), p.website(), visibility));
    MemberFixtures.signOut();

    String prefix = "Fixture";
    var byCountry =
        organisations
            .directory(new DirectoryFilter("DE", null, null, prefix), 0, 200)
            .organisations();
    assertThat(byCountry)
        .extracting(OrganisationProfile::id)
        .contains(shown.id())
        .doesNotContain(hidden.id());
    var byMaterial =
        organisations
            .directory(
                new DirectoryFilter(null, ValueChainSegment.RECYCLING, Material.DY, prefix), 0, 200)
            .organisations();
    assertThat(byMaterial)
        .extracting(OrganisationProfile::id)
        .contains(shown.id())
        .doesNotContain(hidden.id());

    fixtures.signIn(shown.memberId());
    var asMember =
        organisations
            .directory(new DirectoryFilter(null, null, Material.DY, prefix), 0, 200)
            .organisations();
    assertThat(asMember).extracting(OrganisationProfile::id).contains(shown.id(), hidden.id());
    assertThat(
            organisations
                .directory(new DirectoryFilter("DE", null, null, prefix), 0, 200)
                .organisations())
        .extracting(OrganisationProfile::id)
        .doesNotContain(hidden.id());
    fixtures.signIn(hidden.memberId());
    assertThat(
            organisations
                .directory(new DirectoryFilter("DE", null, null, hidden.shortName()), 0, 200)
                .organisations())
        .as("its own people find it by its private country")
        .extracting(OrganisationProfile::id)
        .containsExactly(hidden.id());
  }

  @Test
  void seedData_isInTheDirectory_withItsProfileFields() {
    MemberFixtures.signOut();
    var all = organisations.publicDirectory(DirectoryFilter.none(), 0, 200);
    assertThat(all.total()).isGreaterThanOrEqualTo(30);
    OrganisationProfile elbe =
        organisations
            .publicDirectory(new DirectoryFilter(null, null, null, "ElbeCycle"), 0, 1)
            .organisations()
            .get(0);
    assertThat(elbe.materials()).contains(Material.NDFEB);
    assertThat(elbe.segments())
        .contains(ValueChainSegment.RECYCLING, ValueChainSegment.MAGNET_MAKING);
    assertThat(elbe.vatId()).as("members-only by default").isNull();
    assertThat(
            organisations
                .publicDirectory(new DirectoryFilter("IT", null, Material.NDFEB, null), 0, 50)
                .organisations())
        .extracting(OrganisationProfile::shortName)
        .contains("Brianza Magneti", "Servomotori Emiliani", "CRMP Torino");
  }
}
