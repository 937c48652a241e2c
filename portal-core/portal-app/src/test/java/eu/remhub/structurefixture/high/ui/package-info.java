/** The higher feature's view. */
package eu.remhub.structurefixture.high.ui;
