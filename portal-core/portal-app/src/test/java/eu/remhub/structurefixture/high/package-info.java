/** The higher feature of the fixture. */
package eu.remhub.structurefixture.high;
