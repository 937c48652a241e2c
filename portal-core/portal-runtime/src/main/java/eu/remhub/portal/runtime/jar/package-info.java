/**
 * The checks a plugin jar must pass before anything of it is loaded (sound zip, descriptor with a
 * well-formed id and version, a contract range this portal satisfies, no bundled contract or
 * framework classes, no frontend dependencies the core bundle lacks, size and checksum), as one
 * implementation that the portal applies at upload and folder scan and the testkit applies when it
 * loads a jar, so that a jar that passes a plugin's tests is not refused by the portal. Every
 * refusal is a {@link eu.remhub.portal.runtime.jar.PluginJarRefusedException} in the words staff
 * see.
 */
package eu.remhub.portal.runtime.jar;
