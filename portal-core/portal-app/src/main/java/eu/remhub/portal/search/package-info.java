/**
 * Search: one index for every searchable thing on the hub, fed by the index outbox and filtered for
 * the person asking inside the query. {@link eu.remhub.portal.search.SearchService} is the
 * feature's API, with {@link eu.remhub.portal.search.SearchQuery}, {@link
 * eu.remhub.portal.search.SearchResult} and {@link eu.remhub.portal.search.Viewer}; the views are
 * in {@code ui}, and Lucene stays in {@code internal}, so that another engine could sit behind the
 * same service. Search names no feature above it: features offer their documents as {@link
 * eu.remhub.portal.search.SearchDocumentFeed} beans, the plugin feature as {@link
 * eu.remhub.portal.search.PluginDocuments}, and the member feature says which entitlements an
 * organisation was granted through {@link eu.remhub.portal.search.OrganisationGrants}.
 */
package eu.remhub.portal.search;
