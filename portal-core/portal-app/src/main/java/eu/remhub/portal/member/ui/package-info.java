/**
 * The member feature's views: registration and the links mail leads to, the organisation profile
 * and people of an organisation, the public directory and profile pages, the person's own account,
 * and staff's approvals and accounts. Views call the services in {@code eu.remhub.portal.member},
 * which check every access again.
 */
package eu.remhub.portal.member.ui;
