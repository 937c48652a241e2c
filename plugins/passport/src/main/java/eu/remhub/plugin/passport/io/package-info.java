/** Passport JSON, CSV, bulk import and export. */
package eu.remhub.plugin.passport.io;
