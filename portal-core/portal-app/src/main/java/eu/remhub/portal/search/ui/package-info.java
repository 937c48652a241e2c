/**
 * The views of search: the header box with suggestions as you type, the results page with facets,
 * highlighted passages and paging, and the staff view that shows the index's figures and rebuilds
 * it. Snippets arrive escaped from the search; these views add no markup of documents.
 */
package eu.remhub.portal.search.ui;
