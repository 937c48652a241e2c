package eu.remhub.portal.member.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import eu.remhub.portal.api.CurrentUser;
import eu.remhub.portal.api.Roles;
import eu.remhub.portal.api.extension.ProfileViewer;
import eu.remhub.portal.member.ProfileSections;
import java.util.Optional;

/** The plugins' sections on an organisation's page, each under its heading. */
final class ProfileSectionsArea {

  private ProfileSectionsArea() {}

  /** Who the signed-in person (or visitor) is to the organisation shown. */
  static ProfileViewer viewerOf(Optional<CurrentUser> user, long organisationId) {
    if (user.isEmpty()) {
      return ProfileViewer.VISITOR;
    }
    CurrentUser u = user.get();
    if (u.hasRole(Roles.STAFF)) {
      return ProfileViewer.STAFF;
    }
    if (u.organisationId() == organisationId) {
      return u.hasRole(Roles.ORG_ADMIN)
          ? ProfileViewer.ORGANISATION_ADMIN
          : ProfileViewer.COLLEAGUE;
    }
    return ProfileViewer.MEMBER;
  }

  /**
   * The area, empty when no plugin has anything for this viewer.
   *
   * @param page the page, for translations
   */
  static Div of(
      Component page, ProfileSections sections, long organisationId, ProfileViewer viewer) {
    Div area = new Div();
    area.setId("organisation-plugin-sections");
    for (ProfileSections.Section s : sections.of(organisationId, viewer)) {
      Section section = new Section(new H2(page.getTranslation(s.titleKey())), s.content());
      section.setId("profile-section-" + s.id());
      section.addClassName("remhub-profile-section");
      area.add(section);
    }
    return area;
  }
}
