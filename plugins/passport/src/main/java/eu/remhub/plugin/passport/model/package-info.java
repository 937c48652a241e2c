/**
 * The passport's data model as CRMA Art. 28, 29 and 31 shape it: identity, magnets with their
 * composition, recycled shares, origins, footprint and chain-of-custody events, and the rules they
 * must meet. Plain records and enums with no storage or UI in them.
 */
package eu.remhub.plugin.passport.model;
