package eu.remhub.portal.runtime.pf4j;

import org.pf4j.ClassLoadingStrategy;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginManager;

/**
 * The contract, PF4J, Vaadin (with the Jackson it brings), logging and the Jakarta annotations come
 * from the portal, never from a plugin jar: a plugin that bundles a second copy of an interface
 * would otherwise implement that copy, and its extensions would silently stop matching.
 */
final class ContractFirstClassLoader extends PluginClassLoader {

  ContractFirstClassLoader(PluginManager manager, PluginDescriptor descriptor, ClassLoader parent) {
    super(manager, descriptor, parent, ClassLoadingStrategy.PDA);
  }

  @Override
  protected boolean shouldDelegateToParent(String className) {
    return super.shouldDelegateToParent(className)
        || className.startsWith("eu.remhub.portal.")
        || className.startsWith("com.vaadin.")
        || className.startsWith("org.slf4j.")
        || className.startsWith("tools.jackson.")
        || className.startsWith("jakarta.");
  }
}
