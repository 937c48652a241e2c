package eu.remhub.portal.base.ui;

import com.vaadin.flow.component.Component;
import java.util.List;

/**
 * Views that come and go while the portal runs, with their menu entries: those of plugins. The
 * plugin feature implements this, so that the shell lists and leaves such views without naming it.
 * Core views need none of this: they carry {@code @Menu} and reach the navigation through the
 * application's route registry.
 */
public interface ContributedViews {

  /** The menu entries of the views served now, before anyone's access is checked. */
  List<NavItem> menuEntries();

  /** Whether a view class is served now. */
  boolean serves(Class<? extends Component> view);

  /** Calls the listener (on any thread) after the views change; returns a remover. */
  Runnable onChange(Runnable listener);
}
