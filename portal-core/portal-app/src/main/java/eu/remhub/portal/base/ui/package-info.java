/**
 * The UI shell: the app shell, the frame ({@code MainLayout}) with its navigation, the home page
 * and the translation provider. Features add to it through small contributions that they implement
 * as beans: {@code @Menu} on their views, {@link eu.remhub.portal.base.ui.ContributedViews} for
 * views that come and go, {@link eu.remhub.portal.base.ui.HeaderContribution}, {@link
 * eu.remhub.portal.base.ui.HomeSection} and {@link eu.remhub.portal.base.ui.TranslationBundles};
 * the shell never names a feature's view.
 */
package eu.remhub.portal.base.ui;
