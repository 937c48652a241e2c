package eu.remhub.portal.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import eu.remhub.portal.PortalIntegrationTest;
import eu.remhub.portal.member.MemberFixtures.Org;
import eu.remhub.portal.member.internal.JdbcOrganisations;
import eu.remhub.portal.member.ui.OrganisationProfileView;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * One organisation's people try to read and change another organisation's private data through the
 * services, the views and the REST API, and are refused every time.
 */
@PortalIntegrationTest
@Tag("database")
class IsolationIT extends SpringBrowserlessTest {

  @LocalServerPort int port;
  @Autowired OrganisationService organisations;
  @Autowired PeopleService people;
  @Autowired PrivacyService privacy;
  @Autowired ApiTokenService tokens;
  @Autowired MemberRepository members;
  @Autowired JdbcOrganisations store;
  @Autowired PasswordEncoder encoder;

  MemberFixtures fixtures;
  Org ours;
  Org theirs;

  @BeforeEach
  void twoOrganisations() {
    fixtures = new MemberFixtures(members, store, encoder);
    ours = fixtures.organisation(OrganisationProfile.APPROVED);
    theirs = fixtures.organisation(OrganisationProfile.APPROVED);
    fixtures.signIn(ours.adminId());
  }

  @AfterEach
  void signOut() {
    MemberFixtures.signOut();
  }

  @Test
  void services_refuseReadsOfAnotherOrganisationsPrivateData() {
    OrganisationProfile seen = organisations.profile(theirs.id()).orElseThrow();
    assertThat(seen.capabilities()).isNull();
    assertThat(seen.visibility()).isEmpty();
    assertThatThrownBy(() -> organisations.editable(theirs.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> people.people(theirs.id())).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> people.invitations(theirs.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> privacy.export(theirs.adminId()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> tokens.list(theirs.id())).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void services_refuseWritesToAnotherOrganisation() {
    OrganisationProfile before = store.find(theirs.id()).orElseThrow();
    assertThatThrownBy(() -> organisations.update(theirs.id(), ProfileChanges.of(before)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> organisations.setLogo(theirs.id(), LogoCheckTest.image("png", 10, 10)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> organisations.removeLogo(theirs.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> people.invite(theirs.id(), "spy@it.example", true))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> people.promote(theirs.id(), theirs.memberId()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> people.remove(theirs.id(), theirs.memberId()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> people.remove(ours.id(), theirs.memberId()))
        .as("their person through our organisation")
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> privacy.erase(theirs.memberId()))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> tokens.create(theirs.id(), "spy"))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(store.find(theirs.id()).orElseThrow()).isEqualTo(before);
    assertThat(members.findPerson(theirs.memberId()).orElseThrow().organisationId())
        .isEqualTo(theirs.id());
  }

  @Test
  void views_showAnotherOrganisationsPageWithoutItsPrivateFields_andEditOnlyOurOwn() {
    UI.getCurrent().navigate("organisations/" + theirs.id());
    DescriptionList fields = $(DescriptionList.class).id("organisation-fields");
    String text = fields.getElement().getTextRecursively();
    assertThat(text)
        .contains(theirs.shortName() + " GmbH", "DE123456789")
        .doesNotContain("secret furnace capacity");

    OrganisationProfileView edit = navigate(OrganisationProfileView.class);
    assertThat($(TextField.class, edit).id("profile-short-name").getValue())
        .isEqualTo(ours.shortName());
    assertThat($(TextArea.class, edit).id("profile-capabilities").getValue())
        .contains(ours.shortName())
        .doesNotContain(theirs.shortName());
  }

  @Test
  void rest_refusesAnotherOrganisationsToken_andShowsOnlyPublicFields() throws Exception {
    String token = tokens.create(ours.id(), "isolation");
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> write =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://localhost:"
                            + port
                            + "/api/v1/organisations/"
                            + theirs.id()
                            + "/logo"))
                .header("Authorization", "Bearer " + token)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(LogoCheckTest.image("png", 10, 10)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(write.statusCode()).isEqualTo(403);
    assertThat(store.logo(theirs.id())).isEmpty();

    HttpResponse<String> read =
        http.send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/v1/organisations/" + theirs.id()))
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.body()).doesNotContain("secret furnace capacity", "DE123456789");
  }
}
