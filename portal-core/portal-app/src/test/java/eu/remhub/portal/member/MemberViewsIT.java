package eu.remhub.portal.member;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.QueryParameters;
import eu.remhub.portal.PortalIntegrationTest;
import eu.remhub.portal.TestSupport.Accounts;
import eu.remhub.portal.TestSupport.Persona;
import eu.remhub.portal.base.ui.HomeView;
import eu.remhub.portal.mail.MailOutbox;
import eu.remhub.portal.member.MemberFixtures.Org;
import eu.remhub.portal.member.internal.JdbcOrganisations;
import eu.remhub.portal.member.ui.AccountView;
import eu.remhub.portal.member.ui.ApprovalsView;
import eu.remhub.portal.member.ui.DirectoryView;
import eu.remhub.portal.member.ui.OrganisationProfileView;
import eu.remhub.portal.member.ui.PeopleView;
import eu.remhub.portal.member.ui.RegisterView;
import eu.remhub.portal.security.CurrentPerson;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The member views, browserless: every form shows its problems next to the fields they concern. */
@PortalIntegrationTest
class MemberViewsIT extends SpringBrowserlessTest {

  @Autowired MemberRepository members;
  @Autowired JdbcOrganisations store;
  @Autowired PasswordEncoder encoder;
  @Autowired MailOutbox mail;
  @Autowired Accounts accounts;
  @Autowired OrganisationService organisations;
  @Autowired CurrentPerson currentPerson;

  MemberFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new MemberFixtures(members, store, encoder);
    MemberFixtures.signOut();
  }

  @AfterEach
  void signOut() {
    MemberFixtures.signOut();
  }

  private void click(String id) {
    test($(Button.class).id(id)).click();
  }

  @Test
  void register_emptyForm_showsAMessageNextToEachField() {
    navigate(RegisterView.class);
    click("register-submit");

    assertThat($(TextField.class).id("register-name").getErrorMessage()).isEqualTo("Required");
    assertThat($(TextField.class).id("register-name").isInvalid()).isTrue();
    assertThat($(EmailField.class).id("register-email").getErrorMessage()).isEqualTo("Required");
    assertThat($(PasswordField.class).id("register-password").getErrorMessage())
        .isEqualTo("At least 10 characters");
    assertThat($(TextField.class).id("register-legal-name").getErrorMessage())
        .isEqualTo("Required");
    assertThat($(ComboBox.class).id("register-country").getErrorMessage()).isEqualTo("Required");
    assertThat($(CheckboxGroup.class).id("register-segments").getErrorMessage())
        .isEqualTo("Choose at least one segment");
  }

  @Test
  void register_wrongRepeatAndVatId_areShownOnTheirFields_thenRegistrationSucceeds() {
    navigate(RegisterView.class);
    String name = MemberFixtures.unique("Vista");
    String email = name.toLowerCase(Locale.ROOT) + "@it.example";
    $(TextField.class).id("register-name").setValue("Vera Vista");
    $(EmailField.class).id("register-email").setValue(email);
    $(PasswordField.class).id("register-password").setValue("a long enough password");
    $(PasswordField.class).id("register-password-repeat").setValue("a different password");
    click("register-submit");
    assertThat($(PasswordField.class).id("register-password-repeat").getErrorMessage())
        .isEqualTo("The passwords differ");

    $(PasswordField.class).id("register-password-repeat").setValue("a long enough password");
    $(TextField.class).id("register-legal-name").setValue(name + " S.p.A.");
    $(TextField.class).id("register-short-name").setValue(name);
    @SuppressWarnings("unchecked")
    ComboBox<String> country = $(ComboBox.class).id("register-country");
    country.setValue("IT");
    $(TextField.class).id("register-vat").setValue("IT123");
    @SuppressWarnings("unchecked")
    CheckboxGroup<ValueChainSegment> segments = $(CheckboxGroup.class).id("register-segments");
    segments.setValue(EnumSet.of(ValueChainSegment.RESEARCH));
    click("register-submit");
    assertThat($(TextField.class).id("register-vat").getErrorMessage())
        .isEqualTo("Not a VAT number of IT, which looks like IT12345678901");
    assertThat($(PasswordField.class).id("register-password-repeat").isInvalid()).isFalse();

    $(TextField.class).id("register-vat").setValue("IT12345678901");
    click("register-submit");
    assertThat($(Paragraph.class).id("register-done").getText()).contains(email);
    assertThat(members.findPersonByEmail(email)).isPresent();
    assertThat(mail.to(email, 1)).hasSize(1);
  }

  @Test
  void verifyLink_confirms_andAWrongOneSaysSo() {
    UI.getCurrent()
        .navigate("verify-email", QueryParameters.of("token", "no-such-token-no-such-token"));
    assertThat($(Paragraph.class).id("verify-result").getText())
        .startsWith("This link is not valid");
  }

  @Test
  void profile_badVatAndWebsite_areShownOnTheirFields_andAGoodProfileIsSaved() {
    Org org = fixtures.organisation(OrganisationProfile.APPROVED);
    fixtures.signIn(org.adminId());
    navigate(OrganisationProfileView.class);

    $(TextField.class).id("profile-vat-id").setValue("DE12");
    $(TextField.class).id("profile-website").setValue("not a website");
    click("profile-save");
    assertThat($(TextField.class).id("profile-vat-id").getErrorMessage())
        .isEqualTo("Not a VAT number of DE, which looks like DE123456789");
    assertThat($(TextField.class).id("profile-website").getErrorMessage())
        .isEqualTo("A web address starting with https://");

    $(TextField.class).id("profile-vat-id").setValue("de 999 888 777");
    $(TextField.class).id("profile-website").setValue("https://magnets.example");
    $(TextArea.class).id("profile-capabilities").setValue("Two hydrogen decrepitation reactors");
    @SuppressWarnings("unchecked")
    Select<FieldVisibility> visibility = $(Select.class).id("visibility-capabilities");
    visibility.setValue(FieldVisibility.MEMBERS);
    click("profile-save");
    assertThat($(TextField.class).id("profile-vat-id").isInvalid()).isFalse();
    OrganisationProfile saved = store.find(org.id()).orElseThrow();
    assertThat(saved.vatId()).isEqualTo("DE999888777");
    assertThat(saved.capabilities()).isEqualTo("Two hydrogen decrepitation reactors");
    assertThat(saved.visibilityOf(ProfileField.CAPABILITIES)).isEqualTo(FieldVisibility.MEMBERS);
    assertThat($(TextField.class).id("profile-vat-id").getValue()).isEqualTo("DE999888777");
  }

  @Test
  void profile_logoUpload_refusesOversizedAndMalformedFiles_withAMessage_andTakesARealImage() {
    Org org = fixtures.organisation(OrganisationProfile.APPROVED);
    fixtures.signIn(org.adminId());
    navigate(OrganisationProfileView.class);
    Upload upload = $(Upload.class).id("profile-logo-upload");
    byte[] png = LogoCheckTest.image("png", 80, 40);

    test(upload).upload("huge.png", "image/png", Arrays.copyOf(png, 600 * 1024));
    roundTrip();
    assertThat($(Span.class).id("profile-logo-message").getText())
        .isEqualTo("The file is larger than 512 KiB");
    test(upload).upload("broken.png", "image/png", Arrays.copyOf(png, 30));
    roundTrip();
    assertThat($(Span.class).id("profile-logo-message").getText())
        .isEqualTo("The file is not a readable image");
    assertThat(store.logo(org.id())).isEmpty();

    test(upload).upload("logo.png", "image/png", png);
    roundTrip();
    assertThat($(Span.class).id("profile-logo-message").getText()).isEqualTo("Logo saved");
    assertThat(store.logo(org.id())).isPresent();
  }

  @Test
  void people_badInvitationAddress_isShownOnTheField() {
    Org org = fixtures.organisation(OrganisationProfile.APPROVED);
    fixtures.signIn(org.adminId());
    navigate(PeopleView.class);
    $(EmailField.class).id("invite-email").setValue(org.memberEmail());
    click("invite-submit");
    assertThat($(EmailField.class).id("invite-email").getErrorMessage())
        .isEqualTo("This person belongs to your organisation already");
  }

  @Test
  void people_showsTheSeatsTaken_andRefusesAnInvitationBeyondTheLimitOnTheField() {
    Org org = fixtures.organisation(OrganisationProfile.APPROVED);
    fixtures.signIn(org.adminId());
    navigate(PeopleView.class);
    // an admin and a member, no membership: the portal's three seats without a plan
    assertThat($(Paragraph.class).id("people-seats").getText()).startsWith("2 of 3 seats taken");

    $(EmailField.class)
        .id("invite-email")
        .setValue(MemberFixtures.unique("third").toLowerCase(Locale.ROOT) + "@it.example");
    click("invite-submit");
    assertThat($(Paragraph.class).id("people-seats").getText()).startsWith("3 of 3 seats taken");

    String fourth = MemberFixtures.unique("fourth").toLowerCase(Locale.ROOT) + "@it.example";
    $(EmailField.class).id("invite-email").setValue(fourth);
    click("invite-submit");
    assertThat($(EmailField.class).id("invite-email").getErrorMessage()).contains("3");
    assertThat($(EmailField.class).id("invite-email").getValue()).isEqualTo(fourth);
  }

  @Test
  void account_wrongCurrentPassword_isShownOnItsField() {
    Org org = fixtures.organisation(OrganisationProfile.APPROVED);
    fixtures.signIn(org.memberId());
    navigate(AccountView.class);
    $(PasswordField.class).id("account-current-password").setValue("not my password");
    $(PasswordField.class).id("account-new-password").setValue("short");
    click("account-change-password");
    assertThat($(PasswordField.class).id("account-current-password").getErrorMessage())
        .isEqualTo("The password is not right");
    assertThat($(PasswordField.class).id("account-new-password").getErrorMessage())
        .isEqualTo("At least 10 characters");
  }

  @Test
  void account_changingTheLanguage_takesEffectAtOnce_withoutSigningInAgain() {
    Org org = fixtures.organisation(OrganisationProfile.APPROVED);
    fixtures.signIn(org.memberId());
    navigate(AccountView.class);
    @SuppressWarnings("unchecked")
    Select<String> language = $(Select.class).first();
    language.setValue("it");
    click("account-save");

    assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("it");
    assertThat(currentPerson.get().orElseThrow().locale().getLanguage()).isEqualTo("it");
    assertThat(members.findPerson(org.memberId()).orElseThrow().locale()).isEqualTo("it");
    navigate(HomeView.class);
    assertThat($(H1.class).first().getText())
        .isEqualTo("Polo europeo per terre rare e magneti permanenti");
  }

  @Test
  void directory_filtersByCountryAndMaterial_forVisitors() {
    navigate(DirectoryView.class);
    @SuppressWarnings("unchecked")
    ComboBox<String> country = $(ComboBox.class).id("directory-country");
    country.setValue("IT");
    @SuppressWarnings("unchecked")
    ComboBox<Material> material = $(ComboBox.class).id("directory-material");
    material.setValue(Material.SMCO);
    String cards = $(FlexLayout.class).id("directory-cards").getElement().getTextRecursively();
    assertThat(cards)
        .contains("Servomotori Emiliani")
        .doesNotContain("Brianza Magneti", "ElbeCycle");
  }

  @Test
  void approvals_rejectWithoutReason_isShownOnTheReasonField_andApprovalLists() {
    Org org = fixtures.organisation(OrganisationProfile.PENDING);
    accounts.signIn(Persona.STAFF);
    navigate(ApprovalsView.class);
    actionOf(org.id(), "reject-");
    click("reject-confirm");
    assertThat($(TextArea.class).id("reject-reason").getErrorMessage())
        .isEqualTo("Give the applicant a reason");

    actionOf(org.id(), "approve-");
    assertThat(store.find(org.id()).orElseThrow().status()).isEqualTo(OrganisationProfile.APPROVED);
  }

  /** Clicks the button of an organisation's row in the approvals grid. */
  private void actionOf(long organisationId, String prefix) {
    @SuppressWarnings("unchecked")
    Grid<OrganisationProfile> grid = $(Grid.class).id("approvals-grid");
    var tester = test(grid);
    for (int row = 0; row < tester.size(); row++) {
      if (tester.getRow(row).id() == organisationId) {
        var actions =
            (com.vaadin.flow.component.orderedlayout.HorizontalLayout)
                tester.getCellComponent(row, 4);
        Button button =
            actions
                .getChildren()
                .map(Button.class::cast)
                .filter(b -> b.getId().orElse("").equals(prefix + organisationId))
                .findFirst()
                .orElseThrow();
        test(button).click();
        return;
      }
    }
    throw new AssertionError("organisation " + organisationId + " is not in the grid");
  }
}
