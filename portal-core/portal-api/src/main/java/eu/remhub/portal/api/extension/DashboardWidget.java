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
 * @since 1.0.0 (the {@link #builder} since 1.1.0: prefer it to the constructor)
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

  /**
   * Starts a widget; the builder stays source-compatible when widgets gain fields.
   *
   * @param id a stable id, unique within the plugin
   * @param content builds the content each time a dashboard is shown (on the UI thread)
   * @return a builder with order 0 and no access rule, title key or access yet
   * @since 1.1.0
   */
  public static Builder builder(String id, Supplier<? extends Component> content) {
    return new Builder(id, content);
  }

  /**
   * Collects the fields of a {@link DashboardWidget}; {@link #build()} validates them as the
   * constructor does. Not thread-safe.
   *
   * @since 1.1.0
   */
  public static final class Builder {

    private final String id;
    private final Supplier<? extends Component> content;
    private String titleKey;
    private Access access;
    private int order;

    private Builder(String id, Supplier<? extends Component> content) {
      this.id = id;
      this.content = content;
    }

    /**
     * Sets the title.
     *
     * @param titleKey the translation key of the title
     * @return this builder
     */
    public Builder titleKey(String titleKey) {
      this.titleKey = titleKey;
      return this;
    }

    /**
     * Sets who sees the widget.
     *
     * @param access the rule
     * @return this builder
     */
    public Builder access(Access access) {
      this.access = access;
      return this;
    }

    /**
     * Sets where the widget sits.
     *
     * @param order lower first
     * @return this builder
     */
    public Builder order(int order) {
      this.order = order;
      return this;
    }

    /**
     * Builds the widget.
     *
     * @return the widget
     * @throws NullPointerException when the title key or access rule is missing
     */
    public DashboardWidget build() {
      return new DashboardWidget(id, titleKey, access, order, content);
    }
  }
}
