package eu.remhub.portal.api.extension;

import com.vaadin.flow.component.Component;
import eu.remhub.portal.api.Access;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One view contributed by a plugin.
 *
 * <p>The path is relative to the portal root, without a leading slash (for example {@code
 * passport} or {@code passport/:id}). Route parameters follow Vaadin's template syntax ({@code
 * :name}, {@code :name?}, {@code :name*}) and reach the view through {@code
 * BeforeEnterEvent.getRouteParameters()}. The view
 * class is created by the portal's UI framework and must have a public no-argument constructor; it
 * obtains its plugin's services with {@link eu.remhub.portal.api.PluginContexts#of(Class)}.
 *
 * @param path the route path
 * @param view the view class
 * @param access who may open it
 * @param menu the side navigation entry, or {@code null} for a route without one
 * @since 1.0.0
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
}
