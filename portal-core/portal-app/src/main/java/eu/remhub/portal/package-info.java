/**
 * The REMHub portal application: {@code PortalApplication} starts it, and each sub-package is a
 * feature. Features depend one way, lowest first: {@code security}, {@code base}, {@code mail},
 * {@code search}, {@code member}, {@code billing}, {@code admin}, {@code plugin}. A lower feature
 * that needs something of a higher one declares a small interface that the higher one implements;
 * {@code StructureTest} keeps it so.
 */
package eu.remhub.portal;
