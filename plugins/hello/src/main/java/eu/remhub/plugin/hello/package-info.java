/**
 * The template plugin: copy this module to start a new plugin. It shows each kind of contribution
 * once, in the smallest form that works: a page with a menu entry ({@link
 * eu.remhub.plugin.hello.HelloRoutes}), a table of its own with a Flyway migration and JDBC ({@link
 * eu.remhub.plugin.hello.GreetingStore}), search documents, an entitlement that plans grant and a
 * dashboard widget. Texts come from {@code i18n/hello-world*.properties}.
 */
package eu.remhub.plugin.hello;
