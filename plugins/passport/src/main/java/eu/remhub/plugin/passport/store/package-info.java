/**
 * Storage and rules around it: the passport tables, the hash chain, who may see and change what
 * (tiers), publishing and versioning, and the tier-filtered documents that pages and the API show.
 */
package eu.remhub.plugin.passport.store;
