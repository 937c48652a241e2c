package eu.remhub.portal.plugin;

import com.vaadin.flow.component.Component;
import eu.remhub.portal.api.OrganisationId;
import eu.remhub.portal.api.extension.ProfileSection;
import eu.remhub.portal.api.extension.ProfileSectionContributor;
import eu.remhub.portal.api.extension.ProfileViewer;
import eu.remhub.portal.member.ProfileSections;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The profile sections of enabled plugins. The list of sections and each section's content are
 * asked for under the plugin guard: a plugin that throws is left out of the page and the failure
 * becomes its last error, while the other sections still show.
 */
@org.springframework.stereotype.Component
class PluginProfileSections implements ProfileSections {

  private record Placed(int order, String pluginId, String id, Section section) {}

  private final PluginService plugins;

  PluginProfileSections(PluginService plugins) {
    this.plugins = plugins;
  }

  @Override
  public List<Section> of(long organisationId, ProfileViewer viewer) {
    OrganisationId organisation = OrganisationId.of(organisationId);
    List<Placed> placed = new ArrayList<>();
    plugins
        .extensions(ProfileSectionContributor.class)
        .forEach(
            (pluginId, contributors) -> {
              for (ProfileSectionContributor contributor : contributors) {
                List<ProfileSection> sections =
                    plugins.guarded(
                        pluginId, "profile sections", contributor::profileSections, List.of());
                for (ProfileSection section :
                    sections == null ? List.<ProfileSection>of() : sections) {
                  render(pluginId, section, organisation, viewer)
                      .ifPresent(
                          content ->
                              placed.add(
                                  new Placed(
                                      section.order(),
                                      pluginId,
                                      section.id(),
                                      new Section(
                                          pluginId + "-" + section.id(),
                                          section.titleKey(),
                                          content))));
                }
              }
            });
    return placed.stream()
        .sorted(
            Comparator.comparingInt(Placed::order)
                .thenComparing(Placed::pluginId)
                .thenComparing(Placed::id))
        .map(Placed::section)
        .toList();
  }

  private Optional<Component> render(
      String pluginId, ProfileSection section, OrganisationId organisation, ProfileViewer viewer) {
    Optional<Component> content =
        plugins.guarded(
            pluginId,
            "profile section " + section.id(),
            () -> section.content().render(organisation, viewer),
            Optional.empty());
    return content == null ? Optional.empty() : content;
  }
}
