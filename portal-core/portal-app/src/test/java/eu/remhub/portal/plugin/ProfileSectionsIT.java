package eu.remhub.portal.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Section;
import eu.remhub.portal.PortalIntegrationTest;
import eu.remhub.portal.TestSupport.Accounts;
import eu.remhub.portal.TestSupport.Persona;
import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.base.ui.HomeView;
import eu.remhub.portal.member.ui.OrganisationProfileView;
import eu.remhub.portal.member.ui.OrganisationView;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A real plugin's profile sections on the organisation pages: each viewer gets what the section
 * renders for them, a throwing section is left out and recorded as the plugin's last error, and a
 * disabled plugin adds nothing.
 */
@PortalIntegrationTest
class ProfileSectionsIT extends SpringBrowserlessTest {

  private static final String LISTINGS = "profile-section-showcase-listings";

  @Autowired PluginService plugins;
  @Autowired Accounts accounts;

  private long otherOrganisation;

  @BeforeEach
  void installShowcase() throws Exception {
    accounts.signIn(Persona.STAFF);
    Path jar = ShowcasePlugin.jar();
    try (InputStream in = Files.newInputStream(jar)) {
      plugins.upload(jar.getFileName().toString(), in);
    }
    assertThat(plugins.enable("showcase")).isTrue();
    otherOrganisation = accounts.organisation("Sectioned Sinters", "IT");
  }

  @AfterEach
  void uninstall() {
    accounts.signIn(Persona.STAFF);
    if (plugins.find("showcase").isPresent()) {
      plugins.uninstall("showcase", true);
    }
    accounts.signIn(Persona.ANONYMOUS);
  }

  @Test
  void directoryEntry_showsTheSectionForEachViewer_andLeavesTheThrowingOneOut() {
    CurrentUser member = accounts.signIn(Persona.MEMBER);

    assertThat(sectionOn("organisations/" + otherOrganisation))
        .contains("Showcase listings")
        .contains("Listings of organisation " + otherOrganisation + " for MEMBER");
    assertThat(sectionOn("organisations/" + member.organisationId()))
        .contains("Listings of organisation " + member.organisationId() + " for COLLEAGUE");

    accounts.signIn(Persona.STAFF);
    assertThat(sectionOn("organisations/" + otherOrganisation)).contains("for STAFF");

    accounts.signIn(Persona.ANONYMOUS);
    navigate(HomeView.class);
    navigate("organisations/" + otherOrganisation, OrganisationView.class);
    assertThat($(Section.class).all())
        .noneMatch(s -> s.getId().orElse("").startsWith("profile-section-"));

    assertThat($(Section.class).all())
        .noneMatch(s -> s.getId().orElse("").equals("profile-section-showcase-broken"));
    assertThat(plugins.find("showcase").orElseThrow().lastError())
        .isEqualTo("profile section broken: IllegalStateException: no section today");
  }

  @Test
  void organisationPage_ofItsAdmins_showsTheSectionForAnAdmin() {
    CurrentUser admin = accounts.signIn(Persona.ORG_ADMIN);

    navigate(HomeView.class);
    navigate("organisation/profile", OrganisationProfileView.class);

    Component section = $(Section.class).id(LISTINGS);
    assertThat(section.getElement().getTextRecursively())
        .contains("Listings of organisation " + admin.organisationId() + " for ORGANISATION_ADMIN");
  }

  @Test
  void disabledPlugin_addsNoSection() {
    accounts.signIn(Persona.STAFF);
    plugins.disable("showcase", false);
    accounts.signIn(Persona.MEMBER);

    navigate(HomeView.class);
    navigate("organisations/" + otherOrganisation, OrganisationView.class);

    assertThat($(Section.class).all()).noneMatch(s -> s.getId().orElse("").equals(LISTINGS));
  }

  private String sectionOn(String location) {
    navigate(HomeView.class);
    navigate(location, OrganisationView.class);
    return $(Section.class).id(LISTINGS).getElement().getTextRecursively();
  }
}
