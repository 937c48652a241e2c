/** Demo passports for a first run, tied to the portal's demo organisations. */
package eu.remhub.plugin.passport.seed;
