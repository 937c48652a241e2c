/**
 * The one guarded way in which the core calls plugin code: whatever a plugin throws is caught,
 * attributed to the plugin and the call that failed, handed to whoever shows it to staff, and the
 * core goes on with a fallback. Core code never calls an extension or a plugin's lifecycle method
 * except through {@link eu.remhub.portal.runtime.call.PluginCalls}.
 */
package eu.remhub.portal.runtime.call;
