/**
 * Extension points: what a plugin can contribute. Each is a PF4J {@code ExtensionPoint}; a plugin
 * implements one with a class annotated {@code @org.pf4j.Extension}, one extension per file.
 */
package eu.remhub.portal.api.extension;
