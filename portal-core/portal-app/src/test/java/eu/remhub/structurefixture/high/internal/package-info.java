/** The higher feature's adapter. */
package eu.remhub.structurefixture.high.internal;
