/** The lower feature of the fixture. */
package eu.remhub.structurefixture.low;
