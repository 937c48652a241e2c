package eu.remhub.portal.member.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.base.ui.MainLayout;
import eu.remhub.portal.member.Material;
import eu.remhub.portal.member.OrganisationProfile;
import eu.remhub.portal.member.OrganisationService;
import eu.remhub.portal.member.ProfileSections;
import eu.remhub.portal.security.CurrentPerson;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An organisation's profile page: the fields the viewer may see, as the service hands them out.
 * Pending and rejected organisations show only to their own people and staff. Under the fields, the
 * enabled plugins' sections for this viewer.
 */
@Route(value = "organisations/:id", layout = MainLayout.class)
@AnonymousAllowed
public class OrganisationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

  private final transient OrganisationService organisations;
  private final transient CurrentPerson currentPerson;
  private final transient ProfileSections sections;
  private String title = "";

  public OrganisationView(
      OrganisationService organisations, CurrentPerson currentPerson, ProfileSections sections) {
    this.organisations = organisations;
    this.currentPerson = currentPerson;
    this.sections = sections;
    addClassName("remhub-page");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    Optional<OrganisationProfile> found =
        event
            .getRouteParameters()
            .get("id")
            .filter(id -> id.matches("\\d{1,18}"))
            .flatMap(id -> organisations.profile(Long.parseLong(id)));
    if (found.isEmpty()) {
      event.rerouteToError(NotFoundException.class, getTranslation("organisation.not-found"));
      return;
    }
    show(found.get());
  }

  private void show(OrganisationProfile o) {
    title = o.shortName();
    if (Boolean.TRUE.equals(o.hasLogo())) {
      Image logo =
          new Image(
              DownloadHandler.fromInputStream(
                  e ->
                      organisations
                          .logo(o.id())
                          .map(
                              l ->
                                  new DownloadResponse(
                                      new ByteArrayInputStream(l.content()),
                                      "logo",
                                      l.contentType(),
                                      l.content().length))
                          .orElse(DownloadResponse.error(404))),
              o.shortName());
      logo.setMaxHeight("96px");
      logo.setId("organisation-logo");
      add(logo);
    }
    H1 name = new H1(o.shortName());
    name.setId("organisation-name");
    add(name);
    if (!o.approved()) {
      add(new Paragraph(getTranslation("organisation.pending")));
    }
    DescriptionList fields = new DescriptionList();
    fields.setId("organisation-fields");
    term(fields, "legal-name", o.legalName());
    term(
        fields,
        "country",
        o.country() == null ? null : Choices.countryName(o.country(), getLocale()));
    term(fields, "city", o.city());
    term(fields, "vat-id", o.vatId());
    term(fields, "website", o.website());
    term(
        fields,
        "segments",
        o.segments() == null
            ? null
            : o.segments().stream()
                .map(s -> getTranslation(s.titleKey()))
                .collect(Collectors.joining(", ")));
    term(
        fields,
        "materials",
        o.materials() == null
            ? null
            : o.materials().stream().map(Material::label).collect(Collectors.joining(", ")));
    term(fields, "capabilities", o.capabilities());
    term(fields, "description", o.description());
    add(fields);
    Optional<CurrentUser> user = currentPerson.get();
    add(ProfileSectionsArea.of(this, sections, o.id(), ProfileSectionsArea.viewerOf(user, o.id())));
    if (user.isEmpty() || !(user.get().hasRole(Roles.MEMBER) || user.get().hasRole(Roles.STAFF))) {
      add(new Paragraph(getTranslation("organisation.members-only")));
    }
    if (user.map(u -> u.hasRole(Roles.ORG_ADMIN) && u.organisationId() == o.id()).orElse(false)) {
      add(new Anchor("organisation/profile", getTranslation("organisation.edit")));
    }
    add(new Anchor("organisations", getTranslation("organisation.back")));
  }

  private void term(DescriptionList list, String key, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    var term = new DescriptionList.Term(getTranslation("organisation.field." + key));
    var description = new DescriptionList.Description(value);
    description.setId("organisation-" + key);
    list.add(term, description);
  }

  @Override
  public String getPageTitle() {
    return title + " · REMHub";
  }
}
