package eu.remhub.portal.plugin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.RouteRegistry;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import eu.remhub.portal.api.extension.RouteContribution;
import eu.remhub.portal.base.ui.MainLayout;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The routes that enabled plugins contribute, kept in step with Vaadin's application route registry
 * of every running Vaadin service (the servlet's, and those of view tests). Routes registered here
 * are live for every open UI at once; removed ones are gone at the next navigation.
 */
@org.springframework.stereotype.Component
public class PluginRoutes implements VaadinServiceInitListener {

  /**
   * A route and the plugin that contributed it.
   *
   * @param pluginId the plugin
   * @param route the contribution
   */
  public record Binding(String pluginId, RouteContribution route) {}

  private static final Logger log = LoggerFactory.getLogger(PluginRoutes.class);

  private final Map<String, Binding> byPath = new ConcurrentHashMap<>();
  private final Set<RouteRegistry> registries =
      Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
  // Plugin views render inside the portal's frame, like core views.
  private volatile Class<? extends RouterLayout> layout = MainLayout.class;

  /** The layout plugin views render in; the portal's frame unless set otherwise. */
  public void useLayout(Class<? extends RouterLayout> layout) {
    this.layout = layout;
  }

  @Override
  public void serviceInit(ServiceInitEvent event) {
    RouteRegistry registry = ApplicationRouteRegistry.getInstance(event.getSource().getContext());
    registries.add(registry);
    RouteConfiguration config = RouteConfiguration.forRegistry(registry);
    config.update(() -> byPath.values().forEach(b -> register(config, b)));
  }

  /** Adds a plugin's routes; refuses all of them if one path is taken. */
  synchronized void add(String pluginId, List<RouteContribution> routes) {
    for (RouteContribution route : routes) {
      Binding existing = byPath.get(route.path());
      if (existing != null || isCoreRoute(route.path())) {
        throw new PluginRefusedException(
            pluginId
                + " wants the path /"
                + route.path()
                + ", which "
                + (existing == null ? "the portal" : existing.pluginId())
                + " already serves");
      }
    }
    routes.forEach(r -> byPath.put(r.path(), new Binding(pluginId, r)));
    forEachRegistry(config -> routes.forEach(r -> register(config, new Binding(pluginId, r))));
  }

  /** Removes every route of a plugin. */
  synchronized void removeAll(String pluginId) {
    List<Binding> gone =
        byPath.values().stream().filter(b -> b.pluginId().equals(pluginId)).toList();
    gone.forEach(b -> byPath.remove(b.route().path()));
    forEachRegistry(config -> gone.forEach(b -> config.removeRoute(b.route().path())));
  }

  /** The binding of a plugin view class, if it is a live plugin route. */
  public Optional<Binding> bindingFor(Class<?> viewClass) {
    return byPath.values().stream().filter(b -> b.route().view() == viewClass).findFirst();
  }

  /** Every live plugin route. */
  public List<Binding> all() {
    return List.copyOf(byPath.values());
  }

  private boolean isCoreRoute(String path) {
    synchronized (registries) {
      for (RouteRegistry registry : registries) {
        Optional<Class<? extends Component>> target = registry.getNavigationTarget(path);
        if (target.isPresent() && bindingFor(target.get()).isEmpty()) {
          return true;
        }
      }
    }
    return false;
  }

  private void register(RouteConfiguration config, Binding binding) {
    Class<? extends RouterLayout> parent = layout;
    if (parent == null) {
      config.setRoute(binding.route().path(), binding.route().view());
    } else {
      config.setRoute(binding.route().path(), binding.route().view(), parent);
    }
    log.debug("route /{} of {} registered", binding.route().path(), binding.pluginId());
  }

  private void forEachRegistry(java.util.function.Consumer<RouteConfiguration> action) {
    List<RouteRegistry> current;
    synchronized (registries) {
      current = List.copyOf(registries);
    }
    for (RouteRegistry registry : current) {
      RouteConfiguration config = RouteConfiguration.forRegistry(registry);
      config.update(() -> action.accept(config));
    }
  }
}
