/**
 * Lucene "more like this" as the plugin contract's {@code SearchIndex.similar} answers it, in one
 * place for the core's index and the testkit's, so that a plugin's test ranks as the portal does.
 */
package eu.remhub.portal.runtime.search;
