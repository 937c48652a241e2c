/**
 * The template plugin: copy this module to start a new plugin. It shows each kind of contribution
 * once, in the smallest form that works: a page with a menu entry ({@link
 * eu.remhub.plugin.hello.HelloRoutes}), a table of its own with a Flyway migration and JDBC ({@link
 * eu.remhub.plugin.hello.GreetingStore}, rows read as {@code Row}s), search documents, an
 * entitlement that plans grant, a dashboard widget and a declared setting ({@link
 * eu.remhub.plugin.hello.HelloSettings}). It is written in the style of contract 1.1: records built
 * with their builders, rows read with {@code select}, typed ids and typed setting reads. Texts come
 * from {@code i18n/hello-world*.properties}.
 */
package eu.remhub.plugin.hello;
