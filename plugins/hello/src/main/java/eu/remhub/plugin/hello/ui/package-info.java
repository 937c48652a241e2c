/**
 * The plugin's views. A view is an ordinary Vaadin component that the portal registers under the
 * route its {@link eu.remhub.portal.api.extension.RouteContributor} names, inside the portal's
 * layout; it reaches the portal's services through {@link
 * eu.remhub.portal.api.PluginContexts#of(Class)}.
 */
package eu.remhub.plugin.hello.ui;
