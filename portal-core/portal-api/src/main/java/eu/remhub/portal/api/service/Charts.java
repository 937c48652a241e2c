package eu.remhub.portal.api.service;

import com.vaadin.flow.component.Component;

/**
 * Draws charts in the portal's look, the same way the core's staff dashboards draw theirs, so that
 * every plugin's figures look alike.
 *
 * @since 1.1.0
 */
public interface Charts {

  /**
   * A component showing the chart, with the chart's title as its text alternative. Call it on the
   * UI thread.
   *
   * @param chart what to draw
   * @param width the width in CSS pixels
   * @param height the height in CSS pixels
   * @return the component
   */
  Component component(Chart chart, int width, int height);

  /**
   * The chart as a PNG image, for a PDF or a mail.
   *
   * @param chart what to draw
   * @param width the width in pixels
   * @param height the height in pixels
   * @return the PNG bytes
   */
  byte[] png(Chart chart, int width, int height);
}
