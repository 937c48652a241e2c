package eu.remhub.portal.base.ui;

import com.vaadin.flow.component.Component;
import eu.remhub.portal.api.Access;

/**
 * One entry of the side navigation, from the core or a plugin.
 *
 * @param path the route path
 * @param view the view class
 * @param titleKey the translation key of the title
 * @param icon a Vaadin icon name
 * @param order lower first
 * @param access who sees it
 * @param pluginId the plugin that contributed it, or empty for the core
 */
public record NavItem(
    String path,
    Class<? extends Component> view,
    String titleKey,
    String icon,
    int order,
    Access access,
    String pluginId) {}
