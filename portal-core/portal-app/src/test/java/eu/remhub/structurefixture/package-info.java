/**
 * A tiny feature set that breaks every structure rule on purpose: {@code low} uses {@code high}'s
 * internal and view classes, and the two depend on each other. {@code
 * eu.remhub.portal.StructureTest} checks its rules against these classes to show that they catch
 * such code.
 */
package eu.remhub.structurefixture;
