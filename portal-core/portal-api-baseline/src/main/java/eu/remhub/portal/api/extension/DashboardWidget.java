package eu.remhub.portal.api.extension;

import com.vaadin.flow.component.Component;
import eu.remhub.portal.api.Access;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One dashboard widget.
 *
 * @param id a stable id, unique within the plugin
 * @param titleKey the translation key of the widget title
 * @param access who sees it
 * @param order where it sits: lower first
 * @param content builds the widget's content each time a dashboard is shown
 * @since 1.0.0
 */
public record DashboardWidget(
    String id, String titleKey, Access access, int order, Supplier<? extends Component> content) {

  /** Validates the widget. */
  public DashboardWidget {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(titleKey, "titleKey");
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(content, "content");
  }
}
