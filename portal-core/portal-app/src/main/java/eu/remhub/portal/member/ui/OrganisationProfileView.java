package eu.remhub.portal.member.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.base.InvalidInputException;
import eu.remhub.portal.base.ui.FieldErrors;
import eu.remhub.portal.base.ui.MainLayout;
import eu.remhub.portal.member.FieldVisibility;
import eu.remhub.portal.member.Material;
import eu.remhub.portal.member.MemberSettings;
import eu.remhub.portal.member.OrganisationProfile;
import eu.remhub.portal.member.OrganisationService;
import eu.remhub.portal.member.ProfileChanges;
import eu.remhub.portal.member.ProfileField;
import eu.remhub.portal.member.ProfileSections;
import eu.remhub.portal.member.ValueChainSegment;
import eu.remhub.portal.member.VatIds;
import eu.remhub.portal.security.CurrentPerson;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.EnumMap;
import java.util.Map;

/**
 * Organisation admins edit their own organisation's profile: every field with who may see it, and
 * the logo. Which organisation is always the admin's own; the service checks that again. Under the
 * form, the enabled plugins' sections as the organisation's admins see them.
 */
@Menu(title = "profile.title", order = 700, icon = "vaadin:building")
@Route(value = "organisation/profile", layout = MainLayout.class)
@RolesAllowed(Roles.ORG_ADMIN)
public class OrganisationProfileView extends Div implements HasDynamicTitle {

  private final transient OrganisationService organisations;
  private final long organisationId;
  private final FieldErrors errors = new FieldErrors(this);
  private final Map<ProfileField, Select<FieldVisibility>> visibility =
      new EnumMap<>(ProfileField.class);
  private final TextField legalName = new TextField();
  private final TextField shortName = new TextField();
  private final ComboBox<String> country;
  private final TextField city = new TextField();
  private final TextField vatId = new TextField();
  private final TextField website = new TextField();
  private final CheckboxGroup<ValueChainSegment> segments;
  private final CheckboxGroup<Material> materials;
  private final TextArea capabilities = new TextArea();
  private final TextArea description = new TextArea();
  private final Div logoBox = new Div();
  private final Paragraph status = new Paragraph();

  public OrganisationProfileView(
      OrganisationService organisations,
      CurrentPerson currentPerson,
      MemberSettings settings,
      ProfileSections sections) {
    this.organisations = organisations;
    this.organisationId = currentPerson.get().map(u -> u.organisationId()).orElse(0L);
    addClassName("remhub-page");
    country = Choices.country(this, getTranslation("organisation.field.country"));
    segments = Choices.segments(this, getTranslation("organisation.field.segments"));
    materials = Choices.materials(getTranslation("organisation.field.materials"));
    status.setId("profile-status");
    add(new H1(getTranslation("profile.title")), status);

    label(legalName, "legal-name");
    label(shortName, "short-name");
    shortName.setHelperText(getTranslation("profile.short-name.helper"));
    label(city, "city");
    label(vatId, "vat-id");
    label(website, "website");
    website.setPlaceholder("https://");
    label(capabilities, "capabilities");
    label(description, "description");
    country.setId("profile-country");
    segments.setId("profile-segments");
    materials.setId("profile-materials");
    capabilities.setMaxLength(2000);
    description.setMaxLength(5000);
    capabilities.setWidthFull();
    description.setWidthFull();
    country.addValueChangeListener(
        e ->
            vatId.setHelperText(
                e.getValue() == null
                    ? null
                    : getTranslation("profile.vat.helper", VatIds.example(e.getValue()))));

    VerticalLayout form =
        new VerticalLayout(
            row(legalName, ProfileField.LEGAL_NAME),
            row(shortName, null),
            row(country, ProfileField.COUNTRY),
            row(city, ProfileField.CITY),
            row(vatId, ProfileField.VAT_ID),
            row(website, ProfileField.WEBSITE),
            row(segments, ProfileField.SEGMENTS),
            row(materials, ProfileField.MATERIALS),
            row(capabilities, ProfileField.CAPABILITIES),
            row(description, ProfileField.DESCRIPTION),
            row(logoArea(settings), ProfileField.LOGO));
    form.setPadding(false);
    errors
        .bind("legalName", legalName)
        .bind("shortName", shortName)
        .bind("country", country)
        .bind("city", city)
        .bind("vatId", vatId)
        .bind("website", website)
        .bind("segments", segments)
        .bind("materials", materials)
        .bind("capabilities", capabilities)
        .bind("description", description);

    Button save = new Button(getTranslation("common.save"), e -> save());
    save.setId("profile-save");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Anchor view = new Anchor("organisations/" + organisationId, getTranslation("profile.view"));
    HorizontalLayout actions = new HorizontalLayout(save, view);
    actions.setAlignItems(HorizontalLayout.Alignment.BASELINE);
    add(form, actions);
    add(
        ProfileSectionsArea.of(
            this,
            sections,
            organisationId,
            ProfileSectionsArea.viewerOf(currentPerson.get(), organisationId)));
    load();
  }

  private void label(com.vaadin.flow.component.HasLabel field, String key) {
    field.setLabel(getTranslation("organisation.field." + key));
    ((Component) field).setId("profile-" + key);
  }

  private Component row(Component field, ProfileField visibilityOf) {
    HorizontalLayout row = new HorizontalLayout(field);
    row.setWidthFull();
    row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
    row.setFlexGrow(1, field);
    if (visibilityOf != null) {
      Select<FieldVisibility> select = Choices.visibility(this);
      select.setId(
          "visibility-" + visibilityOf.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      visibility.put(visibilityOf, select);
      row.add(select);
    }
    return row;
  }

  private Component logoArea(MemberSettings settings) {
    long maxKib = settings.maxLogoSize().toBytes() / 1024;
    Upload upload = new Upload();
    upload.setId("profile-logo-upload");
    upload.setMaxFiles(1);
    upload.setAcceptedFileTypes("image/png", "image/jpeg", ".png", ".jpg", ".jpeg");
    upload.setMaxFileSize((int) settings.maxLogoSize().toBytes());
    Span hint = new Span(getTranslation("profile.logo.hint", maxKib, 4000));
    hint.setId("profile-logo-message");
    upload.addFileRejectedListener(
        e -> {
          hint.setText(getTranslation("error.logo.too-large", maxKib));
          hint.getElement().setAttribute("data-invalid", "");
        });
    upload.setUploadHandler(
        UploadHandler.inMemory(
            (meta, bytes) -> {
              UI ui = UI.getCurrent();
              ui.access(
                  () -> {
                    try {
                      organisations.setLogo(organisationId, bytes);
                      hint.setText(getTranslation("profile.logo.saved"));
                      hint.getElement().removeAttribute("data-invalid");
                      showLogo();
                    } catch (InvalidInputException ex) {
                      InvalidInputException.Problem p = ex.problems().get(0);
                      hint.setText(getTranslation(p.key(), p.args()));
                      hint.getElement().setAttribute("data-invalid", "");
                    }
                    upload.clearFileList();
                  });
            }));
    Button remove =
        new Button(
            getTranslation("profile.logo.remove"),
            e -> {
              organisations.removeLogo(organisationId);
              showLogo();
            });
    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    remove.setId("profile-logo-remove");
    Span label = new Span(getTranslation("organisation.field.logo"));
    VerticalLayout area = new VerticalLayout(label, logoBox, upload, hint, remove);
    area.setPadding(false);
    area.setSpacing(false);
    return area;
  }

  private void showLogo() {
    logoBox.removeAll();
    organisations
        .logo(organisationId)
        .ifPresent(
            logo -> {
              Image image =
                  new Image(
                      DownloadHandler.fromInputStream(
                          ev ->
                              new DownloadResponse(
                                  new ByteArrayInputStream(logo.content()),
                                  "logo",
                                  logo.contentType(),
                                  logo.content().length)),
                      "logo");
              image.setMaxHeight("96px");
              image.setId("profile-logo");
              logoBox.add(image);
            });
  }

  private void load() {
    OrganisationProfile p = organisations.editable(organisationId);
    legalName.setValue(p.legalName());
    shortName.setValue(p.shortName());
    country.setValue(p.country());
    city.setValue(p.city());
    vatId.setValue(p.vatId());
    website.setValue(p.website());
    segments.setValue(p.segments());
    materials.setValue(p.materials());
    capabilities.setValue(p.capabilities());
    description.setValue(p.description());
    visibility.forEach((field, select) -> select.setValue(p.visibilityOf(field)));
    status.setText(
        switch (p.status()) {
          case OrganisationProfile.PENDING -> getTranslation("profile.status.pending");
          case OrganisationProfile.REJECTED ->
              getTranslation("profile.status.rejected", p.rejectionReason());
          default -> getTranslation("profile.status.approved");
        });
    showLogo();
  }

  private void save() {
    Map<ProfileField, FieldVisibility> chosen = new EnumMap<>(ProfileField.class);
    visibility.forEach((field, select) -> chosen.put(field, select.getValue()));
    try {
      errors.clear();
      organisations.update(
          organisationId,
          new ProfileChanges(
              legalName.getValue(),
              shortName.getValue(),
              country.getValue(),
              city.getValue(),
              vatId.getValue(),
              website.getValue(),
              segments.getValue(),
              materials.getValue(),
              capabilities.getValue(),
              description.getValue(),
              chosen));
      load();
      FieldErrors.success(getTranslation("profile.saved"));
    } catch (InvalidInputException ex) {
      errors.show(ex);
      FieldErrors.error(getTranslation("profile.invalid"));
    }
  }

  @Override
  public String getPageTitle() {
    return getTranslation("profile.title") + " · REMHub";
  }
}
