/**
 * Test support for plugin authors: {@link eu.remhub.portal.testkit.PluginJarBuilder} builds real
 * plugin jars in a test, {@link eu.remhub.portal.testkit.TestPluginContext} gives plugin code every
 * portal service in memory, {@link eu.remhub.portal.testkit.TestPluginManager} loads jars through
 * the real PF4J runtime after the portal's upload check, and {@link
 * eu.remhub.portal.testkit.PluginViewTest} opens plugin views in Vaadin's browserless tests. A
 * plugin module adds this artifact with scope {@code test}; nothing here may be needed at run time.
 */
package eu.remhub.portal.testkit;
