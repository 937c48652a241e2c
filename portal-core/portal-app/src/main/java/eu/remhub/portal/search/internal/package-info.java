/**
 * The Lucene side of search: one index folder per schema version and rebuild generation, one
 * writer, a searcher manager refreshed by a background thread, commits that carry the last applied
 * outbox position, the analyzers, the query built from what was typed and the viewer, highlighting
 * and facets, and the outbox table. Nothing here but that table's adapter is a Spring bean, so the
 * crash test and the benchmark drive it directly; no Lucene type leaves this package.
 */
package eu.remhub.portal.search.internal;
