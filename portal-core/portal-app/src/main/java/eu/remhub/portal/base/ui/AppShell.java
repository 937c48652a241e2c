package eu.remhub.portal.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page around every view: Lumo, then the REMHub stylesheets from the theme jar, light or dark
 * as the person's system prefers until they choose. Push keeps open tabs in step when staff enable
 * or disable a plugin.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("themes/remhub/styles.css")
@ColorScheme(ColorScheme.Value.LIGHT_DARK)
@Push
@Meta(
    name = "description",
    content = "REMHub: European innovation hub for rare earth elements and permanent magnets")
public class AppShell implements AppShellConfigurator {

  @Override
  public void configurePage(AppShellSettings settings) {
    settings.addFavIcon("icon", "themes/remhub/icon.svg", "any");
    settings.setPageTitle("REMHub");
  }
}
