/** Domain events that the core publishes and plugins observe or publish. */
package eu.remhub.portal.api.event;
