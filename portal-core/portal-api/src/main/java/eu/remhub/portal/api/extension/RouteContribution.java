package eu.remhub.portal.api.extension;

import com.vaadin.flow.component.Component;
import eu.remhub.portal.api.Access;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One view contributed by a plugin.
 *
 * <p>The path is relative to the portal root, without a leading slash (for example {@code passport}
 * or {@code passport/:id}). Route parameters follow Vaadin's template syntax ({@code :name}, {@code
 * :name?}, {@code :name*}) and reach the view through {@code
 * BeforeEnterEvent.getRouteParameters()}. The view class is created by the portal's UI framework
 * and must have a public no-argument constructor; it obtains its plugin's services with {@link
 * eu.remhub.portal.api.PluginContexts#of(Class)}.
 *
 * @param path the route path
 * @param view the view class
 * @param access who may open it
 * @param menu the side navigation entry, or {@code null} for a route without one
 * @since 1.0.0 (the {@link #builder} since 1.1.0: prefer it to the constructor)
 */
public record RouteContribution(
    String path, Class<? extends Component> view, Access access, MenuEntry menu) {

  private static final Pattern PATH = Pattern.compile("[a-z0-9][a-zA-Z0-9._~:/?*-]*");

  /** Validates the contribution. */
  public RouteContribution {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(access, "access");
    if (!PATH.matcher(path).matches()) {
      throw new IllegalArgumentException("route path must be lower-case and relative: " + path);
    }
  }

  /**
   * The menu entry, when the route has one.
   *
   * @return the menu entry
   */
  public Optional<MenuEntry> menuEntry() {
    return Optional.ofNullable(menu);
  }

  /**
   * Starts a route; the builder stays source-compatible when contributions gain fields.
   *
   * @param path the route path
   * @param view the view class
   * @return a builder without access rule (which {@link Builder#build()} requires) and without menu
   *     entry
   * @since 1.1.0
   */
  public static Builder builder(String path, Class<? extends Component> view) {
    return new Builder(path, view);
  }

  /**
   * Collects the fields of a {@link RouteContribution}; {@link #build()} validates them as the
   * constructor does. Not thread-safe.
   *
   * @since 1.1.0
   */
  public static final class Builder {

    private final String path;
    private final Class<? extends Component> view;
    private Access access;
    private MenuEntry menu;

    private Builder(String path, Class<? extends Component> view) {
      this.path = path;
      this.view = view;
    }

    /**
     * Sets who may open the view.
     *
     * @param access the rule
     * @return this builder
     */
    public Builder access(Access access) {
      this.access = access;
      return this;
    }

    /**
     * Gives the route an entry in the side navigation.
     *
     * @param menu the entry, or {@code null} for none
     * @return this builder
     */
    public Builder menu(MenuEntry menu) {
      this.menu = menu;
      return this;
    }

    /**
     * Gives the route an entry in the side navigation.
     *
     * @param titleKey the translation key of the title
     * @param icon a Vaadin icon name such as {@code vaadin:academy-cap}
     * @param order where the entry sits: lower first
     * @return this builder
     */
    public Builder menu(String titleKey, String icon, int order) {
      return menu(new MenuEntry(titleKey, icon, order));
    }

    /**
     * Builds the contribution.
     *
     * @return the contribution
     * @throws NullPointerException when the access rule is missing
     * @throws IllegalArgumentException when the path is not lower-case and relative
     */
    public RouteContribution build() {
      return new RouteContribution(path, view, access, menu);
    }
  }
}
