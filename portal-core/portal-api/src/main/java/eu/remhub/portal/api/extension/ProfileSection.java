package eu.remhub.portal.api.extension;

import com.vaadin.flow.component.Component;
import eu.remhub.portal.api.OrganisationId;
import java.util.Objects;
import java.util.Optional;

/**
 * A section a plugin adds to an organisation's profile page (the directory entry everyone sees, and
 * the organisation page its admins and staff see), such as the organisation's certified people or
 * its open matchmaking posts.
 *
 * <p>The portal calls {@link Content#render} on the UI thread of the viewer each time the page is
 * built, under the plugin's guard: a section that throws is left out and its failure is recorded
 * against the plugin. Answer empty when there is nothing to show to this viewer.
 *
 * @param id a stable id, unique within the plugin
 * @param titleKey the translation key of the section's heading
 * @param order where the section goes among the others; lower first
 * @param content what to show
 * @since 1.1.0
 */
public record ProfileSection(String id, String titleKey, int order, Content content) {

  public ProfileSection {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(titleKey, "titleKey");
    Objects.requireNonNull(content, "content");
  }

  /**
   * Builds a section's content for one organisation and one viewer.
   *
   * @since 1.1.0
   */
  @FunctionalInterface
  public interface Content {

    /**
     * The section for this organisation as this viewer may see it.
     *
     * @param organisation the organisation whose profile is shown
     * @param viewer who looks at it
     * @return the component, or empty to leave the section out
     */
    Optional<Component> render(OrganisationId organisation, ProfileViewer viewer);
  }
}
