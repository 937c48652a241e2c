/**
 * Drawing {@link eu.remhub.portal.api.service.Chart}s with JFreeChart in the look of the core's
 * staff dashboards, as PNG images and as Vaadin images with a text alternative; shared by the core
 * and the testkit.
 */
package eu.remhub.portal.runtime.chart;
