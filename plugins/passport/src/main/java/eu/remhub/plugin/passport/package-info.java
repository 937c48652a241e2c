/**
 * The magnet passport plugin: its plugin class and its extensions (routes, REST endpoints, search
 * documents, entitlements). The data model is in {@code model}, storage and access rules in {@code
 * store}, pages in {@code ui}, endpoints in {@code api}, import and export in {@code io}.
 */
package eu.remhub.plugin.passport;
