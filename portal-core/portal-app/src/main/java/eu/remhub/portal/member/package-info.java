/**
 * Members and organisations: registration with email verification and password reset, organisation
 * profiles with a visibility per field, approval by staff, people and admins of an organisation,
 * the member directory (views and {@code /api/v1/organisations}), GDPR export and erasure, API
 * tokens and entitlements. Services here are the API; {@code internal} holds the JDBC adapters and
 * {@code ui} the views. Private data is filtered and writes are checked in the services, never only
 * in the views.
 */
package eu.remhub.portal.member;
