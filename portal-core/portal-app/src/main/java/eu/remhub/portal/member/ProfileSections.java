package eu.remhub.portal.member;

import com.vaadin.flow.component.Component;
import eu.remhub.portal.api.extension.ProfileViewer;
import java.util.List;

/**
 * Sections that others add to an organisation's profile page (the plugins' {@code
 * ProfileSectionContributor}s): the plugin feature supplies them, guarding every call into plugin
 * code, so that the member feature never names it. Call on the UI thread of the viewer.
 */
public interface ProfileSections {

  /**
   * The sections to show on one organisation's page to one viewer, in order; a section that fails
   * or has nothing for this viewer is not among them.
   *
   * @param organisationId the organisation shown
   * @param viewer who looks at it
   * @return the sections
   */
  List<Section> of(long organisationId, ProfileViewer viewer);

  /**
   * One section, built for this page.
   *
   * @param id the section's id, unique on the page (plugin id and section id)
   * @param titleKey the translation key of its heading
   * @param content what to show under the heading
   */
  record Section(String id, String titleKey, Component content) {}
}
